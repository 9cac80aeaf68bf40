import Foundation
import Testing
@testable import PlanTrack

@Suite struct InputBytesTests {
    @Test func aMappedFileHasTheFileBytes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-track-map-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: url)
        guard case .success(let input) = FileInput.read(url.path) else {
            Issue.record("the file could not be read")
            return
        }
        #expect(input.array == bytes)
        #expect(input.dropFirst(3).array == Array(bytes.dropFirst(3)))
    }

    @Test func anEmptyFileIsEmpty() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-track-empty-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data().write(to: url)
        guard case .success(let input) = FileInput.read(url.path) else {
            Issue.record("the file could not be read")
            return
        }
        #expect(input.count == 0)
    }

    /// A copy outlives the value it came from: the memory goes with the last one.
    @Test func copiesShareTheMemoryAndKeepItAlive() {
        var copy: InputBytes?
        do {
            let original = InputBytes(copying: Array("abc".utf8))
            copy = original.dropFirst(1)
        }
        #expect(copy?.array == Array("bc".utf8))
    }
}
