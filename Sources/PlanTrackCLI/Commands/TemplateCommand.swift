import Foundation
import PlanTrack

/// `plan-track template`: a CSV ready for data entry in Excel.
enum TemplateCommand {
    static let year = OptionSpec("--year", short: "-y", value: "year", help: Message("数值所属年份，须在规划期内。（默认：上一个日历年，\n不晚于规划的目标年）", "The year the values are for, within the plan's period.\n(default: last calendar year, at most the target year)"))
    static let region = OptionSpec("--region", short: "-r", value: "region", help: Message("数值所属地区。（默认：规划所属地区）", "The region the values are for. (default: the plan's region)"))
    static let regions = OptionSpec("--regions", value: "regions", help: Message(
        "为多个地区各生成一组行：all 表示规划所属地区及其全部区县，或用逗号分隔的地区名。",
        "Rows for several regions: all for the plan's region and every district, or names separated by commas."))
    static let out = OptionSpec("--out", short: "-o", value: "file", help: Message("写入此文件。（默认：标准输出）", "Write to this file. (default: standard output)"))
    static let force = OptionSpec("--force", help: Message("--out 文件已存在时覆盖它；与 --notes 一起用时扩展它，保留已有各行。（默认：拒绝，以免丢失已填好的文件）",
        "Replace the --out file if it exists; with --notes, extend it, keeping every row it has. (default: refuse, so a filled-in file is never lost)"))
    static let notes = OptionSpec("--notes", help: Message("生成分析说明文件：该年每项未完成或滞后的指标一行（附状态），以及主要成效、存在问题、下一步工作各一行。",
        "Write the analysts' notes file to fill: a row for each indicator not met or lagging in the year (with its status), and one each for achievements, problems and next steps."))

    static let spec = CommandSpec(
        name: "template",
        abstract: Message("生成数据填报用的 CSV 或 Excel 工作簿：每项指标一行，数值列留空。", "Write a CSV or an Excel workbook for data entry: one row per indicator, the value column empty."),
        discussion: Message("CSV 为 UTF-8 带字节顺序标记（BOM），Excel 打开时中文不乱码。填好后均可直接作为 --data 的输入。",
                            "The CSV is UTF-8 with a byte-order mark, so that Excel opens it with the Chinese intact. Filled in, either is valid input for --data."),
        options: [
            year, region, regions, out, force, notes,
            OptionSpec("--format", value: "format", help: Message(
                "csv：CSV 文件（默认）；xlsx：Excel 工作簿，除数值、来源、备注外均锁定，数值单元格有范围校验和提示，另附填写说明。",
                "csv: a CSV file (default); xlsx: an Excel workbook, locked but for the value, source and note, each value cell checked for its range and prompting its unit and target, with a sheet of instructions."),
                       choices: ["csv", "xlsx"]),
            DataOptions.data, DataOptions.plan, DataOptions.encoding, DataOptions.sheet, DataOptions.language,
        ])

    struct Options {
        let data: DataSelection
        let out: String?
        /// Replace `out` when it exists.
        let force: Bool
        /// `all`, or region names separated by commas.
        let regions: String?

        init(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) {
            data = try DataSelection(arguments, console: console)
            out = arguments.value(TemplateCommand.out)
            force = arguments.flag(TemplateCommand.force)
            regions = arguments.value(TemplateCommand.regions)
            if regions != nil, arguments.value(TemplateCommand.region) != nil {
                throw .usage(Message("“--region”与“--regions”只能给一个。", "Give '--region' or '--regions', not both."))
            }
        }
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let options = try Options(arguments, console: console)
        if arguments.flag(TemplateCommand.notes) { return try notes(options, console: console) }
        let plan = try DataOptions.plan(options.data)
        // A year outside the plan's period is refused, as everywhere; by default last calendar
        // year, within the period (after it, the final year: the values of the final evaluation).
        let lastYear = Calendar(identifier: .gregorian).component(.year, from: Date()) - 1
        let year = try DataOptions.year(options.data.year, within: plan.period, plan: plan) ?? min(max(lastYear, plan.baselineYear), plan.targetYear)
        var regions = [options.data.region.map { plan.regionName(for: TextNormalization.trimmed($0)) } ?? plan.region]
        if let list = options.regions {
            regions = list == "all" ? [plan.region] + plan.districts.map(\.name)
                : list.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map { plan.regionName(for: TextNormalization.trimmed(String($0))) }.filter { !$0.isEmpty }
            // Names resolve first: 济阳 and Jiyang are one region, and it gets one set of rows.
            var seen: Set<String> = []
            regions = regions.filter { seen.insert($0).inserted }
            if regions.isEmpty { throw .usage(Message("“--regions”没有给出地区。", "'--regions' names no region.")) }
        }
        if !options.data.files.isEmpty {
            throw .usage(Message("“--data”只用于 --notes：数据填报模板不需要数据。", "'--data' is for --notes only: a data-entry template needs no data."))
        }
        if options.data.format == .xlsx {
            guard let out = options.out else {
                throw .usage(Message("Excel 工作簿须用“--out”写入文件，例如 --out 填报.xlsx。", "A workbook goes to a file: give '--out', e.g. --out values.xlsx."))
            }
            let bytes = WorkbookWriter.write(DataEntryWorkbook.workbook(plan, year: year, regions: regions, language: options.data.language))
            try OutputFile.write(bytes, to: out, inputs: options.data.inputs, replacing: options.force)
            console.writeError(Message("已写入 \(out)", "wrote \(out)").text(in: options.data.language) + "\n")
            return .success
        }
        let text = DataEntryTemplate.render(plan, year: year, regions: regions, language: options.data.language)
        if let out = options.out {
            try OutputFile.write(text, to: out, inputs: options.data.inputs, replacing: options.force)
            console.writeError(Message("已写入 \(out)", "wrote \(out)").text(in: options.data.language) + "\n")
        } else {
            console.write(text)
        }
        return .success
    }

    /// The notes file for a year: the indicators that need explaining, from the data's assessment.
    /// An existing `--out` file is extended with `--force`, never replaced: its rows all stay.
    private static func notes(_ options: Options, console: Console) throws(CommandFailure) -> ExitCode {
        let loaded = try DataOptions.load(options.data, console: console)
        let result = loaded.assessor.assess(region: loaded.region, year: loaded.year)
        var existing: [UInt8]?
        if let out = options.out, FileManager.default.fileExists(atPath: out) {
            guard options.force else {
                throw .cannotWrite(Message("“\(out)”已存在：加 --force 以扩展它（已有各行全部保留）", "'\(out)' exists: give --force to extend it (every row it has is kept)"))
            }
            do {
                existing = try FileInput.contents(out)
            } catch {
                throw .input(error)
            }
        }
        let text: String
        do {
            text = try NotesTemplate.render(result, language: loaded.language, extending: existing, file: options.out ?? "")
        } catch {
            throw .input(error)
        }
        if let out = options.out {
            try OutputFile.write(text, to: out, inputs: options.data.inputs)
            console.writeError(Message("已写入 \(out)", "wrote \(out)").text(in: loaded.language) + "\n")
        } else {
            console.write(text)
        }
        return .success
    }
}
