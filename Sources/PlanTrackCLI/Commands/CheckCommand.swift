import PlanTrack

/// `plan-track check <indicator>`: one indicator, found by name.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: Message("显示一项指标的全部情况：定义、历年数值、进度与预测。", "Show one indicator in full: definition, every reported year, pace, projection."),
        discussion: Message("指标可用 id、中文名、英文名、别名，或其中任一名称中不致混淆的一部分来指定。",
                            "The indicator may be given by id, Chinese name, English name, alias, or an unambiguous part of any of them."),
        arguments: [ArgumentSpec("indicator", help: Message("指标，如 全科医生、life-expectancy、\"general practitioners\"。",
                                                            "The indicator, e.g. 全科医生, life-expectancy, \"general practitioners\"."))],
        options: DataOptions.all + [DataOptions.notes])

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
            let message = Message("错误：“\(query)”与 \(candidates.count) 项指标相符；请把名称写得更完整：\n",
                                  "Error: '\(query)' matches \(candidates.count) indicators; give more of the name:\n")
            console.writeError(message.text(in: loaded.language) + candidateList(candidates, plan: loaded.plan, labels: labels))
            return .usage
        case .notFound(let suggestions):
            var message = Message("错误：没有与“\(query)”相符的指标。", "Error: No indicator matches '\(query)'.").text(in: loaded.language)
            if !suggestions.isEmpty {
                message += Message("最接近的：\n", " The nearest:\n").text(in: loaded.language) + candidateList(suggestions, plan: loaded.plan, labels: labels)
            } else {
                message += "\n"
            }
            console.writeError(message + "  " + Message("全部指标名称见“plan-track indicators”。", "See 'plan-track indicators' for every name.").text(in: loaded.language) + "\n")
            return .failure
        }
        let assessor = loaded.assessor
        let assessment = assessor.assess(indicator: index, region: loaded.region, year: loaded.year)
        let history = assessor.history(of: assessment)
        let notes = try DataOptions.notes(arguments, plan: loaded.plan, selection: options.data, console: console)?.notes(on: assessment.indicator.id) ?? []
        // The data behind the verdict, reviewed: its evidence, and what was found on this indicator.
        let review = assessor.review(region: loaded.region, year: loaded.year)
        let evidence = Evidence(assessment, findings: review.findings)
        let findings = review.findings.filter { $0.indicator == assessment.indicator.id }
        if loaded.format == .json {
            console.write(CheckView.json(assessment, history: history, plan: loaded.plan, language: loaded.language, evidence: evidence, findings: findings).serialized() + "\n")
        } else {
            console.write(CheckView(language: loaded.language, maxWidth: console.isTerminal ? console.terminalWidth : nil)
                .render(assessment, history: history, plan: loaded.plan, notes: notes, evidence: evidence, findings: findings))
        }
        return .success
    }
}
