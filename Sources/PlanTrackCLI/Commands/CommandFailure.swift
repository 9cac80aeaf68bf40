import PlanTrack

/// Why a command stops: the messages to print and the exit code.
struct CommandFailure: Error {
    let diagnostics: [Diagnostic]
    let usageMessage: String?
    let exitCode: ExitCode

    init(diagnostics: [Diagnostic], exitCode: ExitCode) {
        self.diagnostics = diagnostics
        self.usageMessage = nil
        self.exitCode = exitCode
    }

    init(_ error: InputError) {
        self.init(diagnostics: error.diagnostics, exitCode: error.kind == .cannotOpen ? .noInput : .dataError)
    }

    private init(usage message: String) {
        self.diagnostics = []
        self.usageMessage = message
        self.exitCode = .usage
    }

    static func usage(_ message: String) -> CommandFailure { CommandFailure(usage: message) }

    static func message(_ text: String, exitCode: ExitCode) -> CommandFailure {
        CommandFailure(diagnostics: [Diagnostic(.error, SourceLocation(file: "plan-track", line: 0), text)], exitCode: exitCode)
    }
}
