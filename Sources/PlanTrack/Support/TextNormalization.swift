/// The clean-ups every typed name and number goes through before it is compared or parsed.
package enum TextNormalization {
    /// Full-width ASCII (Ｕ+FF01…FF5E) to ASCII, ideographic space to space, minus sign to hyphen.
    package static func halfWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
                changed = true
            case 0x3000, 0x00A0:
                scalars.append(" ")
                changed = true
            case 0x2212:
                scalars.append("-")
                changed = true
            default:
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : text
    }

    /// Trims spaces of every width, and a stray byte-order mark that Excel leaves in a first cell.
    package static func trimmed(_ text: String) -> String {
        var view = Substring(text)
        while let first = view.unicodeScalars.first, isSpace(first) { view = view.dropFirst() }
        while let last = view.unicodeScalars.last, isSpace(last) { view = view.dropLast() }
        return String(view)
    }

    /// The form names are compared in: half-width, no spaces at all, lowercase.
    package static func nameKey(_ text: String) -> String {
        let half = halfWidth(text)
        var scalars = String.UnicodeScalarView()
        for scalar in half.unicodeScalars where !isSpace(scalar) {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }

    /// The text on one line: each run of line breaks and tabs becomes one space, which keeps the
    /// words apart. For texts from data files, which a multi-line Excel cell may break anywhere.
    package static func singleLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        var out = ""
        var lastWasSpace = false
        for character in text {
            if character.isNewline || character == "\t" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = character == " "
            out.append(character)
        }
        return out
    }

    /// True for C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F): never typed on
    /// purpose in a cell, and never printed raw, since a terminal or a document would act on them.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The first control character in `text`, as `U+0000`; nil when there is none.
    package static func firstControl(_ text: String, allowingLineBreaks: Bool = false) -> String? {
        text.unicodeScalars.first { isControl($0) && !(allowingLineBreaks && isLineBreakOrTab($0)) }.map(codePoint)
    }

    private static func isLineBreakOrTab(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" || scalar == "\t" }

    /// Text as a message may quote it: every control character written as `<U+0000>`.
    package static func printable(_ text: String, allowingLineBreaks: Bool = false) -> String {
        func shown(_ scalar: Unicode.Scalar) -> Bool { isControl(scalar) && !(allowingLineBreaks && isLineBreakOrTab(scalar)) }
        guard text.unicodeScalars.contains(where: shown) else { return text }
        return text.unicodeScalars.map { shown($0) ? "<\(codePoint($0))>" : String($0) }.joined()
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x3000
            || scalar.value == 0x00A0 || scalar.value == 0xFEFF || scalar.value == 0x200B
    }
}
