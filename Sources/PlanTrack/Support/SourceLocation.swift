/// Where a piece of input came from, for messages: `file:line`, or `file:line:column` where
/// the column is known (a plan file).
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the location is the whole file.
    public let line: Int
    /// 1-based; nil when not known.
    public let column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        guard line > 0 else { return file }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}
