/// A CSV for data entry: one row per indicator, the value column empty. It is valid input as
/// it stands and once filled in.
package enum DataEntryTemplate {
    /// The byte-order mark Excel needs to open UTF-8 with the Chinese intact.
    package static let byteOrderMark = "\u{FEFF}"

    /// One row per region and indicator, region by region.
    package static func render(_ plan: Plan, year: Int, regions: [String], language: Language) -> String {
        let header = language == .zh
            ? ["指标", "名称", "单位", "年份", "地区", "数值", "来源", "备注"]
            : ["indicator", "name", "unit", "year", "region", "value", "source", "note"]
        let rows = regions.flatMap { region in
            plan.indicators.map { indicator in
                [indicator.id.rawValue, language == .zh ? indicator.name : indicator.nameEn, indicator.unit, String(year), region, "", "", ""]
            }
        }
        return byteOrderMark + CSVWriter.document([header] + rows)
    }
}
