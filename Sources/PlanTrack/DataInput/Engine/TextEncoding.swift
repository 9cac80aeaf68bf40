#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The text encodings Excel on Chinese Windows writes CSV files in.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case gb18030 = "gb18030"

    /// The name a user types and reads: `gbk` for GB18030, which reads GBK and GB2312 too.
    public var userName: String { self == .gb18030 ? "gbk" : rawValue }

    /// Accepts the names users type for `--encoding`: `utf8`, `UTF-16`, `gbk`, `cp936`, …
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8", "utf-8-sig": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf16le", "unicode": self = .utf16LittleEndian
        case "utf-16be", "utf16be": self = .utf16BigEndian
        // GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
        case "gb18030", "gbk", "gb2312", "cp936", "936", "ansi": self = .gb18030
        default: return nil
        }
    }
}
