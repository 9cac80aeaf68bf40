import Foundation
import Testing
@testable import PlanTrack

/// Real-world-shaped files under `Corpus/`: each encoding, layout, value form and kind of error.
/// Each `name.ext` has `name.expected`: the values read, then every diagnostic.
/// `UPDATE_GOLDEN=1 swift test` rewrites the expected files and fails; review the diff.
@Suite struct CorpusTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/PlanTrackTests/Corpus")

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") && !$0.hasPrefix(".") }.sorted()
    }

    static func dump(_ file: String) -> String {
        let bytes = [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(file))) ?? Data())
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.read(bytes, file: file)
        var lines = reader.data.values.map { value in
            "\(value.indicator) \(value.year) \(NumberText.plain(value.value)) \(value.region)"
                + (value.source.isEmpty ? "" : " source=\(value.source.debugDescription)")
                + (value.note.isEmpty ? "" : " note=\(value.note.debugDescription)")
                + " @\(value.location.line)"
        }
        lines.append("not reported: \(reader.notReportedCount)")
        lines += reader.diagnostics.map(\.description)
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files.count >= 25)
    }

    @Test(arguments: CorpusTests.files)
    func readsOrRejectsAsExpected(file: String) throws {
        let actual = Self.dump(file)
        let expectedURL = Self.folder.appendingPathComponent((file as NSString).deletingPathExtension + ".expected")
        #expect(Golden.matches(actual, expectedURL))
    }

    @Test func everyEncodingOfTheSameTableReadsTheSame() {
        let encodings = Self.files.filter { $0.hasPrefix("encoding-") }
        #expect(encodings.count == 6)
        let values = encodings.map { Self.dump($0).split(separator: "\n").map { $0.replacingOccurrences(of: " source=.*? @", with: " @", options: .regularExpression) } }
        for other in values.dropFirst() { #expect(other == values[0]) }
    }
}
