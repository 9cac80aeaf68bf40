/// A hash map from 64-bit keys to row indices, for finding the same (indicator, year, region)
/// twice among a million rows without a Dictionary's per-entry cost.
struct RowKeyTable {
    private var keys = Array(repeating: RowKeyTable.empty, count: 64)
    private var rows = Array(repeating: Int32(0), count: 64)
    private var count = 0
    private static let empty = UInt64.max

    init(expected: Int) {
        reserve(expected)
    }

    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 17) & mask
    }

    /// Makes room for `total` keys at once (growing one doubling at a time costs more).
    mutating func reserve(_ total: Int) {
        // Kept at most 70% full: short probe runs without doubling the memory.
        guard total * 10 > keys.count * 7 else { return }
        var capacity = keys.count
        while capacity * 7 < total * 10 { capacity *= 2 }
        let oldKeys = keys, oldRows = rows
        keys = HugePages.array(repeating: Self.empty, count: capacity)
        rows = HugePages.array(repeating: 0, count: capacity)
        count = 0
        for (index, key) in oldKeys.enumerated() where key != Self.empty {
            _ = insertOrFind(key, row: oldRows[index])
        }
    }

    /// The row already stored under `key`, or nil after storing `row` under it.
    mutating func insertOrFind(_ key: UInt64, row: Int32) -> Int32? {
        if (count + 1) * 10 > keys.count * 7 { grow() }
        let mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while true {
            let stored = keys[slot]
            if stored == Self.empty {
                keys[slot] = key
                rows[slot] = row
                count += 1
                return nil
            }
            if stored == key { return rows[slot] }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        reserve(keys.count * 7 / 5)
    }
}
