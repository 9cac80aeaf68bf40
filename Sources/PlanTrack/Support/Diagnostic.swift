/// One problem found in an input file, in the `file:line: error: message` form compilers use.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String
    /// A likely fix, e.g. the nearest indicator names; nil when there is none.
    public let suggestion: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, suggestion: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.suggestion = suggestion
    }

    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let suggestion { text += " (\(suggestion))" }
        return text
    }
}

/// Input that cannot be used. Carries every problem found, not just the first.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file could not be read at all (sysexits EX_NOINPUT, 66).
        case cannotOpen
        /// The file was read but its content is wrong (sysexits EX_DATAERR, 65).
        case invalidData
    }

    public let kind: Kind
    public let diagnostics: [Diagnostic]

    public init(kind: Kind, diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public init(kind: Kind, _ location: SourceLocation, _ message: String) {
        self.init(kind: kind, diagnostics: [Diagnostic(.error, location, message)])
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
