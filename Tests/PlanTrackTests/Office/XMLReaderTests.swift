import Testing
@testable import PlanTrack

/// The XML of Office parts, event by event; malformed XML is an error with its offset.
@Suite struct XMLReaderTests {
    static func events(_ text: String) throws(XMLError) -> [XMLReader.Event] {
        var reader = XMLReader(Array(text.utf8))
        var events: [XMLReader.Event] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    @Test func elementsAttributesAndText() throws {
        let events = try Self.events("\u{FEFF}<?xml version=\"1.0\"?><!-- note --><x:c r='A1' s=\"2\"><v>1 &lt; 2 &amp;&#x4E2D;&#25991;</v><f/><![CDATA[<raw>]]></x:c>")
        #expect(events == [
            .start(name: "c", attributes: [.init(name: "r", value: "A1"), .init(name: "s", value: "2")], isEmpty: false),
            .start(name: "v", attributes: [], isEmpty: false), .text("1 < 2 &中文"), .end(name: "v"),
            .start(name: "f", attributes: [], isEmpty: true), .end(name: "f"),
            .text("<raw>"), .end(name: "c"),
        ])
    }

    @Test(arguments: [
        ("<a><b></a>", "the end tag </a> does not match its start"),
        ("<a>", "the part ends before <a> is closed"),
        ("<a b=c/>", "the value of the attribute b is not quoted"),
        ("<a>&nope;</a>", "unknown entity '&nope;'"),
        ("<a>& b</a>", "an '&' is not followed by an entity ending in ';'"),
        ("<a b=\"x", "the value of the attribute b is not closed"),
        ("<!-- open", "a markup is not closed"),
        ("</a>", "the end tag </a> does not match its start"),
    ])
    func malformed(text: String, english: String) {
        do {
            _ = try Self.events(text)
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.message.en == english)
            #expect(!error.message.zh.isEmpty)
            #expect(error.offset >= 0 && error.offset <= text.utf8.count)
        }
    }

    /// Seeded random bytes, and random cuts of a real part: an event or an error, never a trap.
    @Test func randomInputNeverTraps() {
        var generator = SeededGenerator(seed: 99)
        let part = Array(#"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>历下区 &amp; x</t></is></c></row></sheetData></worksheet>"#.utf8)
        let alphabet = Array("<>/=\"'&;!?[]-ab xC1#".utf8)
        for round in 0..<2000 {
            var bytes = round.isMultiple(of: 2) ? Array(part.prefix(Int.random(in: 0...part.count, using: &generator)))
                : (0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            if !bytes.isEmpty, Bool.random(using: &generator) { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            var reader = XMLReader(bytes)
            var count = 0
            while count < 1000, let event = try? reader.next() {
                _ = event
                count += 1
            }
            #expect(count < 1000)
        }
    }
}
