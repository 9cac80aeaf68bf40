import Testing
@testable import PlanTrack

@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 2, 7, 64])
    func resultsComeBackInIndexOrder(count: Int) {
        #expect(Parallel.map(count) { $0 * $0 } == (0..<count).map { $0 * $0 })
    }
}
