/// Remembers the ids of recently seen sources and notes by their raw bytes, in a fixed number of
/// slots picked by hash: a newer text takes the slot of an older one.
///
/// A full table of every distinct source grew to megabytes on a large file (the benchmark's
/// million rows hold some 200,000 distinct sources), missed the cache on nearly every lookup
/// and had its memory cleared by the kernel again at each growth. Sources repeat close together
/// (one office, one bulletin, a run of rows), which a few thousand slots catch. A text whose
/// slot was taken is simply stored again under a new id: nothing relies on one id per spelling.
struct RecentTexts {
    private struct Slot {
        /// Compared first: the bytes of an older text lie far back in the file, out of the cache.
        var hash: UInt64 = 0
        var start: UnsafePointer<UInt8>?
        var count: Int32 = 0
        var id: Int32 = 0
    }

    /// A power of two: 96 KB of slots, which stays in the processor's cache.
    private static let slotCount = 4096
    private var slots = [Slot](repeating: Slot(), count: slotCount)

    /// The id stored for these bytes, if they are still remembered. Borrows the bytes: they must
    /// stay valid (the file being read) for as long as the table is used.
    func id(_ start: UnsafePointer<UInt8>, _ count: Int, hash: UInt64) -> Int32? {
        let slot = slots[Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)]
        guard slot.hash == hash, Int(slot.count) == count, let stored = slot.start, ByteStringTable.equal(stored, start, count) else { return nil }
        return slot.id
    }

    mutating func remember(_ start: UnsafePointer<UInt8>, _ count: Int, hash: UInt64, id: Int32) {
        slots[Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)] = Slot(hash: hash, start: start, count: Int32(truncatingIfNeeded: count), id: id)
    }
}
