/// DEFLATE (RFC 1951) for the archives plan-track writes: LZ77 over a 32 KB window with hash
/// chains, coded with the fixed Huffman codes. Office XML repeats its tags on every line, so the
/// matches do nearly all the work; a dynamic Huffman code would save another few percent of a
/// file that is already a tenth of its size.
enum Deflater {
    static let window = 1 << 15
    static let minimumMatch = 3
    static let maximumMatch = 258
    /// How many earlier places with the same three bytes are tried: more finds longer matches,
    /// at a cost per byte.
    static let chainLimit = 48

    /// Lengths 3...258 by code 257...285: the first length of each code, and its extra bits.
    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Distances 1...32768 by code 0...29.
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                      4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    static func deflate(_ input: [UInt8]) -> [UInt8] {
        var out = BitWriter()
        out.write(1, bits: 1)   // the final block
        out.write(1, bits: 2)   // fixed Huffman codes
        let count = input.count
        let hashSize = 1 << 15
        var head = [Int32](repeating: -1, count: hashSize)
        var previous = [Int32](repeating: -1, count: window)
        input.withUnsafeBufferPointer { bytes in
            func hash(_ at: Int) -> Int {
                let value = UInt32(bytes[at]) << 16 | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2])
                return Int((value &* 0x9E37_79B1) >> 17) & (hashSize - 1)
            }
            func insert(_ at: Int) {
                guard at + minimumMatch <= count else { return }
                let key = hash(at)
                previous[at & (window - 1)] = head[key]
                head[key] = Int32(at)
            }
            var position = 0
            while position < count {
                var bestLength = 0, bestDistance = 0
                if position + minimumMatch <= count {
                    var candidate = Int(head[hash(position)])
                    var tries = chainLimit
                    let limit = min(maximumMatch, count - position)
                    while candidate >= 0, position - candidate <= window, tries > 0 {
                        if bytes[candidate + bestLength] == bytes[position + bestLength] {
                            var length = 0
                            while length < limit, bytes[candidate + length] == bytes[position + length] { length += 1 }
                            if length > bestLength {
                                bestLength = length
                                bestDistance = position - candidate
                                if length == limit { break }
                            }
                        }
                        let next = Int(previous[candidate & (window - 1)])
                        if next >= candidate { break }
                        candidate = next
                        tries -= 1
                    }
                }
                if bestLength >= minimumMatch {
                    out.writeLength(bestLength)
                    out.writeDistance(bestDistance)
                    for at in position..<(position + bestLength) { insert(at) }
                    position += bestLength
                } else {
                    out.writeLiteral(Int(bytes[position]))
                    insert(position)
                    position += 1
                }
            }
        }
        out.writeLiteral(256)   // end of block
        return out.finish()
    }

    /// Bits written least significant first, as DEFLATE packs them.
    struct BitWriter {
        private(set) var bytes: [UInt8] = []
        private var buffer: UInt64 = 0
        private var used = 0

        mutating func write(_ value: Int, bits: Int) {
            buffer |= UInt64(value) << UInt64(used)
            used += bits
            while used >= 8 {
                bytes.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                used -= 8
            }
        }

        /// A Huffman code, whose bits go most significant first.
        mutating func writeCode(_ code: Int, length: Int) {
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            write(reversed, bits: length)
        }

        /// RFC 1951 3.2.6: the fixed literal/length code.
        mutating func writeLiteral(_ symbol: Int) {
            switch symbol {
            case 0...143: writeCode(0x30 + symbol, length: 8)
            case 144...255: writeCode(0x190 + symbol - 144, length: 9)
            case 256...279: writeCode(symbol - 256, length: 7)
            default: writeCode(0xC0 + symbol - 280, length: 8)
            }
        }

        mutating func writeLength(_ length: Int) {
            var code = Deflater.lengthBase.count - 1
            while Deflater.lengthBase[code] > length { code -= 1 }
            writeLiteral(257 + code)
            if Deflater.lengthExtra[code] > 0 { write(length - Deflater.lengthBase[code], bits: Deflater.lengthExtra[code]) }
        }

        mutating func writeDistance(_ distance: Int) {
            var code = Deflater.distanceBase.count - 1
            while Deflater.distanceBase[code] > distance { code -= 1 }
            writeCode(code, length: 5)
            if Deflater.distanceExtra[code] > 0 { write(distance - Deflater.distanceBase[code], bits: Deflater.distanceExtra[code]) }
        }

        mutating func finish() -> [UInt8] {
            if used > 0 { bytes.append(UInt8(buffer & 0xFF)) }
            buffer = 0
            used = 0
            return bytes
        }
    }
}
