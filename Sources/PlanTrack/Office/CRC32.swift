/// CRC-32 as ZIP computes it (IEEE 802.3, reflected, polynomial 0xEDB88320), eight bytes a step
/// ("slicing by 8"): a workbook of 300,000 values is some 10 MB of XML to check when it is read.
package enum CRC32 {
    /// `tables[k][b]`: the CRC of byte `b` followed by `k` zero bytes.
    private static let tables: [[UInt32]] = {
        var tables = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 8)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            tables[0][byte] = crc
        }
        for byte in 0..<256 {
            for k in 1..<8 {
                let previous = tables[k - 1][byte]
                tables[k][byte] = (previous >> 8) ^ tables[0][Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    package static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
        var crc: UInt32 = 0
        update(&crc, bytes)
        return crc
    }

    /// Continues `crc` (0 to start) over more bytes.
    package static func update(_ crc: inout UInt32, _ bytes: some Collection<UInt8>) {
        let done = bytes.withContiguousStorageIfAvailable { buffer in
            update(&crc, UnsafeRawBufferPointer(buffer))
            return true
        }
        if done == nil { update(&crc, Array(bytes)) }
    }

    package static func update(_ crc: inout UInt32, _ buffer: UnsafeRawBufferPointer) {
        var value = ~crc
        var index = 0
        tables.withUnsafeBufferPointer { tables in
            let t0 = tables[0], t1 = tables[1], t2 = tables[2], t3 = tables[3], t4 = tables[4], t5 = tables[5], t6 = tables[6], t7 = tables[7]
            while index + 8 <= buffer.count {
                let low = value ^ (UInt32(buffer[index]) | UInt32(buffer[index + 1]) << 8 | UInt32(buffer[index + 2]) << 16 | UInt32(buffer[index + 3]) << 24)
                let high = UInt32(buffer[index + 4]) | UInt32(buffer[index + 5]) << 8 | UInt32(buffer[index + 6]) << 16 | UInt32(buffer[index + 7]) << 24
                value = t7[Int(low & 0xFF)] ^ t6[Int((low >> 8) & 0xFF)] ^ t5[Int((low >> 16) & 0xFF)] ^ t4[Int(low >> 24)]
                    ^ t3[Int(high & 0xFF)] ^ t2[Int((high >> 8) & 0xFF)] ^ t1[Int((high >> 16) & 0xFF)] ^ t0[Int(high >> 24)]
                index += 8
            }
            while index < buffer.count {
                value = (value >> 8) ^ t0[Int((value ^ UInt32(buffer[index])) & 0xFF)]
                index += 1
            }
        }
        crc = ~value
    }
}
