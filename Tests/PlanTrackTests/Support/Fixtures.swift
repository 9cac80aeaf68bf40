import Foundation
@testable import PlanTrack

/// Helpers shared by the tests: the shipped plan, data from CSV text, files beside the tests.
enum Fixtures {
    static let plan = ShippedData.plan

    /// The package's root folder, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func index(_ id: String) -> Int {
        guard let index = plan.indicators.firstIndex(where: { $0.id.rawValue == id }) else {
            fatalError("no indicator \(id) in the shipped plan")
        }
        return index
    }

    /// Reads CSV text with the reader the CLI uses; returns the data and every diagnostic.
    static func read(_ csv: String, file: String = "test.csv") -> (data: ReportedData, diagnostics: [Diagnostic]) {
        var reader = ReportedValuesReader(plan: plan)
        reader.read(Array(csv.utf8), file: file)
        return (reader.data, reader.diagnostics)
    }

    /// Reported values from `indicator,year,value[,region]` lines (no header needed).
    static func data(_ rows: String) -> ReportedData {
        let result = read("indicator,year,value,region\n" + rows)
        precondition(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        return result.data
    }

    static func assess(_ id: String, _ rows: String, year: Int, region: String = "济南市") -> Assessment {
        Assessor(plan: plan, data: data(rows)).assess(indicator: index(id), region: region, year: year)
    }

    /// Compares `actual` with the golden file `Golden/name`.
    static func matchesGolden(_ actual: String, _ name: String) -> Bool {
        Golden.matches(actual, packageRoot.appendingPathComponent("Tests/PlanTrackTests/Golden/\(name)"))
    }
}

/// Expected outputs kept in files. `UPDATE_GOLDEN=1 swift test` rewrites a file that differs and
/// still fails, as swift-snapshot-testing's record mode does: a re-recorded expectation is always
/// a conscious change, reviewed in the diff, never a run that passes by rewriting what it checks.
enum Golden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    static func matches(_ actual: String, _ url: URL) -> Bool {
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected == actual { return true }
        if isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            print("golden re-recorded: \(url.path); review the diff and run again without UPDATE_GOLDEN")
            return false
        }
        let actualURL = url.appendingPathExtension("actual")
        try? actual.write(to: actualURL, atomically: true, encoding: .utf8)
        print("golden mismatch: diff \(url.path) \(actualURL.path)")
        return false
    }
}

/// A deterministic generator (SplitMix64) so randomized tests fail the same way every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func approximately(_ a: Double?, _ b: Double, within tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}

extension ReportedValuesReader {
    /// For tests that look at one side only; `finish()` gives both at once.
    var data: ReportedData { finish().data }
    var diagnostics: [Diagnostic] { finish().diagnostics }
}
