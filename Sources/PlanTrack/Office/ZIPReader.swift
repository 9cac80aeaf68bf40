/// Why a ZIP archive could not be read, in words for the person who sent the file.
struct ZIPError: Error, Equatable {
    let message: Message
}

/// Reads the entries of a ZIP archive (PKWARE APPNOTE 6.3) from its central directory, as Office
/// Open XML files (.xlsx, .docx) are: stored and deflated entries, sizes from the directory
/// (so entries with data descriptors read too), every entry's CRC-32 checked. A damaged archive,
/// an encrypted entry or another compression method is an error, never a crash.
struct ZIPReader {
    struct Entry: Equatable {
        let name: String
        fileprivate let method: UInt16
        fileprivate let flags: UInt16
        fileprivate let crc: UInt32
        fileprivate let compressedSize: Int
        let size: Int
        fileprivate let localHeaderOffset: Int
    }

    private let bytes: [UInt8]
    let entries: [Entry]

    /// Largest entry read, inflated: an archive that claims more is refused (a "ZIP bomb").
    static let entryLimit = 1 << 30

    init(_ bytes: [UInt8]) throws(ZIPError) {
        self.bytes = bytes
        // The end of central directory record: the last signature within 64 KB of the end (its
        // comment may be up to 65,535 bytes).
        guard bytes.count >= 22 else { throw Self.damaged("文件太短，不是 ZIP 文件", "the file is too short to be a ZIP archive") }
        var end = bytes.count - 22
        let stop = max(0, bytes.count - 22 - 65_535)
        while end >= stop, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 0x05 && bytes[end + 3] == 0x06) {
            end -= 1
        }
        guard end >= stop else { throw Self.damaged("找不到 ZIP 目录，文件可能已损坏或不完整", "no ZIP directory: the file is damaged or incomplete") }
        let count = Int(Self.read16(bytes, end + 10))
        let directorySize = Int(Self.read32(bytes, end + 12)), directoryOffset = Int(Self.read32(bytes, end + 16))
        guard directoryOffset + directorySize <= end else { throw Self.damaged("ZIP 目录超出文件范围，文件已损坏", "the ZIP directory lies outside the file: it is damaged") }
        var entries: [Entry] = []
        var at = directoryOffset
        for _ in 0..<count {
            guard at + 46 <= end, Self.read32(bytes, at) == 0x0201_4B50 else { throw Self.damaged("ZIP 目录已损坏", "the ZIP directory is damaged") }
            let nameLength = Int(Self.read16(bytes, at + 28)), extraLength = Int(Self.read16(bytes, at + 30)), commentLength = Int(Self.read16(bytes, at + 32))
            guard at + 46 + nameLength <= end else { throw Self.damaged("ZIP 目录已损坏", "the ZIP directory is damaged") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(name: name, method: Self.read16(bytes, at + 10), flags: Self.read16(bytes, at + 8), crc: Self.read32(bytes, at + 16),
                                 compressedSize: Int(Self.read32(bytes, at + 20)), size: Int(Self.read32(bytes, at + 24)),
                                 localHeaderOffset: Int(Self.read32(bytes, at + 42))))
            at += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    func entry(_ name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The entry's content, inflated and checked.
    func contents(of entry: Entry) throws(ZIPError) -> [UInt8] {
        let name = entry.name
        if entry.flags & 1 != 0 {
            throw ZIPError(message: Message("“\(name)”已加密：请去掉密码后另存为 .xlsx", "'\(name)' is encrypted: remove the password and save as .xlsx again"))
        }
        let at = entry.localHeaderOffset
        guard at + 30 <= bytes.count, Self.read32(bytes, at) == 0x0403_4B50 else { throw Self.damaged("“\(name)”的数据已损坏", "the data of '\(name)' is damaged") }
        let start = at + 30 + Int(Self.read16(bytes, at + 26)) + Int(Self.read16(bytes, at + 28))
        guard start + entry.compressedSize <= bytes.count else { throw Self.damaged("“\(name)”不完整：文件被截断了", "'\(name)' is cut short: the file is incomplete") }
        guard entry.size <= Self.entryLimit else { throw Self.damaged("“\(name)”声称的大小不合理", "'\(name)' claims an unreasonable size") }
        let content: [UInt8]
        switch entry.method {
        case 0:
            content = Array(bytes[start..<(start + entry.compressedSize)])
        case 8:
            var result: Result<[UInt8], InflateError> = .success([])
            bytes.withUnsafeBytes { all in
                do throws(InflateError) {
                    result = .success(try Inflater.inflate(UnsafeRawBufferPointer(rebasing: all[start..<(start + entry.compressedSize)]),
                                                           expectedSize: entry.size, limit: max(entry.size, 1)))
                } catch {
                    result = .failure(error)
                }
            }
            switch result {
            case .success(let inflated): content = inflated
            case .failure(let error):
                throw Self.damaged("“\(name)”无法解压（\(error.reason)），文件已损坏", "'\(name)' cannot be inflated (\(error.reason)): the file is damaged")
            }
        default:
            throw ZIPError(message: Message("“\(name)”使用了不支持的压缩方式 \(entry.method)：请用 Excel 或 WPS 另存为 .xlsx",
                                            "'\(name)' uses compression method \(entry.method), which plan-track does not read: save the file as .xlsx again"))
        }
        guard content.count == entry.size, CRC32.checksum(content) == entry.crc else {
            throw Self.damaged("“\(name)”的校验和不符，文件已损坏", "the checksum of '\(name)' does not match: the file is damaged")
        }
        return content
    }

    func contents(of name: String) throws(ZIPError) -> [UInt8]? {
        guard let entry = entry(name) else { return nil }
        return try contents(of: entry)
    }

    private static func damaged(_ zh: String, _ en: String) -> ZIPError { ZIPError(message: Message(zh, en)) }

    private static func read16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
