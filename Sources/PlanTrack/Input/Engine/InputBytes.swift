#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input, read-only, in memory that lives as long as any copy of this value.
///
/// A regular file is mapped rather than read: the kernel's cached pages are used as they are,
/// where reading would first zero 90 MB of fresh memory and then copy the file into it. That
/// zeroing alone was a quarter of the time of reading a million rows.
struct InputBytes: @unchecked Sendable {
    /// Frees the memory when the last `InputBytes` sharing it goes away.
    private final class Memory {
        enum Release {
            case unmap(UnsafeMutableRawPointer, Int)
            case deallocate(UnsafeMutablePointer<UInt8>)
        }

        let release: Release

        init(_ release: Release) {
            self.release = release
        }

        deinit {
            switch release {
            case .unmap(let start, let count): munmap(start, count)
            case .deallocate(let start): start.deallocate()
            }
        }
    }

    private let memory: Memory
    /// Valid, and never written, for as long as this value exists.
    let buffer: UnsafeBufferPointer<UInt8>

    private init(memory: Memory, buffer: UnsafeBufferPointer<UInt8>) {
        self.memory = memory
        self.buffer = buffer
    }

    init(copying bytes: some Collection<UInt8>) {
        let start = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = UnsafeMutableBufferPointer(start: start, count: bytes.count).initialize(from: bytes)
        self.init(memory: Memory(.deallocate(start)), buffer: UnsafeBufferPointer(start: start, count: bytes.count))
    }

    /// Takes ownership of `count` initialized bytes at `start`, allocated with `allocate`.
    init(adopting start: UnsafeMutablePointer<UInt8>, count: Int) {
        self.init(memory: Memory(.deallocate(start)), buffer: UnsafeBufferPointer(start: start, count: count))
    }

    /// Maps `count` bytes of an open file, or nil when the system will not (then read it instead).
    static func mapping(_ descriptor: Int32, count: Int) -> InputBytes? {
        #if canImport(Glibc)
        guard count > 0 else { return nil }
        let start = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let start, start != MAP_FAILED else { return nil }
        let input = InputBytes(memory: Memory(.unmap(start, count)), buffer: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count))
        input.prefault(0..<min(count, 1 << 16))
        return input
        #else
        return nil
        #endif
    }

    /// Maps the pages of `range` now, in one call, instead of taking a fault for every few pages
    /// while reading them. Each stretch of a large file does this for itself, so the cores share
    /// the work. Only advice: nothing changes where the system does not offer it.
    func prefault(_ range: Range<Int>) {
        #if canImport(Glibc)
        guard case .unmap = memory.release, let base = buffer.baseAddress, !range.isEmpty else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = UInt(bitPattern: base + range.lowerBound) & ~UInt(page - 1)
        let end = UInt(bitPattern: base + range.upperBound)
        guard let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, Int(end - start), MADV_POPULATE_READ)  // Linux 5.14 and later
        #endif
    }

    /// Lets the system drop a mapped file's pages once they will not be read again (the file
    /// was converted to UTF-8): they would otherwise count against memory until the end.
    /// Reading them again still works; they come back from the file.
    func discardPages() {
        #if canImport(Glibc)
        guard case .unmap(let start, let count) = memory.release else { return }
        _ = madvise(start, count, MADV_DONTNEED)
        #endif
    }

    var count: Int { buffer.count }

    /// The same memory without its first `count` bytes (a byte-order mark).
    func dropFirst(_ count: Int) -> InputBytes {
        InputBytes(memory: memory, buffer: UnsafeBufferPointer(rebasing: buffer.dropFirst(count)))
    }

    var array: [UInt8] { Array(buffer) }
}
