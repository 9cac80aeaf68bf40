import PlanTrack

/// A command-line option: its names, whether it takes a value, and its help line.
public struct OptionSpec: Sendable {
    /// Long name with dashes, e.g. `--data`.
    public let name: String
    /// Short form, e.g. `-d`.
    public let shortName: String?
    /// Shown in help as `<file>`; nil for a flag.
    public let valueName: String?
    public let help: Message
    public let isRepeatable: Bool
    /// When set, the value must be one of these.
    public let choices: [String]

    public init(_ name: String, short: String? = nil, value: String? = nil, help: Message, repeatable: Bool = false, choices: [String] = []) {
        self.name = name
        self.shortName = short
        self.valueName = value
        self.help = help
        self.isRepeatable = repeatable
        self.choices = choices
    }

    public var isFlag: Bool { valueName == nil }

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
public struct ArgumentSpec: Sendable {
    public let name: String
    public let help: Message
    public let isRequired: Bool
    public let isRepeatable: Bool

    public init(_ name: String, help: Message, required: Bool = true, repeatable: Bool = false) {
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
public struct CommandSpec: Sendable {
    public let name: String
    public let abstract: Message
    /// Written in lines already; nil for none.
    public let discussion: Message?
    public let arguments: [ArgumentSpec]
    public let options: [OptionSpec]

    public init(name: String, abstract: Message, discussion: Message? = nil, arguments: [ArgumentSpec] = [], options: [OptionSpec]) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options + [OptionSpec("--help", short: "-h", help: Message("显示帮助信息。", "Show help information."))]
    }

    public func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name || $0.shortName == name }
    }
}
