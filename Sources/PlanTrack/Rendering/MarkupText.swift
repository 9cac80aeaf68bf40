/// Makes text from data files safe inside SVG and HTML, as text or an attribute value: the five
/// specials become entities (`&apos;` is HTML5's too), and a control character, which XML
/// forbids, becomes a space.
enum MarkupText {
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if scalar.value < 0x20 && scalar != "\t" { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
