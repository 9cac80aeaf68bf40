import Foundation
import Testing
@testable import PlanTrack

/// DEFLATE both ways: streams zlib made (every block type and strategy) inflate to their
/// originals; what plan-track deflates inflates back, on seeded random inputs; damaged streams
/// fail with a reason, never a crash.
@Suite struct DeflateTests {
    struct Case: Decodable, CustomStringConvertible {
        let name: String
        let original: String
        let deflated: String
        var description: String { name }
    }

    static let zlibCases: [Case] = {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/PlanTrackTests/Fixtures/zlib-streams.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    @Test func theZlibStreamsAreThere() {
        #expect(Self.zlibCases.count == 37)
    }

    @Test(arguments: DeflateTests.zlibCases)
    func zlibStreamsInflateToTheirOriginals(_ stream: Case) throws {
        let original = try #require(Data(base64Encoded: stream.original)), deflated = try #require(Data(base64Encoded: stream.deflated))
        #expect(try Inflater.inflate([UInt8](deflated)) == [UInt8](original))
    }

    @Test func whatItDeflatesInflatesBack() throws {
        var generator = SeededGenerator(seed: 1951)
        for round in 0..<300 {
            let count = Int.random(in: 0...(round < 250 ? 3_000 : 120_000), using: &generator)
            // From random bytes to long repeats: the alphabet's size decides how much repeats.
            let alphabet = [2, 4, 16, 256][round % 4]
            var input = (0..<count).map { _ in UInt8(Int.random(in: 0..<alphabet, using: &generator)) }
            if round % 5 == 0, count > 100 { input += input.prefix(count / 2) }
            let deflated = Deflater.deflate(input)
            #expect(try Inflater.inflate(deflated) == input, "round \(round), \(input.count) bytes")
            if alphabet == 2, input.count > 1000 { #expect(deflated.count < input.count / 3) }
        }
    }

    @Test func damagedStreamsFailWithAReason() throws {
        var generator = SeededGenerator(seed: 7)
        let xml = Array(String(repeating: "<w:t>人均期望寿命 80.2</w:t>", count: 400).utf8)
        let good = Deflater.deflate(xml)
        var failures = 0
        for _ in 0..<2_000 {
            var damaged = good
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: damaged = Array(damaged.prefix(Int.random(in: 0..<damaged.count, using: &generator)))
            case 1: damaged[Int.random(in: 0..<damaged.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
            default: damaged = (0..<Int.random(in: 1...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            }
            do {
                _ = try Inflater.inflate(damaged, limit: 1 << 20)
            } catch {
                failures += 1
                #expect(!error.reason.isEmpty)
            }
        }
        #expect(failures > 500, "most damage is caught")
        #expect(throws: InflateError.self) { try Inflater.inflate([0x07]) }  // block type 3
        #expect(throws: InflateError.self) { try Inflater.inflate(Deflater.deflate([UInt8](repeating: 0, count: 100_000)), limit: 1_000) }
    }
}
