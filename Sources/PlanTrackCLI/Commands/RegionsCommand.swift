import PlanTrack

/// `plan-track regions`: every region against the plan in one table.
enum RegionsCommand {
    static let binding = OptionSpec("--binding", help: Message("只列约束性指标。", "Show the binding indicators only."))

    static let spec = CommandSpec(
        name: "regions",
        abstract: Message("各地区对比：每项指标一行，每个地区一列。", "Every region against the plan in one table: an indicator a row, a region a column."),
        discussion: Message("""
        规划所属地区在前，其后是规划列出的区县，再后是数据中的其他地区；没有报送数据的区县
        也列出（无数据）。每个地区按其自身基线评估，与 status --region 相同。
        """, """
        The plan's region first, then its districts in the plan's order, then any other region in
        the data; a district that sent nothing is shown (no data). Each region is assessed on its
        own baseline, exactly as status --region does.
        """),
        options: [DataOptions.data, DataOptions.plan, DataOptions.year, DataOptions.encoding, DataOptions.sheet, DataOptions.language,
                  OptionSpec("--format", value: "format", help: Message(
                      "输出格式：text（文本）、json、csv（长表，Excel 可直接打开）或 xlsx（Excel 工作簿，须给出 --out）。（默认：text）",
                      "Output format: text, json, csv (a long table Excel opens) or xlsx (an Excel workbook; give --out). (default: text)"), choices: ["text", "json", "csv", "xlsx"]),
                  DataOptions.workbookOut, DataOptions.force,
                  binding])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let selection = try DataSelection(arguments, console: console)
        let plan = try DataOptions.plan(selection)
        let data = try DataOptions.readData(selection, plan: plan, console: console)
        let year = try DataOptions.year(selection.year, within: plan.period, plan: plan)
        // JSON and CSV are written as each region is assessed: a file of thousands of regions
        // is never all in memory at once.
        let assessor = Assessor(plan: plan, data: data)
        let (comparedYear, regions) = assessor.comparedRegions(year: year)
        var output = OutputBuffer(console: console)
        switch selection.format {
        case .json:
            let writer = AssessmentJSON.RegionsWriter(plan: plan, year: comparedYear)
            output.append(writer.opening)
            var atRisk = [[String]](repeating: [], count: writer.binding.count)
            var warnings: [Diagnostic]?
            var first = true
            assessor.eachComparedRegion(year: comparedYear, regions: regions, reviewed: true, { region in
                (region: region.region, bytes: writer.entry(region, first: region.region == regions.first), atRisk: writer.atRisk(region),
                 warnings: region.region == regions.first ? region.warnings : nil)
            }, each: { part in
                output.append(part.bytes)
                if first { warnings = part.warnings }
                first = false
                for (slot, risk) in part.atRisk.enumerated() where risk { atRisk[slot].append(part.region) }
            })
            output.append(writer.closing(atRisk: atRisk, warnings: warnings ?? []))
        case .csv:
            let table = RegionsCSV(plan: plan, year: comparedYear, language: selection.language)
            output.append(table.header)
            assessor.eachComparedRegion(year: comparedYear, regions: regions, reviewed: true, table.rows, each: { output.append($0) })
        case .xlsx:
            let comparison = assessor.compare(year: year, keepingSeries: false)
            try DataOptions.writeWorkbook(AssessmentWorkbook(language: selection.language).regions(comparison), arguments: arguments, selection: selection, console: console)
        case .text, .html, .docx:  // html and docx are not among this command's choices
            let comparison = assessor.compare(year: year, keepingSeries: false, reviewed: false)
            let view = RegionsView(language: selection.language, color: StatusCommand.usesColor(console),
                                   maxWidth: console.isTerminal ? console.terminalWidth : nil, bindingOnly: arguments.flag(RegionsCommand.binding))
            console.write(view.render(comparison))
        }
        output.flush()
        return .success
    }
}
