import PlanTrack

/// `plan-track indicators`: the plan as plan-track reads it.
enum IndicatorsCommand {
    static let spec = CommandSpec(
        name: "indicators",
        abstract: Message("列出规划的指标：单位、基线、目标、目标的解读、属性。", "List the plan's indicators: unit, baseline, target, how it is read, attribute."),
        options: [DataOptions.plan, DataOptions.language, DataOptions.format])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let options = try DataSelection(arguments, console: console)
        let plan = try DataOptions.plan(options)
        if options.format == .json {
            console.write(AssessmentJSON.indicators(plan).serialized() + "\n")
        } else {
            let view = IndicatorsView(language: options.language,
                                      maxWidth: console.isTerminal ? console.terminalWidth : nil)
            console.write(view.render(plan))
        }
        return .success
    }
}
