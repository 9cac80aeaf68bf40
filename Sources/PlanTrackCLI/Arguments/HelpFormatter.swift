import PlanTrack

/// Help text laid out as swift-argument-parser lays it out: OVERVIEW, USAGE, ARGUMENTS, OPTIONS,
/// SUBCOMMANDS (in Chinese 概述, 用法, 参数, 选项, 子命令); descriptions wrapped to 80 columns
/// with continuations under their text.
package enum HelpFormatter {
    static let labelWidth = 26
    static let width = 80

    package static func help(for spec: CommandSpec, toolName: String, language: Language) -> String {
        let words = Headings(language)
        var out = DisplayWidth.wrap(words.overview + spec.abstract.text(in: language), width: width, hanging: 0) + "\n\n"
        if let discussion = spec.discussion {
            out += reflowed(discussion.text(in: language)) + "\n\n"
        }
        out += wrappedUsage(for: spec, toolName: toolName, heading: words.usage) + "\n\n"
        if !spec.arguments.isEmpty {
            out += words.arguments + "\n"
            for argument in spec.arguments { out += row("<\(argument.name)>", argument.help.text(in: language)) }
            out += "\n"
        }
        out += words.options + "\n"
        for option in spec.options { out += row(option.label, option.help.text(in: language)) }
        return out
    }

    /// The discussion as prose: the lines of a paragraph joined (with a space between Latin
    /// words, none between Chinese characters) and wrapped to the width, so that no line ends
    /// ragged; indented lines (usage examples) kept as they are, only wrapped when too long.
    static func reflowed(_ text: String) -> String {
        var lines: [String] = [], paragraph = ""
        func flush() {
            if !paragraph.isEmpty { lines.append(DisplayWidth.wrap(paragraph, width: width, hanging: 0)) }
            paragraph = ""
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.isEmpty || line.first?.isWhitespace == true {
                flush()
                lines.append(line.isEmpty ? line : DisplayWidth.wrap(line, width: width, hanging: line.prefix { $0 == " " }.count + 4))
                continue
            }
            if let last = paragraph.last, let first = line.first {
                let latin = last.isASCII || first.isASCII
                paragraph += latin ? " " : ""
            }
            paragraph += line
        }
        flush()
        return lines.joined(separator: "\n")
    }

    /// The section headings, as swift-argument-parser writes them and in Chinese.
    struct Headings {
        let overview, usage, arguments, options, subcommands: String

        init(_ language: Language) {
            switch language {
            case .en: (overview, usage, arguments, options, subcommands) = ("OVERVIEW: ", "USAGE: ", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:")
            case .zh: (overview, usage, arguments, options, subcommands) = ("概述：", "用法：", "参数：", "选项：", "子命令：")
            }
        }
    }

    package static func usage(for spec: CommandSpec, toolName: String) -> String {
        ([toolName, spec.name] + usageParts(spec)).joined(separator: " ")
    }

    private static func usageParts(_ spec: CommandSpec) -> [String] {
        spec.options.filter { $0.name != "--help" }.map(\.usage) + spec.arguments.map(\.usage)
    }

    /// The usage line within 80 columns, broken only between options, continuation lines under
    /// the first option.
    static func wrappedUsage(for spec: CommandSpec, toolName: String, heading: String) -> String {
        var line = heading + "\(toolName) \(spec.name)"
        let indent = String(repeating: " ", count: DisplayWidth.of(line) + 1)
        var lines: [String] = []
        for part in usageParts(spec) {
            if DisplayWidth.of(line) + 1 + part.count > width, line != indent {
                lines.append(line)
                line = indent + part
            } else {
                line += (line == indent ? "" : " ") + part
            }
        }
        return (lines + [line]).joined(separator: "\n")
    }

    package static func toolHelp(toolName: String, abstract: Message, commands: [CommandSpec], language: Language) -> String {
        let words = Headings(language)
        func say(_ zh: String, _ en: String) -> String { Message(zh, en).text(in: language) }
        var out = words.overview + abstract.text(in: language) + "\n\n"
        out += words.usage + "\(toolName) <subcommand>\n\n"
        out += words.options + "\n"
        out += row("--version", say("显示版本。", "Show the version."))
        out += row("-h, --help", say("显示帮助信息。", "Show help information."))
        out += "\n" + words.subcommands + "\n"
        for command in commands { out += row(command.name, command.abstract.text(in: language)) }
        out += row("help", say("显示子命令的帮助。", "Show subcommand help information."))
        out += "\n  " + say("各子命令的详细帮助见 '\(toolName) help <subcommand>'。", "See '\(toolName) help <subcommand>' for detailed help.") + "\n"
        out += "  " + say("用英文显示：--lang en；用中文显示：--lang zh。", "In Chinese: --lang zh; in English: --lang en.") + "\n"
        return out
    }

    /// A label and its text; a label too long for the column puts the text on the next line.
    static func row(_ label: String, _ text: String) -> String {
        let lead = "  " + label
        let indent = String(repeating: " ", count: labelWidth)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out: String
        if lead.count + 1 < labelWidth {
            out = lead + String(repeating: " ", count: labelWidth - lead.count) + (lines.first.map(String.init) ?? "") + "\n"
        } else {
            out = lead + "\n" + indent + (lines.first.map(String.init) ?? "") + "\n"
        }
        for line in lines.dropFirst() { out += indent + line + "\n" }
        // A long line continues under its text, not under its label.
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(indent) || !line.hasPrefix("  ") ? DisplayWidth.wrap(String(line), width: width, hanging: 0)
                : DisplayWidth.wrap(String(line), width: width, hanging: labelWidth - 2)
        }.joined(separator: "\n")
    }
}
