import Foundation
import Testing

/// The library's public surface, pinned: a type made public (or no longer public) fails here
/// until this list says so, a reviewed change like a golden file's.
@Suite struct PublicSurfaceTests {
    static let expected = [
        "AnalystNote", "AnalystNotes", "AssessedYear", "Assessment", "AssessmentJSON", "Assessor", "Attribute", "Baseline",
        "BaselineUsed", "ChartData", "CheckView", "DOCXReport", "Diagnostic", "Direction", "District", "DistrictTarget", "Domain", "Evidence",
        "HTMLReport", "Indicator", "InputError", "Language", "LeadGroup", "Level", "MarkdownReport", "Message", "Milestone", "Plan",
        "PlanAssessment", "QualityFinding", "QualityReview", "ReferenceComparison", "RegionComparison", "RegionNames", "RegionsView", "RelatedCheck", "ReportDocument", "ReportedData",
        "ReportedValue", "SVGChart", "SourceLocation", "Status", "StatusView", "Summary", "Target", "TargetKind", "TargetOwner",
        "TextEncoding",
    ]

    /// Every type declared `public` at the top level of a file of the library, by name.
    static func publicTypes() throws -> [String] {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/PlanTrack")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let declaration = try Regex(#"^public (?:final )?(?:struct|enum|class|protocol|typealias) (\w+)"#)
        var names: [String] = []
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
                if let match = try declaration.firstMatch(in: String(line)), let name = match.output[1].substring { names.append(String(name)) }
            }
        }
        return names.sorted()
    }

    @Test func theSurfaceIsWhatThisListSays() throws {
        let found = try Self.publicTypes()
        #expect(!found.isEmpty)
        #expect(found == Self.expected.sorted(), "added: \(Set(found).subtracting(Self.expected).sorted()); removed: \(Set(Self.expected).subtracting(found).sorted())")
    }
}
