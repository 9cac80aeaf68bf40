/// What the reading loop learns from a field's raw bytes without making a String: plain ASCII
/// years and decimals, and whether text needs trimming. Anything else returns nil (or false)
/// and goes through `ValueParser` and `TextNormalization`, which have the last word.
enum FieldBytes {
    /// `2023`: four ASCII digits in `accepted`; anything else takes the slow path.
    @inline(__always)
    static func plainYear(_ start: UnsafePointer<UInt8>, _ count: Int, accepted: ClosedRange<Int>) -> Int? {
        guard count == 4 else { return nil }
        var year = 0
        for index in 0..<count {
            let digit = Int(start[index]) - 48
            guard digit >= 0 && digit <= 9 else { return nil }
            year = year * 10 + digit
        }
        return accepted.contains(year) ? year : nil
    }

    /// 10^exponent for 0…15, each exactly representable. A switch of constants, where a table
    /// would be a lazily made global, checked on every call.
    @inline(__always)
    private static func powerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        default: 1e15
        }
    }

    /// `79.99`: ASCII digits with at most one point and at most 15 digits. Exact: the digits
    /// as an integer and a power of ten are both exactly representable, and one IEEE division
    /// rounds correctly, so this equals what a full decimal parser returns.
    @inline(__always)
    static func plainDecimal(_ start: UnsafePointer<UInt8>, _ count: Int) -> Double? {
        guard count > 0 && count <= 16 else { return nil }
        var mantissa: UInt64 = 0
        var point = -1
        for index in 0..<count {
            let digit = start[index] &- UInt8(ascii: "0")
            if digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)  // at most 16 digits: cannot overflow
            } else if start[index] == UInt8(ascii: ".") && point < 0 {
                point = index
            } else {
                return nil
            }
        }
        let digits = point < 0 ? count : count - 1
        let fraction = point < 0 ? 0 : count - 1 - point
        guard digits > 0 && digits <= 15 else { return nil }
        return Double(mantissa) / powerOfTen(fraction)
    }

    /// True when `trimmed` would leave these UTF-8 bytes as they are: they neither start nor
    /// end with a space of any width. Checks bytes, so no String is made to find out.
    static func isTrimmed(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count > 0 else { return true }
        let bytes = UnsafeBufferPointer(start: start, count: count)
        // The UTF-8 forms of what `isSpace` accepts: four ASCII bytes, then U+00A0 (C2 A0),
        // U+3000 (E3 80 80), U+200B (E2 80 8B) and U+FEFF (EF BB BF).
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func isWideSpace(at index: Int) -> Bool {
            guard index >= 0 else { return false }
            switch bytes[index] {
            case 0xC2: return index + 1 < count && bytes[index + 1] == 0xA0
            case 0xE3: return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80
            case 0xE2: return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x8B
            case 0xEF: return index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
            default: return false
            }
        }
        if isASCIISpace(bytes[0]) || isASCIISpace(bytes[count - 1]) || isWideSpace(at: 0) { return false }
        return bytes[count - 1] < 0x80 || !(isWideSpace(at: count - 2) || isWideSpace(at: count - 3))
    }
}
