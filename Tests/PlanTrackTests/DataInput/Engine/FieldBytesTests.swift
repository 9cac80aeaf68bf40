import Testing
@testable import PlanTrack

/// The engine's byte-level fast paths must agree exactly with the full parsers, or step aside.
@Suite struct FieldBytesTests {

    static func plainDecimal(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { FieldBytes.plainDecimal($0.baseAddress!, $0.count) }
    }

    static func plainYear(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { FieldBytes.plainYear($0.baseAddress!, $0.count, accepted: 2000...2100) }
    }

    /// The fast path must give bit for bit what the full decimal parser gives, or step aside.
    @Test func theDecimalFastPathAgreesExactlyWithTheFullParser() {
        var generator = SeededGenerator(seed: 15)
        for _ in 0..<20_000 {
            let digits = (0..<Int.random(in: 1...17, using: &generator)).map { _ in String(Int.random(in: 0...9, using: &generator)) }
            var text = digits.joined()
            if Bool.random(using: &generator) { text.insert(".", at: text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &generator))) }
            guard let fast = Self.plainDecimal(text) else { continue }
            #expect(fast.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }

    @Test(arguments: ["", ".", "1.2.3", "-1", "+1", "1e5", "1,000", " 1", "１", "12345678901234567"])
    func theDecimalFastPathStepsAsideForAnythingElse(text: String) {
        #expect(Self.plainDecimal(text) == nil)
    }

    @Test func theYearFastPathAgreesWithTheFullParser() {
        for year in 1990...2110 {
            let text = String(year)
            #expect(Self.plainYear(text) == (try? ValueParser.parseYear(text, accepted: 2000...2100)) ?? nil, "\(year)")
        }
        #expect(Self.plainYear("２０２１") == nil)
        #expect(Self.plainYear("2021年") == nil)
    }

    @Test(arguments: [
        ("", true), ("公报", true), (" 公报", false), ("公报 ", false), ("\u{3000}公报", false), ("公报\u{3000}", false),
        ("\u{FEFF}a", false), ("a\u{00A0}", false), ("a\u{200B}", false), ("\ta", false), ("a\r", false), ("a b", true),
    ])
    func bytesNeedNoTrimmingExactlyWhenTrimmingChangesNothing(text: String, expected: Bool) {
        let bytes = Array(text.utf8)
        let trimmed = bytes.withUnsafeBufferPointer { FieldBytes.isTrimmed($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
        #expect(trimmed == expected)
        #expect(trimmed == (TextNormalization.trimmed(text) == text))
    }

    @Test func randomTextsAgreeWithTrimming() {
        var generator = SeededGenerator(seed: 5)
        let pieces = [" ", "\t", "\u{3000}", "\u{00A0}", "\u{FEFF}", "\u{200B}", "a", "公", "报", "é", "\u{3001}", "\u{2003}"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let trimmed = bytes.withUnsafeBufferPointer { FieldBytes.isTrimmed($0.baseAddress!, $0.count) }
            #expect(trimmed == (TextNormalization.trimmed(text) == text), "\(text.debugDescription)")
        }
    }

    /// The UTF-8 check that also stops at a control character (eight bytes a step) agrees with
    /// the plain check on any text, wherever the control character falls.
    @Test func theControlCheckAgreesWithThePlainOne() {
        var generator = SeededGenerator(seed: 11)
        let pieces: [String] = ["统计公报", "a", "2021年", "\u{1}", "\u{0}", "\n", "\t", "\r", "\u{7F}", "\u{85}", "·", "×", "\u{9F}", " ", "第123号", "é"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let fast = bytes.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Offset($0, rejectingControls: true) != nil }
            #expect(fast == (TextNormalization.firstControl(text, allowingLineBreaks: true) != nil), "\(bytes)")
        }
    }
}
