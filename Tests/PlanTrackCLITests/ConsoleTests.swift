import Testing
@testable import PlanTrackCLI

@Suite struct ConsoleTests {
    private final class Probe {}

    /// Only the process's own console keeps values until exit; tests' consoles free them.
    @Test func onlyTheStandardConsoleRetainsUntilExit() {
        weak var captured: Probe?
        weak var standard: Probe?
        let capturedConsole = CapturedConsole()
        let standardConsole = StandardConsole(environment: [:])
        do {
            let first = Probe(), second = Probe()
            captured = first
            standard = second
            capturedConsole.retainUntilExit(first)
            standardConsole.retainUntilExit(second)
        }
        #expect(captured == nil)
        #expect(standard != nil)
    }

    @Test func bytesWrittenAsUTF8ReadAsText() {
        let console = CapturedConsole()
        console.write(utf8: Array("济南 ‰\n".utf8))
        #expect(console.output == "济南 ‰\n")
    }
}
