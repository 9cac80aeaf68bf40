/// Makes text from data files safe inside Markdown: it can never break a table, start a list,
/// or inject HTML or links. A `|`, a line break or `<script>` shows as the characters typed.
package enum MarkdownText {
    /// Punctuation that means something inside a line to GitHub-flavoured Markdown or pandoc
    /// (emphasis, code, links, HTML, entities, table cells, pandoc's math, sub- and superscript);
    /// each is backslash-escaped, which both read as the literal character.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "!", "~", "^", "$"]
    /// Punctuation that means something only at the start of a line (headings, lists, quotes).
    private static let lineStart: Set<Character> = ["#", "-", "+", "=", ">"]

    /// Escapes a run of text; the result is safe at the start of a line and inside a table cell.
    /// An ordered-list marker (`1.` at the start) is defused too.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        var lastWasSpace = false
        for character in text {
            if character.isNewline || character == "\t" {
                // A line break would end a table row; a space keeps the words apart.
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = character == " "
            if special.contains(character) || (out.isEmpty && lineStart.contains(character)) { out.append("\\") }
            out.append(character)
        }
        // "1. " or "1) " at the start would begin an ordered list; "2.5" would not.
        if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
            let next = out.index(after: dot)
            if next == out.endIndex || out[next] == " " { out.insert("\\", at: dot) }
        }
        return out
    }

    /// A pipe-table row.
    package static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// A pipe-table header and its alignment line; `true` aligns the column right.
    package static func header(_ cells: [String], rightAligned: [Bool]) -> String {
        row(cells) + "\n" + row(rightAligned.map { $0 ? "---:" : "---" })
    }
}
