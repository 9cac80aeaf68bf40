/// Sources and notes, copied out of the files read into storage the data owns: one byte array
/// and where each text ends. A million rows with a million distinct sources make two arrays,
/// not a million Strings; a text becomes a String only when it is shown.
struct StoredTexts: Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// `ends[id]` is where text `id` ends in `bytes`; it starts where the one before ends.
    private var ends: [Int] = []

    init() {}

    /// Empty, writing into `bytes` and `ends`, whose room was made by the caller.
    init(reserved bytes: [UInt8], ends: [Int]) {
        precondition(bytes.isEmpty && ends.isEmpty, "reserved storage must be empty")
        self.bytes = bytes
        self.ends = ends
    }

    var count: Int { ends.count }

    /// Adds valid UTF-8, returning its id.
    mutating func append(utf8 text: some Collection<UInt8>) -> Int32 {
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
        return Int32(ends.count - 1)
    }

    mutating func append(_ text: String) -> Int32 {
        append(utf8: text.utf8)
    }

    /// Adds every text of `other`, whose ids become `self.count + id`.
    mutating func append(contentsOf other: StoredTexts) {
        let shift = bytes.count
        bytes.append(contentsOf: other.bytes)
        ends.append(contentsOf: other.ends.lazy.map { $0 + shift })
    }

    subscript(id: Int32) -> String {
        let index = Int(id)
        let start = index == 0 ? 0 : ends[index - 1]
        return String(decoding: bytes[start..<ends[index]], as: UTF8.self)
    }
}
