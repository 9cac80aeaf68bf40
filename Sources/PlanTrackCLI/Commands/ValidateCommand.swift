import PlanTrack

/// `plan-track validate FILE…`: reads data files exactly as `status` would and lists every problem.
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check data files and list every problem, as file:line: error|warning: message.",
        discussion: "Exits 0 when there are no errors (warnings allowed), 65 when there are errors, 66 when a file cannot be opened.",
        arguments: [ArgumentSpec("file", help: "CSV files of reported values; - reads standard input.", repeatable: true)],
        options: [DataOptions.plan, DataOptions.encoding])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        var options = try DataSelection(arguments, console: console)
        options.files = arguments.positionals
        let plan = try DataOptions.plan(options)
        var reader = ReportedValuesReader(plan: plan)
        for file in options.files { reader.readFile(file, encoding: options.encoding) }
        var (data, diagnostics) = reader.finish()
        // The checks the assessment makes on the data too (e.g. a 2020 row against the plan's baseline).
        let assessor = Assessor(plan: plan, data: data)
        diagnostics += assessor.assess(region: plan.region, year: assessor.defaultYear(region: plan.region)).warnings
        for diagnostic in diagnostics { console.write("\(diagnostic)\n") }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let files = options.files.count
        let values = data.count
        console.write("\(files) file\(files == 1 ? "" : "s"), \(values) value\(values == 1 ? "" : "s"), \(reader.notReportedCount) not reported: "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        if reader.couldNotOpenAFile { return .noInput }
        return errors > 0 ? .dataError : .success
    }
}
