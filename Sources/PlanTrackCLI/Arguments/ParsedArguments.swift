import PlanTrack

/// The values found on a command line, by long option name.
package struct ParsedArguments: Sendable {
    package var values: [String: [String]] = [:]
    package var flags: Set<String> = []
    package var positionals: [String] = []

    package func value(_ name: String) -> String? { values[name]?.last }
    package func all(_ name: String) -> [String] { values[name] ?? [] }
    package func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The option's value, looked up by the spec a command declares: a misspelt option is a
    /// compile error, not an option that is never found.
    package func value(_ option: OptionSpec) -> String? { value(option.name) }
    package func all(_ option: OptionSpec) -> [String] { all(option.name) }
    package func flag(_ option: OptionSpec) -> Bool { flag(option.name) }
}

/// A command line that does not fit the command: exit 64, with the command's usage.
package struct UsageError: Error, Sendable, Equatable {
    package let message: Message

    package init(_ message: Message) {
        self.message = message
    }
}
