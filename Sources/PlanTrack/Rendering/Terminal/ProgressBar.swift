/// A progress bar in plain ASCII, so it lines up in any terminal and pastes anywhere:
/// `#` covered, `-` still to go, `|` where elapsed time says it should be.
///
///     [####--|---]   43% covered, 60% expected
enum ProgressBar {
    static func render(progress: Double?, expected: Double?, width: Int = 10) -> String {
        guard let progress else { return String(repeating: " ", count: width + 2) }
        let filled = Int((min(max(progress, 0), 1) * Double(width)).rounded())
        var cells = Array(String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled))
        if let expected {
            let mark = Int((min(max(expected, 0), 1) * Double(width)).rounded())
            if mark > 0 && mark < width { cells[mark] = "|" }
        }
        if progress < 0 { cells[0] = "<" }
        return "[" + String(cells) + "]"
    }
}
