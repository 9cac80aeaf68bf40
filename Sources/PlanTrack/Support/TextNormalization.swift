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

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x3000
            || scalar.value == 0x00A0 || scalar.value == 0xFEFF || scalar.value == 0x200B
    }
}
