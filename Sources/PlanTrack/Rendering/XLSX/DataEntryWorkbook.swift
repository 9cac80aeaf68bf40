/// `template --format xlsx`: a workbook to hand out for data entry. One sheet of values, a row
/// per region and indicator (the long layout the reader reads back as it is, which sorts and
/// filters by region or indicator; a sheet per region would make a city's 13 sheets to go
/// through), and a sheet of instructions. Only the value, source and note cells can be edited;
/// each value cell accepts a number in the unit's range and says, when selected, the unit, the
/// baseline and the target.
package enum DataEntryWorkbook {
    package static func workbook(_ plan: Plan, year: Int, regions: [String], language: Language) -> Workbook {
        let labels = Labels(language)
        let zh = language == .zh
        func pick(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        let header = [pick("地区", "region"), pick("指标", "indicator"), pick("单位", "unit"), pick("基线", "baseline"), pick("目标", "target"),
                      pick("年份", "year"), pick("数值", "value"), pick("来源", "source"), pick("备注", "note")]
        let headerStyle = Workbook.Style(bold: true, fill: "DDEBF7", bordered: true)
        let fixed = Workbook.Style(fill: "F2F2F2", bordered: true)
        let open = Workbook.Style(locked: false, bordered: true)
        // No title above the header: the plan and the year are on the instructions sheet, and the
        // sheet reads back as it is.
        var rows: [[Workbook.Cell]] = [header.map { .text($0, headerStyle) }]
        var validations: [Workbook.Validation] = []
        for region in regions {
            for indicator in plan.indicators {
                let row = rows.count
                let (assessed, owner) = plan.indicator(indicator, for: region)
                // A district's baseline is its own plan's, or its own 2020 value, which the
                // workbook does not know: never the city's, which it is not measured from.
                let baseline = region == plan.region || owner == .district ? labels.baselineText(assessed) : "—"
                rows.append([
                    .text(labels.region(region, plan: plan), fixed), .text(labels.name(indicator), fixed), .text(labels.unit(indicator), fixed),
                    .text(baseline, fixed), .text(labels.targetText(assessed), fixed),
                    .number(Double(year), fixed), Workbook.Cell(.empty, style: open), Workbook.Cell(.empty, style: open), Workbook.Cell(.empty, style: open),
                ])
                // A percentage lies in 0–100; a count or a rate is not negative.
                let range: (Double?, Double?) = indicator.isPercentage ? (0, 100) : (0, nil)
                let bounds = indicator.isPercentage ? pick("0—100 之间的数", "a number from 0 to 100") : pick("不小于 0 的数", "a number not below 0")
                validations.append(Workbook.Validation(
                    range: Workbook.reference(row: row, column: 6), rule: .decimal(minimum: range.0, maximum: range.1),
                    title: String(labels.name(indicator).prefix(32)),
                    prompt: String(pick("单位：\(labels.unit(indicator))；基线 \(baseline)；目标 \(labels.targetText(assessed))。没有数值时留空。",
                                        "Unit: \(labels.unit(indicator)); baseline \(baseline); target \(labels.targetText(assessed)). Leave it empty where there is no value.").prefix(250)),
                    error: pick("请填写\(bounds)（单位：\(labels.unit(indicator))）；没有数值时留空。", "Give \(bounds) (unit: \(labels.unit(indicator))); leave it empty where there is no value.")))
            }
        }
        var values = Workbook.Sheet(name: pick("填报", "Values"), rows: rows)
        values.columnWidths = widths(rows.dropFirst(), minimum: [8, 16, 6, 8, 10, 6, 10, 20, 16])
        values.frozenRows = 1
        values.frozenColumns = 2
        values.validations = validations
        values.isProtected = true
        values.printsLandscape = true

        let lines = zh ? [
            "\(plan.name) · \(year)年数据填报 · 填写说明",
            "1. 在“填报”表中，每个地区的每项指标一行。只需填写“数值”，并尽量填写“来源”（如统计公报、年报及其日期）；“备注”可写口径说明。",
            "2. 数值按“单位”列的单位填写，不带单位：如 80.5（岁）、35.1（%）、1.9（‰）。选中数值单元格时会提示单位、基线和目标。",
            "3. 没有数值的，数值单元格留空，不要填 0，也不要填“—”或“无”。",
            "4. 地区、指标、单位、基线、目标、年份各列已锁定，请勿修改；可以排序和筛选。",
            "5. 填好后保存为 .xlsx，原样报送。plan-track 可直接读取：plan-track validate 文件.xlsx。",
        ] : [
            "\(plan.nameEn) · values for \(year) · how to fill in",
            "1. In the Values sheet there is a row for each region and indicator. Fill in the value, and where you can the source (a bulletin or yearbook and its date); the note may explain a definition.",
            "2. Give values in the unit of the unit column, without the unit: 80.5 (years), 35.1 (%), 1.9 (‰). A value cell, when selected, shows its unit, baseline and target.",
            "3. Where there is no value, leave the cell empty: not 0, nor — or n/a.",
            "4. The region, indicator, unit, baseline, target and year columns are locked; sorting and filtering work.",
            "5. Save as .xlsx and send it as it is. plan-track reads it directly: plan-track validate file.xlsx.",
        ]
        var instructions = Workbook.Sheet(name: pick("填写说明", "How to fill in"), rows: lines.enumerated().map { index, line in
            [.text(line, Workbook.Style(bold: index == 0, wraps: index > 0))]
        })
        instructions.columnWidths = [100]
        return Workbook(sheets: [values, instructions])
    }

    /// Column widths in Excel's units (about one per Latin character, two per Chinese one) that
    /// fit the cells, within reason.
    static func widths(_ rows: some Sequence<[Workbook.Cell]>, minimum: [Double]) -> [Double] {
        var widths = minimum
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                let text: String = switch cell.value {
                case .text(let text): text
                case .number(let number): NumberText.plain(number)
                case .empty: ""
                }
                widths[column] = max(widths[column], min(Double(DisplayWidth.of(text)) + 2, 60))
            }
        }
        return widths
    }
}
