#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PlanTrack

/// Writes output files atomically (a temporary file beside the target, then rename), and never
/// over one of the command's input files.
enum OutputFile {
    static func write(_ text: String, to path: String, inputs: [String], replacing: Bool = true) throws(CommandFailure) {
        try write(Array(text.utf8), to: path, inputs: inputs, replacing: replacing)
    }

    /// Throws what `write` would, without writing: a command checks every output before it
    /// writes any, so that a refused command leaves nothing behind.
    /// - Parameter replacing: false refuses a file that exists (`template` without `--force`).
    static func check(_ path: String, inputs: [String], replacing: Bool = true, folderMayBeMade: Bool = false) throws(CommandFailure) {
        for input in inputs where input != "-" && isSameFile(input, path) {
            throw CommandFailure.cannotWrite(Message("拒绝写入“\(path)”：它是输入文件之一", "refusing to write '\(path)': it is one of the input files"))
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        let folderExists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
        if folderExists ? !isDirectory.boolValue : !folderMayBeMade {
            throw CommandFailure.cannotWrite(Message("无法写入“\(path)”：文件夹 \(folder.path) 不存在", "cannot write '\(path)': the folder \(folder.path) does not exist"))
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw CommandFailure.cannotWrite(Message("无法写入“\(path)”：这是一个文件夹", "cannot write '\(path)': it is a folder")) }
            if !replacing {
                throw CommandFailure.cannotWrite(Message("拒绝覆盖“\(path)”：文件已存在（是已填好的模板吗？）；确需覆盖请加 --force", "refusing to replace '\(path)': the file exists (a filled-in template?); give --force to replace it"))
            }
        }
    }

    static func write(_ bytes: [UInt8], to path: String, inputs: [String], replacing: Bool = true) throws(CommandFailure) {
        try check(path, inputs: inputs, replacing: replacing)
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure.cannotWrite(Message("无法写入“\(path)”：\(String(cString: strerror(errno)))", "cannot write '\(path)': \(String(cString: strerror(errno)))"))
        }
        var failure = bytes.withUnsafeBytes { FileDescriptor.writeAll(descriptor, $0) }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw CommandFailure.cannotWrite(Message("无法写入“\(path)”：\(String(cString: strerror(failure)))", "cannot write '\(path)': \(String(cString: strerror(failure)))"))
        }
    }

    /// Throws when a folder for output files could not be made: a file has its name.
    static func checkFolder(_ path: String) throws(CommandFailure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CommandFailure.cannotWrite(Message("无法创建文件夹“\(path)”：已有同名文件", "cannot create the folder '\(path)': a file has that name"))
        }
    }

    /// Creates a folder for output files (and its parents), refusing one that is a file.
    static func makeFolder(_ path: String) throws(CommandFailure) {
        try checkFolder(path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.cannotWrite(Message("无法创建文件夹“\(path)”：\(error.localizedDescription)", "cannot create the folder '\(path)': \(error.localizedDescription)"))
        }
    }

    /// True when both paths name one existing file, however they are spelled (links, `./`, …).
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
