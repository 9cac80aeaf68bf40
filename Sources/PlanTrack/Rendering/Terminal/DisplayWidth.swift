/// How many terminal columns text takes: 2 for Chinese characters and other East Asian
/// wide or full-width characters, 0 for combining marks, 1 for the rest.
///
/// East Asian Ambiguous characters (‰, ×, …) count as 1, as terminals outside CJK legacy modes draw them.
package enum DisplayWidth {
    package static func of(_ text: String) -> Int {
        var width = 0
        for character in text {
            width += of(character)
        }
        return width
    }

    package static func of(_ character: Character) -> Int {
        var width = 0
        var sawVisible = false
        for scalar in character.unicodeScalars {
            let scalarWidth = of(scalar)
            if scalarWidth > 0 { sawVisible = true }
            width = max(width, scalarWidth)
            // An emoji presentation selector turns a text-style symbol into a wide emoji.
            if scalar.value == 0xFE0F, sawVisible { width = 2 }
        }
        return width
    }

    package static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        for range in wideRanges {
            if value < range.lowerBound { return false }
            if value <= range.upperBound { return true }
        }
        return false
    }

    /// Cuts text to at most `width` columns, marking the cut with `..`.
    package static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        let marker = ".."
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > width - marker.count { break }
            result.append(character)
            used += characterWidth
        }
        return result + marker
    }

    /// Cuts text to at most `width` columns by leaving out its middle (`每千人口..医师数`): names
    /// of one family share their start, so a cut at the end made several look alike.
    package static func truncateMiddle(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        let marker = "..", room = max(0, width - marker.count)
        let tailRoom = room / 3
        var tail = "", tailWidth = 0
        for character in text.reversed() {
            if tailWidth + of(character) > tailRoom { break }
            tail.insert(character, at: tail.startIndex)
            tailWidth += of(character)
        }
        return truncate(text, to: width - tailWidth).dropLast(marker.count) + marker + tail
    }

    /// Every line of `text` wider than `width` wrapped to it: at a space where the line has one
    /// (English), else between characters (Chinese), the rest indented `hanging` more than the
    /// line. Lines with terminal styles are left as they are: tables and headings already fitted.
    /// Chinese punctuation that closes, which typesetting keeps off the start of a line.
    static let closingMarks: Set<Character> = ["，", "。", "、", "：", "；", "！", "？", "）", "》", "”", "’", "」", "』", "…"]
    /// Chinese punctuation that opens, which typesetting keeps off the end of a line.
    static let openingMarks: Set<Character> = ["（", "《", "“", "‘", "「", "『"]

    package static func wrap(_ text: String, width: Int, hanging: Int = 2) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            guard of(line) > width, !line.contains("\u{1B}") else { return line }
            let indent = String(repeating: " ", count: line.prefix { $0 == " " }.count + hanging)
            var lines: [String] = [], current = "", currentWidth = 0
            for character in line {
                let characterWidth = of(character)
                if currentWidth + characterWidth > width, !current.trimmingCharacters(in: .whitespaces).isEmpty {
                    var carried = ""
                    // English words are kept whole. Chinese may break between any two characters, as
                    // it is typeset, but a nearby space or mark such as ， is the nicer place.
                    if character != " ", let cut = current.lastIndex(where: { $0 == " " || Self.closingMarks.contains($0) }),
                       current[..<cut].contains(where: { $0 != " " }) {
                        let tail = current[current.index(after: cut)...]
                        if (of(character) == 1 && tail.allSatisfy { of($0) == 1 }) || of(String(tail)) <= width / 4 {
                            let end = current[cut] == " " ? cut : current.index(after: cut)  // a mark stays, a space goes
                            carried = String(tail)
                            current = String(current[..<end])
                        }
                    }
                    // A line never starts with a closing mark such as ， or 。: characters before it go
                    // along until the new line starts with one that may begin a line.
                    if Self.closingMarks.contains(character) {
                        while carried.first.map({ Self.closingMarks.contains($0) }) ?? true, current.count > 1, let last = current.last, last != " " {
                            carried.insert(last, at: carried.startIndex)
                            current.removeLast()
                        }
                    }
                    // Nor does a line end with an opening mark such as （ or “.
                    while let last = current.last, Self.openingMarks.contains(last), current.count > 1 {
                        carried.insert(last, at: carried.startIndex)
                        current.removeLast()
                    }
                    lines.append(current)
                    current = indent + carried
                    currentWidth = of(current)
                    if character == " " { continue }
                }
                current.append(character)
                currentWidth += characterWidth
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Pads with spaces to exactly `width` columns (text already wider is left as it is).
    package static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return alignRight ? padding + text : text + padding
    }
}
