import PlanTrack

/// Help text laid out as swift-argument-parser lays it out: OVERVIEW, USAGE, ARGUMENTS, OPTIONS,
/// SUBCOMMANDS; descriptions wrapped to 80 columns with continuations under their text.
public enum HelpFormatter {
    static let labelWidth = 26
    static let width = 80

    public static func help(for spec: CommandSpec, toolName: String) -> String {
        var out = DisplayWidth.wrap("OVERVIEW: \(spec.abstract)", width: width, hanging: 0) + "\n\n"
        if !spec.discussion.isEmpty {
            // The discussion is written in lines already; only the ones too long are wrapped.
            out += DisplayWidth.wrap(spec.discussion, width: width, hanging: 0) + "\n\n"
        }
        out += "USAGE: \(usage(for: spec, toolName: toolName))\n\n"
        if !spec.arguments.isEmpty {
            out += "ARGUMENTS:\n"
            for argument in spec.arguments { out += row("<\(argument.name)>", argument.help) }
            out += "\n"
        }
        out += "OPTIONS:\n"
        for option in spec.options { out += row(option.label, option.help) }
        return out
    }

    public static func usage(for spec: CommandSpec, toolName: String) -> String {
        let parts = spec.options.filter { $0.name != "--help" }.map(\.usage) + spec.arguments.map(\.usage)
        return ([toolName, spec.name] + parts).joined(separator: " ")
    }

    public static func toolHelp(toolName: String, abstract: String, commands: [CommandSpec]) -> String {
        var out = "OVERVIEW: \(abstract)\n\n"
        out += "USAGE: \(toolName) <subcommand>\n\n"
        out += "OPTIONS:\n"
        out += row("--version", "Show the version.")
        out += row("-h, --help", "Show help information.")
        out += "\nSUBCOMMANDS:\n"
        for command in commands { out += row(command.name, command.abstract) }
        out += row("help", "Show subcommand help information.")
        out += "\n  See '\(toolName) help <subcommand>' for detailed help.\n"
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
