import PlanTrack
import Testing
@testable import PlanTrackCLI

@Suite struct CommandLineParserTests {
    static let spec = CommandSpec(name: "demo", abstract: Message("演示。", "Demo."), arguments: [ArgumentSpec("name", help: Message("名称。", "A name."), required: false)], options: [
        OptionSpec("--data", short: "-d", value: "file", help: Message("数据。", "Data."), repeatable: true),
        OptionSpec("--year", value: "year", help: Message("年份。", "Year.")),
        OptionSpec("--format", value: "format", help: Message("格式。", "Format."), choices: ["text", "json"]),
        OptionSpec("--strict", help: Message("严格。", "Strict.")),
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
        (["--yaer", "2023"], "未知选项“--yaer”。是否指“--year”？", "Unknown option '--yaer'. Did you mean '--year'?"),
        (["--zzzzzzzz"], "未知选项“--zzzzzzzz”。", "Unknown option '--zzzzzzzz'."),
        (["--year"], "“--year <year>”缺少值。", "Missing value for '--year <year>'."),
        (["--year", "--strict"], "“--year <year>”缺少值。", "Missing value for '--year <year>'."),
        (["--format", "xml"], "值“xml”不适用于“--format <format>”。请给出以下之一：“text”、“json”。",
         "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json'."),
        (["--year", "1", "--year", "2"], "“--year”给了不止一次。", "'--year' is given more than once."),
        (["--strict=yes"], "开关“--strict”不带值。", "The flag '--strict' takes no value."),
        (["a", "b"], "多余的参数“b”。", "Unexpected argument 'b'."),
    ])
    func reportsUsageErrorsInBothLanguages(arguments: [String], chinese: String, english: String) {
        #expect(throws: UsageError(Message(chinese, english))) { try CommandLineParser.parse(arguments, spec: Self.spec) }
    }

    @Test func requiredArgumentsMustBeGiven() {
        let spec = CommandSpec(name: "check", abstract: Message("", ""), arguments: [ArgumentSpec("indicator", help: Message("", ""))], options: [])
        #expect(throws: UsageError(Message("缺少参数“<indicator>”。", "Missing expected argument '<indicator>'."))) { try CommandLineParser.parse([], spec: spec) }
        #expect((try? CommandLineParser.parse(["--help"], spec: spec))?.flag("--help") == true)
    }

    @Test func helpInChineseHasChineseHeadingsAndTexts() {
        let help = HelpFormatter.help(for: Self.spec, toolName: "tool", language: .zh)
        #expect(help == """
        概述：演示。

        用法：tool demo [--data <file> ...] [--year <year>] [--format <format>]
                        [--strict] [<name>]

        参数：
          <name>                  名称。

        选项：
          -d, --data <file>       数据。
          --year <year>           年份。
          --format <format>       格式。
          --strict                严格。
          -h, --help              显示帮助信息。

        """)
    }

    @Test func helpIsLaidOutLikeSwiftArgumentParser() {
        let help = HelpFormatter.help(for: Self.spec, toolName: "tool", language: .en)
        #expect(help == """
        OVERVIEW: Demo.

        USAGE: tool demo [--data <file> ...] [--year <year>] [--format <format>]
                         [--strict] [<name>]

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
