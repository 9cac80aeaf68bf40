/// `regions --format csv`: the comparison as a long table, one row per region and indicator,
/// that Excel opens with the Chinese intact (UTF-8 with a byte-order mark) and can pivot.
/// Written a region at a time (`header`, then `rows` of each), so that thousands of regions
/// can be made on every core and never be all in memory.
package struct RegionsCSV: Sendable {
    let plan: Plan
    let labels: Labels
    let evaluationYear: String
    /// What is the same for every region, worked out once: the indicators' words.
    let words: [(id: String, name: String, attribute: String)]

    package init(plan: Plan, year: Int, language: Language) {
        self.plan = plan
        labels = Labels(language)
        evaluationYear = String(year)
        words = plan.indicators.map { [labels] in (id: $0.id.rawValue, name: labels.name($0), attribute: labels.attribute($0.attribute)) }
    }

    package static func render(_ comparison: RegionComparison, language: Language) -> String {
        let table = RegionsCSV(plan: comparison.plan, year: comparison.year, language: language)
        var bytes = table.header
        for region in comparison.regions { bytes += table.rows(region) }
        return String(decoding: bytes, as: UTF8.self)
    }

    package var header: [UInt8] {
        let names = labels.language == .zh
            ? ["地区", "指标", "名称", "属性", "评估年份", "数值年份", "数值", "基线", "基线年份", "目标", "目标来源", "进度", "时间进度", "状态", "证据强度"]
            : ["region", "indicator", "name", "attribute", "evaluation year", "value year", "value", "baseline", "baseline year", "target", "target of", "progress", "expected progress", "status", "evidence"]
        return Array((DataEntryTemplate.byteOrderMark + CSVWriter.document([names])).utf8)
    }

    /// One region's rows, an indicator a row. Fields go straight into the bytes: no array of
    /// strings per row, for a million rows.
    package func rows(_ region: PlanAssessment) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(region.assessments.count * 160)
        func number(_ value: Double?) -> String { value.map(NumberText.plain) ?? "" }
        func field(_ text: String) {
            CSVWriter.append(field: text, to: &bytes)
            bytes.append(UInt8(ascii: ","))
        }
        for (words, assessment) in zip(words, region.assessments) {
            field(region.region)
            field(words.id)
            field(words.name)
            field(words.attribute)
            field(evaluationYear)
            field(assessment.year.map { String($0) } ?? "")
            field(number(assessment.value))
            field(number(assessment.baseline?.value))
            field(assessment.baseline.map { String($0.year) } ?? "")
            field(number(assessment.target))
            field(labels.targetOwner(assessment, plan: plan))
            field(assessment.progress.map(NumberText.percent) ?? "")
            field(assessment.expectedProgress.map(NumberText.percent) ?? "")
            field(labels.status(assessment.status, kind: assessment.indicator.target.kind))
            CSVWriter.append(field: region.evidence(assessment).map { labels.evidence($0.grade) } ?? "", to: &bytes)
            bytes.append(UInt8(ascii: "\r"))
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }
}
