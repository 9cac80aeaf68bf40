import PlanTrack

/// `plan-track status`: the whole picture in a terminal, or as JSON.
enum StatusCommand {
    static let strict = OptionSpec("--strict", help: Message("有约束性指标存在风险时以 1 退出（供脚本使用）。", "Exit with 1 when any binding indicator is at risk (for scripts)."))
    static let by = OptionSpec("--by", value: "grouping", help: Message("按 domain（领域，默认）或 lead（牵头单位）分组显示。",
        "Group the tables by domain (default) or by lead department (lead)."), choices: ["domain", "lead"])

    static let spec = CommandSpec(
        name: "status",
        abstract: Message("按领域显示规划每项指标的进展。", "Show where every indicator of the plan stands, domain by domain."),
        discussion: Message("""
        每项指标的最新填报值与规划基线、目标值对照：完成进度、时间进度和状态。
        进度滞后的约束性指标列为有风险，放在最前面。
        """, """
        Each indicator's latest reported value is set against the plan's baseline and target:
        progress, the share of time elapsed, and a status. Binding (约束性) indicators that are
        behind are named first, as at risk.
        """),
        options: DataOptions.all.filter { $0.name != "--format" } + [
            OptionSpec("--format", value: "format", help: Message(
                "输出格式：text（文本）、json 或 xlsx（Excel 工作簿，须给出 --out）。（默认：text）",
                "Output format: text, json or xlsx (an Excel workbook; give --out). (default: text)"), choices: ["text", "json", "xlsx"]),
            DataOptions.workbookOut, DataOptions.force,
            strict, by,
        ])

    struct Options {
        let data: DataSelection
        /// Exit 1 when a binding indicator is at risk.
        let strict: Bool
        /// Tables by lead department instead of by domain.
        let byLead: Bool

        init(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) {
            data = try DataSelection(arguments, console: console)
            strict = arguments.flag(StatusCommand.strict)
            byLead = arguments.value(StatusCommand.by) == "lead"
        }
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let options = try Options(arguments, console: console)
        let loaded = try DataOptions.load(options.data, console: console)
        let result = loaded.assessor.assess(region: loaded.region, year: loaded.year)
        if loaded.format == .json {
            console.write(utf8: json(result))
        } else if loaded.format == .xlsx {
            try DataOptions.writeWorkbook(AssessmentWorkbook(language: loaded.language).status(result), arguments: arguments, selection: options.data, console: console)
        } else {
            let view = StatusView(language: loaded.language, color: usesColor(console), maxWidth: console.isTerminal ? console.terminalWidth : nil, byLead: options.byLead)
            console.write(view.render(result))
        }
        if options.strict, !result.summary.bindingAtRisk.isEmpty {
            return .failure
        }
        return .success
    }

    /// Colour only on a terminal, and not when NO_COLOR is set or the terminal is dumb.
    static func usesColor(_ console: Console) -> Bool {
        console.isTerminal && console.environment["NO_COLOR"] == nil && console.environment["TERM"] != "dumb"
    }

    /// The machine-readable answer, as UTF-8 ending in a line feed; `report --format json` gives the same.
    static func json(_ result: PlanAssessment) -> [UInt8] {
        var bytes = AssessmentJSON.status(result).serializedBytes()
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
