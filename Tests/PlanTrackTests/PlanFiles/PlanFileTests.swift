import Testing
@testable import PlanTrack

/// A plan file with something wrong: every problem is named at its line and column, all at once.
@Suite struct PlanFileTests {
    static let text = ShippedData.planJSON

    static func problems(_ edited: String) -> [Diagnostic] {
        do {
            return try PlanFile.check(Array(edited.utf8), file: "plan.json").problems
        } catch {
            return error.diagnostics
        }
    }

    /// The line and column where `fragment` starts in `text`, 1-based.
    static func position(of fragment: String, in text: String = text) -> (line: Int, column: Int) {
        let before = text.components(separatedBy: fragment).first ?? ""
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.unicodeScalars.count ?? 0) + 1)
    }

    @Test func theShippedPlanParses() throws {
        #expect(try PlanFile.parse(Array(Self.text.utf8), file: "plan.json") == ShippedData.plan)
        #expect(Self.problems(Self.text).isEmpty)
    }

    /// One mistake of each kind: the edit, where the problem is reported (the start of the text
    /// given), and what the message says in English and Chinese.
    @Test(arguments: [
        ("\"kind\": \"at-most\", \"value\": 28", "\"kind\": \"at-mst\", \"value\": 28", "\"at-mst\"",
         "unknown target kind 'at-mst'", "未知目标类型“at-mst”"),
        ("\"attribute\": \"binding\",\n      \"direction\": \"lower\",\n      \"baseline\": { \"text\": \"—\" }",
         "\"attribute\": \"compulsory\",\n      \"direction\": \"lower\",\n      \"baseline\": { \"text\": \"—\" }", "\"compulsory\"",
         "attribute must be binding or expected, not 'compulsory'", "attribute（属性）须为 binding 或 expected"),
        ("\"domain\": \"health-security\",\n      \"unit\": \"%\",\n      \"unitEn\": \"%\",\n      \"attribute\": \"binding\"",
         "\"domain\": \"health-safety\",\n      \"unit\": \"%\",\n      \"unitEn\": \"%\",\n      \"attribute\": \"binding\"", "\"health-safety\"",
         "unknown domain 'health-safety'", "未知领域“health-safety”"),
        ("\"aliases\": [\"吸烟率\", \"成人吸烟率\"]", "\"aliases\": [\"吸烟率\", \"人均期望寿命\"]", "{\n      \"id\": \"smoking-prevalence\"",
         "the name '人均期望寿命' is also a name of life-expectancy", "名称“人均期望寿命”也是 life-expectancy 的名称"),
        ("\"id\": \"tuberculosis-incidence\"", "\"id\": \"life-expectancy\"", "{\n      \"id\": \"life-expectancy\",\n      \"name\": \"肺结核",
         "two indicators share the id 'life-expectancy'", "有两项指标的 id 都是“life-expectancy”"),
        ("\"unit\": \"/10万\",\n      \"unitEn\": \"/100,000\",\n      \"attribute\": \"expected\",\n      \"direction\": \"lower\",\n      \"baseline\": { \"text\": \"30\"",
         "\"unt\": \"/10万\",\n      \"unitEn\": \"/100,000\",\n      \"attribute\": \"expected\",\n      \"direction\": \"lower\",\n      \"baseline\": { \"text\": \"30\"",
         "\"unt\"", "unknown field 'unt' (did you mean unit?)", "未知字段“unt”（是否指 unit？）"),
        ("\"targetYear\": 2025", "\"targetYear\": 2017", "2017", "targetYear must come after baselineYear", "targetYear（目标年份）必须晚于"),
        ("\"target\": { \"text\": \"28\", \"kind\": \"at-most\", \"value\": 28 }", "\"target\": { \"text\": \"32\", \"kind\": \"at-most\", \"value\": 32 }", "32 }",
         "the target 32 is above the baseline 30, but this indicator is better lower", "目标 32 在基线 30 的上方，但该指标越低越好"),
    ])
    func eachMistakeIsNamedWhereItIs(original: String, replacement: String, place: String, english: String, chinese: String) throws {
        #expect(Self.text.contains(original), "\(original)")
        let edited = Self.text.replacingOccurrences(of: original, with: replacement)
        let problems = Self.problems(edited)
        #expect(problems.count >= 1, "\(problems)")
        let problem = try #require(problems.first { $0.message.en.contains(english) }, "\(problems.map(\.message.en))")
        let expected = Self.position(of: place, in: edited)
        #expect(problem.location == SourceLocation(file: "plan.json", line: expected.line, column: expected.column), "\(problem.location)")
        #expect(problem.message.zh.contains(chinese), "\(problem.message.zh)")
    }

    @Test func districtsTypesAndDuplicateKeys() {
        let twice = Self.text.replacingOccurrences(of: "{ \"name\": \"市中区\", \"nameEn\": \"Shizhong District\" }", with: "{ \"name\": \"历下区\" }")
        #expect(Self.problems(twice).map(\.message.en) == ["the district '历下区' is listed twice"])
        let notAList = Self.text.replacingOccurrences(of: "\"aliases\": [\"吸烟率\", \"成人吸烟率\"]", with: "\"aliases\": \"吸烟率\"")
        #expect(Self.problems(notAList).map(\.message.en) == ["'aliases' must be a list […]"])
        let typed = Self.text.replacingOccurrences(of: "\"baselineYear\": 2020", with: "\"baselineYear\": \"2020\"")
        #expect(Self.problems(typed).map(\.message.en).first == "'baselineYear' must be a number")
        let doubled = Self.text.replacingOccurrences(of: "\"targetYear\": 2025,", with: "\"targetYear\": 2025,\n  \"targetYear\": 2025,")
        #expect(Self.problems(doubled).map(\.message.en) == ["the plan: 'targetYear' is given twice"])
    }

    @Test func aMissingFieldIsNamedAtItsObject() {
        let edited = Self.text.replacingOccurrences(of: "      \"domain\": \"disease-control\",\n      \"unit\": \"/10万\",", with: "      \"unit\": \"/10万\",")
        let problems = Self.problems(edited)
        #expect(problems.map(\.message.en) == ["indicators[8] (tuberculosis-incidence) has no 'domain'"])
    }

    @Test func aSyntaxErrorNamesItsLineAndColumn() {
        let broken = Self.text.replacingOccurrences(of: "\"targetYear\": 2025,", with: "\"targetYear\": 2025")
        let problems = Self.problems(broken)
        let place = Self.position(of: "\"domains\": [", in: broken)
        #expect(problems.count == 1)
        #expect(problems.first?.location == SourceLocation(file: "plan.json", line: place.line, column: place.column))
        #expect(problems.first?.message.en == "not valid JSON: expected ',' or '}' (a comma missing?)")
        #expect(problems.first?.text(in: .zh).hasSuffix("错误：不是有效的 JSON：此处应为逗号或“}”（是否漏了逗号？）") == true)
    }

    @Test func everyProblemAtOnce() {
        let edited = Self.text
            .replacingOccurrences(of: "\"kind\": \"at-most\", \"value\": 28", with: "\"kind\": \"at-mst\", \"value\": 28")
            .replacingOccurrences(of: "\"domain\": \"health-security\"", with: "\"domain\": \"health-safety\"")
            .replacingOccurrences(of: "\"targetYear\": 2025", with: "\"targetYear\": 2019")
        // Two indicators are in health-security, and the 2023 milestone falls outside 2019.
        #expect(Self.problems(edited).count == 5, "\(Self.problems(edited).map(\.message.en))")
    }

    @Test(arguments: ["{", "[1, 2", "{\"a\": tru}", "{\"a\": 01}", "{\"a\": \"x\ny\"}", "{\"a\": 1,}", "\"\\q\"", "1 2"])
    func malformedJSONIsASyntaxError(text: String) {
        #expect(throws: JSONDocument.SyntaxError.self) { try JSONDocument.parse(text) }
    }

    @Test func jsonValuesAndTheirPositions() throws {
        let node = try JSONDocument.parse("{\n  \"a\": [1, -2.5e1, true, null],\n  \"b\": \"x\\u00e9\\ud83d\\ude00\\n\"\n}")
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].keyPosition == .init(line: 2, column: 3))
        #expect(members[0].value.value == .array([
            .init(value: .number(1), position: .init(line: 2, column: 9)), .init(value: .number(-25), position: .init(line: 2, column: 12)),
            .init(value: .bool(true), position: .init(line: 2, column: 20)), .init(value: .null, position: .init(line: 2, column: 26)),
        ]))
        #expect(members[1].value.value == .string("xé😀\n"))
    }
}
