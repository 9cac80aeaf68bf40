/// `quality --format json`: completeness and findings, every number unrounded.
package enum QualityJSON {
    package static func render(_ review: QualityReview) -> JSONValue {
        let plan = review.plan
        return .object([
            ("plan", AssessmentJSON.plan(plan)),
            ("years", .array([.int(plan.baselineYear + 1), .int(review.year)])),
            ("completeness", .object([
                ("total", .optional(review.totalCompleteness)),
                ("regions", .object(review.regions.map { region in
                    (region, .object([
                        ("total", .optional(review.completeness(of: region))),
                        ("indicators", .object(plan.indicators.enumerated().map { index, indicator in
                            (indicator.id.rawValue, .optional(review.completeness[region].map { $0[index] }))
                        })),
                    ]))
                })),
                ("indicators", .object(plan.indicators.map { ($0.id.rawValue, .optional(review.completeness(of: $0.id))) })),
            ])),
            ("findings", .array(findings(review.findings))),
            ("thresholds", .object([
                ("overTimeShare", .number(QualityReview.overTimeShare)),
                ("smallCountOverTimeShare", .number(QualityReview.smallCountOverTimeShare)),
                ("outlierScore", .number(QualityReview.outlierScore)),
                ("outlierPeers", .int(QualityReview.outlierPeers)),
            ])),
        ])
    }

    /// The findings in order, their sentences made on every core: a synthetic file of noise
    /// has a hundred thousand of them (`.ci/benchmark`).
    static func findings(_ findings: [QualityFinding]) -> [JSONValue] {
        let piece = 4_096
        return Parallel.map((findings.count + piece - 1) / piece) { part in
            findings[part * piece..<min(findings.count, (part + 1) * piece)].map(finding)
        }.flatMap { $0 }
    }

    package static func finding(_ finding: QualityFinding) -> JSONValue {
        let message = finding.message
        return .object([
            ("kind", .string(finding.kind.rawValue)), ("region", .string(finding.region)), ("indicator", .string(finding.indicator.rawValue)),
            ("year", .optional(finding.year)), ("value", .optional(finding.value)),
            ("message", .string(message.zh)), ("messageEn", .string(message.en)),
        ])
    }

    /// An assessment's evidence: its grade and the reasons, in both languages.
    package static func evidence(_ evidence: Evidence?) -> JSONValue {
        guard let evidence else { return .null }
        return .object([
            ("grade", .string(evidence.grade.rawValue)),
            ("reasons", .array(evidence.reasons.map { .object([("message", .string($0.message.zh)), ("messageEn", .string($0.message.en)), ("weight", .int($0.weight))]) })),
        ])
    }
}
