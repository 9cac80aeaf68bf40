/// The machine-readable form of `status`, `indicators` and `check` (the README's "The machine-readable form").
/// A stable interface: keys are added, never renamed or removed.
public enum AssessmentJSON {
    /// `status --format json`: the whole assessment as one JSON object, unrounded numbers, keys
    /// that may be added to but never renamed.
    public static func render(_ result: PlanAssessment) -> String {
        status(result).serialized() + "\n"
    }

    package static func plan(_ plan: Plan) -> JSONValue {
        .object([
            ("name", .string(plan.name)),
            ("nameEn", .string(plan.nameEn)),
            ("region", .string(plan.region)),
            ("referenceRegion", .string(plan.referenceRegion)),
            ("baselineYear", .int(plan.baselineYear)),
            ("targetYear", .int(plan.targetYear)),
        ])
    }

    package static func status(_ result: PlanAssessment) -> JSONValue {
        .object([
            ("plan", plan(result.plan)),
            ("region", .string(result.region)),
            ("year", .int(result.year)),
            ("evaluation", .string(evaluation(year: result.year, plan: result.plan))),
            ("indicators", .array(result.assessments.map { assessment($0, plan: result.plan) })),
            ("summary", summary(result.summary)),
            ("warnings", .array(result.warnings.map(diagnostic))),
            ("otherRegions", .array(result.otherRegions.map { .object([("region", .string($0.name)), ("rows", .int($0.rows))]) })),
        ])
    }

    /// `regions --format json`: objects keyed region → indicator id → the fields of `status
    /// --format json`, with each region's counts; then per binding indicator the regions at risk.
    /// Written a region at a time, as it is made: a file of 20,000 regions gives 750 MB of JSON,
    /// and building it whole first took 2.5 GB of memory.
    package static func writeRegions(_ comparison: RegionComparison, to write: ([UInt8]) -> Void) {
        func text(_ string: String) { write(Array(string.utf8)) }
        text("{\n  \"plan\": ")
        write(plan(comparison.plan).serializedBytes(indent: 2))
        text(",\n  \"year\": \(comparison.year),\n  \"evaluation\": \"\(evaluation(year: comparison.year, plan: comparison.plan))\",\n  \"regions\": {")
        for (position, region) in comparison.regions.enumerated() {
            let counts = comparison.counts(region)
            let value = JSONValue.object([
                ("regionEn", .string(comparison.plan.englishName(of: region.region))),
                ("counts", .object([
                    ("achieved", .int(counts.achieved)), ("onTrack", .int(counts.onTrack)), ("lagging", .int(counts.lagging)),
                    ("atRisk", .int(counts.atRisk)), ("withoutData", .int(counts.withoutData)),
                ])),
                ("indicators", .object(region.assessments.map { ($0.indicator.id.rawValue, assessment($0, plan: comparison.plan)) })),
            ])
            text(position == 0 ? "\n    " : ",\n    ")
            write(JSONValue.string(region.region).serializedBytes())
            text(": ")
            write(value.serializedBytes(indent: 4))
        }
        text("\n  },\n  \"bindingAtRisk\": ")  // the plan's own region is always there
        write(JSONValue.array(comparison.bindingAtRisk.map { entry in
            .object([("id", .string(entry.indicator.id.rawValue)), ("regions", .array(entry.regions.map(JSONValue.string)))])
        }).serializedBytes(indent: 2))
        text(",\n  \"warnings\": ")
        write(JSONValue.array(comparison.warnings.map(diagnostic)).serializedBytes(indent: 2))
        text("\n}\n")
    }

    /// `final` from the target year on (终期评估: achieved or not met, nothing projected), else `monitoring`.
    static func evaluation(year: Int, plan: Plan) -> String { year >= plan.targetYear ? "final" : "monitoring" }

    /// A warning with its place apart, in both languages like every name in the JSON.
    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("severity", .string(diagnostic.severity.rawValue)),
            ("file", .string(diagnostic.location.file)),
            ("line", .int(diagnostic.location.line)),
            ("message", .string(diagnostic.message.zh)),
            ("messageEn", .string(diagnostic.message.en)),
        ])
    }

    package static func assessment(_ assessment: Assessment, plan: Plan) -> JSONValue {
        let indicator = assessment.indicator
        return .object([
            ("id", .string(indicator.id.rawValue)),
            ("name", .string(indicator.name)),
            ("nameEn", .string(indicator.nameEn)),
            ("domain", .string(indicator.domainID)),
            ("domainName", .string(plan.domain(id: indicator.domainID)?.name ?? "")),
            ("unit", .string(indicator.unit)),
            ("attribute", .string(indicator.attribute.rawValue)),
            ("lead", .optional(indicator.lead)),
            ("partners", .array(indicator.partners.map(JSONValue.string))),
            ("targetKind", .string(indicator.target.kind.name)),
            ("baseline", .optional(assessment.baseline?.value)),
            ("baselineYear", .optional(assessment.baseline?.year)),
            ("baselineProvisional", .optional(assessment.baseline?.isProvisional)),
            ("baselineApproximate", .optional(assessment.baseline?.isApproximate)),
            ("baselineText", .string(indicator.baseline.text)),
            ("target", .optional(assessment.target)),
            ("targetText", .string(indicator.target.text)),
            ("targetOwner", .string(assessment.targetOwner.rawValue)),
            ("threshold", .optional(assessment.threshold)),
            ("year", .optional(assessment.year)),
            ("value", .optional(assessment.value)),
            ("progress", .optional(assessment.progress)),
            ("expectedProgress", .optional(assessment.expectedProgress)),
            ("gap", .optional(assessment.gap)),
            ("paceNeeded", .optional(assessment.paceNeeded)),
            ("paceSoFar", .optional(assessment.paceSoFar)),
            ("projected", .optional(assessment.projected)),
            ("projectionPoints", .int(assessment.projectionPoints)),
            ("worsening", .optional(assessment.worsening)),
            ("projectedMet", .optional(assessment.projectedMet)),
            ("status", .string(assessment.status.rawValue)),
            ("level", .string(assessment.level.rawValue)),
            ("dataGap", .bool(assessment.isDataGap)),
            ("baselineMissing", .bool(assessment.isMissingBaseline)),
            ("referenceValue", .optional(assessment.referenceValue)),
            ("yearOnYearChange", .optional(assessment.yearOnYearChange)),
            ("slowYears", .array(assessment.slowYears.map(JSONValue.int))),
            ("milestone", assessment.milestone.map { milestone in
                .object([
                    ("year", .int(milestone.year)), ("value", .number(milestone.value)), ("source", .string(milestone.source)),
                    ("met", .optional(assessment.milestoneMet)), ("gap", .optional(assessment.milestoneGap)),
                ])
            } ?? .null),
            ("values", .array(assessment.series.map { value in
                .object([
                    ("year", .int(value.year)),
                    ("value", .number(value.value)),
                    ("source", .string(value.source)),
                    ("note", .string(value.note)),
                    ("location", .string(value.location.description)),
                ])
            })),
        ])
    }

    package static func summary(_ summary: Summary) -> JSONValue {
        func counts(_ counts: [Status: Int], total: Int) -> JSONValue {
            .object([("total", .int(total))] + Status.allCases.map { ($0.rawValue, .int(counts[$0] ?? 0)) })
        }
        return .object([
            ("binding", counts(summary.binding, total: summary.count(.binding))),
            ("expected", counts(summary.expected, total: summary.count(.expected))),
            ("bindingAtRisk", .array(summary.bindingAtRisk.map { .string($0.indicator.id.rawValue) })),
            ("expectedLagging", .array(summary.expectedLagging.map { .string($0.indicator.id.rawValue) })),
        ])
    }

    /// `plan-track indicators --format json`: the plan as plan-track reads it.
    package static func indicators(_ plan: Plan) -> JSONValue {
        .object([
            ("plan", self.plan(plan)),
            ("domains", .array(plan.domains.map { .object([("id", .string($0.id)), ("name", .string($0.name)), ("nameEn", .string($0.nameEn))]) })),
            ("indicators", .array(plan.indicators.map(indicator))),
        ])
    }

    package static func indicator(_ indicator: Indicator) -> JSONValue {
        let target: [(String, JSONValue)] = [("text", .string(indicator.target.text)), ("kind", .string(indicator.target.kind.name))]
            + PlanFileWriter.targetFields(indicator.target.kind, keepingEmpty: true)
        return .object([
            ("id", .string(indicator.id.rawValue)),
            ("name", .string(indicator.name)),
            ("nameEn", .string(indicator.nameEn)),
            ("aliases", .array(indicator.aliases.map(JSONValue.string))),
            ("domain", .string(indicator.domainID)),
            ("unit", .string(indicator.unit)),
            ("unitEn", .string(indicator.unitEn)),
            ("attribute", .string(indicator.attribute.rawValue)),
            ("lead", .optional(indicator.lead)),
            ("partners", .array(indicator.partners.map(JSONValue.string))),
            ("direction", .string(indicator.direction.rawValue)),
            ("baseline", .object([
                ("text", .string(indicator.baseline.text)),
                ("value", .optional(indicator.baseline.value)),
                ("approximate", .bool(indicator.baseline.isApproximate)),
            ])),
            ("target", .object(target)),
            ("notes", .array(indicator.notes.map(JSONValue.string))),
            ("notesZh", .array(indicator.notesZh.map(JSONValue.string))),
            ("milestones", .array(indicator.milestones.map { .object([("year", .int($0.year)), ("value", .number($0.value)), ("source", .string($0.source))]) })),
        ])
    }
}
