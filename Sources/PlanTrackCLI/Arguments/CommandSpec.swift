import PlanTrack

/// A command-line option: its names, whether it takes a value, and its help line.
package struct OptionSpec: Sendable {
    /// Long name with dashes, e.g. `--data`.
    package let name: String
    /// Short form, e.g. `-d`.
    package let shortName: String?
    /// Shown in help as `<file>`; nil for a flag.
    package let valueName: String?
    package let help: Message
    package let isRepeatable: Bool
    /// When set, the value must be one of these.
    package let choices: [String]
    /// The values shell completion offers: the choices, or the usual names of a value that
    /// accepts others too (`--encoding` offers gbk and takes cp936).
    package let completions: [String]

    package init(_ name: String, short: String? = nil, value: String? = nil, help: Message, repeatable: Bool = false,
                choices: [String] = [], completions: [String]? = nil) {
        self.name = name
        self.shortName = short
        self.valueName = value
        self.help = help
        self.isRepeatable = repeatable
        self.choices = choices
        self.completions = completions ?? choices
    }

    package var isFlag: Bool { valueName == nil }

    var label: String {
        let names = (shortName.map { "\($0), " } ?? "") + name
        return valueName.map { "\(names) <\($0)>" } ?? names
    }

    var usage: String {
        let core = valueName.map { "\(name) <\($0)>" } ?? name
        return isRepeatable ? "[\(core) ...]" : "[\(core)]"
    }
}

/// A positional argument, e.g. `<indicator>`.
package struct ArgumentSpec: Sendable {
    package let name: String
    package let help: Message
    package let isRequired: Bool
    package let isRepeatable: Bool

    package init(_ name: String, help: Message, required: Bool = true, repeatable: Bool = false) {
        self.name = name
        self.help = help
        self.isRequired = required
        self.isRepeatable = repeatable
    }

    var usage: String {
        let core = "<\(name)>" + (isRepeatable ? " ..." : "")
        return isRequired ? core : "[\(core)]"
    }
}

/// What a subcommand accepts, and the text of its help.
package struct CommandSpec: Sendable {
    package let name: String
    package let abstract: Message
    /// Written in lines already; nil for none.
    package let discussion: Message?
    package let arguments: [ArgumentSpec]
    package let options: [OptionSpec]

    package init(name: String, abstract: Message, discussion: Message? = nil, arguments: [ArgumentSpec] = [], options: [OptionSpec]) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options + [OptionSpec("--help", short: "-h", help: Message("显示帮助信息。", "Show help information."))]
    }

    package func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name || $0.shortName == name }
    }
}
