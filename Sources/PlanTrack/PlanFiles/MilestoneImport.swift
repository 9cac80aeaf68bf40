/// Yearly milestones from a CSV (`指标,年份,目标值`, optionally `来源`), added to a plan: one
/// milestone a row, replacing any the plan already has for the same indicator and year.
package enum MilestoneImport {
    enum Column {
        case indicator, year, value, source
    }

    static let headerNames: [String: Column] = [
        "指标": .indicator, "指标名称": .indicator, "indicator": .indicator,
        "年份": .year, "年度": .year, "year": .year,
        "目标值": .value, "年度目标": .value, "目标": .value, "value": .value, "milestone": .value, "target": .value,
        "来源": .source, "出处": .source, "source": .source,
    ]

    /// The plan with the milestones added, and how many rows were read; every problem at once.
    package static func apply(_ bytes: [UInt8], file: String, to plan: Plan, encoding: TextEncoding? = nil) throws(InputError) -> (plan: Plan, count: Int) {
        let table = try CSVTable.readHeadered(bytes, file: file, encoding: encoding, names: headerNames, required: [.indicator, .year, .value],
                                              requirement: Message("表头须有 指标、年份、目标值 三列", "the header needs the columns indicator, year and value (指标,年份,目标值)"))
        let cell = table.cell
        let matcher = IndicatorMatcher(plan: plan)
        var problems: [Diagnostic] = []
        var added: [Int: [Milestone]] = [:]
        for record in table.records {
            func problem(_ message: Message) { problems.append(Diagnostic(.error, SourceLocation(file: file, line: record.line), message)) }
            let name = cell(record, .indicator)
            guard let index = matcher.exactMatch(name) else {
                let unknown = matcher.unknown(name)
                problems.append(Diagnostic(.error, SourceLocation(file: file, line: record.line), unknown.message, suggestion: unknown.suggestion))
                continue
            }
            let year: Int
            do {
                guard let parsed = try ValueParser.parseYear(cell(record, .year), accepted: plan.acceptedYears) else {
                    problem(Message("这一行没有年份", "the row has no year"))
                    continue
                }
                year = parsed
            } catch {
                problem(error.message)
                continue
            }
            guard plan.baselineYear < year, year <= plan.targetYear else {
                problem(Message("年份 \(year) 不在规划期 \(plan.baselineYear + 1)—\(plan.targetYear) 年之内", "the year \(year) is outside the plan's years \(plan.baselineYear + 1)–\(plan.targetYear)"))
                continue
            }
            let indicator = plan.indicators[index]
            let value: Double
            do {
                guard case .number(let parsed) = try ValueParser.parseValue(cell(record, .value), unit: indicator.unit) else {
                    problem(Message("\(indicator.name) \(year)年：没有目标值", "\(indicator.name) \(year): no value"))
                    continue
                }
                value = parsed
            } catch {
                problem(Message("\(indicator.name) \(year)年：", "\(indicator.name) \(year): ") + error.message)
                continue
            }
            if added[index, default: []].contains(where: { $0.year == year }) {
                problem(Message("\(indicator.name) \(year)年的年度目标给了两次", "\(indicator.name) has two milestones for \(year)"))
                continue
            }
            added[index, default: []].append(Milestone(year: year, value: value, source: cell(record, .source)))
        }
        if !problems.isEmpty { throw InputError(kind: .invalidData, diagnostics: problems) }
        let indicators = plan.indicators.enumerated().map { index, indicator -> Indicator in
            guard let new = added[index] else { return indicator }
            return indicator.with(milestones: indicator.milestones.filter { old in !new.contains { $0.year == old.year } } + new)
        }
        let updated = plan.with(indicators: indicators)
        return (updated, table.records.count)
    }
}
