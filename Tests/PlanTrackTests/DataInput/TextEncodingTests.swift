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

/// A large GBK file is converted in parts on several cores: exactly as in one go.
@Suite struct ParallelConversionTests {
    static func gbk(_ text: String) -> [UInt8] {
        // 人均期望寿命 in GBK, and ASCII as itself: enough to build any test line.
        var bytes: [UInt8] = []
        for character in text {
            if character == "寿" { bytes += [0xCA, 0xD9] } else if character == "命" { bytes += [0xC3, 0xFC] } else { bytes += Array(String(character).utf8) }
        }
        return bytes
    }

    @Test func partsConvertAsOneGo() throws {
        var bytes: [UInt8] = []
        for line in 0..<200_000 { bytes += Self.gbk("寿命,\(2000 + line % 100),\(line)\r\n") }
        let whole = try bytes.withUnsafeBufferPointer { try TextDecoder.convertFromGB18030($0, file: "big.csv", parts: 1).array }
        let split = try bytes.withUnsafeBufferPointer { try TextDecoder.convertFromGB18030($0, file: "big.csv", parts: 4).array }
        #expect(bytes.count > 3 << 20)
        #expect(split == whole)
        #expect(String(decoding: whole.prefix(15), as: UTF8.self) == "寿命,2000,0\r\n")
    }

    @Test func aBadByteInALaterPartNamesItsLine() {
        var bytes: [UInt8] = []
        for line in 0..<200_000 { bytes += Self.gbk("寿命,\(line)\n") }
        bytes += [0x81, 0x0A]  // a lead byte with no second byte: an error on the last line
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(InputError) in try TextDecoder.convertFromGB18030(buffer, file: "big.csv", parts: 4) }
        }
        guard case .failure(let error) = result else {
            Issue.record("converted a broken file")
            return
        }
        #expect(error.diagnostics.first?.location.line == 200_001)
    }
}
