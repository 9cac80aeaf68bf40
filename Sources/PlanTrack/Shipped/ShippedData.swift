/// The plan and the reported values shipped in `Data/`, compiled into the binary so that a
/// binary copied alone to another machine still works. `.ci/embed-data` regenerates them.
package enum ShippedData {
    /// The Jinan plan, identical to `Data/plan.json`.
    package static let plan: Plan = {
        do {
            return try PlanFile.parse(Array(EmbeddedData.planJSON.utf8), file: planName)
        } catch {
            // A test parses the embedded plan on every run; failing here is a programming error.
            fatalError("the embedded plan is invalid: \(error)")
        }
    }()

    package static let planName = "Data/plan.json (shipped)"
    package static let reportedValuesName = "Data/reported-values.csv (shipped)"

    /// The text of `Data/reported-values.csv`.
    package static var reportedValuesCSV: String { EmbeddedData.reportedValuesCSV }
    package static var planJSON: String { EmbeddedData.planJSON }
}

extension Plan {
    /// The Jinan Municipal Health Commission's 十四五 health plan (2021–2025), as shipped in
    /// `Data/plan.json` and compiled into the library.
    public static var jinan: Plan { ShippedData.plan }
}
