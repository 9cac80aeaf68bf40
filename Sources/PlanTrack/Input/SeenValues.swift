/// Which (region, year, indicator) already has a value, and in which row: to find a value given
/// twice among a million rows.
///
/// Each region gets a block with a slot per year and indicator, so rows of one region touch a
/// few kilobytes that stay in cache, where a hash table spread the same rows over tens of
/// megabytes and missed the cache on nearly every row. Blocks are only handed out while they
/// stay small next to the rows stored; past that (many regions with few values each), regions
/// go to a hash table instead.
///
/// Regions are split among partitions by id. Two rows can only give the same value if they
/// name the same region, so the partitions never need each other, and a large file's are
/// checked on all cores at once.
struct SeenValues {
    /// A row that gives a value an earlier row already gave.
    struct Repeat: Equatable {
        /// Its position in its piece.
        let position: Int
        /// The position, among all rows stored, of the row that gave the value first.
        let earlier: Int
    }

    private var partitions: [Partition]
    /// Below this many rows, starting threads costs more than it saves.
    private static let parallelRows = 50_000

    init(indicatorCount: Int, partitions: Int = 4) {
        let count = max(partitions, 1)
        self.partitions = (0..<count).map { Partition(indicatorCount: indicatorCount, index: $0, of: count) }
    }

    /// Stores the pieces' rows, in order, as the rows from position `firstPosition` on, and
    /// returns for each piece the rows that repeat an earlier value (those are not stored).
    mutating func insert(_ pieces: [RowPiece], firstPosition: Int) -> [[Repeat]] {
        let rowCount = pieces.reduce(0) { $0 + $1.count }
        let found = partitions.withUnsafeMutableBufferPointer { partitions in
            let check = { (index: Int) in partitions[index].insert(pieces, firstPosition: firstPosition) }
            return rowCount >= Self.parallelRows ? Parallel.map(partitions.count, check) : partitions.indices.map(check)
        }
        return pieces.indices.map { piece in
            found.count == 1 ? found[0][piece] : found.flatMap { $0[piece] }.sorted { $0.position < $1.position }
        }
    }

    /// The regions whose id leaves `index` when divided by the number of partitions.
    private struct Partition {
        private static let years = 2000...2100
        /// Always allowed for blocks, in slots (8 MB over all partitions); beyond it, four
        /// slots per row stored.
        private static let freeSlots = 2 * 1024 * 1024
        private static let noBlock: Int32 = -1
        private static let hashed: Int32 = -2

        private let indicatorCount: Int
        private let index: Int
        private let partitionCount: Int
        /// Per region id: the offset of its block in `blocks`, `noBlock` or `hashed`.
        private var blockOfRegion: [Int32] = []
        /// Row positions, -1 where no value was stored yet.
        private var blocks: [Int32] = []
        private var sparse = RowKeyTable(expected: 0)
        private var stored = 0

        init(indicatorCount: Int, index: Int, of partitionCount: Int) {
            self.indicatorCount = max(indicatorCount, 1)
            self.index = index
            self.partitionCount = partitionCount
        }

        /// This partition's part of `SeenValues.insert`: its regions' repeats, per piece.
        mutating func insert(_ pieces: [RowPiece], firstPosition: Int) -> [[Repeat]] {
            var piecePosition = firstPosition
            return pieces.map { piece in
                var repeats: [Repeat] = []
                piece.rows.withUnsafeBufferPointer { rows in
                    for (runIndex, run) in piece.runs.enumerated() {
                        let region = piece.region(run.region)
                        guard Int(region) % partitionCount == index else { continue }
                        insert(rows, piece.range(ofRun: runIndex), region: region, firstPosition: piecePosition, repeats: &repeats)
                    }
                }
                piecePosition += piece.count
                return repeats
            }
        }

        /// A run of rows of one region: its block is looked up once.
        private mutating func insert(_ rows: UnsafeBufferPointer<ReportedData.Row>, _ run: Range<Int>, region: Int32, firstPosition: Int, repeats: inout [Repeat]) {
            let block = self.block(region: region)
            let years = Self.years, indicatorCount = self.indicatorCount
            var stored = 0
            blocks.withUnsafeMutableBufferPointer { blocks in
                let slots = block >= 0 ? blocks.baseAddress.map { $0 + Int(block) } : nil
                for position in run {
                    let row = rows[position], year = Int(row.year), indicator = Int(row.indicator)
                    let rowPosition = Int32(truncatingIfNeeded: firstPosition + position)
                    let earlier: Int32?
                    if let slots, years.contains(year), indicator >= 0, indicator < indicatorCount {
                        let slot = slots + (year - years.lowerBound) * indicatorCount + indicator
                        earlier = slot.pointee >= 0 ? slot.pointee : nil
                        if earlier == nil { slot.pointee = rowPosition }
                    } else {
                        earlier = sparse.insertOrFind(Self.key(region: region, year: year, indicator: indicator), row: rowPosition)
                    }
                    if let earlier {
                        repeats.append(Repeat(position: position, earlier: Int(earlier)))
                    } else {
                        stored += 1
                    }
                }
            }
            self.stored += stored
        }

        /// The region's block, handed out now if it has none; `hashed` when none can be spared.
        private mutating func block(region: Int32) -> Int32 {
            if Int(region) >= blockOfRegion.count {
                blockOfRegion += repeatElement(Self.noBlock, count: Int(region) + 1 - blockOfRegion.count)
            }
            if blockOfRegion[Int(region)] == Self.noBlock { blockOfRegion[Int(region)] = newBlock() }
            return blockOfRegion[Int(region)]
        }

        private mutating func newBlock() -> Int32 {
            let size = Self.years.count * indicatorCount
            guard blocks.count + size <= max(Self.freeSlots / partitionCount, stored * 4), blocks.count + size <= Int(Int32.max) else { return Self.hashed }
            let offset = Int32(blocks.count)
            blocks += repeatElement(-1, count: size)
            return offset
        }

        private static func key(region: Int32, year: Int, indicator: Int) -> UInt64 {
            UInt64(UInt32(bitPattern: region)) << 32 | UInt64(UInt16(truncatingIfNeeded: year)) << 16 | UInt64(UInt16(truncatingIfNeeded: indicator))
        }
    }
}
