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

    /// At most this many pieces of a file are read at once.
    static var parallelism: Int { ProcessInfo.processInfo.activeProcessorCount }

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
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(cannotOpen(path)) }
        defer { close(descriptor) }
        var before = stat()
        guard fstat(descriptor, &before) == 0 else { return .failure(cannotOpen(path)) }
        guard before.st_mode & S_IFMT == S_IFREG else {
            // A pipe or a device: read to its end.
            return readAll(descriptor).map(Result.success) ?? .failure(cannotOpen(path))
        }
        let size = Int(before.st_size)
        var short = false
        let bytes = InputBytes.filling(size) { buffer in
            readRegular(descriptor, into: buffer, short: &short)
        }
        guard let bytes else { return .failure(cannotOpen(path)) }
        // A file another program rewrites or truncates while it is read (a sync tool, an editor
        // saving in place) is not what the user meant to read: say so rather than use half of it.
        var after = stat()
        let changed = fstat(descriptor, &after) != 0 || short || after.st_size != before.st_size
            || after.st_mtim.tv_sec != before.st_mtim.tv_sec || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec
        if changed {
            return .failure(InputError(kind: .changedWhileRead, location, Message("文件在读取过程中被修改或截断，请重新运行",
                                                                                  "the file changed or was cut short while it was read; run the command again")))
        }
        return .success(bytes)
    }

    private static func cannotOpen(_ path: String) -> InputError {
        InputError(kind: .cannotOpen, SourceLocation(file: path, line: 0),
                   Message("无法打开文件：\(String(cString: strerror(errno)))", "cannot open the file: \(String(cString: strerror(errno)))"))
    }

    /// Fills `buffer` from the file, a piece per core for a large one; sets `short` when the
    /// file ended early (it was cut while read). nil on a read error.
    private static func readRegular(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, short: inout Bool) -> Int? {
        guard let base = buffer.baseAddress else { return 0 }
        // Below a few megabytes, one piece: a thread costs more than it saves.
        let parts = min(max(parallelism, 1), max(1, buffer.count / (4 << 20)))
        let piece = (buffer.count + parts - 1) / parts
        nonisolated(unsafe) let start = base
        let results: [(ok: Bool, short: Bool)] = Parallel.map(parts) { part in
            var offset = part * piece
            let end = min(buffer.count, offset + piece)
            while offset < end {
                let count = pread(descriptor, start + offset, end - offset, off_t(offset))
                if count < 0 && errno == EINTR { continue }
                if count < 0 { return (false, false) }
                if count == 0 { return (true, true) }
                offset += count
            }
            return (true, false)
        }
        guard results.allSatisfy(\.ok) else { return nil }
        short = results.contains(where: \.short)
        // One byte more would mean the file grew while it was read.
        var extra: UInt8 = 0
        if pread(descriptor, &extra, 1, off_t(buffer.count)) == 1 { short = true }
        return buffer.count
    }

    private static func readAll(_ descriptor: Int32) -> InputBytes? {
        var bytes: [UInt8] = []
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
