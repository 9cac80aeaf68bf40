import PlanTrack

/// The values found on a command line, by long option name.
package struct ParsedArguments: Sendable {
    package var values: [String: [String]] = [:]
    package var flags: Set<String> = []
    package var positionals: [String] = []

    package func value(_ name: String) -> String? { values[name]?.last }
    package func all(_ name: String) -> [String] { values[name] ?? [] }
    package func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A command line that does not fit the command: exit 64, with the command's usage.
package struct UsageError: Error, Sendable, Equatable {
    package let message: Message

    package init(_ message: Message) {
        self.message = message
    }
}
