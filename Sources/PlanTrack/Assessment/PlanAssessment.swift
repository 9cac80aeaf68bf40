/// The whole picture: every indicator of the plan for one region and year, and its summary.
public struct PlanAssessment: Sendable {
    public let plan: Plan
    public let region: String
    /// Y: the evaluation year.
    public let year: Int
    /// All indicators, in plan order.
    public let assessments: [Assessment]
    /// Problems the data raises but that do not stop the assessment (e.g. a 2020 row that differs from the plan).
    public let warnings: [Diagnostic]
    /// Regions with values in the data that this assessment leaves out (not the region assessed,
    /// nor the reference region): said wherever the assessment is shown, so none goes unnoticed.
    public let otherRegions: [OtherRegion]
    /// The data-quality findings on the region's values (`QualityReview`), which its verdicts'
    /// evidence weighs; in a comparison of regions, set only where the output gives evidence
    /// (`regions --format json|csv`).
    public internal(set) var findings: [QualityFinding] = []
    /// The share of the region's indicator-years after the baseline year, up to Y, with a value
    /// (`QualityReview`); nil in a comparison of regions.
    public internal(set) var completeness: Double?

    /// How far the verdict on one indicator can be trusted; nil where it has no value.
    public func evidence(_ assessment: Assessment) -> Evidence? {
        Evidence(assessment, findings: findings)
    }

    public struct OtherRegion: Sendable, Equatable {
        public let name: String
        /// How many values the data has for it.
        public let rows: Int
    }

    public var summary: Summary { Summary(assessments) }

    /// The same, each indicator without its reported values (`Assessment.series`): what a
    /// comparison of thousands of regions keeps of the regions it only shows a cell of.
    package var withoutSeries: PlanAssessment {
        PlanAssessment(plan: plan, region: region, year: year, assessments: assessments.map { assessment in
            var lighter = assessment
            lighter.series = []
            return lighter
        }, warnings: warnings, otherRegions: otherRegions)
    }

    /// True when some indicator has a reported value for the region.
    public var hasValues: Bool { assessments.contains { $0.value != nil } }
}

/// Counts of each status among binding and among expected indicators (spec: "Binding vs expected").
public struct Summary: Sendable {
    public let binding: [Status: Int]
    public let expected: [Status: Int]
    /// Binding indicators behind, moving away or not met: most serious first, then plan order.
    public let bindingAtRisk: [Assessment]
    /// Expected indicators with a warning level, most serious first.
    public let expectedLagging: [Assessment]

    public init(_ assessments: [Assessment]) {
        func counts(_ attribute: Attribute) -> [Status: Int] {
            var counts: [Status: Int] = [:]
            for assessment in assessments where assessment.indicator.attribute == attribute {
                counts[assessment.status, default: 0] += 1
            }
            return counts
        }
        binding = counts(.binding)
        expected = counts(.expected)
        bindingAtRisk = Summary.bySeverity(assessments.filter(\.isAtRisk))
        expectedLagging = Summary.bySeverity(assessments.filter { $0.indicator.attribute == .expected && $0.status.isShortfall })
    }

    public func count(_ attribute: Attribute) -> Int {
        (attribute == .binding ? binding : expected).values.reduce(0, +)
    }

    /// Most serious status first; ties keep plan order (the sort is stable).
    static func bySeverity(_ assessments: [Assessment]) -> [Assessment] {
        assessments.enumerated().sorted {
            ($0.element.status.severity, -$0.offset) > ($1.element.status.severity, -$1.offset)
        }.map(\.element)
    }
}
