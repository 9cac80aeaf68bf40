/// Cuts the names of a table's column to a width so that names that look alike stay apart where
/// a reader looks: "Standardised..hypertension patients" and "Standardised..diabetes patients",
/// not "Standardised managemen..n patients" and "..s patients".
///
/// Each name is compared with every other name of the column (`keepsApart`): names that share
/// their first four characters or more must show the part where they differ; any other two differ
/// at their start, which must then be kept. A cut tries, in order, the middle cut, the end cut,
/// and cuts that jump from the name's first word (or from nothing) to the differing part, and
/// takes the first that keeps the name apart from every other.
enum NameCut {
    static let marker = ".."

    /// `names` cut to at most `width` columns each, in the same order.
    static func cut(_ names: [String], to width: Int) -> [String] {
        let characters = names.map(Array.init)
        return names.indices.map { index in
            let name = names[index]
            guard DisplayWidth.of(name) > width else { return name }
            let peers = characters.indices.filter { $0 != index && characters[$0] != characters[index] }.map { characters[$0] }
            let parts = peers.filter { sharedStart(characters[index], $0) >= Self.sharedStartThatNeedsCare }
                .map { distinguishingPart(characters[index], from: $0) }
            var candidates = [DisplayWidth.truncateMiddle(name, to: width), DisplayWidth.truncate(name, to: width)]
            // The part that tells it from its nearest look-alike (the longest shared start) first.
            for part in parts.sorted(by: { $0.lowerBound > $1.lowerBound }) {
                // With the name's first word, with its first two characters, with nothing before it.
                for head in [firstWordEnd(characters[index], before: part.lowerBound), min(2, part.lowerBound), 0] {
                    candidates.append(jump(characters[index], to: part.lowerBound, head: head, width: width))
                }
            }
            return candidates.first { shown in peers.allSatisfy { keepsApart(shown, characters[index], from: $0) } }
                ?? candidates.dropFirst(2).first ?? candidates[0]
        }
    }

    /// Names that share this many first characters are the look-alikes a cut must keep apart.
    static let sharedStartThatNeedsCare = 4

    /// Whether `shown`, a cut of `name`, tells it from `other` at a glance: the part where they
    /// differ when they share their first four characters or more (`distinguishingPart`); else
    /// their start, which differs, or some visible piece of four letters or two Chinese
    /// characters that `other` does not have.
    static func keepsApart(_ shown: String, _ name: [Character], from other: [Character]) -> Bool {
        if sharedStart(name, other) >= sharedStartThatNeedsCare {
            return shown.contains(String(name[distinguishingPart(name, from: other)]))
        }
        if shown.hasPrefix(String(name.prefix(2))) { return true }
        let otherText = String(other)
        return shown.components(separatedBy: marker).contains { piece in
            DisplayWidth.of(piece) >= 4 && !otherText.contains(piece)
        }
    }

    static func sharedStart(_ a: [Character], _ b: [Character]) -> Int {
        var count = 0
        while count < a.count, count < b.count, a[count] == b[count] { count += 1 }
        return count
    }

    /// The characters of `name` that a cut must keep for it to be told from `other`: where the two
    /// first differ, the differing word (up to 12 columns) in Latin text or three characters in
    /// Chinese; where `name` is `other` with a piece left out, the characters around the gap.
    static func distinguishingPart(_ name: [Character], from other: [Character]) -> Range<Int> {
        var prefix = 0
        while prefix < name.count, prefix < other.count, name[prefix] == other[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < name.count - prefix, suffix < other.count - prefix, name[name.count - 1 - suffix] == other[other.count - 1 - suffix] { suffix += 1 }
        let end = name.count - suffix
        guard prefix < end else {
            // Nothing of its own: the place where the other has more.
            return max(0, prefix - 2)..<min(name.count, prefix + 2)
        }
        // A word starts at the last space before the difference, so the whole word is kept.
        var start = prefix
        if name[prefix].isLetter, name[prefix].isASCII {
            while start > 0, name[start - 1].isLetter, name[start - 1].isASCII { start -= 1 }
            var stop = prefix
            while stop < name.count, name[stop].isLetter, name[stop].isASCII, DisplayWidth.of(String(name[start...stop])) <= 12 { stop += 1 }
            return start..<max(stop, prefix + 1)
        }
        return start..<min(end, start + 3)
    }

    /// Where the first word ends (Latin), or after two characters (Chinese), before `limit`.
    static func firstWordEnd(_ name: [Character], before limit: Int) -> Int {
        guard name.first?.isASCII == true else { return min(2, limit) }
        var end = 0
        while end < limit, name[end] != " " { end += 1 }
        return end
    }

    /// The name's first `head` characters, the marker, then the name from `position` on, cut at
    /// the end if need be: `Standardised..hypertension patients`, `St..hypertension`.
    static func jump(_ name: [Character], to position: Int, head: Int, width: Int) -> String {
        let start = String(name[..<head]), rest = String(name[position...])
        let room = width - DisplayWidth.of(start) - marker.count
        guard room > marker.count else { return DisplayWidth.truncate(String(name), to: width) }
        guard DisplayWidth.of(rest) > room else { return start + marker + rest }
        return start + marker + DisplayWidth.truncate(rest, to: room)
    }
}
