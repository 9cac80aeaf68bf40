/// Lead departments (牵头单位) and partners (配合单位) from a CSV (`指标,牵头单位[,配合单位]`), added to
/// a plan: one indicator a row, by any of its names; several partners in one cell, separated by
/// 、 ， , ; or ；.
package enum LeadsImport {
    enum Column {
        case indicator, lead, partners
    }

    static let headerNames: [String: Column] = [
        "指标": .indicator, "指标名称": .indicator, "indicator": .indicator,
        "牵头单位": .lead, "牵头部门": .lead, "责任单位": .lead, "lead": .lead, "leaddepartment": .lead,
        "配合单位": .partners, "配合部门": .partners, "协办单位": .partners, "partners": .partners,
    ]

    /// The plan with the leads set, and how many indicators got one; every problem at once.
    package static func apply(_ bytes: [UInt8], file: String, to plan: Plan, encoding: TextEncoding? = nil) throws(InputError) -> (plan: Plan, count: Int) {
        let table = try CSVTable.readHeadered(bytes, file: file, encoding: encoding, names: headerNames, required: [.indicator, .lead],
                                              requirement: Message("表头须有 指标、牵头单位 两列（配合单位可选）", "the header needs the columns indicator and lead (指标,牵头单位; 配合单位 optional)"))
        let matcher = IndicatorMatcher(plan: plan)
        var problems: [Diagnostic] = []
        var leads: [Int: (lead: String, partners: [String], line: Int)] = [:]
        for record in table.records {
            let location = SourceLocation(file: file, line: record.line)
            let name = table.cell(record, .indicator)
            guard let index = matcher.exactMatch(name) else {
                let unknown = matcher.unknown(name)
                problems.append(Diagnostic(.error, location, unknown.message, suggestion: unknown.suggestion))
                continue
            }
            let lead = table.cell(record, .lead)
            guard !lead.isEmpty else {
                problems.append(Diagnostic(.error, location, Message("\(plan.indicators[index].name)：没有牵头单位", "\(plan.indicators[index].name): no lead department")))
                continue
            }
            if let control = TextNormalization.firstControl(lead) {
                problems.append(Diagnostic(.error, location, Message("牵头单位含有控制字符 \(control)", "the lead department contains a control character \(control)")))
                continue
            }
            if let earlier = leads[index] {
                problems.append(Diagnostic(.error, location, Message("\(plan.indicators[index].name)的牵头单位给了两次（首次在第 \(earlier.line) 行）",
                                                                     "\(plan.indicators[index].name) has a lead twice (first on line \(earlier.line))")))
                continue
            }
            let partners = table.cell(record, .partners).split(whereSeparator: { "、，,;；".contains($0) })
                .map { TextNormalization.trimmed(String($0)) }.filter { !$0.isEmpty && $0 != lead }
            leads[index] = (lead, partners, record.line)
        }
        if !problems.isEmpty { throw InputError(kind: .invalidData, diagnostics: problems) }
        let indicators = plan.indicators.enumerated().map { index, indicator in
            leads[index].map { indicator.with(lead: $0.lead, partners: $0.partners) } ?? indicator
        }
        return (plan.with(indicators: indicators), leads.count)
    }
}
