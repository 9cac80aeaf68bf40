/// Which column of a reported-values file holds what, read from its header row.
///
/// Long format: `indicator,year,value[,region][,source][,note]`; wide format:
/// `indicator[,region],2021,2022,…`. English or Chinese headers (指标, 年份, 数值, 地区, 来源, 备注).
struct ReportedValuesLayout {
    let columns: [Column]
    let headerCount: Int
    /// Column positions, -1 when absent.
    let indicator: Int, year: Int, value: Int, region: Int, source: Int, note: Int
    /// Wide format: (column, year) for every year column.
    let yearColumns: [(column: Int, year: Int)]
    var isWide: Bool { !yearColumns.isEmpty }

    init(columns: [Column], headerCount: Int) {
        self.columns = columns
        self.headerCount = headerCount
        func position(_ column: Column) -> Int { columns.firstIndex(of: column) ?? -1 }
        indicator = position(.indicator)
        year = position(.year)
        value = position(.value)
        region = position(.region)
        source = position(.source)
        note = position(.note)
        yearColumns = columns.enumerated().compactMap { index, column in
            if case .yearValue(let year) = column { (index, year) } else { nil }
        }
    }

    static let headerNames: [String: Column] = [
        "indicator": .indicator, "指标": .indicator, "指标名称": .indicator, "主要指标": .indicator, "indicatorid": .indicator,
        "year": .year, "年份": .year, "年度": .year, "年": .year,
        "value": .value, "数值": .value, "值": .value, "指标值": .value, "数据": .value,
        "region": .region, "地区": .region, "区域": .region, "区县": .region,
        "source": .source, "来源": .source, "数据来源": .source,
        "note": .note, "notes": .note, "备注": .note, "说明": .note,
        "name": .informational, "名称": .informational, "中文名称": .informational, "unit": .informational,
        "单位": .informational, "domain": .informational, "领域": .informational, "attribute": .informational,
        "指标属性": .informational, "属性": .informational, "target": .informational, "目标": .informational,
        "baseline": .informational, "基线": .informational, "id": .informational,
    ]

    /// Recognises the header row: which column is which, long or wide format. Unknown columns
    /// are a warning; a header plan-track cannot use is an error (and no layout).
    static func read(_ cells: [String], location: SourceLocation, acceptedYears: ClosedRange<Int>) -> (layout: ReportedValuesLayout?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var columns: [Column] = []
        var unknown: [String] = []
        for cell in cells {
            let key = TextNormalization.nameKey(cell)
            if let column = headerNames[key] {
                if column != .informational, columns.contains(column) {
                    diagnostics.append(Diagnostic(.error, location, Message("表头中“\(TextNormalization.printable(cell))”列出现了两次", "the column '\(TextNormalization.printable(cell))' appears twice in the header")))
                    return (nil, diagnostics)
                }
                columns.append(column)
            } else if let year = try? ValueParser.parseYear(cell, accepted: acceptedYears) {
                if columns.contains(.yearValue(year)) {
                    diagnostics.append(Diagnostic(.error, location, Message("表头中年份列 \(year) 出现了两次", "the year column \(year) appears twice in the header")))
                    return (nil, diagnostics)
                }
                columns.append(.yearValue(year))
            } else {
                columns.append(.unknown)
                if !key.isEmpty { unknown.append(TextNormalization.printable(cell)) }
            }
        }
        // One warning for all of them: a sheet with thousands of stray columns gets one line, not thousands.
        if !unknown.isEmpty {
            let shown = 5
            let more = unknown.count - shown
            let namesZh = unknown.prefix(shown).map { "“\($0)”" }.joined(separator: "、") + (more > 0 ? "等 \(unknown.count) 列" : "")
            let namesEn = unknown.prefix(shown).map { "'\($0)'" }.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
            let message = Message("\(namesZh)不是 plan-track 读取的列，已忽略",
                                  unknown.count == 1 ? "the column \(namesEn) is not one plan-track reads; it is ignored"
                                      : "the columns \(namesEn) are not ones plan-track reads; they are ignored")
            diagnostics.append(Diagnostic(.warning, location, message,
                                          suggestion: Message("可用的列：指标、年份、数值、地区、来源、备注", "columns: indicator, year, value, region, source, note")))
        }
        let layout = ReportedValuesLayout(columns: columns, headerCount: cells.count)
        guard columns.contains(.indicator) else {
            diagnostics.append(Diagnostic(.error, location, Message("表头没有指标列（指标或 indicator）", "the header has no indicator column (indicator or 指标)"),
                                          suggestion: Message("第一行须写明各列名称，如 指标,年份,数值,地区,来源", "the first line must name the columns, e.g. indicator,year,value,region,source")))
            return (nil, diagnostics)
        }
        if layout.isWide {
            if columns.contains(.year) || columns.contains(.value) {
                diagnostics.append(Diagnostic(.error, location, Message("表头既有年份列（2021、2022……）又有年份或数值列；请只用一种格式",
                                                                "the header has both year columns (2021, 2022, …) and a year or value column; use one layout")))
                return (nil, diagnostics)
            }
        } else {
            let missing = [(Column.year, "年份（year）", "year (年份)"), (Column.value, "数值（value）", "value (数值)")].filter { !columns.contains($0.0) }
            if !missing.isEmpty {
                diagnostics.append(Diagnostic(.error, location, Message("表头没有\(missing.map(\.1).joined(separator: "和"))列",
                                                                        "the header has no \(missing.map(\.2).joined(separator: " and ")) column"),
                                              suggestion: Message("长表：指标,年份,数值；宽表：指标,2021,2022,…", "long format: indicator,year,value; wide format: indicator,2021,2022,…")))
                return (nil, diagnostics)
            }
        }
        return (layout, diagnostics)
    }
}

/// What a header cell names.
enum Column: Equatable {
    case indicator, year, value, region, source, note
    /// Shown for the person filling the file in (name, unit, …); not read.
    case informational
    case yearValue(Int)
    case unknown
}
