/// One problem found in an input file, in the `file:line: error: message` form compilers use.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: Message
    /// A likely fix, e.g. the nearest indicator names; nil when there is none.
    public let suggestion: Message?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: Message, suggestion: Message? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.suggestion = suggestion
    }

    public var description: String { text(in: .en) }

    /// `file:line: error: message (suggestion)`; in Chinese `file:line: 错误：message（suggestion）`,
    /// the words gcc prints under a Chinese locale.
    public func text(in language: Language) -> String {
        switch language {
        case .en:
            return "\(location): \(severity.rawValue): \(message.en)" + (suggestion.map { " (\($0.en))" } ?? "")
        case .zh:
            let word = severity == .error ? "错误" : "警告"
            return "\(location): \(word)：\(message.zh)" + (suggestion.map { "（\($0.zh)）" } ?? "")
        }
    }
}

/// Input that cannot be used. Carries every problem found, not just the first.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file could not be read at all (sysexits EX_NOINPUT, 66).
        case cannotOpen
        /// The file was read but its content is wrong (sysexits EX_DATAERR, 65).
        case invalidData
        /// The file changed or was cut short while it was read (sysexits EX_IOERR, 74): nothing
        /// read from it is used.
        case changedWhileRead
    }

    public let kind: Kind
    public let diagnostics: [Diagnostic]

    public init(kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public init(kind: Kind, _ location: SourceLocation, _ message: Message) {
        self.init(kind: kind, diagnostics: [Diagnostic(.error, location, message)])
    }

    public var description: String { text(in: .en) }

    public func text(in language: Language) -> String {
        diagnostics.map { $0.text(in: language) }.joined(separator: "\n")
    }
}
