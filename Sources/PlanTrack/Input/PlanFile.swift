import Foundation

/// Reads a plan definition (the format of `Data/plan.json`) and checks that it makes sense.
package enum PlanFile {
    package static func load(_ path: String) throws(InputError) -> Plan {
        switch FileInput.read(path) {
        case .success(let bytes): return try parse(bytes.array, file: path)
        case .failure(let error): throw error
        }
    }

    package static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> Plan {
        let text = try TextDecoder.decode(bytes, file: file).utf8
        let document: PlanDocument
        do {
            document = try JSONDecoder().decode(PlanDocument.self, from: Data(text))
        } catch let error as DecodingError {
            throw InputError(kind: .invalidData, SourceLocation(file: file, line: syntaxErrorLine(text) ?? lineOfPath(error, in: text)), describe(error))
        } catch {
            throw InputError(kind: .invalidData, SourceLocation(file: file, line: 0), Message("不是有效的规划文件：\(error)", "not a valid plan file: \(error)"))
        }
        return try document.plan(file: file) { id in line(of: id, in: text) }
    }

    /// The line of a JSON syntax error: JSONSerialization says "around character N" (a byte offset).
    static func syntaxErrorLine(_ text: [UInt8]) -> Int? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text))
            return nil
        } catch {
            let description = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            guard let range = description.range(of: #"character (\d+)"#, options: .regularExpression),
                  let offset = Int(description[range].dropFirst("character ".count)) else { return nil }
            return TextDecoder.lineNumber(in: text, at: offset)
        }
    }

    /// The line where an indicator's id is written, for problems that concern that indicator.
    static func line(of id: String, in text: [UInt8]) -> Int {
        let needle = Array("\"\(id)\"".utf8)
        guard !needle.isEmpty, text.count >= needle.count else { return 0 }
        for start in 0...(text.count - needle.count) where text[start] == needle[0] && Array(text[start..<start + needle.count]) == needle {
            return TextDecoder.lineNumber(in: text, at: start)
        }
        return 0
    }

    /// For a well-formed file with a wrong or missing key: the line of the indicator it is in, if any.
    private static func lineOfPath(_ error: DecodingError, in text: [UInt8]) -> Int {
        let context: DecodingError.Context
        switch error {
        case .keyNotFound(_, let found), .typeMismatch(_, let found), .valueNotFound(_, let found), .dataCorrupted(let found): context = found
        @unknown default: return 0
        }
        guard context.codingPath.first?.stringValue == "indicators", let index = context.codingPath.dropFirst().first?.intValue,
              let object = try? JSONSerialization.jsonObject(with: Data(text)) as? [String: Any],
              let indicators = object["indicators"] as? [[String: Any]], index < indicators.count,
              let id = indicators[index]["id"] as? String else { return 0 }
        return line(of: id, in: text)
    }

    private static func describe(_ error: DecodingError) -> Message {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return Message("\(path(context)) 缺少“\(key.stringValue)”", "\(path(context)) has no '\(key.stringValue)'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return Message("\(path(context))：类型不对（\(context.debugDescription)）", "\(path(context)): \(context.debugDescription)")
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let detail = underlying ?? context.debugDescription
            return Message("不是有效的 JSON\(context.codingPath.isEmpty ? "" : "（\(path(context))）")：\(detail)",
                           "not valid JSON\(context.codingPath.isEmpty ? "" : " at \(path(context))"): \(detail)")
        @unknown default:
            return Message("不是有效的规划文件", "not a valid plan file")
        }
    }
}

/// The plan file as written; `plan(file:)` checks it and builds the model.
private struct PlanDocument: Decodable {
    struct DomainEntry: Decodable {
        let id: String
        let name: String
        let nameEn: String
    }

    struct DistrictEntry: Decodable {
        let name: String
        let nameEn: String?
    }

    struct BaselineEntry: Decodable {
        let text: String
        let textEn: String?
        let value: Double?
        let approximate: Bool?
    }

    struct TargetEntry: Decodable {
        let text: String
        let textEn: String?
        let kind: String
        let value: Double?
        let tolerance: Double?
        let step: Double?
        let ceiling: Double?
        let ceilingSource: String?
    }

    struct IndicatorEntry: Decodable {
        let id: String
        let name: String
        let nameEn: String
        let aliases: [String]?
        let domain: String
        let unit: String
        let unitEn: String?
        let attribute: String
        let direction: String
        let baseline: BaselineEntry
        let target: TargetEntry
        let notes: [String]?
        let notesZh: [String]?
    }

    let name: String
    let nameEn: String?
    let source: String?
    let region: String
    let regionEn: String?
    let referenceRegion: String?
    let referenceRegionEn: String?
    let districts: [DistrictEntry]?
    let baselineYear: Int
    let targetYear: Int
    let domains: [DomainEntry]
    let indicators: [IndicatorEntry]

    /// - Parameter line: the line an indicator's id is written on, for messages.
    func plan(file: String, line: (String) -> Int) throws(InputError) -> Plan {
        var problems: [(message: Message, line: Int)] = []
        if targetYear <= baselineYear { problems.append((Message("targetYear（目标年份）必须晚于 baselineYear（基线年份）", "targetYear must come after baselineYear"), 0)) }
        if domains.isEmpty { problems.append((Message("规划没有领域（domains）", "the plan has no domains"), 0)) }
        if indicators.isEmpty { problems.append((Message("规划没有指标（indicators）", "the plan has no indicators"), 0)) }
        var seenNames: [String: String] = [:]
        var built: [Indicator] = []
        for (position, entry) in indicators.enumerated() {
            let label = "indicators[\(position)] (\(entry.id))"
            // The line is looked up only when there is a problem to report.
            func problem(_ message: Message) { problems.append((Message("\(label)：", "\(label): ") + message, line(entry.id))) }
            if !Self.isKebabCase(entry.id) { problem(Message("id 须为小写英文加连字符，如 life-expectancy", "the id must be kebab-case English, like life-expectancy")) }
            if !domains.contains(where: { $0.id == entry.domain }) { problem(Message("未知领域“\(entry.domain)”", "unknown domain '\(entry.domain)'")) }
            for name in [entry.id, entry.name, entry.nameEn] + (entry.aliases ?? []) {
                let key = TextNormalization.nameKey(name)
                if let owner = seenNames[key], owner != entry.id {
                    problem(Message("名称“\(name)”也是 \(owner) 的名称", "the name '\(name)' is also a name of \(owner)"))
                }
                seenNames[key] = entry.id
            }
            guard let attribute = Attribute(rawValue: entry.attribute) else {
                problem(Message("attribute（属性）须为 binding 或 expected，而不是“\(entry.attribute)”", "attribute must be binding or expected, not '\(entry.attribute)'"))
                continue
            }
            guard let direction = Direction(rawValue: entry.direction) else {
                problem(Message("direction（方向）须为 higher 或 lower，而不是“\(entry.direction)”", "direction must be higher or lower, not '\(entry.direction)'"))
                continue
            }
            let kind: TargetKind
            switch Self.targetKind(entry.target, direction: direction) {
            case .success(let value): kind = value
            case .failure(let message):
                problem(message)
                continue
            }
            built.append(Indicator(
                id: Indicator.ID(entry.id), name: entry.name, nameEn: entry.nameEn, aliases: entry.aliases ?? [], domainID: entry.domain,
                unit: entry.unit, unitEn: entry.unitEn ?? entry.unit, attribute: attribute, direction: direction,
                baseline: Baseline(text: entry.baseline.text, textEn: entry.baseline.textEn, value: entry.baseline.value, isApproximate: entry.baseline.approximate ?? false),
                target: Target(text: entry.target.text, textEn: entry.target.textEn, kind: kind), notes: entry.notes ?? [], notesZh: entry.notesZh))
        }
        if Set(domains.map(\.id)).count != domains.count { problems.append((Message("有两个领域的 id 相同", "two domains share an id"), 0)) }
        if !problems.isEmpty {
            throw InputError(kind: .invalidData, diagnostics: problems.map { Diagnostic(.error, SourceLocation(file: file, line: $0.line), $0.message) })
        }
        return Plan(
            name: name, nameEn: nameEn ?? name, source: source ?? "", region: region, regionEn: regionEn ?? region,
            referenceRegion: referenceRegion ?? "", referenceRegionEn: referenceRegionEn ?? referenceRegion ?? "",
            districts: (districts ?? []).map { District(name: $0.name, nameEn: $0.nameEn ?? $0.name) },
            baselineYear: baselineYear, targetYear: targetYear,
            domains: domains.map { Domain(id: $0.id, name: $0.name, nameEn: $0.nameEn) }, indicators: built)
    }

    private enum KindResult {
        case success(TargetKind)
        case failure(Message)
    }

    private static func targetKind(_ target: TargetEntry, direction: Direction) -> KindResult {
        func need(_ value: Double?, _ key: String) -> Double? { value }
        switch target.kind {
        case "at-least", "at-most", "maintain":
            guard let value = target.value else { return .failure(Message("目标类型 \(target.kind) 需要 value（目标值）", "target kind \(target.kind) needs a value")) }
            let expected: Direction = target.kind == "at-most" ? .lowerIsBetter : .higherIsBetter
            guard direction == expected else { return .failure(Message("目标类型 \(target.kind) 需要方向 \(expected.rawValue)", "target kind \(target.kind) needs direction \(expected.rawValue)")) }
            return .success(target.kind == "at-least" ? .atLeast(value) : target.kind == "at-most" ? .atMost(value) : .maintain(value))
        case "around":
            guard let value = target.value else { return .failure(Message("目标类型 around 需要 value（目标值）", "target kind around needs a value")) }
            let tolerance = target.tolerance ?? 0.5
            guard tolerance >= 0 else { return .failure(Message("tolerance（允差）不能为负", "a tolerance cannot be negative")) }
            return .success(.around(value, tolerance: tolerance))
        case "annual-decrease":
            guard direction == .lowerIsBetter else { return .failure(Message("目标类型 annual-decrease 需要方向 lower", "target kind annual-decrease needs direction lower")) }
            let step = target.step ?? 1
            guard step > 0 else { return .failure(Message("annual-decrease 的 step（年降幅）必须大于 0", "the step of annual-decrease must be more than 0")) }
            return .success(.annualDecrease(step: step))
        case "stable-low":
            guard direction == .lowerIsBetter else { return .failure(Message("目标类型 stable-low 需要方向 lower", "target kind stable-low needs direction lower")) }
            guard let ceiling = target.ceiling else { return .failure(Message("目标类型 stable-low 需要 ceiling（上限）", "target kind stable-low needs a ceiling")) }
            return .success(.stableLow(ceiling: ceiling, source: target.ceilingSource ?? ""))
        default:
            return .failure(Message("未知目标类型“\(target.kind)”（可用：at-least、at-most、around、maintain、annual-decrease、stable-low）", "unknown target kind '\(target.kind)' (at-least, at-most, around, maintain, annual-decrease, stable-low)"))
        }
    }

    private static func isKebabCase(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
