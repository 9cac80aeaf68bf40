import Foundation
import Testing
@testable import PlanTrackCLI

/// A report and its charts are one set: stopped at any moment, the folder holds the previous
/// report with its charts, or the new one with its charts, never a mix.
@Suite struct ReportSetTests {
    static let year2022 = "indicator,year,value\ngeneral-practitioners,2021,2.9\ninfant-mortality,2022,2.1\nlife-expectancy,2022,79.9\n"
    static let year2023 = "indicator,year,value\ngeneral-practitioners,2021,2.9\ngeneral-practitioners,2023,3.3\ninfant-mortality,2023,2.0\nhospital-beds,2023,7.9\n"

    /// The chart files a report links, read back from it, and whether each exists with the
    /// content its name promises (the name carries a hash of it).
    static func linkedChartsAreItsOwn(_ report: String, folder: URL) -> Bool {
        let names = ReportSet.linkedCharts(inReport: report, folder: folder.appendingPathComponent("report-charts").path)
        guard !names.isEmpty else { return false }
        return names.allSatisfy { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("report-charts/\(name)").path) else { return false }
            return name.hasSuffix("-" + ReportSet.hash([UInt8](data)) + ".svg")
        }
    }

    /// Stops the second run after every one of its steps, as a kill there would.
    @Test func everyStepLeavesOneSet() throws {
        // Learn the steps of the second run once.
        let probe = ScratchFolder()
        let count = try Self.secondRun(in: probe).steps().count
        #expect(count >= 5, "make the folder, a chart or more, replace the report, remove old charts")
        for stop in 0...count {
            let folder = ScratchFolder()
            let set = try Self.secondRun(in: folder)
            let old = try String(contentsOfFile: set.reportPath, encoding: .utf8)
            for step in set.steps().prefix(stop) { try set.perform(step) }
            let now = try String(contentsOfFile: set.reportPath, encoding: .utf8)
            #expect(now == old || now == String(decoding: set.report, as: UTF8.self))
            #expect(Self.linkedChartsAreItsOwn(set.reportPath, folder: folder.url), "stopped after \(stop) steps")
            if stop == count {
                // Done: only the new report's charts are left.
                let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("report-charts")).sorted()
                #expect(files == set.charts.map(\.name).sorted())
            }
        }
    }

    /// A first full run (2022), then the set a second run (2023) would write, ready to be stepped.
    static func secondRun(in folder: ScratchFolder) throws -> ReportSet {
        let out = folder.path("report.md")
        let first = folder.write("2022.csv", year2022)
        #expect(Run(["report", "--data", first, "--out", out]).code == .success)
        let second = folder.write("2023.csv", year2023)
        let arguments = try CommandLineParser.parse(["--data", second, "--out", out], spec: ReportCommand.spec)
        guard case .set(let set, _) = try ReportCommand.output(arguments, console: CapturedConsole()) else {
            throw Failure("a Markdown report with --out is written as a set")
        }
        return set
    }

    /// The binary itself, killed at several moments while it writes a report with many charts.
    @Test func aKilledRunLeavesOneSet() throws {
        let binary = Run.binary
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            Issue.record("no plan-track binary at \(binary): build the package first")
            return
        }
        var rows = "indicator,year,value,region\n"
        for year in 2021...2023 {
            for (index, id) in ["life-expectancy", "hospital-beds", "general-practitioners", "registered-nurses", "physicians", "tcm-physicians"].enumerated() {
                rows += "\(id),\(year),\(Double(index) + 3 + Double(year - 2020) * 0.1),\n"
            }
        }
        for delay in [0, 1, 2, 4, 8, 16, 32, 64] {
            let folder = ScratchFolder()
            let data = folder.write("values.csv", rows)
            let out = folder.path("report.md")
            let first = Process()
            first.executableURL = URL(fileURLWithPath: binary)
            first.arguments = ["report", "--data", data, "--year", "2022", "--out", out]
            try first.run()
            first.waitUntilExit()
            let second = Process()
            second.executableURL = URL(fileURLWithPath: binary)
            second.arguments = ["report", "--data", data, "--year", "2023", "--out", out]
            second.standardError = FileHandle.nullDevice
            try second.run()
            usleep(UInt32(delay * 1000))
            kill(second.processIdentifier, SIGKILL)
            second.waitUntilExit()
            #expect(Self.linkedChartsAreItsOwn(out, folder: folder.url), "killed after \(delay) ms")
        }
    }
}
