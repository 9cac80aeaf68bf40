import PlanTrack

/// The `plan-track` command: finds the subcommand, parses its arguments, runs it, and turns
/// failures into messages and exit codes. The executable only calls `run`.
public enum PlanTrackTool {
    public static let name = "plan-track"
    public static let version = "0.1.0"
    static let abstract = "Track the Jinan \"十四五\" health plan's indicators year by year."

    typealias Runner = @Sendable (ParsedArguments, Console) throws(CommandFailure) -> ExitCode

    static let commands: [(spec: CommandSpec, run: Runner)] = [
        (StatusCommand.spec, StatusCommand.run),
        (ReportCommand.spec, ReportCommand.run),
        (CheckCommand.spec, CheckCommand.run),
        (IndicatorsCommand.spec, IndicatorsCommand.run),
        (ValidateCommand.spec, ValidateCommand.run),
        (TemplateCommand.spec, TemplateCommand.run),
    ]

    static var toolHelp: String {
        HelpFormatter.toolHelp(toolName: name, abstract: abstract, commands: commands.map(\.spec))
    }

    public static func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let first = arguments.first else {
            console.write(toolHelp)
            return .success
        }
        switch first {
        case "-h", "--help":
            console.write(toolHelp)
            return .success
        case "--version":
            console.write("\(version)\n")
            return .success
        case "help":
            guard let topic = arguments.dropFirst().first else {
                console.write(toolHelp)
                return .success
            }
            guard let command = commands.first(where: { $0.spec.name == topic }) else {
                return unknownSubcommand(topic, console: console)
            }
            console.write(HelpFormatter.help(for: command.spec, toolName: name))
            return .success
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            return unknownSubcommand(first, console: console)
        }
        let spec = command.spec
        do {
            let parsed = try CommandLineParser.parse(Array(arguments.dropFirst()), spec: spec)
            if parsed.flag("--help") {
                console.write(HelpFormatter.help(for: spec, toolName: name))
                return .success
            }
            return try command.run(parsed, console)
        } catch let error as UsageError {
            return usageFailure(error.message, spec: spec, console: console)
        } catch let failure as CommandFailure {
            if case .usage(let message) = failure {
                return usageFailure(message, spec: spec, console: console)
            }
            for diagnostic in failure.diagnostics { console.writeError("\(diagnostic)\n") }
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            if errors > 1 { console.writeError("\(name): \(errors) errors; nothing was assessed.\n") }
            return failure.exitCode
        } catch {
            console.writeError("Error: \(error)\n")
            return .failure
        }
    }

    private static func usageFailure(_ message: String, spec: CommandSpec, console: Console) -> ExitCode {
        console.writeError("Error: \(message)\n")
        console.writeError("Usage: \(HelpFormatter.usage(for: spec, toolName: name))\n")
        console.writeError("  See '\(name) \(spec.name) --help' for more information.\n")
        return .usage
    }

    private static func unknownSubcommand(_ text: String, console: Console) -> ExitCode {
        var message = "Error: Unknown subcommand '\(text)'."
        let names = commands.map(\.spec.name) + ["help"]
        if text.hasPrefix("-") {
            message = "Error: Unknown option '\(text)'."
            if let nearest = CommandLineParser.nearest(text, among: ["--help", "--version"]) { message += " Did you mean '\(nearest)'?" }
        } else if let nearest = CommandLineParser.nearest(text, among: names) {
            message += " Did you mean '\(nearest)'?"
        }
        console.writeError(message + "\n")
        console.writeError("Usage: \(name) <subcommand>\n  See '\(name) --help' for more information.\n")
        return .usage
    }
}
