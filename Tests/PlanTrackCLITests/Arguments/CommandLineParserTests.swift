import Testing
@testable import PlanTrackCLI

@Suite struct CommandLineParserTests {
    static let spec = CommandSpec(name: "demo", abstract: "Demo.", arguments: [ArgumentSpec("name", help: "A name.", required: false)], options: [
        OptionSpec("--data", short: "-d", value: "file", help: "Data.", repeatable: true),
        OptionSpec("--year", value: "year", help: "Year."),
        OptionSpec("--format", value: "format", help: "Format.", choices: ["text", "json"]),
        OptionSpec("--strict", help: "Strict."),
    ])

    @Test func readsValuesFlagsAndPositionals() throws {
        let parsed = try CommandLineParser.parse(["-d", "a.csv", "--data=b.csv", "--year", "2023", "--strict", "x"], spec: Self.spec)
        #expect(parsed.all("--data") == ["a.csv", "b.csv"])
        #expect(parsed.value("--year") == "2023")
        #expect(parsed.flag("--strict"))
        #expect(parsed.positionals == ["x"])
    }

    @Test func dashIsStandardInputAndDoubleDashEndsOptions() throws {
        let parsed = try CommandLineParser.parse(["--data", "-", "--", "--strict"], spec: Self.spec)
        #expect(parsed.all("--data") == ["-"])
        #expect(parsed.positionals == ["--strict"])
        #expect(!parsed.flag("--strict"))
    }

    @Test(arguments: [
        (["--yaer", "2023"], "Unknown option '--yaer'. Did you mean '--year'?"),
        (["--zzzzzzzz"], "Unknown option '--zzzzzzzz'."),
        (["--year"], "Missing value for '--year <year>'."),
        (["--year", "--strict"], "Missing value for '--year <year>'."),
        (["--format", "xml"], "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json'."),
        (["--year", "1", "--year", "2"], "'--year' is given more than once."),
        (["--strict=yes"], "The flag '--strict' takes no value."),
        (["a", "b"], "Unexpected argument 'b'."),
    ])
    func reportsUsageErrors(arguments: [String], message: String) {
        #expect(throws: UsageError(message)) { try CommandLineParser.parse(arguments, spec: Self.spec) }
    }

    @Test func requiredArgumentsMustBeGiven() {
        let spec = CommandSpec(name: "check", abstract: "", arguments: [ArgumentSpec("indicator", help: "")], options: [])
        #expect(throws: UsageError("Missing expected argument '<indicator>'.")) { try CommandLineParser.parse([], spec: spec) }
        #expect((try? CommandLineParser.parse(["--help"], spec: spec))?.flag("--help") == true)
    }

    @Test func helpIsLaidOutLikeSwiftArgumentParser() {
        let help = HelpFormatter.help(for: Self.spec, toolName: "tool")
        #expect(help == """
        OVERVIEW: Demo.

        USAGE: tool demo [--data <file> ...] [--year <year>] [--format <format>] [--strict] [<name>]

        ARGUMENTS:
          <name>                  A name.

        OPTIONS:
          -d, --data <file>       Data.
          --year <year>           Year.
          --format <format>       Format.
          --strict                Strict.
          -h, --help              Show help information.

        """)
    }

    @Test func longLabelsPutTheTextOnTheNextLine() {
        #expect(HelpFormatter.row("--a-very-long-option <value>", "Text.") == "  --a-very-long-option <value>\n                          Text.\n")
    }
}
