#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A cell's text in UTF-8, from a file scanned in the encoding it was saved in.
///
/// A GB18030 (GBK) file is scanned as it is, not converted first: no byte of a two- or
/// four-byte GB18030 character is a comma, quote, tab, semicolon or line end (second bytes are
/// 0x30–0x39, 0x40–0x7E or 0x80–0xFE), so the CSV structure, the years and the plain numbers read
/// the same as in UTF-8, and only the text cells that are met for the first time are converted.
/// Converting the whole file was half the time of reading it.
///
/// One decoder a stretch: the converter and its scratch memory are not shared between threads.
final class CellDecoder {
    /// `.utf8` or `.gb18030`; a UTF-16 file is converted whole before it is scanned.
    let encoding: TextEncoding
    private var converter: iconv_t?
    private var scratch: UnsafeMutablePointer<UInt8>
    private var capacity: Int

    init(encoding: TextEncoding) {
        self.encoding = encoding
        capacity = 256
        scratch = .allocate(capacity: capacity)
    }

    /// True when the system's iconv converts from GB18030.
    static var canConvertGB18030: Bool {
        guard let converter = iconv_open("UTF-8", "GB18030"), converter != iconv_t(bitPattern: -1) else { return false }
        iconv_close(converter)
        return true
    }

    deinit {
        if let converter { iconv_close(converter) }
        scratch.deallocate()
    }

    /// The cell's bytes in UTF-8: in a UTF-8 file, or a cell in ASCII, the bytes themselves (not
    /// checked here: the caller checks them with what else it looks for); otherwise converted
    /// into memory that stays valid until the next call. nil when they are not GB18030.
    func utf8(_ start: UnsafePointer<UInt8>, _ count: Int) -> UnsafeBufferPointer<UInt8>? {
        let bytes = UnsafeBufferPointer(start: start, count: count)
        guard encoding == .gb18030, !Self.isASCII(bytes) else { return bytes }
        return convert(bytes).map { UnsafeBufferPointer(start: scratch, count: $0) }
    }

    /// The field's text with doubled quotes undone; nil when its bytes are not in the file's
    /// encoding.
    func string(_ field: CSVField, in reader: CSVReader) -> String? {
        let bytes = reader.bytes(field)
        guard let base = bytes.baseAddress else { return "" }
        guard let utf8 = utf8(base, bytes.count), let text = String(validating: utf8, as: UTF8.self) else { return nil }
        return field.hasEscapedQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// Where in these bytes the first one that does not decode is: for the message that names
    /// it. Only asked once `utf8` or `string` has failed on them.
    func firstUndecodable(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard encoding == .gb18030 else { return TextDecoder.firstInvalidUTF8Offset(bytes) ?? 0 }
        var failed = 0
        _ = convert(bytes, failedAt: &failed)
        return failed
    }

    /// Eight bytes a step: most cells of a Chinese file still are numbers and years.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            if base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    private func convert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var failed = 0
        return convert(bytes, failedAt: &failed)
    }

    /// Converts into `scratch`, returning the UTF-8 length; nil (with the offset that failed)
    /// when the bytes are not GB18030 or the system cannot convert from it.
    private func convert(_ bytes: UnsafeBufferPointer<UInt8>, failedAt failed: inout Int) -> Int? {
        // GB18030 takes two bytes for what UTF-8 takes three, four for four: 2× always fits.
        if capacity < 2 * bytes.count {
            scratch.deallocate()
            capacity = 2 * bytes.count
            scratch = .allocate(capacity: capacity)
        }
        if converter == nil {
            guard let opened = iconv_open("UTF-8", "GB18030"), opened != iconv_t(bitPattern: -1) else { return nil }
            converter = opened
        }
        // iconv's signature takes `char **` but does not write through the input pointer.
        var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
        var inputLeft = bytes.count
        var output: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(scratch).assumingMemoryBound(to: CChar.self)
        var outputLeft = capacity
        if iconv(converter, &input, &inputLeft, &output, &outputLeft) == -1 {
            failed = bytes.count - inputLeft
            // GB18030 keeps no state between characters, but a failed call may leave some behind.
            iconv(converter, nil, nil, nil, nil)
            return nil
        }
        return capacity - outputLeft
    }
}
