import Foundation
import Testing
@testable import PlanTrack

/// A data file truncated while it is read (a sync tool or an editor rewriting it in place) gives
/// a message naming the file and nothing read from it, never a crash and never half a file.
@Suite struct ChangedWhileReadTests {
    /// About 12 MB: long enough to be cut while it is read, in pieces on every core.
    static let content: String = {
        var text = "indicator,year,value,region,source\n"
        for region in 0..<10_000 {
            for (index, id) in ["life-expectancy", "hospital-beds", "general-practitioners", "registered-nurses", "physicians"].enumerated() {
                for year in 2021...2025 {
                    text += "\(id),\(year),\(Double(index) + 3 + Double(year - 2020) * 0.1),区县\(region),统计公报第\(region)期\n"
                }
            }
        }
        return text
    }()

    @Test func aFileCutWhileReadIsNamedNotUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-track-cut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = Array(Self.content.utf8)
        var outcomes: [String] = []
        for delay in [0, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000] {
            let path = folder.appendingPathComponent("values-\(delay).csv").path
            FileManager.default.createFile(atPath: path, contents: Data(whole))
            let cutter = Thread {
                usleep(UInt32(delay))
                truncate(path, 1_000)
            }
            cutter.start()
            var reader = ReportedValuesReader(plan: Fixtures.plan)
            reader.readFile(path)
            let (data, diagnostics) = reader.finish()
            while !cutter.isFinished { usleep(100) }
            if reader.errorKind == .changedWhileRead {
                #expect(reader.changedFiles.map(\.description) == ["\(path): error: the file changed or was cut short while it was read; run the command again"])
                #expect(reader.changedFiles.map { $0.text(in: .zh) } == ["\(path)：错误：文件在读取过程中被修改或截断，请重新运行".replacingOccurrences(of: "：错误", with: ": 错误")])
                outcomes.append("changed")
            } else {
                // Read whole before the cut, or the cut file read whole: one of the two, never a mix.
                #expect(data.count == 250_000 || data.count < 30, "\(data.count) values, \(diagnostics.prefix(2))")
                outcomes.append(data.count == 250_000 ? "whole" : "cut")
            }
        }
        #expect(outcomes.count == 9)
    }

    /// The binary itself: never a signal, exit 74 with the message, or a normal exit.
    @Test func theCommandNeverCrashes() throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("plan-track").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            Issue.record("no plan-track binary at \(binary): build the package first")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-track-cut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = Data(Self.content.utf8)
        for delay in [0, 1, 3, 10, 30, 100] {
            let path = folder.appendingPathComponent("values.csv").path
            FileManager.default.createFile(atPath: path, contents: whole)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["validate", path, "--lang", "zh"]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(delay * 1000))
            truncate(path, 1_000)
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "killed by a signal after a cut at \(delay) ms")
            #expect([0, 65, 74].contains(process.terminationStatus), "exit \(process.terminationStatus)")
            if process.terminationStatus == 74 {
                #expect(said == "\(path): 错误：文件在读取过程中被修改或截断，请重新运行\n")
            }
        }
    }
}
