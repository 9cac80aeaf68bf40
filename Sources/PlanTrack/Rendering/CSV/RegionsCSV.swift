/// `regions --format csv`: the comparison as a long table, one row per region and indicator,
/// that Excel opens with the Chinese intact (UTF-8 with a byte-order mark) and can pivot.
package enum RegionsCSV {
    package static func render(_ comparison: RegionComparison, language: Language) -> String {
        let labels = Labels(language)
        let header = language == .zh
            ? ["地区", "指标", "名称", "属性", "评估年份", "数值年份", "数值", "基线", "基线年份", "目标", "目标来源", "进度", "时间进度", "状态"]
            : ["region", "indicator", "name", "attribute", "evaluation year", "value year", "value", "baseline", "baseline year", "target", "target of", "progress", "expected progress", "status"]
        func number(_ value: Double?) -> String { value.map(NumberText.plain) ?? "" }
        var records = [header]
        for region in comparison.regions {
            for assessment in region.assessments {
                let indicator = assessment.indicator
                records.append([
                    region.region, indicator.id.rawValue, labels.name(indicator), labels.attribute(indicator.attribute),
                    String(comparison.year), assessment.year.map { String($0) } ?? "", number(assessment.value),
                    number(assessment.baseline?.value), assessment.baseline.map { String($0.year) } ?? "", number(assessment.target), labels.targetOwner(assessment, plan: comparison.plan),
                    assessment.progress.map(NumberText.percent) ?? "", assessment.expectedProgress.map(NumberText.percent) ?? "", labels.status(assessment.status, kind: indicator.target.kind),
                ])
            }
        }
        return DataEntryTemplate.byteOrderMark + CSVWriter.document(records)
    }
}
