#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a file into UTF-8, detecting the encoding when none is forced.
enum TextDecoder {
    struct Decoded: Sendable {
        let text: InputBytes
        let encoding: TextEncoding
        /// True when the encoding was detected (no BOM, not forced), so another guess is allowed:
        /// a caller that checked only the start for UTF-8 may read the file again as GB18030.
        let wasGuessed: Bool

        var utf8: [UInt8] { text.array }
    }

    /// How much of a file is checked before guessing UTF-8 when `verifyingWholeFile` is false.
    static let sampleSize = 64 * 1024

    /// Detection order: a BOM (UTF-8, UTF-16 LE/BE), then valid UTF-8, then GB18030.
    /// - Throws: `InputError` naming the line of the first byte that no candidate decodes.
    static func decode(_ bytes: [UInt8], file: String, forcing forced: TextEncoding? = nil, verifyingWholeFile: Bool = true) throws(InputError) -> Decoded {
        try decode(InputBytes(copying: bytes), file: file, forcing: forced, verifyingWholeFile: verifyingWholeFile)
    }

    /// As `decode(_:file:forcing:verifyingWholeFile:)`; UTF-8 input is used where it lies, not copied.
    /// - Parameter convertingGB18030: false leaves GB18030 bytes as they are, for a reader that
    ///   converts each text cell as it meets it (`CellDecoder`); the result's encoding says so.
    static func decode(_ input: InputBytes, file: String, forcing forced: TextEncoding? = nil, verifyingWholeFile: Bool = true, convertingGB18030: Bool = true) throws(InputError) -> Decoded {
        let bytes = input.buffer
        let hasUTF8BOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let hasLittleEndianBOM = bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE
        let hasBigEndianBOM = bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
        let limit = verifyingWholeFile ? nil : sampleSize
        if forced == nil && !hasUTF8BOM && !hasLittleEndianBOM && !hasBigEndianBOM {
            if let guess = utf16WithoutMark(bytes) {
                throw InputError(kind: .invalidData, SourceLocation(file: file, line: 1),
                                 Message("文件像是没有字节顺序标记（BOM）的 UTF-16；请试用 --encoding \(guess.rawValue)",
                                         "the file looks like UTF-16 without a byte-order mark; try --encoding \(guess.rawValue)"))
            }
            // Detected: UTF-8 if the bytes checked are valid UTF-8, else GB18030.
            if firstInvalidUTF8Offset(bytes, limit: limit) == nil {
                return Decoded(text: input, encoding: .utf8, wasGuessed: true)
            }
            return Decoded(text: convertingGB18030 ? try convertFromGB18030(bytes, file: file) : input, encoding: .gb18030, wasGuessed: true)
        }
        let encoding = forced ?? (hasLittleEndianBOM ? .utf16LittleEndian : hasBigEndianBOM ? .utf16BigEndian : .utf8)
        switch encoding {
        case .utf8:
            let body = hasUTF8BOM ? input.dropFirst(3) : input
            if let offset = firstInvalidUTF8Offset(body.buffer, limit: limit) {
                throw notUTF8(body.buffer, at: offset, file: file)
            }
            return Decoded(text: body, encoding: .utf8, wasGuessed: false)
        case .utf16LittleEndian, .utf16BigEndian:
            let skip = (hasLittleEndianBOM || hasBigEndianBOM) ? 2 : 0
            return Decoded(text: try decodeUTF16(bytes, from: skip, bigEndian: encoding == .utf16BigEndian, file: file), encoding: encoding, wasGuessed: false)
        case .gb18030:
            return Decoded(text: convertingGB18030 ? try convertFromGB18030(bytes, file: file) : input, encoding: .gb18030, wasGuessed: false)
        }
    }

    /// The whole of a small file (a plan table, notes) in UTF-8; data files are scanned as they
    /// are, their cells converted one by one (`CellDecoder`).
    static func convertFromGB18030(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> InputBytes {
        guard let converter = iconv_open("UTF-8", "GB18030"), converter != iconv_t(bitPattern: -1) else {
            throw noGB18030(file: file)
        }
        defer { iconv_close(converter) }
        // GB18030 takes at most 4 bytes per character and UTF-8 at most 4, and two where UTF-8
        // takes three: twice the input always fits.
        let capacity = max(2 * bytes.count, 1)
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        // iconv's signature takes `char **` but does not write through the input pointer.
        var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
        var inputLeft = bytes.count
        var outputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output).assumingMemoryBound(to: CChar.self)
        var outputLeft = capacity
        if inputLeft > 0, iconv(converter, &input, &inputLeft, &outputPointer, &outputLeft) == -1 {
            output.deallocate()
            throw notGB18030(bytes, at: bytes.count - inputLeft, file: file)
        }
        return InputBytes(adopting: output, count: capacity - outputLeft)
    }

    /// The error for a system whose iconv cannot read GB18030.
    static func noGB18030(file: String) -> InputError {
        InputError(kind: .invalidData, SourceLocation(file: file, line: 0), Message("本系统的 iconv 无法从 GB18030 转换", "this system's iconv cannot convert from GB18030"))
    }

    /// The error for bytes that were taken as GB18030 (after UTF-8 failed or was not chosen) but
    /// are not: the byte at `offset` does not decode.
    static func notGB18030(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, file: String) -> InputError {
        let byte = bytes.isEmpty ? 0 : bytes[min(max(offset, 0), bytes.count - 1)]
        return InputError(kind: .invalidData, SourceLocation(file: file, line: lineNumber(in: bytes, at: offset)),
                          Message("文件既不是 UTF-8 也不是 GBK/GB18030（字节 0x\(hex(byte))）",
                                  "the file is neither UTF-8 nor GBK/GB18030 (byte 0x\(hex(byte)))"))
    }

    /// UTF-16 when the start of a file has a zero byte in every other place of most pairs, as
    /// text mostly in ASCII does in UTF-16: little-endian when the zeros come second. Neither
    /// UTF-8 nor GBK text has zero bytes.
    static func utf16WithoutMark(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let pairs = min(bytes.count, 512) / 2
        guard pairs >= 4 else { return nil }
        var zeroSecond = 0, zeroFirst = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] != 0 && bytes[2 * pair + 1] == 0 { zeroSecond += 1 }
            if bytes[2 * pair] == 0 && bytes[2 * pair + 1] != 0 { zeroFirst += 1 }
        }
        if zeroSecond * 2 > pairs { return .utf16LittleEndian }
        if zeroFirst * 2 > pairs { return .utf16BigEndian }
        return nil
    }

    /// The error for bytes that were taken as UTF-8 but are not.
    static func notUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, file: String) -> InputError {
        InputError(kind: .invalidData, SourceLocation(file: file, line: lineNumber(in: bytes, at: offset)),
                   Message("文件不是有效的 UTF-8（字节 0x\(hex(bytes[offset]))）；如果它是以 ANSI/GBK 保存的，请加 --encoding gbk",
                           "the file is not valid UTF-8 (byte 0x\(hex(bytes[offset]))); give --encoding gbk if it was saved as ANSI/GBK"))
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    /// - Parameter limit: stop after this many bytes (finishing the character under way); nil checks all.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8], limit: Int? = nil) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8Offset($0, limit: limit) }
    }

    /// - Parameter rejectingControls: also stop at a control character other than a tab or line
    ///   break (C0, DEL, C1): for a source, note or region, checked in the same pass.
    static func firstInvalidUTF8Offset(_ buffer: UnsafeBufferPointer<UInt8>, limit: Int? = nil, rejectingControls: Bool = false) -> Int? {
        var index = 0
        let count = min(buffer.count, limit ?? buffer.count)
        let end = buffer.count
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return nil }
        func isControl(_ byte: UInt8) -> Bool { (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F }
        // A high bit in each byte below 0x20 or equal to 0x7F (for ASCII bytes): a word without
        // any holds no control character.
        func mayHoldControl(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let delete = word ^ (0x7F &* ones)
            return ((word &- 0x20 &* ones) & ~word | (delete &- ones) & ~delete) & highs != 0
        }
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 {
                if rejectingControls && isControl(lead) { return index }
                // A run of ASCII: eight bytes a step while it lasts that long, then byte by byte.
                index += 1
                while index + 8 <= count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    guard word & 0x8080_8080_8080_8080 == 0, !rejectingControls || !mayHoldControl(word) else { break }
                    index += 8
                }
                while index < count && buffer[index] < 0x80 {
                    if rejectingControls && isControl(buffer[index]) { return index }
                    index += 1
                }
                continue
            }
            // Chinese text is three-byte sequences: 1110xxxx 10xxxxxx 10xxxxxx, checked with one
            // load. E0 and ED have narrower second bytes and take the general path below.
            var threeByteRun = false
            while index + 4 <= end {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt32.self).littleEndian
                let first = word & 0xFF
                guard word & 0x00C0_C0F0 == 0x0080_80E0, first != 0xE0, first != 0xED else { break }
                index += 3
                threeByteRun = true
            }
            if threeByteRun { continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            if index + length > end { return index }
            let second = buffer[index + 1]
            if second < lower || second > upper { return index }
            if rejectingControls && lead == 0xC2 && second <= 0x9F { return index }  // C1: U+0080–U+009F
            if length >= 3 && buffer[index + 2] & 0xC0 != 0x80 { return index }
            if length == 4 && buffer[index + 3] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool, file: String) throws(InputError) -> InputBytes {
        if (bytes.count - start) % 2 != 0 {
            throw InputError(kind: .invalidData, SourceLocation(file: file, line: 0), Message("文件是 UTF-16，但字节数为奇数", "the file is UTF-16 but has an odd number of bytes"))
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1]), low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 2)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { output.append($0) }
        if failed {
            throw InputError(kind: .invalidData, SourceLocation(file: file, line: lineNumber(in: output, at: output.count)),
                             Message("文件不是有效的 UTF-16（有不成对的代理项）", "the file is not valid UTF-16 (an unpaired surrogate)"))
        }
        return InputBytes(copying: output)
    }

    /// 1-based line of a byte offset, counting LF (CR LF counts once, a lone CR counts too).
    static func lineNumber(in bytes: [UInt8], at offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { lineNumber(in: $0, at: offset) }
    }

    static func lineNumber(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        var line = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            if bytes[index] == 0x0A {
                line += 1
            } else if bytes[index] == 0x0D, index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
                line += 1
            }
            index += 1
        }
        return line
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
