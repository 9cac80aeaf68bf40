/// Writes a ZIP archive (PKWARE APPNOTE 6.3): the container of every Office Open XML file
/// (.docx, .xlsx). Entries are stored or deflated (`Deflater`); names are UTF-8 and flagged so;
/// every timestamp is the one given, so the same content makes the same bytes.
struct ZIPWriter {
    enum Method: UInt16 {
        case stored = 0
        case deflated = 8
    }

    private struct Entry {
        let name: [UInt8]
        let method: Method
        let crc: UInt32
        let compressedSize: Int
        let size: Int
        let offset: Int
    }

    private(set) var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// MS-DOS date and time of every entry.
    private let dosTime: UInt16
    private let dosDate: UInt16

    /// - Parameter date: the entries' timestamp (year, month, day); ZIP's own epoch, 1980-01-01, by default.
    init(date: (year: Int, month: Int, day: Int) = (1980, 1, 1)) {
        dosTime = 0
        dosDate = UInt16(clamping: ((max(date.year, 1980) - 1980) << 9) | (date.month << 5) | date.day)
    }

    /// Adds a file. Deflated entries that do not get smaller are stored instead.
    mutating func add(_ name: String, _ content: [UInt8], method: Method = .deflated) {
        let crc = CRC32.checksum(content)
        var data = content
        var method = method
        if method == .deflated {
            let compressed = Deflater.deflate(content)
            if compressed.count < content.count { data = compressed } else { method = .stored }
        }
        let nameBytes = Array(name.utf8)
        let offset = bytes.count
        append32(0x0403_4B50)
        append16(20)                       // version needed: 2.0
        append16(1 << 11)                  // general purpose: names are UTF-8
        append16(method.rawValue)
        append16(dosTime)
        append16(dosDate)
        append32(crc)
        append32(UInt32(data.count))
        append32(UInt32(content.count))
        append16(UInt16(nameBytes.count))
        append16(0)                        // extra field length
        bytes += nameBytes
        bytes += data
        entries.append(Entry(name: nameBytes, method: method, crc: crc, compressedSize: data.count, size: content.count, offset: offset))
    }

    mutating func add(_ name: String, _ text: String, method: Method = .deflated) {
        add(name, Array(text.utf8), method: method)
    }

    /// The archive: the entries, then the central directory and its end record.
    mutating func finish() -> [UInt8] {
        let directoryStart = bytes.count
        for entry in entries {
            append32(0x0201_4B50)
            append16(20)                   // made by: 2.0 (MS-DOS attributes)
            append16(20)
            append16(1 << 11)
            append16(entry.method.rawValue)
            append16(dosTime)
            append16(dosDate)
            append32(entry.crc)
            append32(UInt32(entry.compressedSize))
            append32(UInt32(entry.size))
            append16(UInt16(entry.name.count))
            append16(0)                    // extra
            append16(0)                    // comment
            append16(0)                    // disk
            append16(0)                    // internal attributes
            append32(0)                    // external attributes
            append32(UInt32(entry.offset))
            bytes += entry.name
        }
        let directorySize = bytes.count - directoryStart
        append32(0x0605_4B50)
        append16(0)
        append16(0)
        append16(UInt16(entries.count))
        append16(UInt16(entries.count))
        append32(UInt32(directorySize))
        append32(UInt32(directoryStart))
        append16(0)
        return bytes
    }

    private mutating func append16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
