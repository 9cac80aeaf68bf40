#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads whole input files, or standard input for `-`, with messages that say why not.
public enum FileInput {
    public static func read(_ path: String) -> Result<[UInt8], InputError> {
        if path == "-" {
            return .success([UInt8](FileHandle.standardInput.readDataToEndOfFile()))
        }
        let location = SourceLocation(file: path, line: 0)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(InputError(kind: .cannotOpen, location, "cannot open the file: it does not exist"))
        }
        if isDirectory.boolValue {
            return .failure(InputError(kind: .cannotOpen, location, "cannot open the file: it is a folder"))
        }
        guard let bytes = readWhole(path) else {
            return .failure(InputError(kind: .cannotOpen, location, "cannot open the file: \(String(cString: strerror(errno)))"))
        }
        return .success(bytes)
    }

    /// Reads straight into one array: no intermediate Data, so a large file is in memory once.
    private static func readWhole(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var information = stat()
        guard fstat(descriptor, &information) == 0 else { return nil }
        // One byte more than the size, so the read that finds the end does not grow the array
        // (growing would copy the whole file into a buffer twice its size).
        var bytes = [UInt8](repeating: 0, count: Int(information.st_size) + 1)
        var total = 0
        while true {
            if total == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            total += count
        }
        bytes.removeSubrange(total...)
        return bytes
    }
}
