import Foundation
import PlanTrack

/// `plan-track template`: a CSV ready for data entry in Excel.
enum TemplateCommand {
    static let spec = CommandSpec(
        name: "template",
        abstract: Message("生成数据填报用的 CSV：每项指标一行，数值列留空。", "Write a CSV for data entry: one row per indicator, the value column empty."),
        discussion: Message("UTF-8 带字节顺序标记（BOM），Excel 打开时中文不乱码。填好后可直接作为 --data 的输入。",
                            "UTF-8 with a byte-order mark, so that Excel opens it with the Chinese intact. Filled in, it is valid input for --data."),
        options: [
            OptionSpec("--year", short: "-y", value: "year", help: Message("数值所属年份。（默认：上一个日历年）", "The year the values are for. (default: last calendar year)")),
            OptionSpec("--region", short: "-r", value: "region", help: Message("数值所属地区。（默认：规划所属地区）", "The region the values are for. (default: the plan's region)")),
            OptionSpec("--out", short: "-o", value: "file", help: Message("写入此文件。（默认：标准输出）", "Write to this file. (default: standard output)")),
            OptionSpec("--force", help: Message("--out 文件已存在时覆盖它。（默认：拒绝，以免丢失已填好的文件）",
                                                "Replace the --out file if it exists. (default: refuse, so a filled-in file is never lost)")),
            DataOptions.plan, DataOptions.language,
        ])

    struct Options {
        let data: DataSelection
        let out: String?
        /// Replace `out` when it exists.
        let force: Bool

        init(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) {
            data = try DataSelection(arguments, console: console)
            out = arguments.value("--out")
            force = arguments.flag("--force")
        }
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let options = try Options(arguments, console: console)
        let plan = try DataOptions.plan(options.data)
        let year = try DataOptions.year(options.data.year, within: plan.acceptedYears, plan: plan) ?? (Calendar(identifier: .gregorian).component(.year, from: Date()) - 1)
        let region = options.data.region.map(TextNormalization.trimmed) ?? plan.region
        let text = DataEntryTemplate.render(plan, year: year, region: region, language: options.data.language)
        if let out = options.out {
            try OutputFile.write(text, to: out, inputs: options.data.inputs, replacing: options.force)
            console.writeError(Message("已写入 \(out)", "wrote \(out)").text(in: options.data.language) + "\n")
        } else {
            console.write(text)
        }
        return .success
    }
}
