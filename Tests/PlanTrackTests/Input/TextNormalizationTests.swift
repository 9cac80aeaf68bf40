import Testing
@testable import PlanTrack

@Suite struct TextNormalizationTests {
    @Test(arguments: [
        ("", true), ("公报", true), (" 公报", false), ("公报 ", false), ("\u{3000}公报", false), ("公报\u{3000}", false),
        ("\u{FEFF}a", false), ("a\u{00A0}", false), ("a\u{200B}", false), ("\ta", false), ("a\r", false), ("a b", true),
    ])
    func bytesNeedNoTrimmingExactlyWhenTrimmingChangesNothing(text: String, expected: Bool) {
        let bytes = Array(text.utf8)
        let trimmed = bytes.withUnsafeBufferPointer { TextNormalization.isTrimmed($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
        #expect(trimmed == expected)
        #expect(trimmed == (TextNormalization.trimmed(text) == text))
    }

    @Test func randomTextsAgreeWithTrimming() {
        var generator = SeededGenerator(seed: 5)
        let pieces = [" ", "\t", "\u{3000}", "\u{00A0}", "\u{FEFF}", "\u{200B}", "a", "公", "报", "é", "\u{3001}", "\u{2003}"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let trimmed = bytes.withUnsafeBufferPointer { TextNormalization.isTrimmed($0.baseAddress!, $0.count) }
            #expect(trimmed == (TextNormalization.trimmed(text) == text), "\(text.debugDescription)")
        }
    }
}
