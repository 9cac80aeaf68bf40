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
        let size = Int(information.st_size)
        var failed = false
        // Read into memory that is neither zeroed first nor grown: the file is in memory once.
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            HugePages.advise(UnsafeMutableRawPointer(buffer.baseAddress), byteCount: size)
            while initialized < size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if count < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if count == 0 { break }
                initialized += count
            }
        }
        if failed { return nil }
        // A file that grew while being read (a log still being written): take the rest too.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }
}
