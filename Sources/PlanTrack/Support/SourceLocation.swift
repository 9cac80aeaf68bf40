/// Where a piece of input came from, for messages: `file:line`.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the location is the whole file.
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { line > 0 ? "\(file):\(line)" : file }
}
