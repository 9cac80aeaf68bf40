import PlanTrack

/// The `plan-track` command: finds the subcommand, parses its arguments, runs it, and turns
/// failures into messages and exit codes. The executable only calls `run`.
package enum PlanTrackTool {
    package static let name = "plan-track"
    package static let version = "0.1.0"
    static let abstract = Message("逐年跟踪卫生健康规划的主要指标：进度、差距、预测与状态。",
                                  "Track a health plan's main indicators year by year: progress, gap, projection and status.")

    typealias Runner = @Sendable (ParsedArguments, Console) throws(CommandFailure) -> ExitCode

    static let commands: [(spec: CommandSpec, run: Runner)] = [
        (StatusCommand.spec, StatusCommand.run),
        (RegionsCommand.spec, RegionsCommand.run),
        (ReportCommand.spec, ReportCommand.run),
        (CheckCommand.spec, CheckCommand.run),
        (IndicatorsCommand.spec, IndicatorsCommand.run),
        (ValidateCommand.spec, ValidateCommand.run),
        (QualityCommand.spec, QualityCommand.run),
        (TemplateCommand.spec, TemplateCommand.run),
        (PlanCommand.spec, PlanCommand.run),
        (CompletionsCommand.spec, CompletionsCommand.run),
    ]

    static func toolHelp(_ language: Language) -> String {
        HelpFormatter.toolHelp(toolName: name, abstract: abstract, commands: commands.map(\.spec), language: language)
    }

    /// The language of every message, help included: `--lang` wherever it is on the command line
    /// (so that even a command line too wrong to parse is answered in it), else the locale.
    static func language(_ arguments: [String], environment: [String: String]) -> Language {
        var chosen: Language?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count { chosen = Language(rawValue: arguments[index + 1]) ?? chosen }
            if argument.hasPrefix("--lang=") { chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen }
        }
        return chosen ?? Language.fromEnvironment(environment)
    }

    /// `--lang X` given before the subcommand (`plan-track --lang zh status`) belongs to it: moved
    /// after it, so that the command's output follows it as well as the tool's own messages.
    static func movingLanguageAfterSubcommand(_ arguments: [String]) -> [String] {
        var rest = arguments[...], language: String?
        while let first = rest.first {
            if first == "--lang", rest.count >= 2 {
                language = rest.dropFirst().first
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--lang=") {
                language = String(first.dropFirst("--lang=".count))
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard let language, let subcommand = rest.first else { return Array(rest) }
        let givenAgain = rest.contains { $0 == "--lang" || $0.hasPrefix("--lang=") }
        return [subcommand] + rest.dropFirst() + (givenAgain ? [] : ["--lang", language])
    }

    package static func run(_ arguments: [String], console: Console) -> ExitCode {
        let language = language(arguments, environment: console.environment)
        let arguments = movingLanguageAfterSubcommand(arguments)
        func say(_ zh: String, _ en: String) -> String { Message(zh, en).text(in: language) }
        guard let first = arguments.first else {
            console.write(toolHelp(language))
            return .success
        }
        switch first {
        case "-h", "--help":
            console.write(toolHelp(language))
            return .success
        case "--version":
            console.write("\(version)\n")
            return .success
        case "help":
            let words = arguments.dropFirst()
            guard let topic = words.enumerated().first(where: { index, word in
                !word.hasPrefix("--lang") && !(index > 0 && words[words.startIndex + index - 1] == "--lang")
            })?.element else {
                console.write(toolHelp(language))
                return .success
            }
            guard let command = commands.first(where: { $0.spec.name == topic }) else {
                return unknownSubcommand(topic, language: language, console: console)
            }
            console.write(HelpFormatter.help(for: command.spec, toolName: name, language: language))
            return .success
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            return unknownSubcommand(first, language: language, console: console)
        }
        let spec = command.spec
        do {
            let parsed = try CommandLineParser.parse(Array(arguments.dropFirst()), spec: spec)
            if parsed.flag("--help") {
                console.write(HelpFormatter.help(for: spec, toolName: name, language: language))
                return .success
            }
            return try command.run(parsed, console)
        } catch let error as UsageError {
            return usageFailure(error.message, spec: spec, language: language, console: console)
        } catch let failure as CommandFailure {
            if case .usage(let message) = failure {
                return usageFailure(message, spec: spec, language: language, console: console)
            }
            for diagnostic in failure.diagnostics { console.writeError(diagnostic.text(in: language) + "\n") }
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            // The commands that make files say that none was written; the others that nothing was assessed.
            let outcome = ["plan", "template"].contains(spec.name) ? say("未写入任何文件", "nothing was written") : say("未做评估", "nothing was assessed")
            if errors > 1 { console.writeError(say("\(name)：\(errors) 个错误；\(outcome)。", "\(name): \(errors) errors; \(outcome).") + "\n") }
            return failure.exitCode
        } catch {
            console.writeError(say("错误：", "Error: ") + "\(error)\n")
            return .failure
        }
    }

    private static func usageFailure(_ message: Message, spec: CommandSpec, language: Language, console: Console) -> ExitCode {
        let words = UsageWords(language)
        console.writeError(words.error + message.text(in: language) + "\n")
        console.writeError(HelpFormatter.wrappedUsage(for: spec, toolName: name, heading: words.usage) + "\n")
        console.writeError("  " + words.seeHelp("\(name) \(spec.name) --help") + "\n")
        return .usage
    }

    private static func unknownSubcommand(_ text: String, language: Language, console: Console) -> ExitCode {
        let words = UsageWords(language)
        var message = Message("未知子命令“\(text)”。", "Unknown subcommand '\(text)'.")
        let names = commands.map(\.spec.name) + ["help"]
        if text.hasPrefix("-") {
            message = Message("未知选项“\(text)”。", "Unknown option '\(text)'.")
            if let nearest = CommandLineParser.nearest(text, among: ["--help", "--version", "--lang"]) { message = message + CommandLineParser.didYouMean(nearest) }
        } else if let nearest = CommandLineParser.nearest(text, among: names) {
            message = message + CommandLineParser.didYouMean(nearest)
        }
        console.writeError(words.error + message.text(in: language) + "\n")
        console.writeError(words.usage + "\(name) <subcommand>\n  " + words.seeHelp("\(name) --help") + "\n")
        return .usage
    }

    /// The words around a usage error, as swift-argument-parser prints them and in Chinese.
    struct UsageWords {
        let language: Language
        init(_ language: Language) { self.language = language }
        var error: String { Message("错误：", "Error: ").text(in: language) }
        var usage: String { Message("用法：", "Usage: ").text(in: language) }
        func seeHelp(_ command: String) -> String { Message("详见“\(command)”。", "See '\(command)' for more information.").text(in: language) }
    }
}
