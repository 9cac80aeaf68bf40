import Testing
@testable import PlanTrackCLI

@Suite struct ConsoleTests {
    @Test func bytesWrittenAsUTF8ReadAsText() {
        let console = CapturedConsole()
        console.write(utf8: Array("济南 ‰\n".utf8))
        #expect(console.output == "济南 ‰\n")
    }
}
