import Foundation
@testable import PlanTrackCLI

/// Runs plan-track in-process and captures what it prints.
struct Run {
    let code: ExitCode
    let output: String
    let errors: String

    init(_ arguments: [String], environment: [String: String] = ["LANG": "en_US.UTF-8"], isTerminal: Bool = false, width: Int? = nil) {
        let console = CapturedConsole(environment: environment, isTerminal: isTerminal, terminalWidth: width)
        code = PlanTrackTool.run(arguments, console: console)
        output = console.output
        errors = console.errors
    }
}

extension Run {
    /// The built `plan-track` binary, beside the test bundle: for tests that need a process of
    /// its own (killed, or fed signals).
    static var binary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("plan-track").path
    }
}

/// A test stopped for a reason worth saying.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A scratch folder for files a test writes; removed when the value goes away.
final class ScratchFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-track-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ name: String, _ text: String) -> String {
        write(name, Array(text.utf8))
    }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = url.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
