/// Which (region, year, indicator) already has a value, and in which row: to find a value given
/// twice among a million rows.
///
/// Each region gets a block with a slot per year and indicator, so rows of one region touch a
/// few kilobytes that stay in cache, where a hash table spread the same rows over tens of
/// megabytes and missed the cache on nearly every row. Blocks are only handed out while they
/// stay small next to the rows stored; past that (many regions with few values each), regions
/// go to a hash table instead.
struct SeenValues {
    /// A row whose value an earlier row already gave.
    struct Repeat {
        /// Its position among the rows passed to `insert`.
        let position: Int
        /// The stored row that gave the value first.
        let earlier: Int32
    }

    private static let years = 2000...2100
    /// Always allowed for blocks, in slots (8 MB); beyond it, four slots per row stored.
    private static let freeSlots = 2 * 1024 * 1024
    private static let noBlock: Int32 = -1
    private static let hashed: Int32 = -2

    private let indicatorCount: Int
    /// Per region id: the offset of its block in `blocks`, `noBlock` or `hashed`.
    private var blockOfRegion: [Int32] = []
    /// Row indices, -1 where no value was stored yet.
    private var blocks: [Int32] = []
    private var sparse = RowKeyTable(expected: 0)
    private var stored = 0

    init(indicatorCount: Int) {
        self.indicatorCount = max(indicatorCount, 1)
    }

    /// Stores `rows` as rows `firstRow…` of the store, leaving out those that repeat an
    /// earlier value (so later rows' numbers close up), and returns the ones left out.
    mutating func insert(_ rows: UnsafeBufferPointer<ReportedData.Row>, firstRow: Int) -> [Repeat] {
        var repeats: [Repeat] = []
        var position = 0
        // A run of rows of one region at a time: its block is looked up once.
        while position < rows.count {
            let region = rows[position].region
            let block = self.block(region: region)
            var end = position + 1
            while end < rows.count && rows[end].region == region { end += 1 }
            if block >= 0 {
                let years = Self.years, indicatorCount = self.indicatorCount
                blocks.withUnsafeMutableBufferPointer { blocks in
                    let slots = blocks.baseAddress.map { $0 + Int(block) }
                    for index in position..<end {
                        let row = rows[index], year = Int(row.year), indicator = Int(row.indicator)
                        let rowIndex = Int32(truncatingIfNeeded: firstRow + index - repeats.count)
                        guard let slots, years.contains(year), indicator >= 0, indicator < indicatorCount else {
                            if let earlier = sparse.insertOrFind(Self.key(region: region, year: year, indicator: indicator), row: rowIndex) {
                                repeats.append(Repeat(position: index, earlier: earlier))
                            }
                            continue
                        }
                        let slot = slots + (year - years.lowerBound) * indicatorCount + indicator
                        if slot.pointee >= 0 {
                            repeats.append(Repeat(position: index, earlier: slot.pointee))
                        } else {
                            slot.pointee = rowIndex
                        }
                    }
                }
            } else {
                for index in position..<end {
                    let row = rows[index]
                    let rowIndex = Int32(truncatingIfNeeded: firstRow + index - repeats.count)
                    if let earlier = sparse.insertOrFind(Self.key(region: region, year: Int(row.year), indicator: Int(row.indicator)), row: rowIndex) {
                        repeats.append(Repeat(position: index, earlier: earlier))
                    }
                }
            }
            position = end
        }
        stored += rows.count - repeats.count
        return repeats
    }

    /// The region's block, handed out now if it has none; `hashed` when it has none to spare.
    private mutating func block(region: Int32) -> Int32 {
        if Int(region) >= blockOfRegion.count {
            blockOfRegion += repeatElement(Self.noBlock, count: Int(region) + 1 - blockOfRegion.count)
        }
        if blockOfRegion[Int(region)] == Self.noBlock { blockOfRegion[Int(region)] = newBlock() }
        return blockOfRegion[Int(region)]
    }

    private mutating func newBlock() -> Int32 {
        let size = Self.years.count * indicatorCount
        guard blocks.count + size <= max(Self.freeSlots, stored * 4), blocks.count + size <= Int(Int32.max) else { return Self.hashed }
        let offset = Int32(blocks.count)
        blocks += repeatElement(-1, count: size)
        return offset
    }

    private static func key(region: Int32, year: Int, indicator: Int) -> UInt64 {
        UInt64(UInt32(bitPattern: region)) << 32 | UInt64(UInt16(truncatingIfNeeded: year)) << 16 | UInt64(UInt16(truncatingIfNeeded: indicator))
    }
}
