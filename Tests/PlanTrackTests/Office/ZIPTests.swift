import Foundation
import Testing
@testable import PlanTrack

/// The ZIP container both ways: what plan-track writes reads back; what Python's zipfile writes
/// (with data descriptors, as a program streaming a file does) reads; damage is an error.
@Suite struct ZIPTests {
    @Test func whatItWritesReadsBack() throws {
        var writer = ZIPWriter()
        let xml = String(repeating: "<w:p><w:t>人均期望寿命</w:t></w:p>", count: 200)
        writer.add("word/document.xml", xml)
        writer.add("目录/名称.txt", "中文名", method: .stored)
        writer.add("empty", [UInt8]())
        let archive = writer.finish()
        let reader = try ZIPReader(archive)
        #expect(reader.entries.map(\.name) == ["word/document.xml", "目录/名称.txt", "empty"])
        #expect(try reader.contents(of: "word/document.xml") == Array(xml.utf8))
        #expect(try reader.contents(of: "目录/名称.txt") == Array("中文名".utf8))
        #expect(try reader.contents(of: "empty") == [])
        #expect(archive.count < xml.utf8.count / 4, "deflated")
    }

    @Test func pythonsStreamedArchiveReads() throws {
        let bytes = [UInt8](try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/PlanTrackTests/Fixtures/python-streamed.zip")))
        let reader = try ZIPReader(bytes)
        #expect(reader.entries.map(\.name) == ["xl/workbook.xml", "stored.txt", "目录/名称.xml"])
        #expect(try reader.contents(of: "xl/workbook.xml") == Array(String(repeating: "<workbook>工作簿</workbook>", count: 50).utf8))
        #expect(try reader.contents(of: "stored.txt") == Array("stored as it is".utf8))
    }

    @Test func damageIsAnErrorNeverACrash() {
        var writer = ZIPWriter()
        writer.add("a.xml", String(repeating: "<row r=\"1\"><c><v>80.2</v></c></row>", count: 100))
        writer.add("b.xml", "second")
        let good = writer.finish()
        var generator = SeededGenerator(seed: 1989)
        var caught = 0
        for _ in 0..<3_000 {
            var damaged = good
            if Bool.random(using: &generator) {
                damaged = Array(damaged.prefix(Int.random(in: 0..<damaged.count, using: &generator)))
            } else {
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            }
            do {
                let reader = try ZIPReader(damaged)
                for entry in reader.entries { _ = try reader.contents(of: entry) }
            } catch {
                caught += 1
                #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
            }
        }
        #expect(caught > 1_500)
    }
}
