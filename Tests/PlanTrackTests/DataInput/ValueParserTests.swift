import Testing
@testable import PlanTrack

@Suite struct ValueParserTests {
    @Test(arguments: [
        ("79.6", "岁", 79.6),
        (" 80.2 ", "岁", 80.2),
        ("８０．２", "岁", 80.2),
        ("80.5岁", "岁", 80.5),
        ("80.5 岁", "岁", 80.5),
        ("85%", "%", 85),
        ("85％", "%", 85),
        ("1.68‰", "‰", 1.68),
        ("7.35/10万", "/10万", 7.35),
        ("7.35/10 万", "/10万", 7.35),
        ("7.35每10万", "/10万", 7.35),
        ("1,234.5", "张", 1234.5),
        ("12,345,678", "张", 12_345_678),
        ("+5", "个", 5),
        ("0", "%", 0),
        ("100", "%", 100),
        ("1.5E1", "%", 15),
        (".5", "人", 0.5),
        ("5.", "人", 5),
        ("7.8张", "张", 7.8),
    ])
    func readsNumbersAsPeopleTypeThem(text: String, unit: String, expected: Double) throws {
        #expect(try ValueParser.parseValue(text, unit: unit) == .number(expected))
    }

    @Test(arguments: ["", "  ", "—", "-", "NA", "na", "N/A", "——", "－", "#N/A"])
    func recognisesNotReported(text: String) throws {
        #expect(try ValueParser.parseValue(text, unit: "%") == .notReported)
    }

    @Test(arguments: [
        ("1.77%", "‰", "has the unit %, but this indicator is measured in ‰"),
        ("85‰", "%", "has the unit ‰"),
        ("80岁", "%", "has the unit 岁"),
        ("abc", "%", "is not a number"),
        ("1,23", "%", "a comma must separate thousands"),
        ("1,2345", "张", "a comma must separate thousands"),
        ("101", "%", "over 100"),
        ("-1", "张", "negative"),
        ("−3", "张", "negative"),
        ("1.2.3", "张", "has the unit .3"),
        ("e5", "张", "is not a number"),
        ("inf", "张", "is not a number"),
        ("nan", "张", "is not a number"),
    ])
    func rejectsWithAMessage(text: String, unit: String, fragment: String) {
        do {
            let value = try ValueParser.parseValue(text, unit: unit)
            Issue.record("'\(text)' parsed as \(value)")
        } catch {
            #expect(error.message.en.contains(fragment), "\(error.message)")
        }
    }

    @Test(arguments: [("2021", 2021), ("２０２３", 2023), ("2023年", 2023), (" 2024 ", 2024), ("2021.0", 2021), ("2000", 2000), ("2100", 2100)])
    func readsYears(text: String, expected: Int) throws {
        #expect(try ValueParser.parseYear(text, accepted: 2000...2100) == expected)
    }

    @Test(arguments: ["2021.5", "1999", "2101", "twenty", "21", "-2021", "2021-01", "99999999999999999999"])
    func rejectsYears(text: String) {
        #expect(throws: ValueError.self) { try ValueParser.parseYear(text, accepted: 2000...2100) }
    }

    @Test func emptyYearIsNil() throws {
        #expect(try ValueParser.parseYear("", accepted: 2000...2100) == nil)
    }

    /// Random strings never trap: each parses or throws a ValueError.
    @Test func randomCellsNeverCrash() {
        var generator = SeededGenerator(seed: 42)
        let pieces = ["1", "2", "0", ".", ",", "-", "+", "e", "E", "%", "‰", "岁", "/10万", " ", "８", "．", "NA", "—", "x", "\u{0}", "9999999999"]
        for _ in 0..<10_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for unit in ["%", "‰", "岁"] {
                do {
                    if case .number(let value) = try ValueParser.parseValue(text, unit: unit) {
                        #expect(value.isFinite && value >= 0)
                    }
                } catch {
                    #expect(!error.message.en.isEmpty)
                }
            }
            _ = try? ValueParser.parseYear(text, accepted: 2000...2100)
        }
    }
}
