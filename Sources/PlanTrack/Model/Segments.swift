/// A sequence kept in the pieces it was made in, read by one index across them.
///
/// Each stretch of a large file is read on its own core into its own arrays. Joining them would
/// copy tens of megabytes, on one core, into memory the system must first clear; keeping the
/// pieces costs a short search per lookup among a handful of them.
struct Segments<Element>: Sendable where Element: Sendable {
    private(set) var pieces: [[Element]] = []
    /// `starts[i]` is the index of `pieces[i]`'s first element; one more entry holds the count.
    private var starts: [Int] = [0]

    var count: Int { starts[starts.count - 1] }

    /// Adds a piece as it is, without copying it.
    mutating func append(piece: [Element]) {
        guard !piece.isEmpty else { return }
        pieces.append(piece)
        starts.append(count + piece.count)
    }

    mutating func append(_ element: Element) {
        if pieces.isEmpty { pieces.append([]) }
        pieces[pieces.count - 1].append(element)
        starts[starts.count - 1] += 1
    }

    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index \(index) out of 0..<\(count)")
        let piece = starts.dropLast().lastIndex(atOrBefore: index)
        return pieces[piece][index - starts[piece]]
    }
}

extension RandomAccessCollection<Int> where Index == Int {
    /// In ascending starts of pieces, the index of the last one at or before `position`: the
    /// piece that holds it. A binary search; 0 when the position comes before every start.
    func lastIndex(atOrBefore position: Int) -> Int {
        var low = startIndex, high = endIndex - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if self[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
