extension Plan {
    /// Loads a plan file (`docs/plan-format.md`), as `--plan` does. Throws `InputError` with every
    /// problem at its line and column, as `plan check` lists them; `kind` is `.cannotOpen` when
    /// the file cannot be read at all.
    public init(contentsOf path: String) throws(InputError) {
        self = try PlanFile.load(path)
    }

    /// A plan from the bytes of a plan file; messages name it `file`.
    public init(json bytes: [UInt8], file: String = "<plan>") throws(InputError) {
        self = try PlanFile.parse(bytes, file: file)
    }
}

/// Reads a plan definition (the format of `Data/plan.json`, documented in `docs/plan-format.md`)
/// and checks that it makes sense, naming every problem at once with its line and column.
package enum PlanFile {
    package static func load(_ path: String) throws(InputError) -> Plan {
        switch FileInput.read(path) {
        case .success(let bytes): return try parse(bytes.array, file: path)
        case .failure(let error): throw error
        }
    }

    package static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> Plan {
        let (plan, problems) = try check(bytes, file: file)
        guard let plan, problems.isEmpty else { throw InputError(kind: .invalidData, diagnostics: problems) }
        return plan
    }

    /// The plan, or every problem found in the file; throws only when the bytes are not text.
    package static func check(_ bytes: [UInt8], file: String) throws(InputError) -> (plan: Plan?, problems: [Diagnostic]) {
        let text = String(decoding: try TextDecoder.decode(bytes, file: file).utf8, as: UTF8.self)
        let root: JSONDocument.Node
        do {
            root = try JSONDocument.parse(text)
        } catch {
            let location = SourceLocation(file: file, line: error.position.line, column: error.position.column)
            return (nil, [Diagnostic(.error, location, Message("不是有效的 JSON：", "not valid JSON: ") + error.message)])
        }
        var reader = PlanFileReader(file: file)
        let plan = reader.plan(root)
        return (reader.problems.isEmpty ? plan : nil, reader.problems)
    }
}

/// Walks a plan file's values, building the plan and collecting every problem on the way.
struct PlanFileReader {
    typealias Node = JSONDocument.Node
    typealias Member = JSONDocument.Member

    let file: String
    private(set) var problems: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    private mutating func problem(_ position: JSONDocument.Position, _ message: Message) {
        problems.append(Diagnostic(.error, SourceLocation(file: file, line: position.line, column: position.column), message))
    }

    // MARK: - The plan

    static let planFields = ["name", "nameEn", "source", "region", "regionEn", "referenceRegion", "referenceRegionEn",
                             "districts", "baselineYear", "targetYear", "domains", "indicators", "checks"]

    mutating func plan(_ root: Node) -> Plan? {
        guard let top = object(root, label: Label("规划", "the plan"), fields: Self.planFields,
                               required: ["name", "region", "baselineYear", "targetYear", "domains", "indicators"]) else { return nil }
        let name = string(top["name"], "name")
        let region = string(top["region"], "region")
        let baselineYear = year(top["baselineYear"], "baselineYear")
        let targetYear = year(top["targetYear"], "targetYear")
        if let baselineYear, let targetYear, targetYear <= baselineYear, let member = top["targetYear"] {
            problem(member.value.position, Message("targetYear（目标年份）必须晚于 baselineYear（基线年份）", "targetYear must come after baselineYear"))
        }
        var districts: [District] = []
        // Each district's own targets, read once the indicators are known.
        var targetMembers: [(district: Int, label: Label, member: Member)] = []
        for (index, node) in array(top["districts"], "districts") {
            guard let (district, targets) = district(node, index: index) else { continue }
            if let targets { targetMembers.append((districts.count, Label("districts[\(index)].targets", "districts[\(index)].targets"), targets)) }
            if districts.contains(where: { $0.name == district.name }) {
                problem(node.position, Message("区县“\(district.name)”列了两次", "the district '\(district.name)' is listed twice"))
            }
            districts.append(district)
        }
        // A former name that is some district's name now would make that district's rows ambiguous.
        let current = Set(districts.map { TextNormalization.nameKey($0.name) })
        for (index, node) in array(top["districts"], "districts") where index < districts.count {
            for old in districts[index].formerNames where current.contains(TextNormalization.nameKey(old.name)) {
                problem(node.position, Message("区县“\(districts[index].name)”的曾用名“\(old.name)”是另一区县的现名",
                                               "the former name '\(old.name)' of '\(districts[index].name)' is another district's name"))
            }
        }
        let domainNodes = array(top["domains"], "domains")
        if top["domains"] != nil, domainNodes.isEmpty, case .array = top["domains"]?.value.value {
            problem(top["domains"]!.value.position, Message("规划没有领域（domains）", "the plan has no domains"))
        }
        var domains: [Domain] = []
        for (index, node) in domainNodes {
            guard let domain = domain(node, index: index) else { continue }
            if domains.contains(where: { $0.id == domain.id }) {
                problem(node.position, Message("有两个领域的 id 都是“\(domain.id)”", "two domains share the id '\(domain.id)'"))
            }
            domains.append(domain)
        }
        let indicatorNodes = array(top["indicators"], "indicators")
        if top["indicators"] != nil, indicatorNodes.isEmpty, case .array = top["indicators"]?.value.value {
            problem(top["indicators"]!.value.position, Message("规划没有指标（indicators）", "the plan has no indicators"))
        }
        let referenceRegion = string(top["referenceRegion"], "referenceRegion") ?? ""
        var indicators: [Indicator] = []
        var owners: [String: String] = [:]
        let period = (baselineYear ?? 0)...max(baselineYear ?? 0, targetYear ?? 0)
        for (index, node) in indicatorNodes {
            guard let indicator = indicator(node, index: index, domains: domains, period: period, knownPeriod: baselineYear != nil && targetYear != nil) else { continue }
            if case .versusReference = indicator.target.kind, referenceRegion.isEmpty {
                problem(node.position, Message("\(Self.label(index, indicator.id.rawValue).zh)：目标“\(indicator.target.text)”与参照地区比较，但规划没有 referenceRegion（参照地区，如 山东省）",
                                               "\(Self.label(index, indicator.id.rawValue).en): the target '\(indicator.target.text)' compares with the reference region, but the plan has no referenceRegion (e.g. 山东省)"))
            }
            for name in indicator.allNames {
                let key = TextNormalization.nameKey(name)
                if let owner = owners[key], owner != indicator.id.rawValue {
                    problem(node.position, Message("\(Self.label(index, indicator.id.rawValue).zh)：名称“\(name)”也是 \(owner) 的名称",
                                                   "\(Self.label(index, indicator.id.rawValue).en): the name '\(name)' is also a name of \(owner)"))
                } else if owners[key] == nil {
                    owners[key] = indicator.id.rawValue
                }
            }
            if indicators.contains(where: { $0.id == indicator.id }) {
                problem(node.position, Message("有两项指标的 id 都是“\(indicator.id)”", "two indicators share the id '\(indicator.id)'"))
            }
            indicators.append(indicator)
        }
        if problems.isEmpty {
            for (position, label, member) in targetMembers {
                districts[position] = districts[position].with(targets: districtTargets(member, label: label, indicators: indicators))
            }
        }
        var checks: [RelatedCheck] = []
        for (index, node) in array(top["checks"], "checks") {
            if let check = relatedCheck(node, index: index, indicators: indicators) { checks.append(check) }
        }
        guard problems.isEmpty, let name, let region, let baselineYear, let targetYear else { return nil }
        return Plan(
            name: name, nameEn: string(top["nameEn"], "nameEn") ?? name, source: string(top["source"], "source") ?? "",
            region: region, regionEn: string(top["regionEn"], "regionEn") ?? region,
            referenceRegion: referenceRegion, referenceRegionEn: string(top["referenceRegionEn"], "referenceRegionEn") ?? referenceRegion,
            districts: districts, baselineYear: baselineYear, targetYear: targetYear, domains: domains, indicators: indicators).with(checks: checks)
    }

    /// A relation between two indicators: both known, of one unit, and not the same.
    private mutating func relatedCheck(_ node: Node, index: Int, indicators: [Indicator]) -> RelatedCheck? {
        let label = Label("checks[\(index)]", "checks[\(index)]")
        guard let fields = object(node, label: label, fields: ["left", "relation", "right", "reason"], required: ["left", "relation", "right"]),
              let left = string(fields["left"], "left"), let right = string(fields["right"], "right"), let relationText = string(fields["relation"], "relation") else { return nil }
        func find(_ name: String, _ key: String) -> Indicator? {
            let wanted = TextNormalization.nameKey(name)
            if let found = indicators.first(where: { $0.id.rawValue == name || $0.allNames.contains { TextNormalization.nameKey($0) == wanted } }) { return found }
            if let member = fields[key] {
                problem(member.value.position, Message("\(label.zh)：规划没有指标“\(name)”", "\(label.en): the plan has no indicator '\(name)'"))
            }
            return nil
        }
        let relations = RelatedCheck.Relation.allCases.map(\.rawValue)
        guard let relation = RelatedCheck.Relation(rawValue: relationText) else {
            if let member = fields["relation"] {
                problem(member.value.position, Message("\(label.zh)：relation 须为 \(relations.joined(separator: " 或 "))，而不是“\(relationText)”",
                                                       "\(label.en): relation must be \(relations.joined(separator: " or ")), not '\(relationText)'"))
            }
            return nil
        }
        guard let first = find(left, "left"), let second = find(right, "right") else { return nil }
        if first.id == second.id, let member = fields["right"] {
            problem(member.value.position, Message("\(label.zh)：指标与自身比较", "\(label.en): an indicator compared with itself"))
            return nil
        }
        if first.unit != second.unit, let member = fields["right"] {
            problem(member.value.position, Message("\(label.zh)：\(first.name)（\(first.unit)）与\(second.name)（\(second.unit)）单位不同，不能比较",
                                                   "\(label.en): \(first.name) (\(first.unit)) and \(second.name) (\(second.unit)) have different units and cannot be compared"))
            return nil
        }
        return RelatedCheck(left: first.id, relation: relation, right: second.id, reason: string(fields["reason"], "reason") ?? "")
    }

    private mutating func district(_ node: Node, index: Int) -> (District, targets: Member?)? {
        let label = Label("districts[\(index)]", "districts[\(index)]")
        guard let fields = object(node, label: label, fields: ["name", "nameEn", "formerNames", "targets"], required: ["name"]),
              let name = string(fields["name"], "name") else { return nil }
        var formerNames: [District.FormerName] = []
        for (position, entry) in array(fields["formerNames"], "formerNames") {
            let inner = Label("\(label.zh).formerNames[\(position)]", "\(label.en).formerNames[\(position)]")
            guard let former = object(entry, label: inner, fields: ["name", "year"], required: ["name", "year"]),
                  let old = string(former["name"], "name"), let year = year(former["year"], "year") else { continue }
            if TextNormalization.nameKey(old) == TextNormalization.nameKey(name), let member = former["name"] {
                problem(member.value.position, Message("\(inner.zh)：曾用名与现名“\(name)”相同", "\(inner.en): the former name is the current name '\(name)'"))
            }
            formerNames.append(District.FormerName(name: old, year: year))
        }
        return (District(name: name, nameEn: string(fields["nameEn"], "nameEn") ?? name, formerNames: formerNames), fields["targets"])
    }

    /// A district's own targets (区目标): each for one of the plan's indicators, by id or name,
    /// with a baseline and a target read and checked as the plan's own are.
    private mutating func districtTargets(_ member: Member, label: Label, indicators: [Indicator]) -> [DistrictTarget] {
        var targets: [DistrictTarget] = []
        for (index, node) in array(member, "targets") {
            let inner = Label("\(label.zh)[\(index)]", "\(label.en)[\(index)]")
            guard let fields = object(node, label: inner, fields: ["indicator", "baseline", "target"], required: ["indicator", "target"]),
                  let name = string(fields["indicator"], "indicator"), let nameMember = fields["indicator"] else { continue }
            let key = TextNormalization.nameKey(name)
            guard let indicator = indicators.first(where: { $0.id.rawValue == name || $0.allNames.contains { TextNormalization.nameKey($0) == key } }) else {
                let nearest = indicators.map(\.id.rawValue).min { EditDistance.between(name, $0) < EditDistance.between(name, $1) } ?? ""
                problem(nameMember.value.position, Message("\(inner.zh)：规划没有指标“\(name)”（是否指 \(nearest)？）", "\(inner.en): the plan has no indicator '\(name)' (did you mean \(nearest)?)"))
                continue
            }
            if targets.contains(where: { $0.indicator == indicator.id }) {
                problem(nameMember.value.position, Message("\(inner.zh)：\(indicator.name)的区目标给了两次", "\(inner.en): \(indicator.name) has two district targets"))
                continue
            }
            let baseline = fields["baseline"].map { self.baseline($0.value, label: inner) } ?? Baseline(text: "—", value: nil)
            guard let baseline, let targetMember = fields["target"],
                  let target = target(targetMember.value, label: inner, direction: indicator.direction, baseline: baseline) else { continue }
            targets.append(DistrictTarget(indicator: indicator.id, baseline: baseline, target: target))
        }
        return targets
    }

    private mutating func domain(_ node: Node, index: Int) -> Domain? {
        guard let fields = object(node, label: Label("domains[\(index)]", "domains[\(index)]"), fields: ["id", "name", "nameEn"], required: ["id", "name"]),
              let id = string(fields["id"], "id"), let name = string(fields["name"], "name") else { return nil }
        return Domain(id: id, name: name, nameEn: string(fields["nameEn"], "nameEn") ?? name)
    }

    // MARK: - Indicators

    static let indicatorFields = ["id", "name", "nameEn", "aliases", "domain", "unit", "unitEn", "attribute", "direction",
                                  "baseline", "target", "notes", "notesZh", "milestones", "lead", "partners"]
    static let baselineFields = ["text", "textEn", "value", "approximate"]
    static let targetFields = ["text", "textEn", "kind", "value", "tolerance", "step", "ceiling", "ceilingSource", "percent", "points", "comparison"]
    /// Every kind by its name, from the type: a new kind is known here as soon as it exists.
    static let targetKinds = TargetKind.Tag.allCases.map(\.rawValue)
    /// What `plan import` writes for a target it could not read, until someone gives it a kind.
    static let needsReading = "needs-reading"

    static func label(_ index: Int, _ id: String?) -> Label {
        let text = "indicators[\(index)]" + (id.map { " (\($0))" } ?? "")
        return Label(text, text)
    }

    private mutating func indicator(_ node: Node, index: Int, domains: [Domain], period: ClosedRange<Int>, knownPeriod: Bool) -> Indicator? {
        let idGuess: String? = {
            if case .object(let members) = node.value, let id = members.first(where: { $0.key == "id" }), case .string(let text) = id.value.value { return text }
            return nil
        }()
        let label = Self.label(index, idGuess)
        guard let fields = object(node, label: label, fields: Self.indicatorFields,
                                  required: ["id", "name", "domain", "unit", "attribute", "direction", "baseline", "target"]) else { return nil }
        let before = problems.count
        func say(_ position: JSONDocument.Position, _ message: Message) {
            problem(position, Message("\(label.zh)：", "\(label.en): ") + message)
        }
        let id = string(fields["id"], "id")
        if let id, let member = fields["id"], !Self.isKebabCase(id) {
            say(member.value.position, Message("id 须为小写英文加连字符，如 life-expectancy", "the id must be kebab-case English, like life-expectancy"))
        }
        let name = string(fields["name"], "name")
        let domain = string(fields["domain"], "domain")
        if let domain, let member = fields["domain"], !domains.isEmpty, !domains.contains(where: { $0.id == domain }) {
            say(member.value.position, Message("未知领域“\(domain)”（已有：\(domains.map(\.id).joined(separator: "、"))）",
                                               "unknown domain '\(domain)' (the plan's: \(domains.map(\.id).joined(separator: ", ")))"))
        }
        let unit = string(fields["unit"], "unit")
        var attribute: Attribute?
        if let text = string(fields["attribute"], "attribute"), let member = fields["attribute"] {
            attribute = Attribute(rawValue: text)
            if attribute == nil {
                say(member.value.position, Message("attribute（属性）须为 binding 或 expected，而不是“\(text)”", "attribute must be binding or expected, not '\(text)'"))
            }
        }
        var direction: Direction?
        if let text = string(fields["direction"], "direction"), let member = fields["direction"] {
            direction = Direction(rawValue: text)
            if direction == nil {
                say(member.value.position, Message("direction（方向）须为 higher 或 lower，而不是“\(text)”", "direction must be higher or lower, not '\(text)'"))
            }
        }
        var baseline: Baseline?
        if let member = fields["baseline"] { baseline = self.baseline(member.value, label: label) }
        var target: Target?
        if let member = fields["target"] { target = self.target(member.value, label: label, direction: direction, baseline: baseline) }
        let aliases = strings(fields["aliases"], "aliases")
        let notes = strings(fields["notes"], "notes")
        var notesZh: [String]?
        if fields["notesZh"] != nil { notesZh = strings(fields["notesZh"], "notesZh") }
        if let notesZh, notesZh.count != notes.count, let member = fields["notesZh"] {
            say(member.value.position, Message("notesZh 有 \(notesZh.count) 条，notes 有 \(notes.count) 条；应一一对应",
                                               "notesZh has \(notesZh.count) notes and notes \(notes.count); they go one for one"))
        }
        var milestones: [Milestone] = []
        for (position, node) in array(fields["milestones"], "milestones") {
            guard let entry = object(node, label: Label("\(label.zh).milestones[\(position)]", "\(label.en).milestones[\(position)]"),
                                     fields: ["year", "value", "source"], required: ["year", "value"]),
                  let year = year(entry["year"], "year"), let value = number(entry["value"], "value") else { continue }
            if knownPeriod, !(period.lowerBound < year && year <= period.upperBound), let member = entry["year"] {
                say(member.value.position, Message("年度目标的年份 \(year) 不在规划期 \(period.lowerBound + 1)—\(period.upperBound) 年之内",
                                                   "the milestone year \(year) is outside the plan's years \(period.lowerBound + 1)–\(period.upperBound)"))
            }
            if milestones.contains(where: { $0.year == year }), let member = entry["year"] {
                say(member.value.position, Message("\(year) 年的年度目标给了两次", "two milestones for \(year)"))
            }
            milestones.append(Milestone(year: year, value: value, source: string(entry["source"], "source") ?? ""))
        }
        let lead = string(fields["lead"], "lead").map(TextNormalization.trimmed)
        if let lead, lead.isEmpty, let member = fields["lead"] {
            say(member.value.position, Message("lead（牵头单位）不能为空；没有牵头单位时去掉该字段", "the lead department is empty; leave the field out when there is none"))
        }
        let partners = strings(fields["partners"], "partners").map(TextNormalization.trimmed)
        if let member = fields["partners"] {
            if partners.contains(where: \.isEmpty) { say(member.value.position, Message("partners（配合单位）中有空的一项", "partners has an empty item")) }
            if let lead, partners.contains(lead) { say(member.value.position, Message("“\(lead)”既是牵头单位又是配合单位", "'\(lead)' is both the lead and a partner")) }
            if lead == nil { say(member.value.position, Message("有配合单位（partners）却没有牵头单位（lead）", "partners are given but no lead")) }
        }
        guard problems.count == before, let id, let name, let domain, let unit, let attribute, let direction, let baseline, let target else { return nil }
        return Indicator(
            id: Indicator.ID(id), name: name, nameEn: string(fields["nameEn"], "nameEn") ?? name, aliases: aliases, domainID: domain,
            unit: unit, unitEn: string(fields["unitEn"], "unitEn") ?? unit, attribute: attribute, direction: direction,
            baseline: baseline, target: target, notes: notes, notesZh: notesZh, milestones: milestones).with(lead: lead, partners: partners)
    }

    private mutating func baseline(_ node: Node, label: Label) -> Baseline? {
        let inner = Label("\(label.zh).baseline", "\(label.en).baseline")
        guard let fields = object(node, label: inner, fields: Self.baselineFields, required: ["text"]),
              let text = string(fields["text"], "text") else { return nil }
        return Baseline(text: text, textEn: string(fields["textEn"], "textEn"), value: number(fields["value"], "value"),
                        isApproximate: bool(fields["approximate"], "approximate") ?? false)
    }

    private mutating func target(_ node: Node, label: Label, direction: Direction?, baseline: Baseline?) -> Target? {
        let inner = Label("\(label.zh).target", "\(label.en).target")
        guard let fields = object(node, label: inner, fields: Self.targetFields, required: ["text", "kind"]),
              let text = string(fields["text"], "text"), let kindName = string(fields["kind"], "kind"), let kindMember = fields["kind"] else { return nil }
        func say(_ position: JSONDocument.Position, _ message: Message) {
            problem(position, Message("\(inner.zh)：", "\(inner.en): ") + message)
        }
        func need(_ key: String, _ what: Message) -> Double? {
            if let value = number(fields[key], key) { return value }
            if fields[key] == nil || fields[key]?.value.value == .null {
                say(fields[key]?.value.position ?? node.position, Message("目标类型 \(kindName) 需要 \(key)（\(what.zh)）", "target kind \(kindName) needs a \(key) (\(what.en))"))
            }
            return nil
        }
        func requireDirection(_ expected: Direction) -> Bool {
            guard let direction, direction != expected else { return true }
            say(kindMember.value.position, Message("目标类型 \(kindName) 需要方向 \(expected.rawValue)，而本指标为 \(direction.rawValue)",
                                                   "target kind \(kindName) needs direction \(expected.rawValue), but the indicator's is \(direction.rawValue)"))
            return false
        }
        /// A change from the base value needs the base value to work out the target.
        func fromBaseline() -> Double? {
            guard let value = baseline?.value else {
                say(kindMember.value.position, Message("目标类型 \(kindName) 按基期值的变化计算目标，但基线没有数值（baseline.value）",
                                                       "target kind \(kindName) works the target out from the base value, but the baseline has no value"))
                return nil
            }
            return value
        }
        func changeDirection(_ change: Double, key: String) -> Bool {
            guard change != 0 else {
                if let member = fields[key] { say(member.value.position, Message("\(key) 不能为 0", "\(key) cannot be 0")) }
                return false
            }
            return requireDirection(change < 0 ? .lowerIsBetter : .higherIsBetter)
        }
        let kind: TargetKind?
        switch TargetKind.Tag(rawValue: kindName) {
        case .atLeast?, .maintain?:
            let value = need("value", Message("目标值", "the target"))
            kind = requireDirection(.higherIsBetter) ? value.map { kindName == TargetKind.Tag.atLeast.rawValue ? .atLeast($0) : .maintain($0) } : nil
        case .atMost?, .holdCeiling?:
            let value = need("value", Message("目标值", "the target"))
            kind = requireDirection(.lowerIsBetter) ? value.map { kindName == TargetKind.Tag.atMost.rawValue ? .atMost($0) : .holdCeiling($0) } : nil
        case .around?:
            let value = need("value", Message("目标值", "the target"))
            let tolerance = number(fields["tolerance"], "tolerance") ?? 0.5
            if tolerance < 0, let member = fields["tolerance"] { say(member.value.position, Message("tolerance（允差）不能为负", "a tolerance cannot be negative")) }
            kind = value.map { .around($0, tolerance: tolerance) }
        case .percentChange?:
            let percent = need("percent", Message("相对基期值的变化百分比，如 -10 表示下降10%", "the change from the base value in percent, e.g. -10 for down 10%"))
            if let percent, percent <= -100, let member = fields["percent"] {
                say(member.value.position, Message("下降不能达到或超过 100%", "a fall cannot be 100% or more"))
            }
            let from = fromBaseline()
            kind = if let percent, let from, percent > -100, changeDirection(percent, key: "percent") {
                .percentChange(percent: percent, target: from * (1 + percent / 100))
            } else { nil }
        case .pointsChange?:
            let points = need("points", Message("相对基期值的变化（百分点），如 -3 表示下降3个百分点", "the change from the base value in points, e.g. -3 for down 3 points"))
            let from = fromBaseline()
            kind = if let points, let from, changeDirection(points, key: "points") { .pointsChange(points: points, target: from + points) } else { nil }
        case .annualDecrease?:
            let step = number(fields["step"], "step") ?? 1
            if step <= 0, let member = fields["step"] { say(member.value.position, Message("step（年降幅）必须大于 0", "the step must be more than 0")) }
            kind = requireDirection(.lowerIsBetter) ? .annualDecrease(step: step) : nil
        case .stableLow?:
            let ceiling = need("ceiling", Message("上限", "the highest acceptable value"))
            kind = requireDirection(.lowerIsBetter) ? ceiling.map { .stableLow(ceiling: $0, source: string(fields["ceilingSource"], "ceilingSource") ?? "") } : nil
        case .keepImproving?:
            kind = .keepImproving
        case .versusReference?:
            let names = ReferenceComparison.allCases.map(\.rawValue)
            let text = string(fields["comparison"], "comparison")
            let comparison = text.flatMap(ReferenceComparison.init(rawValue:))
            if fields["comparison"] == nil {
                say(node.position, Message("目标类型 reference 需要 comparison（\(names.joined(separator: "、"))）", "target kind reference needs a comparison (\(names.joined(separator: ", ")))"))
            } else if comparison == nil, let text, let member = fields["comparison"] {
                say(member.value.position, Message("comparison 须为 \(names.joined(separator: "、")) 之一，而不是“\(text)”", "comparison must be one of \(names.joined(separator: ", ")), not '\(text)'"))
            }
            let fits = switch comparison {
            case .above?: requireDirection(.higherIsBetter)
            case .below?: requireDirection(.lowerIsBetter)
            case .reach?, nil: true
            }
            kind = fits ? comparison.map { .versusReference($0) } : nil
        case nil where kindName == Self.needsReading:
            say(kindMember.value.position, Message("目标“\(text)”尚待解读：请把 kind 改为 \(Self.targetKinds.joined(separator: "、")) 之一，并给出相应数值",
                                                   "the target '\(text)' needs a reading: set kind to one of \(Self.targetKinds.joined(separator: ", ")) with its number"))
            kind = nil
        case nil:
            let nearest = Self.targetKinds.min { EditDistance.between(kindName, $0) < EditDistance.between(kindName, $1) } ?? ""
            say(kindMember.value.position, Message("未知目标类型“\(kindName)”（可用：\(Self.targetKinds.joined(separator: "、"))；是否指 \(nearest)？）",
                                                   "unknown target kind '\(kindName)' (\(Self.targetKinds.joined(separator: ", ")); did you mean \(nearest)?)"))
            kind = nil
        }
        // A distance target on the wrong side of the baseline would count progress backwards.
        if let kind, let direction, let from = baseline?.value, let to = kind.value, kind.isDistanceTarget {
            let wrongSide = direction == .higherIsBetter ? to < from : to > from
            if wrongSide, let member = fields["value"] {
                say(member.value.position, Message(
                    "目标 \(NumberText.plain(to)) 在基线 \(NumberText.plain(from)) 的\(direction == .higherIsBetter ? "下方" : "上方")，但该指标\(direction == .higherIsBetter ? "越高越好" : "越低越好")",
                    "the target \(NumberText.plain(to)) is \(direction == .higherIsBetter ? "below" : "above") the baseline \(NumberText.plain(from)), but this indicator is better \(direction == .higherIsBetter ? "higher" : "lower")"))
            }
        }
        return kind.map { Target(text: text, textEn: string(fields["textEn"], "textEn"), kind: $0) }
    }

    static func isKebabCase(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // MARK: - Values

    /// What a message calls an object: `indicators[3] (tuberculosis-incidence)`.
    struct Label {
        let zh: String
        let en: String
        init(_ zh: String, _ en: String) {
            self.zh = zh
            self.en = en
        }
    }

    /// The members of an object by key, after reporting keys that are unknown, given twice or missing.
    private mutating func object(_ node: Node, label: Label, fields: [String], required: [String]) -> [String: Member]? {
        guard case .object(let members) = node.value else {
            problem(node.position, Message("\(label.zh) 应为对象 {…}", "\(label.en) must be an object {…}"))
            return nil
        }
        var byKey: [String: Member] = [:]
        for member in members {
            if byKey[member.key] != nil {
                problem(member.keyPosition, Message("\(label.zh)：“\(member.key)”出现了两次", "\(label.en): '\(member.key)' is given twice"))
                continue
            }
            guard fields.contains(member.key) else {
                let nearest = fields.min { EditDistance.between(member.key, $0) < EditDistance.between(member.key, $1) }
                let hint = nearest.flatMap { EditDistance.between(member.key, $0) <= 2 ? $0 : nil }
                problem(member.keyPosition, Message(
                    "\(label.zh)：未知字段“\(member.key)”" + (hint.map { "（是否指 \($0)？）" } ?? "（可用：\(fields.joined(separator: "、"))）"),
                    "\(label.en): unknown field '\(member.key)'" + (hint.map { " (did you mean \($0)?)" } ?? " (fields here: \(fields.joined(separator: ", ")))")))
                continue
            }
            byKey[member.key] = member
        }
        for key in required where byKey[key] == nil && !members.contains(where: { $0.key == key }) {
            problem(node.position, Message("\(label.zh) 缺少“\(key)”", "\(label.en) has no '\(key)'"))
        }
        return byKey
    }

    private mutating func string(_ member: Member?, _ key: String) -> String? {
        guard let member else { return nil }
        guard case .string(let text) = member.value.value else {
            if member.value.value != .null { problem(member.value.position, Message("“\(key)”应为文字（用双引号括起）", "'\(key)' must be text in double quotes")) }
            return nil
        }
        return text
    }

    private mutating func number(_ member: Member?, _ key: String) -> Double? {
        guard let member else { return nil }
        guard case .number(let value) = member.value.value else {
            if member.value.value != .null { problem(member.value.position, Message("“\(key)”应为数字", "'\(key)' must be a number")) }
            return nil
        }
        return value
    }

    private mutating func year(_ member: Member?, _ key: String) -> Int? {
        guard let value = number(member, key), let member else { return nil }
        guard value == value.rounded(), (1900...2200).contains(value) else {
            problem(member.value.position, Message("“\(key)”应为年份，如 2025", "'\(key)' must be a year such as 2025"))
            return nil
        }
        return Int(value)
    }

    private mutating func bool(_ member: Member?, _ key: String) -> Bool? {
        guard let member else { return nil }
        guard case .bool(let value) = member.value.value else {
            problem(member.value.position, Message("“\(key)”应为 true 或 false", "'\(key)' must be true or false"))
            return nil
        }
        return value
    }

    private mutating func array(_ member: Member?, _ key: String) -> [(index: Int, node: Node)] {
        guard let member else { return [] }
        guard case .array(let items) = member.value.value else {
            problem(member.value.position, Message("“\(key)”应为数组 […]", "'\(key)' must be a list […]"))
            return []
        }
        return Array(items.enumerated()).map { ($0.offset, $0.element) }
    }

    private mutating func strings(_ member: Member?, _ key: String) -> [String] {
        array(member, key).compactMap { item in
            guard case .string(let text) = item.node.value else {
                problem(item.node.position, Message("“\(key)”中的每一项应为文字", "each item of '\(key)' must be text"))
                return nil
            }
            return text
        }
    }
}
