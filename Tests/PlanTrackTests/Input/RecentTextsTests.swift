import Testing
@testable import PlanTrack

@Suite struct RecentTextsTests {
    @Test func remembersUntilANewerTextTakesTheSlot() throws {
        var texts = RecentTexts()
        let words = (0..<5_000).map { Array("来源\($0)".utf8) }
        func hash(_ word: [UInt8]) -> UInt64 { word.withUnsafeBufferPointer { ByteStringTable.hash($0.baseAddress!, $0.count) } }
        func id(_ word: [UInt8]) -> Int32? { word.withUnsafeBufferPointer { texts.id($0.baseAddress!, $0.count, hash: hash(word)) } }
        #expect(id(words[0]) == nil)
        words[0].withUnsafeBufferPointer { texts.remember($0.baseAddress!, $0.count, hash: hash(words[0]), id: 7) }
        #expect(id(words[0]) == 7)
        #expect(id(words[1]) == nil)
        // Another text whose hash picks the same slot pushes the first one out.
        let rival = try #require(words.dropFirst().first { hash($0) & 4095 == hash(words[0]) & 4095 })
        rival.withUnsafeBufferPointer { texts.remember($0.baseAddress!, $0.count, hash: hash(rival), id: 8) }
        #expect(id(rival) == 8)
        #expect(id(words[0]) == nil)
    }

    /// Same length and slot, different bytes: never taken for each other.
    @Test func comparesTheBytesNotJustTheHash() {
        var texts = RecentTexts()
        let first = Array("abcdefgh12".utf8), second = Array("abcdefgh13".utf8)
        first.withUnsafeBufferPointer { texts.remember($0.baseAddress!, $0.count, hash: 42, id: 1) }
        #expect(second.withUnsafeBufferPointer { texts.id($0.baseAddress!, $0.count, hash: 42) } == nil)
        #expect(first.withUnsafeBufferPointer { texts.id($0.baseAddress!, $0.count, hash: 42) } == 1)
    }
}
