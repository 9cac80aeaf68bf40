import Foundation
import PlanTrack

/// `plan-track plan check|import|milestones`: making and checking plan files.
enum PlanCommand {
    static let out = OptionSpec("--out", short: "-o", value: "file", help: Message("写入此文件（check 以外的操作）。（默认：标准输出）", "Write to this file (every action but check). (default: standard output)"))
    static let force = OptionSpec("--force", help: Message("--out 文件已存在时覆盖它。", "Replace the --out file if it exists."))
    static let name = OptionSpec("--name", value: "name", help: Message("导入的规划名称。（默认：表文件名）", "The imported plan's name. (default: the table's file name)"))
    static let region = OptionSpec("--region", short: "-r", value: "region", help: Message("导入的规划所属地区。（默认：“本地区”，请改为实际地区）", "The imported plan's region. (default: 本地区; give the real one)"))
    static let referenceRegion = OptionSpec("--reference-region", value: "region", help: Message("导入的规划的参照地区（如 山东省），“达到全省平均水平”之类的目标与它比较。",
        "The imported plan's reference region (e.g. 山东省), which targets such as 达到全省平均水平 compare with."))

    static let spec = CommandSpec(
        name: "plan",
        abstract: Message("检查、导入规划文件，加入年度目标、牵头单位和区县目标。", "Check a plan file, make one from a plan's indicator table, add milestones, lead departments and district targets."),
        discussion: Message("""
          plan check <plan.json>
              检查规划文件，一次列出全部问题（文件:行:列）。
          plan import <表.csv> --region <地区> [--reference-region <参照地区>] --out <plan.json>
              把规划的主要指标表（领域,指标,单位,基期年,目标年,属性）转为规划文件，
              并逐项说明目标的解读；与基期值矛盾或无法解读的目标按行列出。
          plan milestones <年度目标.csv> --plan <plan.json> --out <新.json>
              加入年度目标（指标,年份,目标值[,来源]）。
          plan leads <牵头单位.csv> --plan <plan.json> --out <新.json>
              加入牵头单位和配合单位（指标,牵头单位[,配合单位]）。
          plan targets <区目标.csv> --plan <plan.json> --out <新.json>
              加入区县自己规划的基线和目标（地区,指标,基线,目标）。
        格式见 docs/plan-format.md。
        """, """
          plan check <plan.json>
              Check a plan file and list every problem at once (file:line:column).
          plan import <table.csv> --region <region> [--reference-region <region>] --out <plan.json>
              Make a plan file from a plan's indicator table (domain, indicator, unit,
              base year, target year, attribute) and say how each target reads; a target
              that contradicts its base value or cannot be read is listed with its line.
          plan milestones <milestones.csv> --plan <plan.json> --out <new.json>
              Add yearly milestones (indicator, year, value[, source]).
          plan leads <leads.csv> --plan <plan.json> --out <new.json>
              Add lead departments and partners (indicator, lead[, partners]).
          plan targets <targets.csv> --plan <plan.json> --out <new.json>
              Add districts' own baselines and targets (region, indicator, baseline, target).
        The format is docs/plan-format.md.
        """),
        arguments: [ArgumentSpec("action", help: Message(actions.dropLast().joined(separator: "、") + " 或 " + (actions.last ?? "") + "。",
                                                                   actions.dropLast().joined(separator: ", ") + " or " + (actions.last ?? "") + ".")),
                    ArgumentSpec("file", help: Message("要检查的规划文件，或要导入的 CSV 表。", "The plan file to check, or the CSV table to import."))],
        options: [
            out, force, name, region, referenceRegion,
            DataOptions.plan, DataOptions.encoding, DataOptions.language,
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let selection = try DataSelection(arguments, console: console)
        let word = arguments.positionals[0], path = arguments.positionals[1]
        guard let action = Action(rawValue: word) else {
            let near = CommandLineParser.nearest(word, among: actions)
            throw .usage(Message("未知操作“\(word)”；可用：\(actions.joined(separator: "、"))。", "Unknown action '\(word)': use \(actions.joined(separator: ", ")).")
                         + (near.map(CommandLineParser.didYouMean) ?? Message("", "")))
        }
        switch action {
        case .check: return try check(path, language: selection.language, console: console)
        case .import: return try importTable(path, arguments: arguments, selection: selection, console: console)
        case .milestones:
            return try adding(path, arguments: arguments, selection: selection, console: console, MilestoneImport.apply) { count in
                Message("加入 \(count) 个年度目标", "added \(count) milestone\(count == 1 ? "" : "s")")
            }
        case .leads:
            return try adding(path, arguments: arguments, selection: selection, console: console, LeadsImport.apply) { count in
                Message("为 \(count) 项指标加入牵头单位", "added a lead department to \(count) indicator\(count == 1 ? "" : "s")")
            }
        case .targets:
            return try adding(path, arguments: arguments, selection: selection, console: console, DistrictTargetsImport.apply) { count in
                Message("加入 \(count) 个区县目标", "added \(count) district target\(count == 1 ? "" : "s")")
            }
        }
    }

    /// What `plan` does to the file it is given; help, errors and completion list them from here.
    enum Action: String, CaseIterable {
        case check, `import`, milestones, leads, targets
    }

    static let actions = Action.allCases.map(\.rawValue)

    /// The CSV at `path` added to the plan by `apply` (milestones, leads, district targets), the
    /// plan written out, and how much was added said.
    private static func adding(_ path: String, arguments: ParsedArguments, selection: DataSelection, console: Console,
                               _ apply: ([UInt8], String, Plan, TextEncoding?) throws(InputError) -> (plan: Plan, count: Int),
                               said: (Int) -> Message) throws(CommandFailure) -> ExitCode {
        let plan = try DataOptions.plan(selection)
        let result = try reading(path) { bytes throws(InputError) in try apply(bytes, path, plan, selection.encoding) }
        try output(PlanFileWriter.render(result.plan), arguments: arguments, inputs: [path] + (selection.planPath.map { [$0] } ?? []), language: selection.language, console: console)
        console.writeError(said(result.count).text(in: selection.language) + "\n")
        return .success
    }

    /// The file's bytes made into `T` by `parse`; a file that cannot be read or used is the command's failure.
    private static func reading<T>(_ path: String, _ parse: ([UInt8]) throws(InputError) -> T) throws(CommandFailure) -> T {
        do {
            return try parse(try FileInput.contents(path))
        } catch {
            throw .input(error)
        }
    }

    private static func check(_ path: String, language: Language, console: Console) throws(CommandFailure) -> ExitCode {
        let result = try reading(path) { bytes throws(InputError) in try PlanFile.check(bytes, file: path) }
        for problem in result.problems { console.write(problem.text(in: language) + "\n") }
        if let plan = result.plan, result.problems.isEmpty {
            let milestones = plan.indicators.reduce(0) { $0 + $1.milestones.count }
            console.write(Message("\(path)：\(plan.indicators.count) 项指标，\(plan.domains.count) 个领域，\(plan.baselineYear)—\(plan.targetYear) 年，\(plan.districts.count) 个区县，\(milestones) 个年度目标；没有问题",
                                  "\(path): \(counted(plan.indicators.count, "indicator")) in \(counted(plan.domains.count, "domain")), \(plan.baselineYear)–\(plan.targetYear), \(counted(plan.districts.count, "district")), \(counted(milestones, "milestone")); no problems")
                .text(in: language) + "\n")
            return .success
        }
        let count = result.problems.count
        console.write(Message("\(path)：\(count) 个问题", "\(path): \(count) problem\(count == 1 ? "" : "s")").text(in: language) + "\n")
        return .dataError
    }

    private static func counted(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    private static func output(_ text: String, arguments: ParsedArguments, inputs: [String], language: Language, console: Console) throws(CommandFailure) {
        if let out = arguments.value(PlanCommand.out) {
            try OutputFile.write(text, to: out, inputs: inputs, replacing: arguments.flag(PlanCommand.force))
            console.writeError(Message("已写入 \(out)", "wrote \(out)").text(in: language) + "\n")
        } else {
            console.write(text)
        }
    }

    private static func importTable(_ path: String, arguments: ParsedArguments, selection: DataSelection, console: Console) throws(CommandFailure) -> ExitCode {
        let language = selection.language
        let table = try reading(path) { bytes throws(InputError) in try PlanTableImport.read(bytes, file: path, encoding: selection.encoding) }
        let name = arguments.value(PlanCommand.name) ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let region = arguments.value(PlanCommand.region) ?? "本地区"
        // The readings go where the file does not: beside it on standard output, or to standard error.
        // On a terminal each line wraps to its width, continuing under its text (`hanging`).
        let terminalWidth = console.isTerminal ? console.terminalWidth : nil
        func say(_ text: String, hanging: Int = 0) {
            let wrapped = terminalWidth.map { DisplayWidth.wrap(text, width: $0, hanging: hanging) } ?? text
            if arguments.value(PlanCommand.out) == nil { console.writeError(wrapped) } else { console.write(wrapped) }
        }
        let domains = Set(table.rows.map(\.domain)).count
        say(Message("\(path)：\(table.rows.count) 项指标，\(domains) 个领域，\(table.baselineYear)—\(table.targetYear) 年。目标的解读：",
                    "\(path): \(table.rows.count) indicators in \(domains) domains, \(table.baselineYear)–\(table.targetYear). How each target reads:").text(in: language) + "\n")
        // Names shown whole, for the planner to confirm: one longer than the column takes a line
        // of its own; on a terminal a long reading wraps under its column.
        let width = min(30, table.rows.map { DisplayWidth.of($0.name) }.max() ?? 0)
        for row in table.rows {
            let reading = TargetWording.describe(row.targetText, row.reading, baselineKnown: row.baseline.value != nil).text(in: language)
            let name = DisplayWidth.of(row.name) > width ? row.name + "\n" + String(repeating: " ", count: width + 2) : DisplayWidth.pad(row.name, to: width)
            let line = "  " + name + "  " + reading
            say(line + "\n", hanging: width + 2)
        }
        let referenceRegion = arguments.value(PlanCommand.referenceRegion).map(TextNormalization.trimmed)
        try output(table.planDocument(name: name, region: region, referenceRegion: referenceRegion).serialized() + "\n", arguments: arguments, inputs: [path], language: language, console: console)
        // Each target a person must look at, with its line, as an error is named.
        let unread = table.unread
        for row in unread {
            let reading = TargetWording.describe(row.targetText, row.reading, baselineKnown: row.baseline.value != nil)
            say("\(path):\(row.line): " + (Message("\(row.name)：", "\(row.name): ") + reading).text(in: language) + "\n")
        }
        guard unread.isEmpty else {
            say(Message("\(unread.count) 项指标的目标需要解读：\(unread.map(\.name).joined(separator: "、"))。请在规划文件中补上（见 docs/plan-format.md），再用 plan-track plan check 检查。",
                        "\(unread.count) targets need a reading: \(unread.map(\.name).joined(separator: ", ")). Complete them in the plan file (see docs/plan-format.md), then run plan-track plan check.")
                .text(in: language) + "\n")
            return .failure
        }
        if table.needsReferenceRegion, referenceRegion == nil {
            say(Message("有目标与参照地区比较（如“达到全省平均水平”），但没有给出参照地区：请用 --reference-region 给出（如 山东省），或在文件中加上 referenceRegion。",
                        "Some targets compare with the reference region (e.g. 达到全省平均水平), but none is given: give it with --reference-region (e.g. 山东省), or add referenceRegion to the file.")
                .text(in: language) + "\n")
            return .failure
        }
        if arguments.value(PlanCommand.region) == nil {
            say(Message("规划所属地区暂记为“本地区”：请用 --region 给出，或在文件中修改。", "The plan's region is 本地区 for now: give it with --region, or edit the file.").text(in: language) + "\n")
        }
        return .success
    }
}
