/// Why a DEFLATE stream could not be read: every way a damaged or hostile file can fail ends
/// here, never in a crash.
struct InflateError: Error, Equatable {
    let reason: String
}

/// DEFLATE (RFC 1951) decoding, for the parts of the ZIP archives Excel, WPS and LibreOffice
/// write: stored, fixed-code and dynamic-code blocks. Codes of up to nine bits (nearly every
/// symbol) are looked up in one step; longer ones are walked bit by bit, canonically.
enum Inflater {
    /// - Parameters:
    ///   - expectedSize: the size the archive says the data has, to make room once; more output
    ///     than `limit` is an error (a small archive that inflates to gigabytes).
    static func inflate(_ input: UnsafeRawBufferPointer, expectedSize: Int = 0, limit: Int) throws(InflateError) -> [UInt8] {
        var state = State(input: input, limit: limit, capacity: expectedSize)
        defer { state.output.deallocate() }
        try state.run()
        return Array(UnsafeBufferPointer(start: state.output, count: state.count))
    }

    static func inflate(_ input: [UInt8], expectedSize: Int = 0, limit: Int = 1 << 30) throws(InflateError) -> [UInt8] {
        var result: Result<[UInt8], InflateError> = .success([])
        input.withUnsafeBytes { bytes in
            do throws(InflateError) { result = .success(try inflate(bytes, expectedSize: expectedSize, limit: limit)) } catch { result = .failure(error) }
        }
        return try result.get()
    }

    /// A canonical Huffman code: `fast[bits]` for codes of up to `fastBits` bits (symbol << 4 |
    /// length, 0 where the code is longer), and the counts and symbols for the rest.
    struct Code {
        static let fastBits = 9
        var fast = [UInt16](repeating: 0, count: 1 << fastBits)
        /// How many codes of each length, 0...15.
        var counts = [Int](repeating: 0, count: 16)
        /// The symbols in canonical order.
        var symbols: [Int] = []

        init(lengths: ArraySlice<Int>) throws(InflateError) {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            // Over-subscribed codes cannot be decoded; incomplete ones are allowed (RFC 1951 lets a
            // distance code have one symbol), and a missing code is caught when it is met.
            var left = 1
            for length in 1...15 {
                left <<= 1
                left -= counts[length]
                if left < 0 { throw InflateError(reason: "an over-subscribed Huffman code") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: offsets[15] + counts[15])
            for (symbol, length) in zip(lengths.indices, lengths) where length != 0 {
                symbols[offsets[length]] = symbol - lengths.startIndex
                offsets[length] += 1
            }
            // The fast table: each short code, bit-reversed as it arrives, filled for every
            // value of the bits after it.
            var code = 0, index = 0
            for length in 1...Self.fastBits {
                for _ in 0..<counts[length] {
                    var reversed = 0
                    for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
                    let entry = UInt16(symbols[index] << 4 | length)
                    var fill = reversed
                    while fill < 1 << Self.fastBits {
                        fast[fill] = entry
                        fill += 1 << length
                    }
                    code += 1
                    index += 1
                }
                code <<= 1
            }
        }
    }

    static let fixedLiterals: Code = {
        var lengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        return try! Code(lengths: lengths[...])  // the RFC's own table
    }()
    static let fixedDistances: Code = try! Code(lengths: [Int](repeating: 5, count: 30)[...])

    struct State {
        let input: UnsafeRawBufferPointer
        let limit: Int
        var position = 0
        var bits: UInt64 = 0
        var bitCount = 0
        var output: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0

        init(input: UnsafeRawBufferPointer, limit: Int, capacity: Int) {
            self.input = input
            self.limit = limit
            self.capacity = max(capacity, 1024)
            output = .allocate(capacity: self.capacity)
        }

        /// At least `needed` bits in the buffer, or an error at the end of the input.
        @inline(__always) mutating func need(_ needed: Int) throws(InflateError) {
            while bitCount < needed {
                guard position < input.count else { throw InflateError(reason: "the data ends in the middle") }
                bits |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
                bitCount += 8
            }
        }

        @inline(__always) mutating func take(_ count: Int) throws(InflateError) -> Int {
            try need(count)
            let value = Int(bits & ((1 << UInt64(count)) - 1))
            bits >>= UInt64(count)
            bitCount -= count
            return value
        }

        mutating func decode(_ code: Code) throws(InflateError) -> Int {
            // Fill as much as the input has, then try the fast table.
            while bitCount < 57, position < input.count {
                bits |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
                bitCount += 8
            }
            let entry = code.fast[Int(bits & UInt64((1 << Code.fastBits) - 1))]
            let length = Int(entry & 0xF)
            if length != 0 && length <= bitCount {
                bits >>= UInt64(length)
                bitCount -= length
                return Int(entry >> 4)
            }
            // A longer code, canonically: the first code of each length, bit by bit.
            var value = 0, first = 0, index = 0
            for length in 1...15 {
                value |= try take(1)
                let count = code.counts[length]
                if value - first < count { return code.symbols[index + value - first] }
                index += count
                first += count
                first <<= 1
                value <<= 1
            }
            throw InflateError(reason: "a code that the block's Huffman table does not have")
        }

        mutating func grow(_ needed: Int) throws(InflateError) {
            guard count + needed > capacity else { return }
            guard count + needed <= limit else { throw InflateError(reason: "the data inflates past \(limit) bytes") }
            var larger = capacity * 2
            while larger < count + needed { larger *= 2 }
            larger = min(larger, limit)
            let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            fresh.update(from: output, count: count)
            output.deallocate()
            output = fresh
            capacity = larger
        }

        mutating func run() throws(InflateError) {
            var last = false
            while !last {
                last = try take(1) == 1
                switch try take(2) {
                case 0: try stored()
                case 1: try codes(Inflater.fixedLiterals, Inflater.fixedDistances)
                case 2:
                    let (literals, distances) = try dynamicCodes()
                    try codes(literals, distances)
                default: throw InflateError(reason: "a block of the reserved type 3")
                }
            }
        }

        mutating func stored() throws(InflateError) {
            // To the byte boundary; what is left in the bit buffer is whole bytes of input.
            bits >>= UInt64(bitCount % 8)
            bitCount -= bitCount % 8
            let length = try take(16), complement = try take(16)
            guard length == ~complement & 0xFFFF else { throw InflateError(reason: "a stored block whose length does not check") }
            try grow(length)
            for _ in 0..<length {
                output[count] = UInt8(try take(8))
                count += 1
            }
        }

        static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

        mutating func dynamicCodes() throws(InflateError) -> (Code, Code) {
            let literalCount = try take(5) + 257, distanceCount = try take(5) + 1, lengthCount = try take(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { throw InflateError(reason: "too many codes in a block's header") }
            var lengthLengths = [Int](repeating: 0, count: 19)
            for index in 0..<lengthCount { lengthLengths[Self.lengthOrder[index]] = try take(3) }
            let lengthCode = try Code(lengths: lengthLengths[...])
            var lengths: [Int] = []
            lengths.reserveCapacity(literalCount + distanceCount)
            while lengths.count < literalCount + distanceCount {
                let symbol = try decode(lengthCode)
                switch symbol {
                case 0...15: lengths.append(symbol)
                case 16:
                    guard let previous = lengths.last else { throw InflateError(reason: "a repeat with nothing before it") }
                    lengths += [Int](repeating: previous, count: 3 + (try take(2)))
                case 17: lengths += [Int](repeating: 0, count: 3 + (try take(3)))
                default: lengths += [Int](repeating: 0, count: 11 + (try take(7)))
                }
            }
            guard lengths.count == literalCount + distanceCount else { throw InflateError(reason: "code lengths that run past their count") }
            guard lengths[256] != 0 else { throw InflateError(reason: "a block without an end code") }
            return (try Code(lengths: lengths[..<literalCount]), try Code(lengths: lengths[literalCount...]))
        }

        mutating func codes(_ literals: Code, _ distances: Code) throws(InflateError) {
            while true {
                let symbol = try decode(literals)
                if symbol < 256 {
                    try grow(1)
                    output[count] = UInt8(symbol)
                    count += 1
                    continue
                }
                if symbol == 256 { return }
                let code = symbol - 257
                guard code < Deflater.lengthBase.count else { throw InflateError(reason: "a length code past 285") }
                let length = Deflater.lengthBase[code] + (try take(Deflater.lengthExtra[code]))
                let distanceCode = try decode(distances)
                guard distanceCode < Deflater.distanceBase.count else { throw InflateError(reason: "a distance code past 29") }
                let distance = Deflater.distanceBase[distanceCode] + (try take(Deflater.distanceExtra[distanceCode]))
                guard distance <= count else { throw InflateError(reason: "a distance back past the start of the data") }
                try grow(length)
                let from = count - distance
                if distance >= length {
                    (output + count).update(from: output + from, count: length)
                } else {
                    for offset in 0..<length { output[count + offset] = output[from + offset] }
                }
                count += length
            }
        }
    }
}
