/// The Markdown that `MarkdownReport` writes, read back into blocks for the HTML report: so
/// the two always hold the same content in the same order. Only the forms the report writes
/// are read: headings, paragraphs, `- ` lists, pipe tables, images on a line of their own,
/// `**bold**` and backslash escapes.
enum ReportBlocks {
    enum Block: Equatable {
        case heading(level: Int, text: [Inline])
        case paragraph([Inline])
        case list([[Inline]])
        /// `rightAligned` per column, from the `---:` line.
        case table(header: [[Inline]], rightAligned: [Bool], rows: [[[Inline]]])
        case image(alt: String, target: String)
    }

    /// A run of text, bold or not, with every escape resolved: what the reader should see.
    struct Inline: Equatable {
        let text: String
        let isBold: Bool
    }

    static func read(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let line = lines.first {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                lines.removeFirst()
                continue
            }
            if let level = headingLevel(line) {
                blocks.append(.heading(level: level, text: inlines(String(line.dropFirst(level + 1)))))
                lines.removeFirst()
            } else if line.hasPrefix("|") {
                var rows: [[String]] = []
                while let row = lines.first, row.hasPrefix("|") {
                    rows.append(cells(row))
                    lines.removeFirst()
                }
                let header = rows.first ?? []
                let alignment = rows.count > 1 ? rows[1] : []
                blocks.append(.table(header: header.map(inlines), rightAligned: alignment.map { $0.hasSuffix(":") },
                                     rows: rows.dropFirst(2).map { $0.map(inlines) }))
            } else if line.hasPrefix("- ") {
                var items: [[Inline]] = []
                while let item = lines.first, item.hasPrefix("- ") {
                    items.append(inlines(String(item.dropFirst(2))))
                    lines.removeFirst()
                }
                blocks.append(.list(items))
            } else if line.hasPrefix("!["), let image = image(line) {
                blocks.append(image)
                lines.removeFirst()
            } else {
                var text: [String] = []
                while let next = lines.first, !next.trimmingCharacters(in: .whitespaces).isEmpty, headingLevel(next) == nil,
                      !next.hasPrefix("|"), !next.hasPrefix("- "), !next.hasPrefix("![") {
                    text.append(next)
                    lines.removeFirst()
                }
                blocks.append(.paragraph(inlines(text.joined(separator: " "))))
            }
        }
        return blocks
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        return (1...6).contains(hashes) && line.dropFirst(hashes).hasPrefix(" ") ? hashes : nil
    }

    /// The cells of `| a | b \| c |`, still escaped: a `\|` is text, not a border.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], current = "", escaped = false
        for character in line.dropFirst() {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        return cells
    }

    /// `![alt](target)` or `![alt](<target with spaces>)`.
    private static func image(_ line: String) -> Block? {
        guard let close = line.range(of: "](") , line.hasSuffix(")") else { return nil }
        let alt = plain(String(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound]))
        var target = String(line[close.upperBound..<line.index(before: line.endIndex)])
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        return .image(alt: alt, target: target.replacingOccurrences(of: "%3C", with: "<").replacingOccurrences(of: "%3E", with: ">"))
    }

    /// Text with its escapes resolved and `**` markers dropped.
    static func plain(_ text: String) -> String { inlines(text).map(\.text).joined() }

    /// Splits at unescaped `**` into plain and bold runs, resolving backslash escapes.
    static func inlines(_ text: String) -> [Inline] {
        var runs: [Inline] = [], current = "", bold = false
        var characters = text[...]
        while let character = characters.first {
            characters.removeFirst()
            if character == "\\", let next = characters.first, next.isPunctuation || next.isSymbol {
                current.append(next)
                characters.removeFirst()
            } else if character == "*", characters.first == "*" {
                characters.removeFirst()
                if !current.isEmpty { runs.append(Inline(text: current, isBold: bold)) }
                current = ""
                bold.toggle()
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { runs.append(Inline(text: current, isBold: bold)) }
        return runs
    }
}
