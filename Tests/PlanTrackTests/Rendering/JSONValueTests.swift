import Foundation
import Testing
@testable import PlanTrack

@Suite struct JSONValueTests {
    @Test func escapesAndKeepsKeyOrder() {
        let value = JSONValue.object([("b", .string("a\"b\\c\n\u{1}中")), ("a", .array([.int(1), .number(0.5), .null, .bool(true)]))])
        #expect(value.serialized() == "{\n  \"b\": \"a\\\"b\\\\c\\n\\u0001中\",\n  \"a\": [\n    1,\n    0.5,\n    null,\n    true\n  ]\n}")
    }

    @Test func lineSeparatorsAreEscapedButTheirNeighboursAreNot() {
        #expect(JSONValue.string("a\u{2028}b\u{2029}\u{2027}€").serialized() == "\"a\\u2028b\\u2029\u{2027}€\"")
    }

    /// Random strings read back through Foundation's parser as they were written.
    @Test func randomStringsReadBack() throws {
        var generator = SeededGenerator(seed: 9)
        let pieces = ["a", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "中", "\u{2028}", "\u{2029}", "€", "😀", "/"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let serialized = JSONValue.array([.string(text)]).serialized()
            let parsed = try JSONSerialization.jsonObject(with: Data(serialized.utf8)) as? [String]
            #expect(parsed == [text], "\(serialized.debugDescription)")
            #expect(!serialized.contains("\u{2028}") && !serialized.contains("\u{2029}"))
        }
    }

    @Test func nonFiniteNumbersAreNull() {
        #expect(JSONValue.number(.nan).serialized() == "null")
        #expect(JSONValue.number(.infinity).serialized() == "null")
    }

    @Test func statusJSONHasTheSpecKeysForAll23Indicators() throws {
        let data = Fixtures.data("life-expectancy,2023,80.2\nyouth-myopia,2021,52\nyouth-myopia,2023,50.5")
        let result = Assessor(plan: Fixtures.plan, data: data).assess(region: "济南市", year: 2023)
        let text = AssessmentJSON.status(result).serialized()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["plan", "region", "year", "indicators", "summary"]))
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        #expect(indicators.count == 23)
        let keys = ["id", "name", "nameEn", "domain", "unit", "attribute", "targetKind", "baseline", "baselineYear", "baselineProvisional",
                    "target", "year", "value", "progress", "expectedProgress", "gap", "paceNeeded", "paceSoFar", "projected",
                    "projectedMet", "status", "level"]
        for indicator in indicators {
            #expect(Set(indicator.keys).isSuperset(of: keys))
        }
        let life = indicators[0]
        #expect(life["status"] as? String == "on-track")
        #expect(life["progress"] as? Double == (80.2 - 79.6) / (80.5 - 79.6))  // unrounded
        let myopia = try #require(indicators.first { $0["id"] as? String == "youth-myopia" })
        #expect(myopia["level"] as? String == "alert")
        #expect(myopia["progress"] is NSNull)
        #expect(myopia["baselineProvisional"] as? Bool == true)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["bindingAtRisk"] as? [String] == ["youth-myopia"])
    }

    @Test func indicatorsJSONDescribesEveryTargetKind() throws {
        let text = AssessmentJSON.indicators(Fixtures.plan).serialized()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let kinds = Set(indicators.compactMap { ($0["target"] as? [String: Any])?["kind"] as? String })
        #expect(kinds == ["at-least", "at-most", "around", "maintain", "annual-decrease", "stable-low"])
    }
}

@Suite struct JSONStringEscapingTests {
    @Test(arguments: [
        ("plain 中文 ‰ — ≥", "\"plain 中文 ‰ — ≥\""), ("a\"b", "\"a\\\"b\""), ("\\", "\"\\\\\""), ("\u{2028}x\u{2029}", "\"\\u2028x\\u2029\""),
        ("\u{1F}", "\"\\u001f\""), ("tab\there", "\"tab\\there\""),
    ])
    func escapesExactlyWhatJSONNeeds(text: String, expected: String) {
        #expect(JSONValue.string(text).serialized() == expected)
    }
}
