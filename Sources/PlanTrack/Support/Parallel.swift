import Dispatch

/// Runs independent pieces of work on the machine's cores.
enum Parallel {
    /// `work(0) … work(count - 1)`, at the same time where cores allow, results in index order.
    static func map<Result>(_ count: Int, _ work: (Int) -> Result) -> [Result] {
        if count <= 1 { return (0..<count).map(work) }
        // Each index writes only its own slot, and the slots are read after every index is done.
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        withoutActuallyEscaping(work) { work in
            nonisolated(unsafe) let work = work
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots[index] = work(index)
            }
        }
        return slots.compactMap { $0 }
    }
}
