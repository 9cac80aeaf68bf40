import Testing
@testable import PlanTrackCLI

@Suite struct PlanTrackToolTests {
    @Test func helpAndVersion() {
        let help = Run(["--help"])
        #expect(help.code == .success)
        #expect(help.output.hasPrefix("OVERVIEW: "))
        #expect(help.output.contains("SUBCOMMANDS:\n  status"))
        #expect(help.output.contains("See 'plan-track help <subcommand>' for detailed help."))
        #expect(Run([]).output == help.output)
        #expect(Run(["--version"]).output == "\(PlanTrackTool.version)\n")
    }

    @Test func subcommandHelpThreeWays() {
        let viaHelp = Run(["help", "status"])
        #expect(viaHelp.code == .success)
        #expect(viaHelp.output.hasPrefix("OVERVIEW: Show where every indicator"))
        #expect(viaHelp.output.contains("USAGE: plan-track status"))
        #expect(viaHelp.output.contains("OPTIONS:\n  -d, --data <file>"))
        #expect(Run(["status", "--help"]).output == viaHelp.output)
        #expect(Run(["status", "-h"]).output == viaHelp.output)
    }

    @Test func unknownSubcommandSuggestsTheNearest() {
        let run = Run(["stauts"])
        #expect(run.code == .usage)
        #expect(run.errors.hasPrefix("Error: Unknown subcommand 'stauts'. Did you mean 'status'?\n"))
        #expect(Run(["help", "reprot"]).code == .usage)
        #expect(Run(["--verison"]).errors.contains("Did you mean '--version'?"))
    }

    @Test func unknownOptionSuggestsTheNearestAndExits64() {
        let run = Run(["status", "--stirct"])
        #expect(run.code == .usage)
        #expect(run.errors == """
        Error: Unknown option '--stirct'. Did you mean '--strict'?
        Usage: plan-track status [--data <file> ...] [--plan <file>] [--year <year>]
                                 [--region <region>] [--encoding <encoding>]
                                 [--sheet <sheet>] [--lang <lang>] [--format <format>]
                                 [--out <file>] [--force] [--strict] [--by <grouping>]
          See 'plan-track status --help' for more information.

        """)
    }

    @Test func usageErrorsAreInChineseUnderLangZhOrAChineseLocale() {
        let expected = """
        错误：未知选项“--stirct”。是否指“--strict”？
        用法：plan-track status [--data <file> ...] [--plan <file>] [--year <year>]
                                [--region <region>] [--encoding <encoding>]
                                [--sheet <sheet>] [--lang <lang>] [--format <format>]
                                [--out <file>] [--force] [--strict] [--by <grouping>]
          详见“plan-track status --help”。

        """
        #expect(Run(["status", "--stirct", "--lang", "zh"]).errors == expected)
        #expect(Run(["status", "--stirct"], environment: ["LANG": "zh_CN.UTF-8"]).errors == expected)
        #expect(Run(["--lang", "zh", "statu"]).errors.hasPrefix("错误：未知子命令“statu”。是否指“status”？\n用法："))
    }

    @Test func everySubcommandHasHelp() {
        for command in PlanTrackTool.commands {
            let run = Run([command.spec.name, "--help"])
            #expect(run.code == .success)
            #expect(run.output.contains("USAGE: plan-track \(command.spec.name)"))
        }
    }

    @Test func indicatorsListsThePlan() {
        let text = Run(["indicators", "--lang", "zh"])
        #expect(text.code == .success)
        #expect(text.output.contains("每千人口药师（士）数"))
        #expect(text.output.contains("≤ 25.5%"))
        let json = Run(["indicators", "--format", "json"])
        #expect(json.output.contains("\"ceilingSource\""))
    }
}
