import Foundation
import Testing
@testable import PlanTrack

@Suite struct TextEncodingTests {
    static let text = "指标,年份,数值\n人均期望寿命,2021,79.99\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = Array(Self.text.utf8)
        #expect(try TextDecoder.decode(plain, file: "f").utf8 == plain)
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + plain, file: "f")
        #expect(decoded.utf8 == plain && decoded.encoding == .utf8)
    }

    @Test func utf16BothEndiansWithBOM() throws {
        let units = Array(Self.text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(little, file: "f").utf8 == Array(Self.text.utf8))
        #expect(try TextDecoder.decode(big, file: "f").encoding == .utf16BigEndian)
        #expect(try TextDecoder.decode(big, file: "f").utf8 == Array(Self.text.utf8))
    }

    @Test func gbkIsDetectedWhenTheBytesAreNotUTF8() throws {
        // 人均期望寿命 in GBK, as Excel on Chinese Windows saves "CSV (逗号分隔)".
        let gbk: [UInt8] = [0xC8, 0xCB, 0xBE, 0xF9, 0xC6, 0xDA, 0xCD, 0xFB, 0xCA, 0xD9, 0xC3, 0xFC]
        let decoded = try TextDecoder.decode(gbk, file: "f")
        #expect(decoded.encoding == .gb18030)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "人均期望寿命")
    }

    @Test func undecodableBytesNameTheLine() {
        let bytes = Array("a\nb\n".utf8) + [0x81, 0x20, 0x0A]
        #expect(throws: InputError.self) { try TextDecoder.decode(bytes, file: "bad.csv") }
        do {
            _ = try TextDecoder.decode(bytes, file: "bad.csv")
        } catch {
            #expect(error.diagnostics.first?.location == SourceLocation(file: "bad.csv", line: 3))
        }
    }

    @Test func forcingUTF8OnGBKIsAnErrorWithAHint() {
        do {
            _ = try TextDecoder.decode([0x61, 0x0A, 0xC8, 0xCB], file: "f", forcing: .utf8)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.location.line == 2)
            #expect(error.diagnostics.first?.message.en.contains("--encoding gbk") == true)
        }
    }

    @Test(arguments: [("gbk", TextEncoding.gb18030), ("GB2312", .gb18030), ("utf8", .utf8), ("UTF-16", .utf16LittleEndian), ("utf-16be", .utf16BigEndian)])
    func encodingNames(name: String, expected: TextEncoding) {
        #expect(TextEncoding(name: name) == expected)
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((TextDecoder.firstInvalidUTF8Offset(bytes) == nil) == valid, "\(bytes)")
        }
    }

    /// Mostly Chinese text, the validator's fast path, with the three-byte forms it must refuse
    /// (overlong E0 80 80, surrogates ED A0 80, cut-off sequences) mixed in.
    @Test func utf8ValidationOfChineseTextAgreesWithTheStandardLibrary() {
        var generator = SeededGenerator(seed: 2028)
        let pieces: [[UInt8]] = [
            Array("济南市卫生健康委员会".utf8), Array("a,".utf8), Array("é".utf8), Array("𝄞".utf8), Array("\u{E000}\u{FFFD}\u{800}\u{D7FF}".utf8),
            [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xE4], [0xB8], [0xEF, 0xBF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
        ]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            let offset = TextDecoder.firstInvalidUTF8Offset(bytes)
            #expect((offset == nil) == valid, "\(bytes)")
            if let offset {
                #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes) at \(offset)")
            }
        }
    }
}

/// A GBK file is scanned as it is, its text cells converted as they are met: it must read
/// exactly as the same file saved as UTF-8, wherever stretches are cut.
@Suite struct GB18030ScanTests {
    /// The text in GB18030, by the system's converter (what Excel on Chinese Windows writes).
    static func gb18030(_ text: String) -> [UInt8] {
        guard let converter = iconv_open("GB18030", "UTF-8"), converter != iconv_t(bitPattern: -1) else { return [] }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 4)
        let written: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer = inputBuffer.baseAddress, outPointer = outputBuffer.baseAddress
                var inLeft = inputBuffer.count, outLeft = outputBuffer.count
                _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return outputBuffer.count - outLeft
            }
        }
        return output.prefix(written).map { UInt8(bitPattern: $0) }
    }

    @Test func randomFilesReadAsTheirUTF8Twins() {
        var generator = SeededGenerator(seed: 18030)
        for _ in 0..<150 {
            let utf8 = StretchTests.randomFile(&generator, wideSpaces: true)
            let text = String(decoding: utf8, as: UTF8.self)
            let gbk = Self.gb18030(text)
            #expect(gbk != utf8 || !text.unicodeScalars.contains { $0.value >= 0x80 })
            let expected = StretchTests.dump(utf8, parallelism: 1, stretchSize: 1 << 20)
            for (parallelism, stretchSize) in [(1, 1 << 20), (16, 1), (16, 29)] {
                #expect(StretchTests.dump(gbk, parallelism: parallelism, stretchSize: stretchSize) == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test func characterOutsideGBKAndQuotedCellsReadBack() {
        // 𠀀 is one of GB18030's four-byte characters; the source is quoted with a comma and a doubled quote.
        let text = "指标,年份,数值,地区,来源\n人均期望寿命,2021,79.99,历下区,\"𠀀公报, 第\"\"2\"\"期\"\n"
        let gbk = Self.gb18030(text)
        #expect(gbk.count > 0 && gbk.count < text.utf8.count)
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.read(gbk, file: "gbk.csv")
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
        #expect(reader.data.values.first?.source == "𠀀公报, 第\"2\"期")
        #expect(reader.data.values.first?.region == "历下区")
    }

    @Test func aBadByteInALaterStretchNamesItsLine() {
        var bytes = Self.gb18030("指标,年份,数值,地区\n")
        for line in 0..<2_000 { bytes += Self.gb18030("人均期望寿命,\(2020 + line % 6),79.9,区\(line)\n") }
        bytes += Self.gb18030("人均期望寿命,2021,79.9,") + [0x81, 0x2C] + Array("\n".utf8)  // a lead byte with no second byte
        for parallelism in [1, 8] {
            var reader = ReportedValuesReader(plan: Fixtures.plan)
            reader.parallelism = parallelism
            reader.stretchSize = 1_000
            reader.read(bytes, file: "big.csv")
            #expect(reader.diagnostics.map(\.description) == ["big.csv:2002: error: the file is neither UTF-8 nor GBK/GB18030 (byte 0x81)"])
            #expect(reader.data.count == 0, "nothing from a rejected file is kept")
        }
    }

    @Test func forcedGBKReadsWithoutConvertingTheFile() {
        let text = "指标,年份,数值,地区\n人均期望寿命,2021,79.99,　历下区　\n"
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.read(Self.gb18030(text), file: "gbk.csv", encoding: .gb18030)
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
        #expect(reader.data.values.first?.region == "历下区", "ideographic spaces are trimmed as in UTF-8")
    }
}
