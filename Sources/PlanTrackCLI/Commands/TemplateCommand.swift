import Foundation
import PlanTrack

/// `plan-track template`: a CSV ready for data entry in Excel.
enum TemplateCommand {
    static let spec = CommandSpec(
        name: "template",
        abstract: "Write a CSV for data entry: one row per indicator, the value column empty.",
        discussion: "UTF-8 with a byte-order mark, so that Excel opens it with the Chinese intact. Filled in, it is valid input for --data.",
        options: [
            OptionSpec("--year", short: "-y", value: "year", help: "The year the values are for. (default: last calendar year)"),
            OptionSpec("--region", short: "-r", value: "region", help: "The region the values are for. (default: the plan's region)"),
            OptionSpec("--out", short: "-o", value: "file", help: "Write to this file. (default: standard output)"),
            DataOptions.plan, DataOptions.language,
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let plan = try DataOptions.plan(arguments)
        let year = try DataOptions.year(arguments, plan: plan) ?? (Calendar(identifier: .gregorian).component(.year, from: Date()) - 1)
        let region = arguments.value("--region").map(TextNormalization.trimmed) ?? plan.region
        let text = DataEntryTemplate.render(plan, year: year, region: region, language: DataOptions.language(arguments, console: console))
        if let out = arguments.value("--out") {
            try OutputFile.write(text, to: out, inputs: arguments.value("--plan").map { [$0] } ?? [])
        } else {
            console.write(text)
        }
        return .success
    }
}
