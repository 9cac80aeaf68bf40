import Foundation
import Testing
@testable import PlanTrackCLI

/// `plan-track completions`: each script is accepted by its shell, and bash completes as a user
/// would see it. A shell that is not installed is skipped (bash always is).
@Suite struct CompletionsCommandTests {
    /// Runs `shell arguments…` and returns its standard output, or nil when the shell is missing.
    static func run(_ shell: String, _ arguments: [String]) -> (status: Int32, output: String)? {
        guard let path = ["/bin/\(shell)", "/usr/bin/\(shell)", "/usr/local/bin/\(shell)"].first(where: FileManager.default.isExecutableFile) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptPassesItsShellsSyntaxCheck(shell: String) throws {
        let folder = ScratchFolder()
        let script = Run(["completions", shell])
        #expect(script.code == .success)
        #expect(script.output.contains("Install: plan-track completions \(shell)"))
        let file = folder.write("completion.\(shell)", script.output)
        guard let check = Self.run(shell, ["-n", file]) else { return }
        #expect(check.status == 0, "\(check.output)")
    }

    /// Completes as bash does: each line is one candidate for the words typed.
    static func bashCompletes(_ words: [String]) throws -> [String] {
        let folder = ScratchFolder()
        let file = folder.write("plan-track.bash", Run(["completions", "bash"]).output)
        let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let program = """
        source '\(file)'
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMPREPLY=()
        _plan_track
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let result = try #require(Self.run("bash", ["-c", program]))
        return result.output.split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesCommandsOptionsValuesAndNames() throws {
        #expect(try Self.bashCompletes(["plan-track", "ch"]) == ["check"])
        #expect(try Self.bashCompletes(["plan-track", "re"]) == ["regions", "report"])
        #expect(try Self.bashCompletes(["plan-track", "status", "--la"]) == ["--lang"])
        #expect(try Self.bashCompletes(["plan-track", "status", "--lang", ""]) == ["zh", "en"])
        #expect(try Self.bashCompletes(["plan-track", "report", "--format", ""]) == ["text", "docx", "html", "json"])
        #expect(try Self.bashCompletes(["plan-track", "regions", "--format", ""]) == ["text", "json", "csv", "xlsx"])
        #expect(try Self.bashCompletes(["plan-track", "status", "--encoding", "utf-16"]) == ["utf-16le", "utf-16be"])
        #expect(try Self.bashCompletes(["plan-track", "status", "--region", "济"]) == ["济南市", "济阳区"])
        #expect(try Self.bashCompletes(["plan-track", "check", "全科"]) == ["每万人口全科医生数"])
        #expect(try Self.bashCompletes(["plan-track", "check", "General"]) == ["General practitioners per 10,000 people"])
        #expect(try Self.bashCompletes(["plan-track", "completions", "z"]) == ["zsh"])
        #expect(try Self.bashCompletes(["plan-track", "plan", "i"]) == ["import"])
        #expect(try Self.bashCompletes(["plan-track", "plan", "check", "/dev/nul"]) == ["/dev/null"])
    }

    @Test func anUnknownShellIsAUsageError() {
        let run = Run(["completions", "powershell", "--lang", "zh"])
        #expect(run.code == .usage)
        #expect(run.errors.hasPrefix("错误：不支持的 shell“powershell”。"))
    }
}
