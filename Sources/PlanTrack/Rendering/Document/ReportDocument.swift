/// A report, built once (`ReportBuilder`) and written by formatters that walk it: Markdown,
/// HTML and Word say the same things in the same order because they read the same tree. A new
/// format is one new formatter; none of them decides what the report says.
///
/// Texts are plain: as a reader should see them, with nothing escaped. Each formatter escapes
/// for its own format.
public struct ReportDocument: Sendable, Equatable {
    /// The report's title, as its first heading says it.
    public let title: String
    public let language: Language
    public let blocks: [Block]

    public init(title: String, language: Language, blocks: [Block]) {
        self.title = title
        self.language = language
        self.blocks = blocks
    }

    public enum Block: Sendable, Equatable {
        /// Level 1 is the title, 2 a numbered section (一、), 3 a part of one (（一）).
        case heading(level: Int, text: String)
        case paragraph(Text, style: ParagraphStyle)
        /// Items of equal weight, each a sentence or two.
        case list([Text])
        case table(Table)
        /// One indicator's chart, where the report shows it.
        case chart(ChartData)
    }

    public enum ParagraphStyle: Sendable, Equatable {
        case body
        /// A note under a table (注：…): smaller where the format has sizes.
        case note
    }

    /// Runs of text, some in bold: all the emphasis a report uses.
    public struct Text: Sendable, Equatable, ExpressibleByStringLiteral {
        public struct Run: Sendable, Equatable {
            public let text: String
            public let isBold: Bool
        }

        public private(set) var runs: [Run]

        public init(_ text: String) {
            runs = text.isEmpty ? [] : [Run(text: text, isBold: false)]
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }

        public init(bold text: String) {
            runs = [Run(text: text, isBold: true)]
        }

        public static func + (lhs: Text, rhs: Text) -> Text {
            var joined = lhs
            joined.runs += rhs.runs
            return joined
        }

        /// The text without its emphasis.
        public var plain: String { runs.map(\.text).joined() }
    }

    /// A table whose columns know what they hold, so each format can align and size them.
    public struct Table: Sendable, Equatable {
        public struct Column: Sendable, Equatable {
            public let header: String
            public let role: Role

            public init(_ header: String, _ role: Role) {
                self.header = header
                self.role = role
            }
        }

        public enum Role: Sendable, Equatable {
            /// An indicator's or a region's name: the widest column, never broken mid-word.
            case name
            /// A short text: a unit, an attribute, a target as worded.
            case text
            /// A number (with its unit or year): right-aligned, never broken.
            case number
            /// A verdict word.
            case status
            /// A value with its verdict, as the regions matrix writes them.
            case valueWithStatus
        }

        /// What a table is for, which some formats show differently.
        public enum Kind: Sendable, Equatable {
            /// Indicators in detail (binding, lagging).
            case detail
            /// One domain's indicators, a column per year.
            case domain
            /// Every region side by side: wide, on a page of its own turned sideways where pages turn.
            case regions
        }

        public let columns: [Column]
        public let rows: [[String]]
        public let kind: Kind

        public init(columns: [Column], rows: [[String]], kind: Kind) {
            self.columns = columns
            self.rows = rows
            self.kind = kind
        }
    }
}
