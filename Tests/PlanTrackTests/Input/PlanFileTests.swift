import Testing
@testable import PlanTrack

/// A plan file with one thing wrong: every problem names the file and the line.
@Suite struct PlanFileTests {
    static let text = ShippedData.planJSON

    static func problems(_ edited: String) -> [Diagnostic] {
        do {
            _ = try PlanFile.parse(Array(edited.utf8), file: "plan.json")
            return []
        } catch {
            return error.diagnostics
        }
    }

    static func line(of fragment: String) -> Int {
        (text.components(separatedBy: fragment).first ?? "").filter { $0 == "\n" }.count + 1
    }

    @Test func theShippedPlanParses() throws {
        #expect(try PlanFile.parse(Array(Self.text.utf8), file: "plan.json") == ShippedData.plan)
    }

    @Test(arguments: [
        ("\"kind\": \"at-most\", \"value\": 28", "\"kind\": \"at-mst\", \"value\": 28", "\"id\": \"tuberculosis-incidence\"", "unknown target kind 'at-mst'"),
        ("\"attribute\": \"binding\",\n      \"direction\": \"lower\",\n      \"baseline\": { \"text\": \"—\" },\n      \"target\": { \"text\": \"力争",
         "\"attribute\": \"compulsory\",\n      \"direction\": \"lower\",\n      \"baseline\": { \"text\": \"—\" },\n      \"target\": { \"text\": \"力争",
         "\"id\": \"youth-myopia\"", "attribute must be binding or expected"),
        ("\"domain\": \"health-security\",\n      \"unit\": \"%\",\n      \"unitEn\": \"%\",\n      \"attribute\": \"binding\"",
         "\"domain\": \"health-safety\",\n      \"unit\": \"%\",\n      \"unitEn\": \"%\",\n      \"attribute\": \"binding\"",
         "\"id\": \"out-of-pocket-share\"", "unknown domain 'health-safety'"),
        ("\"aliases\": [\"吸烟率\", \"成人吸烟率\"]", "\"aliases\": [\"吸烟率\", \"人均期望寿命\"]", "\"id\": \"smoking-prevalence\"", "is also a name of life-expectancy"),
        ("\"nameEn\": \"Tuberculosis incidence\",", "", "\"id\": \"tuberculosis-incidence\"", "has no 'nameEn'"),
    ])
    func problemsNameTheLineOfTheIndicator(original: String, replacement: String, anchor: String, fragment: String) {
        #expect(Self.text.contains(original))
        let problems = Self.problems(Self.text.replacingOccurrences(of: original, with: replacement))
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.location == SourceLocation(file: "plan.json", line: Self.line(of: anchor)))
        #expect(problems.first?.message.en.contains(fragment) == true, "\(problems.first?.message.en ?? "")")
    }

    @Test func aSyntaxErrorNamesItsLine() {
        let broken = Self.text.replacingOccurrences(of: "\"targetYear\": 2025,", with: "\"targetYear\": 2025")
        let problems = Self.problems(broken)
        #expect(problems.first?.location.line == Self.line(of: "\"domains\": ["))
        #expect(problems.first?.message.en.hasPrefix("not valid JSON") == true)
    }

    @Test func yearsMustBeInOrder() {
        let problems = Self.problems(Self.text.replacingOccurrences(of: "\"targetYear\": 2025", with: "\"targetYear\": 2019"))
        #expect(problems.map(\.message.en) == ["targetYear must come after baselineYear"])
    }
}
