import PlanTrack

/// Why a command stops, which decides what is printed and the exit code.
enum CommandFailure: Error {
    /// The command line is wrong: printed with the usage line, exit 64.
    case usage(Message)
    /// Input files that cannot be used: every problem, then exit 65, or 66 when a file could not be opened.
    case input(InputError)
    /// An output file that cannot be written (or would overwrite an input): exit 73.
    case cannotWrite(Message)

    var exitCode: ExitCode {
        switch self {
        case .usage: .usage
        case .input(let error):
            switch error.kind {
            case .cannotOpen: .noInput
            case .invalidData: .dataError
            case .changedWhileRead: .ioError
            }
        case .cannotWrite: .cannotCreate
        }
    }

    /// The messages to print, as `file:line: error: message`; none for a usage error, which is printed with its usage line.
    var diagnostics: [Diagnostic] {
        switch self {
        case .usage: []
        case .input(let error): error.diagnostics
        case .cannotWrite(let message): [Diagnostic(.error, SourceLocation(file: "plan-track", line: 0), message)]
        }
    }
}

/// What `--format` asks for.
enum OutputFormat: String, CaseIterable {
    case text, json
    /// Only where a command offers it: `regions`.
    case csv
    /// Only where a command offers it: `report`.
    case html
    /// Only where a command offers it: `report`, a Word document.
    case docx
    /// Only where a command offers it: `template`, `status`, `regions`, an Excel workbook.
    case xlsx
}
