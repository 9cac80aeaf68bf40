#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input, read-only, in memory that lives as long as any copy of this value.
///
/// A file is read, not mapped: a mapped file that another program truncates while it is read
/// kills the reader with SIGBUS, and no message can be given. Reading costs little more (see the
/// engine's README): the file is read on every core at once into fresh memory that the kernel
/// backs with huge pages.
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

    /// Fresh memory for `count` bytes, filled by `fill` (which returns how many it wrote), in
    /// pages of their own so they can be given back whole; huge pages where the system has them.
    /// nil when the system has no memory to give, or `fill` fails.
    static func filling(_ count: Int, _ fill: (UnsafeMutableRawBufferPointer) -> Int?) -> InputBytes? {
        #if canImport(Glibc)
        guard count > 0 else { return InputBytes(copying: []) }
        let start = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let start, start != MAP_FAILED else { return nil }
        HugePages.advise(start, byteCount: count)
        let memory = Memory(.unmap(start, count))
        guard let written = fill(UnsafeMutableRawBufferPointer(start: start, count: count)), written <= count else { return nil }
        return InputBytes(memory: memory, buffer: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: written))
        #else
        let start = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
        guard let written = fill(UnsafeMutableRawBufferPointer(start: start, count: count)), written <= count else {
            start.deallocate()
            return nil
        }
        return InputBytes(adopting: start, count: written)
        #endif
    }

    /// Gives the pages back to the system once they will not be read again (the file was
    /// converted to UTF-8): they would otherwise count against memory until the end. Only for
    /// memory from `filling`, and only when nothing reads it afterwards.
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
