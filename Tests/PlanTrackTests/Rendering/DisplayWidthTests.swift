import Testing
@testable import PlanTrack

@Suite struct DisplayWidthTests {
    /// Expected widths are those of Python's wcwidth.wcswidth (0.2.x), which terminals follow.
    @Test(arguments: [
        ("人均期望寿命", 12), ("abc", 3), ("‰", 1), ("％", 2), ("８０．２", 8), ("é", 1), ("e\u{301}", 1),
        ("👍", 2), ("🇨🇳", 2), ("·", 1), ("—", 1), ("…", 1), ("（", 2), ("\u{3000}", 2), ("ｱ", 1), ("한글", 4),
        ("\u{200B}", 0), ("☺", 1), ("☺\u{FE0F}", 2), ("<23.9", 5), ("≥90", 3), ("稳定在较低水平", 14), ("", 0),
    ])
    func matchesWhatTerminalsDraw(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func padsByColumnsNotCharacters() {
        #expect(DisplayWidth.pad("中文", to: 6) == "中文  ")
        #expect(DisplayWidth.pad("ab", to: 6, alignRight: true) == "    ab")
        #expect(DisplayWidth.pad("toolong", to: 3) == "toolong")
    }

    @Test func truncatesWithoutSplittingAWideCharacter() {
        #expect(DisplayWidth.truncate("每千人口医疗机构床位数", to: 9) == "每千人..")
        #expect(DisplayWidth.of(DisplayWidth.truncate("每千人口医疗机构床位数", to: 10)) <= 10)
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
    }
}

@Suite struct TextTableTests {
    @Test func columnsLineUpWithChineseText() {
        var table = TextTable(columns: [.init("指标"), .init("值", .right)])
        table.append(["人均期望寿命", "79.6"])
        table.append(["Life expectancy", "80.5"])
        let lines = table.render(indent: 0).split(separator: "\n").map(String.init)
        #expect(lines.map(DisplayWidth.of) == [21, 21, 21])
        #expect(lines[1] == "人均期望寿命     79.6")
        #expect(lines[2] == "Life expectancy  80.5")
    }

    @Test func shrinkableColumnsAreCutToFitTheTerminal() {
        var table = TextTable(columns: [.init("name", canShrink: true, minimumWidth: 6), .init("v")])
        table.append(["二级及以上综合性医院设置老年医学科", "1"])
        let rendered = table.render(indent: 2, maxWidth: 20)
        #expect(rendered.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 20 })
    }

    @Test func stylesWrapPaddedCellsSoWidthsStayRight() {
        var table = TextTable(columns: [.init("a"), .init("b")])
        table.append([TextTable.Cell("x", style: .red), "y"])
        let rendered = table.render(indent: 0, color: true)
        #expect(rendered.contains("\u{1B}[31mx\u{1B}[0m  y"))
    }
}

@Suite struct ProgressBarAndWrappingTests {
    @Test func progressBarMarksTheExpectedShare() {
        #expect(ProgressBar.render(progress: 0.433, expected: 0.2) == "[##|#------]")
        #expect(ProgressBar.render(progress: -0.1, expected: 0.6) == "[<-----|---]")
        #expect(ProgressBar.render(progress: 1.4, expected: 0.6) == "[######|###]")
        #expect(ProgressBar.render(progress: nil, expected: 0.6) == "            ")
    }

    /// Chinese wraps between characters, preferring a mark such as ， nearby, and no line starts
    /// with a closing mark; English words stay whole.
    @Test(arguments: [
        ("一二三四五，六七八九十", 10, "一二三四\n五，六七八\n九十"),
        ("一二三四（五）。六七", 10, "一二三四\n（五）。\n六七"),
        ("一二三四五六七八九十", 10, "一二三四五\n六七八九十"),
        ("hello wonderful world", 12, "hello\nwonderful\nworld"),
        ("一二三四五 ab", 11, "一二三四五\nab"),
    ])
    func wrapsChineseAndEnglish(text: String, width: Int, expected: String) {
        let wrapped = DisplayWidth.wrap(text, width: width, hanging: 0)
        #expect(wrapped == expected)
        for line in wrapped.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= width)
            #expect(!DisplayWidth.closingMarks.contains(line.drop { $0 == " " }.first ?? "a"))
        }
    }

    /// Randomized: any mix of Chinese, marks, words and spaces wraps within the width, keeps every
    /// character, and starts no line with a closing mark where it could be avoided.
    @Test func randomTextWrapsWithinTheWidth() {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["指标", "，", "。", "）", "（", "达标", " ", "word", "a", "12.5", "%"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 8...30, using: &generator)
            let wrapped = DisplayWidth.wrap(text, width: width, hanging: 0)
            for line in wrapped.split(separator: "\n") where !line.contains(" ") || line.count > 1 {
                #expect(DisplayWidth.of(String(line)) <= max(width, line.split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0), "\(text) @\(width)")
            }
            #expect(wrapped.filter { $0 != " " && $0 != "\n" } == text.filter { $0 != " " }, "\(text)")
        }
    }
}
