import PlanTrack

/// `plan-track check <indicator>`: one indicator, found by name.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Show one indicator in full: definition, every reported year, pace, projection.",
        discussion: "The indicator may be given by id, Chinese name, English name, alias, or an unambiguous part of any of them.",
        arguments: [ArgumentSpec("indicator", help: "The indicator, e.g. 全科医生, life-expectancy, \"general practitioners\".")],
        options: DataOptions.all)

    /// Candidates as aligned `id  name` lines.
    private static func candidateList(_ indices: [Int], plan: Plan, labels: Labels) -> String {
        let width = indices.map { plan.indicators[$0].id.rawValue.count }.max() ?? 0
        return indices.map { index in
            let indicator = plan.indicators[index]
            return "  " + DisplayWidth.pad(indicator.id.rawValue, to: width) + "  " + labels.name(indicator) + "\n"
        }.joined()
    }

    struct Options {
        let data: DataSelection
        /// The words given for the indicator, joined.
        let query: String

        init(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) {
            data = try DataSelection(arguments, console: console)
            query = arguments.positionals.joined(separator: " ")
        }
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let options = try Options(arguments, console: console)
        let loaded = try DataOptions.load(options.data, console: console)
        let query = options.query
        let matcher = IndicatorMatcher(plan: loaded.plan)
        let labels = Labels(loaded.language)
        let index: Int
        switch matcher.match(query) {
        case .found(let found):
            index = found
        case .ambiguous(let candidates):
            var message = "'\(query)' matches \(candidates.count) indicators; give more of the name:\n"
            message += candidateList(candidates, plan: loaded.plan, labels: labels)
            console.writeError("Error: " + message)
            return .usage
        case .notFound(let suggestions):
            var message = "Error: No indicator matches '\(query)'."
            if !suggestions.isEmpty {
                message += " The nearest:\n" + candidateList(suggestions, plan: loaded.plan, labels: labels)
            } else {
                message += "\n"
            }
            console.writeError(message + "  See 'plan-track indicators' for every name.\n")
            return .failure
        }
        let assessor = loaded.assessor
        let assessment = assessor.assess(indicator: index, region: loaded.region, year: loaded.year)
        let history = CheckView.history(assessment, assessor: assessor)
        if loaded.format == .json {
            console.write(CheckView.json(assessment, history: history, plan: loaded.plan, language: loaded.language).serialized() + "\n")
        } else {
            console.write(CheckView(language: loaded.language).render(assessment, history: history, plan: loaded.plan))
        }
        return .success
    }
}
