/// Makes text from data files safe inside Markdown: it can never break a table, start a list,
/// or inject HTML or links. A `|`, a line break or `<script>` shows as the characters typed.
enum MarkdownText {
    /// Punctuation that means something inside a line to GitHub-flavoured Markdown or pandoc
    /// (emphasis, code, links, HTML, entities, table cells, pandoc's math, sub- and superscript);
    /// each is backslash-escaped, which both read as the literal character.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "!", "~", "^", "$"]
    /// The same, as bytes; every one is ASCII.
    private static let specialBytes: Set<UInt8> = Set(special.compactMap(\.asciiValue))
    /// Punctuation that means something only at the start of a line (headings, lists, quotes).
    private static let lineStart: Set<Character> = ["#", "-", "+", "=", ">"]

    /// Escapes a run of text; the result is safe inside a line and a table cell, and, `atLineStart`,
    /// at the start of a line too: a heading mark, a list marker or `1.` there is defused.
    static func escape(_ text: String, atLineStart: Bool = true) -> String {
        // Most cells (numbers, names, status words) have nothing to escape: seen from their
        // bytes, without walking characters (a regions table of thousands of columns).
        if !atLineStart, text.utf8.allSatisfy({ $0 >= 0x80 ? $0 != 0xC2 && $0 != 0xE2 : $0 >= 0x20 && !specialBytes.contains($0) }) { return text }
        var out = ""
        out.reserveCapacity(text.count)
        for character in singleLine(text) {
            if special.contains(character) || (atLineStart && out.isEmpty && lineStart.contains(character)) { out.append("\\") }
            out.append(character)
        }
        guard atLineStart else { return out }
        // "1. " or "1) " at the start would begin an ordered list; "2.5" would not.
        if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
            let next = out.index(after: dot)
            if next == out.endIndex || out[next] == " " { out.insert("\\", at: dot) }
        }
        return out
    }

    /// The text on one line (`TextNormalization.singleLine`): a line break would end a
    /// paragraph or a table row.
    static func singleLine(_ text: String) -> String { TextNormalization.singleLine(text) }

    /// A pipe-table row.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// A pipe-table header and its alignment line; `true` aligns the column right.
    static func header(_ cells: [String], rightAligned: [Bool]) -> String {
        row(cells) + "\n" + row(rightAligned.map { $0 ? "---:" : "---" })
    }
}
