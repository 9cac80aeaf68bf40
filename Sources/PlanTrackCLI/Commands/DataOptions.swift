import PlanTrack

/// The options every command that assesses data shares, and loading what they name.
enum DataOptions {
    static let data = OptionSpec("--data", short: "-d", value: "file", help: Message(
        "填报数值的 CSV 文件或 Excel 工作簿（.xlsx）；多个文件可重复给出，- 表示标准输入。\n（默认：plan-track 自带的数值）",
        "A CSV file or Excel workbook (.xlsx) of reported values; repeat for several files, - reads standard input.\n(default: the values shipped with plan-track)"), repeatable: true)
    static let plan = OptionSpec("--plan", value: "file", help: Message(
        "规划文件，格式见 docs/plan-format.md。（默认：plan-track 自带的规划）",
        "A plan file, in the format of docs/plan-format.md. (default: the plan shipped with plan-track)"))
    static let year = OptionSpec("--year", short: "-y", value: "year", help: Message(
        "评估年份，须在规划期内。\n（默认：规划期内该地区有数值的最近一年）",
        "The evaluation year, within the plan's period.\n(default: the latest year of the period with a value for the region)"))
    static let region = OptionSpec("--region", short: "-r", value: "region", help: Message(
        "要评估的地区。（默认：规划所属地区）", "The region to assess. (default: the plan's region)"))
    /// The encodings by the names users type, from the type.
    static let encodingNames = TextEncoding.allCases.map(\.userName)
    static let encoding = OptionSpec("--encoding", value: "encoding", help: Message(
        "按此编码读取数据文件：\(encodingNames.dropLast().joined(separator: "、")) 或 \(encodingNames.last ?? "")。\n（默认：自动识别）",
        "Read the data files in this encoding: \(encodingNames.dropLast().joined(separator: ", ")) or \(encodingNames.last ?? "").\n(default: detected)"),
        completions: encodingNames)
    static let language = OptionSpec("--lang", value: "lang", help: Message(
        "输出语言：zh（中文）或 en（英文）。\n（默认：LANG 以 zh 开头时为中文，否则为英文）",
        "Language of everything printed: zh or en.\n(default: zh when LANG starts with zh, else en)"), choices: ["zh", "en"])
    static let format = OptionSpec("--format", value: "format", help: Message(
        "输出格式：text（文本）或 json。（默认：text）", "Output format: text or json. (default: text)"), choices: ["text", "json"])

    static let sheet = OptionSpec("--sheet", value: "sheet", help: Message(
        "只读工作簿中的这张工作表。（默认：每张有表头的可见工作表）",
        "Read only this sheet of each workbook. (default: every visible sheet with a header)"))

    static let all = [data, plan, year, region, encoding, sheet, language, format]

    /// `--out` and `--force` for a workbook, which goes to a file.
    static let workbookOut = OptionSpec("--out", short: "-o", value: "file", help: Message(
        "写入此文件（xlsx 须给出）。", "Write to this file (needed for xlsx)."))
    static let force = OptionSpec("--force", help: Message("--out 文件已存在时覆盖它。", "Replace the --out file if it exists."))

    /// A workbook to the `--out` file: refused without one, as it is no text for a terminal.
    static func writeWorkbook(_ workbook: Workbook, arguments: ParsedArguments, selection: DataSelection, console: Console) throws(CommandFailure) {
        guard let out = arguments.value(DataOptions.workbookOut) else {
            throw .usage(Message("Excel 工作簿须用“--out”写入文件，例如 --out 评估.xlsx。", "A workbook goes to a file: give '--out', e.g. --out assessment.xlsx."))
        }
        try OutputFile.write(WorkbookWriter.write(workbook), to: out, inputs: selection.inputs, replacing: arguments.flag(DataOptions.force))
        console.writeError(Message("已写入 \(out)", "wrote \(out)").text(in: selection.language) + "\n")
    }

    static let notes = OptionSpec("--notes", value: "file", help: Message(
        "分析人员的说明文件（指标,年份,原因分析,下一步措施,责任单位,完成时限），放入报告相应位置。",
        "The analysts' notes (indicator, year, cause, measures, responsible, deadline), placed in the report where they belong."))

    /// The notes file named by `--notes`, its warnings to standard error; nil without one.
    static func notes(_ arguments: ParsedArguments, plan: Plan, selection: DataSelection, console: Console) throws(CommandFailure) -> AnalystNotes? {
        guard let path = arguments.value(DataOptions.notes) else { return nil }
        do {
            let notes = try AnalystNotes(contentsOf: path, plan: plan, encoding: selection.encoding)
            for warning in notes.warnings { console.writeError(warning.text(in: selection.language) + "\n") }
            return notes
        } catch {
            throw .input(error)
        }
    }

    /// The plan, the data and the region and year to assess, ready for an `Assessor`.
    struct Loaded {
        let plan: Plan
        let data: ReportedData
        let region: String
        let year: Int
        let language: Language
        let format: OutputFormat
        var assessor: Assessor { Assessor(plan: plan, data: data) }
    }

    static func plan(_ selection: DataSelection) throws(CommandFailure) -> Plan {
        guard let path = selection.planPath else { return ShippedData.plan }
        do {
            return try PlanFile.load(path)
        } catch {
            throw .input(error)
        }
    }

    /// Reads every data file; errors stop the command, warnings go to standard error.
    static func readData(_ selection: DataSelection, plan: Plan, console: Console) throws(CommandFailure) -> ReportedData {
        var reader = ReportedValuesReader(plan: plan)
        if selection.files.isEmpty {
            reader.read(Array(ShippedData.reportedValuesCSV.utf8), file: ShippedData.reportedValuesName)
        } else {
            reader.sheet = selection.sheet
            for file in selection.files { reader.readFile(file, encoding: selection.encoding) }
        }
        let (data, diagnostics) = reader.finish()
        if diagnostics.contains(where: { $0.severity == .error }) {
            // A file that changed while read: only that is said, and nothing read is used.
            throw .input(InputError(kind: reader.errorKind, diagnostics: reader.errorKind == .changedWhileRead ? reader.changedFiles : diagnostics))
        }
        for warning in diagnostics { console.writeError(warning.text(in: selection.language) + "\n") }
        return data
    }

    static func load(_ selection: DataSelection, console: Console) throws(CommandFailure) -> Loaded {
        let plan = try plan(selection)
        let data = try readData(selection, plan: plan, console: console)
        let region = try region(selection.region.map { plan.regionName(for: TextNormalization.trimmed($0)) }, plan: plan, data: data)
        let year = try year(selection.year, within: plan.period, plan: plan) ?? Assessor(plan: plan, data: data).defaultYear(region: region)
        return Loaded(plan: plan, data: data, region: region, year: year, language: selection.language, format: selection.format)
    }

    /// The year asked for, when it lies in `years`: the plan's period for an assessment (a year
    /// after it is refused rather than read as the final year, so nobody mistakes 2031 for 2025),
    /// any accepted year for a data-entry template.
    static func year(_ year: Int?, within years: ClosedRange<Int>, plan: Plan) throws(CommandFailure) -> Int? {
        guard let year else { return nil }
        guard years.contains(year) else {
            if years == plan.period {
                throw .usage(Message("值“\(year)”不适用于“--year <year>”：规划期为 \(plan.baselineYear)—\(plan.targetYear) 年；请给出规划期内的年份（终期评估用 \(plan.targetYear)）。",
                                     "The value '\(year)' is invalid for '--year <year>': the plan runs from \(plan.baselineYear) to \(plan.targetYear); give a year in that period (\(plan.targetYear) for the final evaluation)."))
            }
            throw DataSelection.invalidYear(String(year))
        }
        return year
    }

    static func region(_ asked: String?, plan: Plan, data: ReportedData) throws(CommandFailure) -> String {
        guard let asked else { return plan.region }
        let region = TextNormalization.trimmed(asked)
        if region == plan.region || plan.districts.contains(where: { $0.name == region }) || data.contains(region: region) {
            if region == plan.referenceRegion, !plan.referenceRegion.isEmpty {
                throw .usage(Message("\(region) 是参照地区：其数值只用于比较，不做评估。", "\(region) is the reference region: its values are compared with, not assessed."))
            }
            return region
        }
        let known = plan.comparedRegions(data.regions)
        var message = Message("没有地区“\(region)”的填报数值。可评估的地区：\(known.joined(separator: "、"))。",
                              "No reported values for the region '\(region)'. Regions that can be assessed: \(known.joined(separator: ", ")).")
        if let nearest = CommandLineParser.nearest(region, among: known) { message = message + CommandLineParser.didYouMean(nearest) }
        throw .usage(message)
    }
}

/// What the shared options say, read once from the command line: the one place their names
/// are looked up. Options a command does not take are simply absent.
struct DataSelection {
    /// `--data`, or for `validate` its file arguments; empty means the shipped values.
    var files: [String]
    var planPath: String?
    var year: Int?
    var region: String?
    var encoding: TextEncoding?
    /// `--sheet`: the one sheet to read from each workbook.
    var sheet: String?
    var language: Language
    var format: OutputFormat

    init(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) {
        files = arguments.all(DataOptions.data)
        planPath = arguments.value(DataOptions.plan)
        if let text = arguments.value(DataOptions.year) {
            guard let year = Int(text) else { throw Self.invalidYear(text) }
            self.year = year
        }
        region = arguments.value(DataOptions.region)
        sheet = arguments.value(DataOptions.sheet)
        notesPath = arguments.value(DataOptions.notes)
        if let name = arguments.value(DataOptions.encoding) {
            guard let encoding = TextEncoding(name: name) else {
                throw .usage(Message("值“\(name)”不适用于“--encoding <encoding>”。请给出以下之一：\(DataOptions.encodingNames.map { "“\($0)”" }.joined(separator: "、"))。",
                                     "The value '\(name)' is invalid for '--encoding <encoding>'. Please provide one of \(DataOptions.encodingNames.map { "'\($0)'" }.joined(separator: ", "))."))
            }
            self.encoding = encoding
        }
        language = arguments.value(DataOptions.language).flatMap(Language.init(rawValue:)) ?? Language.fromEnvironment(console.environment)
        format = arguments.value(DataOptions.format).flatMap(OutputFormat.init(rawValue:)) ?? .text
    }

    /// `--notes`, a file the command reads too.
    var notesPath: String?

    /// The files a command reads, which nothing it writes may replace.
    var inputs: [String] { files + (planPath.map { [$0] } ?? []) + (notesPath.map { [$0] } ?? []) }

    static func invalidYear(_ text: String) -> CommandFailure {
        .usage(Message("值“\(text)”不适用于“--year <year>”：请给出年份，如 2023。", "The value '\(text)' is invalid for '--year <year>': give a year such as 2023."))
    }
}
