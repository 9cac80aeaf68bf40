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
            ("indicators", .array(result.assessments.map { assessment($0, plan: result.plan, evidence: result.evidence($0)) })),
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
        let writer = RegionsWriter(plan: comparison.plan, year: comparison.year)
        write(writer.opening)
        var atRisk = [[String]](repeating: [], count: writer.binding.count)
        for (position, region) in comparison.regions.enumerated() {
            write(writer.entry(region, first: position == 0))
            for (slot, risk) in writer.atRisk(region).enumerated() where risk { atRisk[slot].append(region.region) }
        }
        write(writer.closing(atRisk: atRisk, warnings: comparison.warnings))
    }

    /// The comparison in pieces, so that thousands of regions can be written as they are made:
    /// `opening`, each region's `entry` (the first with `first`), then `closing` with what was
    /// gathered on the way.
    package struct RegionsWriter: Sendable {
        let plan: Plan
        let year: Int
        /// The binding indicators, by position in the plan.
        package let binding: [Int]

        package init(plan: Plan, year: Int) {
            self.plan = plan
            self.year = year
            binding = plan.indicators.indices.filter { plan.indicators[$0].attribute == .binding }
        }

        package var opening: [UInt8] {
            Array("{\n  \"plan\": ".utf8) + AssessmentJSON.plan(plan).serializedBytes(indent: 2)
                + Array(",\n  \"year\": \(year),\n  \"evaluation\": \"\(evaluation(year: year, plan: plan))\",\n  \"regions\": {".utf8)
        }

        package func entry(_ region: PlanAssessment, first: Bool) -> [UInt8] {
            let counts = RegionComparison.Counts(region)
            let value = JSONValue.object([
                ("regionEn", .string(plan.englishName(of: region.region))),
                ("counts", .object([
                    ("achieved", .int(counts.achieved)), ("onTrack", .int(counts.onTrack)), ("lagging", .int(counts.lagging)),
                    ("atRisk", .int(counts.atRisk)), ("withoutData", .int(counts.withoutData)),
                ])),
                ("indicators", .object(region.assessments.map { ($0.indicator.id.rawValue, assessment($0, plan: plan, evidence: region.evidence($0))) })),
            ])
            return Array((first ? "\n    " : ",\n    ").utf8) + JSONValue.string(region.region).serializedBytes() + Array(": ".utf8)
                + value.serializedBytes(indent: 4)
        }

        /// Which binding indicators (as in `binding`) the region has at risk.
        package func atRisk(_ region: PlanAssessment) -> [Bool] {
            binding.map { region.assessments[$0].isAtRisk }
        }

        /// - Parameters:
        ///   - atRisk: for each of `binding`, the regions where it is at risk, in order.
        ///   - warnings: the data's (the plan region's assessment, which comes first, checks the baselines).
        package func closing(atRisk: [[String]], warnings: [Diagnostic]) -> [UInt8] {
            Array("\n  },\n  \"bindingAtRisk\": ".utf8)  // the plan's own region is always there
                + JSONValue.array(zip(binding, atRisk).map { index, regions in
                    .object([("id", .string(plan.indicators[index].id.rawValue)), ("regions", .array(regions.map(JSONValue.string)))])
                }).serializedBytes(indent: 2)
                + Array(",\n  \"warnings\": ".utf8) + JSONValue.array(warnings.map(diagnostic)).serializedBytes(indent: 2) + Array("\n}\n".utf8)
        }
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

    /// - Parameter evidence: the verdict's evidence, where the output gives it (a region's status
    ///   and `regions`; not the whole-comparison document of the report's JSON twin).
    package static func assessment(_ assessment: Assessment, plan: Plan, evidence: Evidence?? = nil) -> JSONValue {
        let indicator = assessment.indicator
        let whatIf: [(String, JSONValue)] = [("neededNextYear", .optional(assessment.neededNextYear)), ("reachedYear", .optional(assessment.reachedYear))]
        let graded: [(String, JSONValue)] = evidence.map { [("evidence", QualityJSON.evidence($0))] } ?? []
        let members: [(String, JSONValue)] = [
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
        ]
        return .object(members + whatIf + graded)
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
