/// Maps byte strings (a field's raw bytes) to small integers without making a String per
/// lookup: the hot path of reading a million rows, where the same few names repeat. The one
/// interner of the engine: indicator cells and region cells each have one per stretch.
struct ByteInterner {
    private struct Entry {
        let hash: UInt64
        /// Where the key is in `keyBytes`.
        let start: Int
        let count: Int
        let value: Int32
    }

    private var keyBytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing with linear probing; -1 is empty. The capacity is a power of two.
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    /// 64 − log2(slots.count): a slot is the top bits of the hash.
    private var shift: UInt64 = 58

    /// Eight bytes a step, each mixed by a multiply and a shift; the length is mixed in too.
    static func hash(_ start: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: count) &* multiplier
        let raw = UnsafeRawPointer(start)
        var index = 0
        while index + 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0
        if index < count && count >= 8 {
            // The last eight bytes, overlapping what was already mixed: one load instead of a loop.
            tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            var shift: UInt64 = 0
            while index < count {
                tail |= UInt64(start[index]) << shift
                shift += 8
                index += 1
            }
        }
        hash = (hash ^ tail) &* multiplier
        // A last xor-shift so the high bits, which pick the slot, depend on every byte.
        return hash ^ (hash >> 29)
    }

    /// Byte equality eight bytes at a time: the keys here are short, and a call to memcmp
    /// costs more than comparing them.
    @inline(__always)
    static func equal(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let a = UnsafeRawPointer(first), b = UnsafeRawPointer(second)
        if count < 8 {
            for index in 0..<count where first[index] != second[index] { return false }
            return true
        }
        var index = 0
        while index + 8 <= count {
            if a.loadUnaligned(fromByteOffset: index, as: UInt64.self) != b.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
            index += 8
        }
        // The last eight bytes, overlapping what was compared: one load instead of a loop.
        return index == count
            || a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    var count: Int { entries.count }

    /// Forgets every key but keeps the memory: a fresh table would be fresh pages the system
    /// must clear, hundreds of times over a file whose every source differs.
    mutating func removeAll() {
        keyBytes.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = -1 }
    }

    func value(_ start: UnsafePointer<UInt8>, _ count: Int, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = home(hash)
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            let entry = entries[Int(index)]
            if entry.hash == hash && entry.count == count {
                let equal = count == 0 || keyBytes.withUnsafeBufferPointer { keys in
                    keys.baseAddress.map { Self.equal($0 + entry.start, start, count) } ?? false
                }
                if equal { return entry.value }
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ start: UnsafePointer<UInt8>, _ count: Int, hash: UInt64, value: Int32) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let entry = Entry(hash: hash, start: keyBytes.count, count: count, value: value)
        keyBytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        place(Int32(entries.count), hash: hash)
        entries.append(entry)
    }

    private mutating func place(_ index: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = home(hash)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    /// The top bits of a multiplicative mix: a product's low bits depend only on the hash's
    /// low bits, so they alone would crowd keys that differ higher up into a few slots.
    @inline(__always)
    private func home(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        shift -= 1
        for (index, entry) in entries.enumerated() { place(Int32(index), hash: entry.hash) }
    }
}
