#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads whole input files, or standard input for `-`, with messages that say why not.
package enum FileInput {
    /// A small file's bytes, for the readers outside the engine (plan tables, milestones).
    package static func contents(_ path: String) throws(InputError) -> [UInt8] {
        switch read(path) {
        case .success(let bytes): return bytes.array
        case .failure(let error): throw error
        }
    }

    static func read(_ path: String) -> Result<InputBytes, InputError> {
        if path == "-" {
            return .success(InputBytes(copying: FileHandle.standardInput.readDataToEndOfFile()))
        }
        let location = SourceLocation(file: path, line: 0)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(InputError(kind: .cannotOpen, location, Message("无法打开文件：文件不存在", "cannot open the file: it does not exist")))
        }
        if isDirectory.boolValue {
            return .failure(InputError(kind: .cannotOpen, location, Message("无法打开文件：这是一个文件夹", "cannot open the file: it is a folder")))
        }
        guard let bytes = readWhole(path) else {
            return .failure(InputError(kind: .cannotOpen, location, Message("无法打开文件：\(String(cString: strerror(errno)))", "cannot open the file: \(String(cString: strerror(errno)))")))
        }
        return .success(bytes)
    }

    /// A regular file is mapped; anything else (a pipe, a device, a system that will not map)
    /// is read into memory.
    private static func readWhole(_ path: String) -> InputBytes? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var information = stat()
        guard fstat(descriptor, &information) == 0 else { return nil }
        let isRegular = information.st_mode & S_IFMT == S_IFREG
        if isRegular, let mapped = InputBytes.mapping(descriptor, count: Int(information.st_size)) {
            return mapped
        }
        return readAll(descriptor, expected: isRegular ? Int(information.st_size) : 0)
    }

    private static func readAll(_ descriptor: Int32, expected: Int) -> InputBytes? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected + 1)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return InputBytes(copying: bytes)
    }
}
