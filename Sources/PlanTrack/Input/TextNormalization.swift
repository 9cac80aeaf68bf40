/// The clean-ups every typed name and number goes through before it is compared or parsed.
public enum TextNormalization {
    /// Full-width ASCII (Ｕ+FF01…FF5E) to ASCII, ideographic space to space, minus sign to hyphen.
    public static func halfWidth(_ text: String) -> String {
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
    public static func trimmed(_ text: String) -> String {
        var view = Substring(text)
        while let first = view.unicodeScalars.first, isSpace(first) { view = view.dropFirst() }
        while let last = view.unicodeScalars.last, isSpace(last) { view = view.dropLast() }
        return String(view)
    }

    /// True when `trimmed` would leave these UTF-8 bytes as they are: they neither start nor
    /// end with a space of any width. Checks bytes, so no String is made to find out.
    static func isTrimmed(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count > 0 else { return true }
        let bytes = UnsafeBufferPointer(start: start, count: count)
        // The UTF-8 forms of what `isSpace` accepts: four ASCII bytes, then U+00A0 (C2 A0),
        // U+3000 (E3 80 80), U+200B (E2 80 8B) and U+FEFF (EF BB BF).
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func isWideSpace(at index: Int) -> Bool {
            guard index >= 0 else { return false }
            switch bytes[index] {
            case 0xC2: return index + 1 < count && bytes[index + 1] == 0xA0
            case 0xE3: return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80
            case 0xE2: return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x8B
            case 0xEF: return index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
            default: return false
            }
        }
        if isASCIISpace(bytes[0]) || isASCIISpace(bytes[count - 1]) || isWideSpace(at: 0) { return false }
        return bytes[count - 1] < 0x80 || !(isWideSpace(at: count - 2) || isWideSpace(at: count - 3))
    }

    /// The form names are compared in: half-width, no spaces at all, lowercase.
    public static func nameKey(_ text: String) -> String {
        let half = halfWidth(text)
        var scalars = String.UnicodeScalarView()
        for scalar in half.unicodeScalars where !isSpace(scalar) {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x3000
            || scalar.value == 0x00A0 || scalar.value == 0xFEFF || scalar.value == 0x200B
    }
}
