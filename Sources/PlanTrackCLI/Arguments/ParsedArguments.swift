import PlanTrack

/// The values found on a command line, by long option name.
public struct ParsedArguments: Sendable {
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public func value(_ name: String) -> String? { values[name]?.last }
    public func all(_ name: String) -> [String] { values[name] ?? [] }
    public func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A command line that does not fit the command: exit 64, with the command's usage.
public struct UsageError: Error, Sendable, Equatable {
    public let message: Message

    public init(_ message: Message) {
        self.message = message
    }
}
