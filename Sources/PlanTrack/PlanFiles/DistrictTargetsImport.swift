/// Districts' own baselines and targets (区目标) from a CSV (`地区,指标,基线,目标`), added to a
/// plan: one district and indicator a row, the district and the indicator by any of their names,
/// the baseline and target in the plan's own wordings, read as `plan import` reads them. A row
/// for a district and indicator that already has a target replaces it.
package enum DistrictTargetsImport {
    enum Column {
        case region, indicator, baseline, target
    }

    static let headerNames: [String: Column] = [
        "地区": .region, "区县": .region, "县区": .region, "区域": .region, "region": .region, "district": .region,
        "指标": .indicator, "指标名称": .indicator, "indicator": .indicator,
        "基线": .baseline, "基线值": .baseline, "基期值": .baseline, "基数": .baseline, "baseline": .baseline,
        "目标": .target, "目标值": .target, "target": .target,
    ]

    /// The plan with the targets added, and how many rows were read; every problem at once.
    package static func apply(_ bytes: [UInt8], file: String, to plan: Plan, encoding: TextEncoding? = nil) throws(InputError) -> (plan: Plan, count: Int) {
        let table = try CSVTable.readHeadered(bytes, file: file, encoding: encoding, names: headerNames, required: [.region, .indicator, .baseline, .target],
                                              requirement: Message("表头须有 地区、指标、基线、目标 四列", "the header needs the columns region, indicator, baseline and target (地区,指标,基线,目标)"))
        let cell = table.cell
        let matcher = IndicatorMatcher(plan: plan)
        var problems: [Diagnostic] = []
        var added: [String: [(line: Int, target: DistrictTarget)]] = [:]
        for record in table.records {
            let location = SourceLocation(file: file, line: record.line)
            func problem(_ message: Message, suggestion: Message? = nil) { problems.append(Diagnostic(.error, location, message, suggestion: suggestion)) }
            let written = cell(record, .region)
            let region = plan.regionName(for: written)
            guard plan.districts.contains(where: { $0.name == region }) else {
                if written.isEmpty {
                    problem(Message("这一行没有地区", "the row has no region"))
                } else if region == plan.region {
                    problem(Message("“\(written)”是规划本身的地区：它的基线和目标就是规划的，此处只列区县", "'\(written)' is the plan's own region: its baseline and target are the plan's; list districts here"))
                } else {
                    let nearest = plan.districts.map(\.name).min { EditDistance.between(written, $0) < EditDistance.between(written, $1) }
                    problem(Message("“\(written)”不是规划的区县", "'\(written)' is not one of the plan's districts"),
                            suggestion: nearest.map { Message("是否指：\($0)？", "did you mean \($0)?") })
                }
                continue
            }
            let name = cell(record, .indicator)
            guard let index = matcher.exactMatch(name) else {
                let unknown = matcher.unknown(name)
                problem(unknown.message, suggestion: unknown.suggestion)
                continue
            }
            let indicator = plan.indicators[index]
            let what = Message("\(region)\(indicator.name)：", "\(region) \(indicator.name): ")
            if let earlier = added[region]?.first(where: { $0.target.indicator == indicator.id }) {
                problem(what + Message("目标给了两次（首次在第 \(earlier.line) 行）", "the target is given twice (first on line \(earlier.line))"))
                continue
            }
            let baselineText = PlanTableImport.tidy(cell(record, .baseline)), targetText = PlanTableImport.tidy(cell(record, .target))
            guard let baseline = TargetWording.baseline(baselineText) else {
                problem(what + Message("基线“\(baselineText)”不是数字（也不是 —、<23.9、27左右 这类写法）", "the baseline '\(baselineText)' is not a number (nor —, <23.9, 27左右 and the like)"))
                continue
            }
            guard !targetText.isEmpty else {
                problem(what + Message("没有目标", "no target"))
                continue
            }
            let kind: TargetKind
            switch TargetWording.target(targetText, baseline: baseline.value) {
            case .read(let read, let direction):
                guard direction == indicator.direction else {
                    problem(what + Message("目标“\(targetText)”要求\(direction == .higherIsBetter ? "提高" : "降低")，但该指标\(indicator.direction == .higherIsBetter ? "越高越好" : "越低越好")",
                                           "the target '\(targetText)' asks for \(direction == .higherIsBetter ? "higher" : "lower"), but the indicator is better \(indicator.direction == .higherIsBetter ? "higher" : "lower")"))
                    continue
                }
                if case .versusReference = read, plan.referenceRegion.isEmpty {
                    problem(what + Message("目标“\(targetText)”与参照地区比较，但规划没有参照地区（referenceRegion）", "the target '\(targetText)' compares with the reference region, but the plan has none (referenceRegion)"))
                    continue
                }
                kind = read
            case .needsCeiling:
                // 稳定在较低水平 under a plan that reads it with a ceiling: the district holds the same one.
                guard case .stableLow(let ceiling, let source) = indicator.target.kind else {
                    problem(what + TargetWording.describe(targetText, .needsCeiling, baselineKnown: baseline.value != nil))
                    continue
                }
                kind = .stableLow(ceiling: ceiling, source: source)
            case let other:
                problem(what + TargetWording.describe(targetText, other, baselineKnown: baseline.value != nil))
                continue
            }
            let target = DistrictTarget(indicator: indicator.id,
                                        baseline: Baseline(text: baselineText.isEmpty ? "—" : baselineText, value: baseline.value, isApproximate: baseline.isApproximate),
                                        target: Target(text: targetText, kind: kind))
            added[region, default: []].append((record.line, target))
        }
        if !problems.isEmpty { throw InputError(kind: .invalidData, diagnostics: problems) }
        let districts = plan.districts.map { district in
            guard let new = added[district.name]?.map(\.target) else { return district }
            let kept = district.targets.filter { old in !new.contains { $0.indicator == old.indicator } }
            let order = plan.indicators.map(\.id)
            return district.with(targets: (kept + new).sorted { (order.firstIndex(of: $0.indicator) ?? 0) < (order.firstIndex(of: $1.indicator) ?? 0) })
        }
        return (plan.with(districts: districts), added.values.reduce(0) { $0 + $1.count })
    }
}
