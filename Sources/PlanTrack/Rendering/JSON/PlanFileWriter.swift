/// Writes a plan as a plan file, in the format `PlanFile` reads (`docs/plan-format.md`): what
/// `plan milestones` writes back after adding milestones. Optional fields equal to their
/// defaults are left out, so the file stays as short as one written by hand.
package enum PlanFileWriter {
    package static func render(_ plan: Plan) -> String {
        document(plan).serialized() + "\n"
    }

    package static func document(_ plan: Plan) -> JSONValue {
        var top: [(String, JSONValue)] = [("name", .string(plan.name))]
        if plan.nameEn != plan.name { top.append(("nameEn", .string(plan.nameEn))) }
        if !plan.source.isEmpty { top.append(("source", .string(plan.source))) }
        top.append(("region", .string(plan.region)))
        if plan.regionEn != plan.region { top.append(("regionEn", .string(plan.regionEn))) }
        if !plan.referenceRegion.isEmpty {
            top.append(("referenceRegion", .string(plan.referenceRegion)))
            if plan.referenceRegionEn != plan.referenceRegion { top.append(("referenceRegionEn", .string(plan.referenceRegionEn))) }
        }
        if !plan.districts.isEmpty {
            top.append(("districts", .array(plan.districts.map { district in
                var fields: [(String, JSONValue)] = [("name", .string(district.name))]
                if district.nameEn != district.name { fields.append(("nameEn", .string(district.nameEn))) }
                if !district.formerNames.isEmpty {
                    fields.append(("formerNames", .array(district.formerNames.map { .object([("name", .string($0.name)), ("year", .int($0.year))]) })))
                }
                if !district.targets.isEmpty {
                    fields.append(("targets", .array(district.targets.map { own in
                        .object([("indicator", .string(own.indicator.rawValue)), ("baseline", baseline(own.baseline)), ("target", target(own.target))])
                    })))
                }
                return .object(fields)
            })))
        }
        top += [("baselineYear", .int(plan.baselineYear)), ("targetYear", .int(plan.targetYear))]
        top.append(("domains", .array(plan.domains.map { domain in
            .object([("id", .string(domain.id)), ("name", .string(domain.name))] + (domain.nameEn != domain.name ? [("nameEn", .string(domain.nameEn))] : []))
        })))
        top.append(("indicators", .array(plan.indicators.map(indicator))))
        if !plan.checks.isEmpty {
            top.append(("checks", .array(plan.checks.map { check in
                .object([("left", .string(check.left.rawValue)), ("relation", .string(check.relation.rawValue)), ("right", .string(check.right.rawValue))]
                        + (check.reason.isEmpty ? [] : [("reason", .string(check.reason))]))
            })))
        }
        return .object(top)
    }

    /// The numbers that go with a target's kind, as the plan file writes them and JSON shows them:
    /// one place for both.
    package static func targetFields(_ kind: TargetKind, keepingEmpty: Bool) -> [(String, JSONValue)] {
        switch kind {
        case .atLeast(let value), .atMost(let value), .maintain(let value), .holdCeiling(let value): return [("value", .number(value))]
        case .around(let value, let tolerance): return [("value", .number(value)), ("tolerance", .number(tolerance))]
        case .percentChange(let percent, let target): return [("percent", .number(percent))] + (keepingEmpty ? [("value", .number(target))] : [])
        case .pointsChange(let points, let target): return [("points", .number(points))] + (keepingEmpty ? [("value", .number(target))] : [])
        case .annualDecrease(let step): return [("step", .number(step))]
        case .stableLow(let ceiling, let source):
            return [("ceiling", .number(ceiling))] + (source.isEmpty && !keepingEmpty ? [] : [("ceilingSource", .string(source))])
        case .keepImproving: return []
        case .versusReference(let comparison): return [("comparison", .string(comparison.rawValue))]
        }
    }

    static func baseline(_ baseline: Baseline) -> JSONValue {
        var fields: [(String, JSONValue)] = [("text", .string(baseline.text))]
        if baseline.textEn != baseline.text { fields.append(("textEn", .string(baseline.textEn))) }
        if let value = baseline.value { fields.append(("value", .number(value))) }
        if baseline.isApproximate { fields.append(("approximate", .bool(true))) }
        return .object(fields)
    }

    static func target(_ target: Target) -> JSONValue {
        var fields: [(String, JSONValue)] = [("text", .string(target.text))]
        if target.textEn != target.text { fields.append(("textEn", .string(target.textEn))) }
        fields.append(("kind", .string(target.kind.name)))
        return .object(fields + targetFields(target.kind, keepingEmpty: false))
    }

    static func indicator(_ indicator: Indicator) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(indicator.id.rawValue)), ("name", .string(indicator.name))]
        if indicator.nameEn != indicator.name { fields.append(("nameEn", .string(indicator.nameEn))) }
        if !indicator.aliases.isEmpty { fields.append(("aliases", .array(indicator.aliases.map(JSONValue.string)))) }
        fields += [("domain", .string(indicator.domainID)), ("unit", .string(indicator.unit))]
        if indicator.unitEn != indicator.unit { fields.append(("unitEn", .string(indicator.unitEn))) }
        fields += [("attribute", .string(indicator.attribute.rawValue)), ("direction", .string(indicator.direction.rawValue))]
        fields += [("baseline", baseline(indicator.baseline)), ("target", target(indicator.target))]
        if !indicator.milestones.isEmpty {
            fields.append(("milestones", .array(indicator.milestones.map { milestone in
                .object([("year", .int(milestone.year)), ("value", .number(milestone.value))] + (milestone.source.isEmpty ? [] : [("source", .string(milestone.source))]))
            })))
        }
        if let lead = indicator.lead { fields.append(("lead", .string(lead))) }
        if !indicator.partners.isEmpty { fields.append(("partners", .array(indicator.partners.map(JSONValue.string)))) }
        if !indicator.notes.isEmpty { fields.append(("notes", .array(indicator.notes.map(JSONValue.string)))) }
        if indicator.notesZh != indicator.notes { fields.append(("notesZh", .array(indicator.notesZh.map(JSONValue.string)))) }
        return .object(fields)
    }
}
