import Foundation
import PlanTrack
import Testing
@testable import PlanTrackCLI

/// Under `--lang zh` or a Chinese locale every message is Chinese: errors, warnings, `validate`
/// output, the "wrote …" lines, suggestions and help. English stays complete under `--lang en`.
@Suite struct ChineseMessagesTests {
    static let chinese = ["LANG": "zh_CN.UTF-8"]

    /// Four English words in a row: a sentence left untranslated. File names, option names and
    /// indicator ids are one or two words, so they do not count.
    static func englishProse(in text: String) -> String? {
        text.range(of: #"[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+"#, options: .regularExpression).map { String(text[$0]) }
    }

    static let badFile = """
    指标,年份,数值,地区,多余一列
    人均期望寿命,2031,80.2,济南市,
    人均期望寿命,2022,12.3,济南市,
    人均寿数,2022,80,济南市,
    每千人口注册护士数,2022,abc,济南市,
    每千人口注册护士数,2023,4.4,高新,
    每千人口注册护士数,2023,4.5,高新区,

    """

    @Test func validateSpeaksChineseUnderLangZhAndAChineseLocale() {
        let folder = ScratchFolder()
        let file = folder.write("bad.csv", Self.badFile)
        for run in [Run(["validate", "--lang", "zh", file]), Run(["validate", file], environment: Self.chinese)] {
            #expect(run.code == .dataError)
            let lines = run.output.split(separator: "\n").map(String.init)
            #expect(lines.count == 7, "\(run.output)")
            for line in lines.dropLast() {
                #expect(line.contains(": 错误：") || line.contains(": 警告："), "\(line)")
            }
            #expect(lines.last == "1 个文件，4 个数值，0 个未报告：2 个错误，4 个警告")
            #expect(Self.englishProse(in: run.output) == nil, "\(run.output)")
            #expect(run.output.contains("bad.csv:1: 警告：“多余一列”不是 plan-track 读取的列，已忽略（可用的列：指标、年份、数值、地区、来源、备注）"))
            #expect(run.output.contains("bad.csv:4: 错误：未知指标“人均寿数”（是否指：人均期望寿命？）"))
            #expect(run.output.contains("bad.csv:7: 警告：地区“高新区”与“高新”相近，但被当作另一个地区；如果是同一地区，请统一写法"))
        }
        let english = Run(["validate", "--lang", "en", file])
        #expect(english.output.hasSuffix("1 file, 4 values, 0 not reported: 2 errors, 4 warnings\n"))
        #expect(!english.output.contains("警告") && !english.output.contains("错误"))
    }

    /// `plan-track --lang zh status`: the language given before the subcommand is the command's too.
    @Test func languageBeforeTheSubcommandAppliesToItsOutput() {
        let english = ["LANG": "en_US.UTF-8"]
        #expect(Run(["--lang", "zh", "status"], environment: english).output.hasPrefix("济南市“十四五”卫生健康规划 · 济南市 · "))
        #expect(Run(["--lang=zh", "status"], environment: english).output.hasPrefix("济南市“十四五”卫生健康规划 · 济南市 · "))
        #expect(Run(["--lang", "en", "status", "--lang", "zh"], environment: english).code == .success)
        #expect(Run(["--lang=zh", "help", "status"], environment: english).output.hasPrefix("概述："))
        #expect(Run(["--lang", "zh", "--help"], environment: english).output.hasPrefix("概述："))
    }

    @Test func errorsThatStopACommandAreChinese() {
        let folder = ScratchFolder()
        let file = folder.write("bad.csv", Self.badFile)
        let run = Run(["status", "--data", file], environment: Self.chinese)
        #expect(run.code == .dataError)
        #expect(run.errors.hasSuffix("plan-track：2 个错误；未做评估。\n"), "\(run.errors)")
        #expect(Self.englishProse(in: run.errors) == nil, "\(run.errors)")
        let missing = Run(["status", "--data", folder.path("none.csv"), "--lang", "zh"])
        #expect(missing.code == .noInput)
        #expect(missing.errors == "\(folder.path("none.csv")): 错误：无法打开文件：文件不存在\n")
    }

    @Test func usageErrorsOfTheDataOptionsAreChinese() {
        let year = Run(["status", "--year", "2031", "--lang", "zh"])
        #expect(year.code == .usage)
        #expect(year.errors.hasPrefix("错误：值“2031”不适用于“--year <year>”：规划期为 2020—2025 年；请给出规划期内的年份（终期评估用 2025）。\n"))
        let region = Run(["status", "--region", "高新区", "--lang", "zh"])
        #expect(region.errors.hasPrefix("错误：没有地区“高新区”的填报数值。可评估的地区：济南市、历下区、市中区、"), "\(region.errors)")
        let encoding = Run(["status", "--encoding", "big5", "--lang", "zh"])
        #expect(encoding.errors.hasPrefix("错误：值“big5”不适用于“--encoding <encoding>”。"))
    }

    @Test func wroteLinesAndRefusalsAreChinese() {
        let folder = ScratchFolder()
        let report = folder.path("2023.md")
        let run = Run(["report", "--out", report, "--lang", "zh"])
        #expect(run.code == .success)
        #expect(run.errors.hasPrefix("已写入 \(report)，以及 \(folder.path("2023-charts")) 中的 "), "\(run.errors)")
        let template = folder.path("填报.csv")
        #expect(Run(["template", "--out", template, "--lang", "zh"]).errors == "已写入 \(template)\n")
        let refused = Run(["template", "--out", template, "--lang", "zh"])
        #expect(refused.code == .cannotCreate)
        #expect(refused.errors.contains("错误：拒绝覆盖“\(template)”：文件已存在（是已填好的模板吗？）；确需覆盖请加 --force"))
    }

    @Test func checkSuggestionsAreChinese() {
        let run = Run(["check", "人均期望寿名"], environment: Self.chinese)
        #expect(run.code == .failure)
        #expect(run.errors.hasPrefix("错误：没有与“人均期望寿名”相符的指标。最接近的：\n"))
        #expect(run.errors.hasSuffix("  全部指标名称见“plan-track indicators”。\n"))
    }

    /// Every text of every command's help exists in Chinese, and the help shown follows the language.
    @Test func helpIsChineseForEveryCommand() {
        let specs = PlanTrackTool.commands.map(\.spec)
        for spec in specs {
            let messages = [spec.abstract] + (spec.discussion.map { [$0] } ?? []) + spec.arguments.map(\.help) + spec.options.map(\.help)
            for message in messages {
                #expect(message.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(spec.name): \(message.zh)")
                #expect(message.zh != message.en)
            }
            let help = Run(["help", spec.name], environment: Self.chinese).output
            #expect(help.hasPrefix("概述："), "\(spec.name)")
            #expect(help.contains("\n用法：plan-track \(spec.name)") && help.contains("\n选项：\n"))
            #expect(Self.englishProse(in: help) == nil, "\(spec.name): \(Self.englishProse(in: help) ?? "")")
            #expect(help.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, "\(spec.name)")
            #expect(Run([spec.name, "--help", "--lang", "zh"]).output == help)
            let english = Run([spec.name, "--help", "--lang", "en"], environment: Self.chinese).output
            #expect(english.hasPrefix("OVERVIEW: ") && english.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        }
        let tool = Run(["--help"], environment: Self.chinese).output
        #expect(tool.hasPrefix("概述：") && tool.contains("\n子命令：\n"))
        #expect(Self.englishProse(in: tool) == nil)
    }
}
