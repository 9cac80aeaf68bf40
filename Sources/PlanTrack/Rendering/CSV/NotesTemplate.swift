/// The analysts' notes file to fill for a year (`template --notes`): a row for each indicator
/// that needs explaining (not met, lagging, moving away), with its verdict for reference, and a
/// row each for the year's achievements, problems and next steps. An existing file is extended:
/// its header and every row of it are kept as they are, and only the rows it lacks are added.
package enum NotesTemplate {
    package static func render(_ result: PlanAssessment, language: Language, extending existing: [UInt8]? = nil, file: String = "") throws(InputError) -> String {
        let labels = Labels(language)
        let zh = language == .zh
        let year = result.year
        var header = zh ? ["指标", "年份", "状态（参考）", "原因分析", "下一步措施", "责任单位", "完成时限"]
                        : ["indicator", "year", "status", "cause", "measures", "responsible", "deadline"]
        var rows: [[String]] = []
        var present: Set<AnalystNote.Subject> = []
        if let existing {
            let kept = try CSVTable.read(existing, file: file)
            if let first = kept.first {
                header = first.cells
                rows = kept.dropFirst().map(\.cells)
            }
            for note in try NotesFile.read(existing, file: file, plan: result.plan).notes where note.year == year {
                present.insert(note.subject)
            }
        }
        // Where each field goes in the header, which may be the existing file's own.
        let columns = header.map { NotesFile.headerNames[TextNormalization.nameKey($0)] ?? NotesFile.headerNames[$0] }
        func row(_ fields: [NotesFile.Column: String]) -> [String] {
            columns.map { column in column.flatMap { fields[$0] } ?? "" }
        }
        for assessment in result.assessments where assessment.status.isShortfall && !present.contains(.indicator(assessment.indicator.id)) {
            rows.append(row([.indicator: labels.name(assessment.indicator), .year: String(year), .informational: labels.verdict(of: assessment)]))
        }
        let general: [(AnalystNote.Subject, String, String)] = [(.achievements, "主要成效", "achievements"), (.problems, "存在问题", "problems"), (.nextSteps, "下一步工作", "next steps")]
        for (subject, chinese, english) in general where !present.contains(subject) {
            rows.append(row([.indicator: zh ? chinese : english, .year: String(year)]))
        }
        return DataEntryTemplate.byteOrderMark + CSVWriter.document([header] + rows)
    }
}
