import Foundation

/// A plan's main-indicator table (专栏1 主要发展指标 and its like) as it is copied from the plan
/// document into Excel and saved as CSV, read into a plan file: 序号, 领域, 指标, 单位, the
/// base-year and target-year columns (`2020年` / `2025年`, `2025年基数` / `2030年目标`) and 属性,
/// in Chinese or English. Each target is read as the planner wrote it (`TargetWording`).
package struct PlanTableImport {
    package struct Row {
        package let line: Int
        package let domain: String
        package let name: String
        package let unit: String
        package let baselineText: String
        package let baseline: TargetWording.BaselineReading
        package let targetText: String
        package let reading: TargetWording.Reading
        package let attribute: Attribute
    }

    package let file: String
    package let baselineYear: Int
    package let targetYear: Int
    package let rows: [Row]

    /// Whether some target is compared with the reference region, which the table does not name.
    package var needsReferenceRegion: Bool {
        rows.contains { if case .read(.versusReference, _) = $0.reading { true } else { false } }
    }

    /// The rows whose target needs a reading before the plan can be used.
    package var unread: [Row] {
        rows.filter { if case .read = $0.reading { return false } else { return true } }
    }

    enum Column: Equatable {
        case number, domain, name, unit, attribute, baseline, target, other
    }

    static let headerNames: [String: Column] = [
        "序号": .number, "编号": .number, "no": .number, "no.": .number, "#": .number,
        "领域": .domain, "类别": .domain, "分类": .domain, "domain": .domain, "area": .domain,
        "指标": .name, "主要指标": .name, "指标名称": .name, "indicator": .name, "name": .name,
        "单位": .unit, "unit": .unit,
        "属性": .attribute, "指标属性": .attribute, "attribute": .attribute, "type": .attribute,
    ]

    /// Reads the table; every problem is an error with its file and line.
    package static func read(_ bytes: [UInt8], file: String, encoding: TextEncoding? = nil) throws(InputError) -> PlanTableImport {
        let records = try CSVTable.read(bytes, file: file, encoding: encoding)
        var problems: [Diagnostic] = []
        func problem(_ line: Int, _ message: Message) { problems.append(Diagnostic(.error, SourceLocation(file: file, line: line), message)) }
        // The header is the first line that names an indicator column: a title line (专栏1 主要发展指标) may come before it.
        guard let headerIndex = records.firstIndex(where: { $0.cells.contains { headerNames[$0.lowercased()] == .name } }) else {
            throw InputError(kind: .invalidData, SourceLocation(file: file, line: records.first?.line ?? 0),
                             Message("找不到表头：须有“指标”列（如 序号,领域,指标,单位,2020年,2025年,属性）",
                                     "no header found: a column named 指标 or indicator is needed (e.g. 领域,指标,单位,2020年,2025年,属性)"))
        }
        let header = records[headerIndex]
        var columns = header.cells.map { headerNames[$0.lowercased()] ?? .other }
        // The two year columns: the base year's and the target year's, by their words or their order.
        let years = header.cells.enumerated().compactMap { index, cell -> (index: Int, year: Int, target: Bool?)? in
            guard columns[index] == .other, let range = cell.range(of: #"(19|20|21)[0-9]{2}"#, options: .regularExpression), let year = Int(cell[range]) else { return nil }
            let lowered = cell.lowercased()
            let isTarget: Bool? = ["目标", "target", "规划"].contains(where: lowered.contains) ? true
                : ["基数", "基线", "现状", "基期", "baseline", "base"].contains(where: lowered.contains) ? false : nil
            return (index, year, isTarget)
        }
        guard years.count == 2 else {
            throw InputError(kind: .invalidData, SourceLocation(file: file, line: header.line),
                             Message("表头须有两个年份列（基期年和目标年，如 2020年、2025年），此处有 \(years.count) 个",
                                     "the header needs two year columns (the base year's and the target year's, e.g. 2020, 2025); it has \(years.count)"))
        }
        let ordered = years.sorted { first, second in
            if let a = first.target, let b = second.target, a != b { return !a }
            return first.year < second.year
        }
        columns[ordered[0].index] = .baseline
        columns[ordered[1].index] = .target
        for required in [Column.name, .unit, .attribute] where !columns.contains(required) {
            let name = required == .unit ? Message("单位", "unit") : required == .attribute ? Message("属性", "attribute") : Message("指标", "indicator")
            problem(header.line, Message("表头缺少“\(name.zh)”列", "the header has no \(name.en) column"))
        }
        if !problems.isEmpty { throw InputError(kind: .invalidData, diagnostics: problems) }
        func cell(_ record: CSVTable.Record, _ column: Column) -> String {
            guard let index = columns.firstIndex(of: column), index < record.cells.count else { return "" }
            return record.cells[index]
        }

        var rows: [Row] = []
        var domain = ""
        for record in records[(headerIndex + 1)...] {
            if record.cells.count > columns.count, record.cells[columns.count...].contains(where: { !$0.isEmpty }) {
                problem(record.line, Message("这一行有 \(record.cells.count) 个单元格，但表头只有 \(columns.count) 个", "the row has \(record.cells.count) cells but the header has \(columns.count)"))
                continue
            }
            // A domain written once for several rows (a merged cell in Excel) holds for the rows below.
            if !cell(record, .domain).isEmpty { domain = TargetWording.normalized(cell(record, .domain)) }
            let name = Self.tidy(cell(record, .name))
            guard !name.isEmpty else {
                problem(record.line, Message("这一行没有指标名称", "the row has no indicator name"))
                continue
            }
            let baselineText = Self.tidy(cell(record, .baseline)), targetText = Self.tidy(cell(record, .target))
            guard let baseline = TargetWording.baseline(baselineText) else {
                problem(record.line, Message("\(name)：基期值“\(baselineText)”不是数字（也不是 —、<23.9、27左右 这类写法）",
                                             "\(name): the base-year value '\(baselineText)' is not a number (nor —, <23.9, 27左右 and the like)"))
                continue
            }
            if targetText.isEmpty {
                problem(record.line, Message("\(name)：没有目标值", "\(name): no target"))
                continue
            }
            let attributeText = cell(record, .attribute).lowercased()
            let attribute: Attribute
            if attributeText.contains("约束") || attributeText == "binding" { attribute = .binding
            } else if attributeText.contains("预期") || attributeText == "expected" { attribute = .expected
            } else {
                problem(record.line, Message("\(name)：属性“\(cell(record, .attribute))”应为 约束性 或 预期性", "\(name): the attribute '\(cell(record, .attribute))' must be 约束性 (binding) or 预期性 (expected)"))
                continue
            }
            if rows.contains(where: { $0.name == name }) {
                problem(record.line, Message("指标“\(name)”出现了两次", "the indicator '\(name)' appears twice"))
                continue
            }
            rows.append(Row(line: record.line, domain: domain.isEmpty ? "—" : domain, name: name, unit: TargetWording.normalized(cell(record, .unit)),
                            baselineText: baselineText, baseline: baseline, targetText: targetText,
                            reading: TargetWording.target(targetText, baseline: baseline.value), attribute: attribute))
        }
        if rows.isEmpty, problems.isEmpty { problem(header.line, Message("表头下面没有指标", "no indicator below the header")) }
        if !problems.isEmpty { throw InputError(kind: .invalidData, diagnostics: problems) }
        return PlanTableImport(file: file, baselineYear: ordered[0].year, targetYear: ordered[1].year, rows: rows)
    }

    /// A name or wording as the plan means it: the spaces a PDF puts between Chinese and digits
    /// (`15 岁以上`, `22 以下`) taken out, spaces between two Latin words kept.
    static func tidy(_ text: String) -> String {
        var out = ""
        let characters = Array(TextNormalization.trimmed(text))
        for (index, character) in characters.enumerated() {
            if character.isWhitespace {
                let before = index > 0 ? characters[index - 1] : " ", after = index + 1 < characters.count ? characters[index + 1] : " "
                if before.isASCII && before.isLetter && after.isASCII && after.isLetter { out.append(" ") }
                continue
            }
            out.append(character)
        }
        return out
    }

    /// The plan file, in the format of `Data/plan.json`. Ids are made up (`indicator-1`, `domain-1`),
    /// as a table has no English names; a target that needs a reading is written with the kind
    /// `needs-reading` (or a stable-low without its ceiling), which `plan check` names until edited.
    package func planDocument(name: String, region: String, referenceRegion: String? = nil) -> JSONValue {
        let domainNames = rows.map(\.domain).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        func domainID(_ name: String) -> String { "domain-\((domainNames.firstIndex(of: name) ?? 0) + 1)" }
        let indicators: [JSONValue] = rows.enumerated().map { position, row in
            var baseline: [(String, JSONValue)] = [("text", .string(row.baselineText.isEmpty ? "—" : row.baselineText))]
            if let value = row.baseline.value { baseline.append(("value", .number(value))) }
            if row.baseline.isApproximate { baseline.append(("approximate", .bool(true))) }
            var target: [(String, JSONValue)] = [("text", .string(row.targetText))]
            let direction: Direction
            switch row.reading {
            case .read(let kind, let readDirection):
                direction = readDirection
                target.append(("kind", .string(kind.name)))
                target += PlanFileWriter.targetFields(kind, keepingEmpty: false)
            case .needsCeiling:
                direction = .lowerIsBetter
                target += [("kind", .string(TargetKind.Tag.stableLow.rawValue)), ("ceiling", .null), ("ceilingSource", .string(""))]
            case .contradicts(_, let readDirection):
                direction = readDirection
                target.append(("kind", .string(PlanFileReader.needsReading)))
            case .needsBaseline, .unquantified:
                direction = TargetWording.direction(of: TargetWording.normalized(row.targetText)) ?? .higherIsBetter
                target.append(("kind", .string(PlanFileReader.needsReading)))
            }
            return .object([
                ("id", .string("indicator-\(position + 1)")), ("name", .string(row.name)), ("domain", .string(domainID(row.domain))),
                ("unit", .string(row.unit)), ("attribute", .string(row.attribute.rawValue)), ("direction", .string(direction.rawValue)),
                ("baseline", .object(baseline)), ("target", .object(target)),
            ])
        }
        return .object([
            ("name", .string(name)), ("source", .string(file)), ("region", .string(region)),
        ] + (referenceRegion.map { [("referenceRegion", .string($0))] } ?? []) + [
            ("baselineYear", .int(baselineYear)), ("targetYear", .int(targetYear)),
            ("domains", .array(domainNames.map { .object([("id", .string(domainID($0))), ("name", .string($0))]) })),
            ("indicators", .array(indicators)),
        ])
    }
}
