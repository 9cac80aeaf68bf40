import Testing
@testable import PlanTrack

@Suite struct SegmentsTests {
    /// Against one joined array, with empty pieces left out and single elements appended.
    @Test func readsAcrossPiecesAsOneSequence() {
        var generator = SeededGenerator(seed: 3)
        var segments = Segments<Int>()
        var joined: [Int] = []
        for _ in 0..<200 {
            if Bool.random(using: &generator) {
                let piece = (0..<Int.random(in: 0...5, using: &generator)).map { _ in Int.random(in: 0...1000, using: &generator) }
                segments.append(piece: piece)
                joined += piece
            } else {
                let element = Int.random(in: 0...1000, using: &generator)
                segments.append(element)
                joined.append(element)
            }
            #expect(segments.count == joined.count)
        }
        #expect(joined.indices.map { segments[$0] } == joined)
        #expect(!segments.pieces.contains { $0.isEmpty })
    }
}
