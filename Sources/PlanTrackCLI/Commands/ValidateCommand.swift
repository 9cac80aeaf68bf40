import PlanTrack

/// `plan-track validate FILE…`: reads data files exactly as `status` would and lists every problem.
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        abstract: Message("检查数据文件，列出全部问题，格式为 文件:行: 错误|警告：说明。",
                          "Check data files and list every problem, as file:line: error|warning: message."),
        discussion: Message("没有错误（可有警告）时以 0 退出，有错误时以 65 退出，文件无法打开时以 66 退出。",
                            "Exits 0 when there are no errors (warnings allowed), 65 when there are errors, 66 when a file cannot be opened."),
        arguments: [ArgumentSpec("file", help: Message("填报数值的 CSV 文件；- 表示标准输入。", "CSV files of reported values; - reads standard input."), repeatable: true)],
        options: [DataOptions.plan, DataOptions.encoding, DataOptions.sheet, DataOptions.language])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        var options = try DataSelection(arguments, console: console)
        options.files = arguments.positionals
        let plan = try DataOptions.plan(options)
        var reader = ReportedValuesReader(plan: plan)
        reader.sheet = options.sheet
        for file in options.files { reader.readFile(file, encoding: options.encoding) }
        if !reader.changedFiles.isEmpty {
            // Nothing read from a file that changed meanwhile is worth listing: only that it did.
            for diagnostic in reader.changedFiles { console.writeError(diagnostic.text(in: options.language) + "\n") }
            return .ioError
        }
        var (data, diagnostics) = reader.finish()
        // The checks the assessment makes on the data too (e.g. a 2020 row against the plan's baseline).
        let assessor = Assessor(plan: plan, data: data)
        diagnostics += assessor.assess(region: plan.region, year: assessor.defaultYear(region: plan.region)).warnings
        for diagnostic in diagnostics { console.write(diagnostic.text(in: options.language) + "\n") }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let files = options.files.count, values = data.count, notReported = reader.notReportedCount
        func counted(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let summary = Message("\(files) 个文件，\(values) 个数值，\(notReported) 个未报告：\(errors) 个错误，\(warnings) 个警告",
                              "\(counted(files, "file")), \(counted(values, "value")), \(notReported) not reported: \(counted(errors, "error")), \(counted(warnings, "warning"))")
        console.write(summary.text(in: options.language) + "\n")
        if reader.couldNotOpenAFile { return .noInput }
        return errors > 0 ? .dataError : .success
    }
}
