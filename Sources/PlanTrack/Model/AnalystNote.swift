/// What the analysts say, in their own words, that the report carries year after year: for an
/// indicator in a year, why it stands where it does (原因分析), what will be done (下一步措施), by whom
/// (责任单位) and by when (完成时限); for the year as a whole, its achievements (主要成效), problems
/// (存在问题) and next steps (下一步工作). Line breaks are the writer's and are kept.
public struct AnalystNote: Sendable, Equatable {
    public enum Subject: Sendable, Hashable {
        case indicator(Indicator.ID)
        /// 主要成效
        case achievements
        /// 存在问题
        case problems
        /// 下一步工作
        case nextSteps
    }

    public let subject: Subject
    public let year: Int
    public let cause: String
    public let measures: String
    public let responsible: String
    public let deadline: String
    /// Where it was read.
    public let location: SourceLocation

    public init(subject: Subject, year: Int, cause: String = "", measures: String = "", responsible: String = "", deadline: String = "",
                location: SourceLocation = SourceLocation(file: "", line: 0)) {
        self.subject = subject
        self.year = year
        self.cause = cause
        self.measures = measures
        self.responsible = responsible
        self.deadline = deadline
        self.location = location
    }

    /// A general note's text: whatever its row says, its cells one after another.
    public var text: String {
        [cause, measures, responsible, deadline].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    public var isEmpty: Bool { cause.isEmpty && measures.isEmpty && responsible.isEmpty && deadline.isEmpty }
}

/// Every note of a notes file, found by subject and year.
public struct AnalystNotes: Sendable {
    public let notes: [AnalystNote]
    /// Problems the file raised that did not stop it being used (an unknown indicator, a year
    /// that is no year): each names its line.
    public let warnings: [Diagnostic]

    public init(_ notes: [AnalystNote], warnings: [Diagnostic] = []) {
        self.notes = notes
        self.warnings = warnings
    }

    /// No notes: what a report has without `--notes`.
    public static let none = AnalystNotes([])

    public var isEmpty: Bool { notes.isEmpty }

    /// The notes on `subject` for `year` that say something, in file order.
    public func notes(on subject: AnalystNote.Subject, year: Int) -> [AnalystNote] {
        notes.filter { $0.subject == subject && $0.year == year && !$0.isEmpty }
    }

    /// Every note on an indicator that says something, year by year.
    public func notes(on indicator: Indicator.ID) -> [AnalystNote] {
        notes.enumerated().filter { $0.element.subject == .indicator(indicator) && !$0.element.isEmpty }
            .sorted { ($0.element.year, $0.offset) < ($1.element.year, $1.offset) }.map(\.element)
    }
}
