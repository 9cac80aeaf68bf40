/// Reads the analysts' notes file (`docs/method.md`, "The analysts' notes"): a row per indicator
/// and year, `指标,年份,原因分析,下一步措施,责任单位,完成时限`, in any encoding the data reader accepts,
/// the indicator by any of its names; rows whose indicator is 主要成效, 存在问题 or 下一步工作 hold
/// the year's general text. Empty cells are fine. A row for an indicator the plan does not have,
/// or a year that is no year, is a warning naming the line, and is left out.
enum NotesFile {
    enum Column: Hashable {
        case indicator, year, cause, measures, responsible, deadline, informational
    }

    static let headerNames: [String: Column] = [
        "指标": .indicator, "指标名称": .indicator, "indicator": .indicator,
        "年份": .year, "年度": .year, "year": .year,
        "原因分析": .cause, "原因": .cause, "cause": .cause, "analysis": .cause,
        "下一步措施": .measures, "措施": .measures, "measures": .measures, "nextsteps": .measures,
        "责任单位": .responsible, "responsible": .responsible, "completedby": .responsible,
        "完成时限": .deadline, "时限": .deadline, "deadline": .deadline,
        "状态": .informational, "状态（参考）": .informational, "status": .informational, "verdict": .informational,
    ]

    /// The subjects of the general rows, by the names people write in the indicator column.
    static let generalSubjects: [String: AnalystNote.Subject] = [
        "主要成效": .achievements, "achievements": .achievements,
        "存在问题": .problems, "problems": .problems,
        "下一步工作": .nextSteps, "nextsteps": .nextSteps, "next steps": .nextSteps, "下一步工作安排": .nextSteps,
    ]

    static func read(_ bytes: [UInt8], file: String, plan: Plan, encoding: TextEncoding? = nil) throws(InputError) -> AnalystNotes {
        let table = try CSVTable.readHeadered(bytes, file: file, encoding: encoding, names: headerNames, required: [.indicator, .year],
                                              requirement: Message("表头须有 指标、年份 两列，以及 原因分析、下一步措施、责任单位、完成时限",
                                                                   "the header needs indicator and year, then cause, measures, responsible, deadline (指标,年份,原因分析,下一步措施,责任单位,完成时限)"))
        let matcher = IndicatorMatcher(plan: plan)
        let general = Dictionary(generalSubjects.map { (TextNormalization.nameKey($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        var notes: [AnalystNote] = [], warnings: [Diagnostic] = []
        var controlSaid = false
        for record in table.records {
            let location = SourceLocation(file: file, line: record.line)
            let name = table.cell(record, .indicator)
            let subject: AnalystNote.Subject
            if let found = general[TextNormalization.nameKey(name)] {
                subject = found
            } else if let index = matcher.exactMatch(name) {
                subject = .indicator(plan.indicators[index].id)
            } else {
                let unknown = matcher.unknown(name)
                warnings.append(Diagnostic(.warning, location, unknown.message + Message("；这一行的说明未使用", "; the row's note is not used"), suggestion: unknown.suggestion))
                continue
            }
            let year: Int
            do {
                guard let parsed = try ValueParser.parseYear(table.cell(record, .year), accepted: plan.acceptedYears) else {
                    warnings.append(Diagnostic(.warning, location, Message("这一行没有年份；说明未使用", "the row has no year; its note is not used")))
                    continue
                }
                year = parsed
            } catch {
                warnings.append(Diagnostic(.warning, location, error.message + Message("；说明未使用", "; the note is not used")))
                continue
            }
            if !plan.period.contains(year) {
                warnings.append(Diagnostic(.warning, location, Message("年份 \(year) 不在规划期 \(plan.baselineYear)—\(plan.targetYear) 年之内；说明未使用",
                                                                      "the year \(year) is outside the plan's period \(plan.baselineYear)–\(plan.targetYear); the note is not used")))
                continue
            }
            // People's text, shown as typed: line breaks kept, control characters named once.
            func text(_ column: Column) -> String {
                let raw = table.cell(record, column)
                guard let control = TextNormalization.firstControl(raw, allowingLineBreaks: true) else { return raw }
                if !controlSaid {
                    controlSaid = true
                    warnings.append(Diagnostic(.warning, location, Message("说明中含有控制字符 \(control)，按 \(TextNormalization.printable(raw, allowingLineBreaks: true)) 记录",
                                                                          "a note contains a control character \(control); it is kept as \(TextNormalization.printable(raw, allowingLineBreaks: true))")))
                }
                return TextNormalization.printable(raw, allowingLineBreaks: true)
            }
            notes.append(AnalystNote(subject: subject, year: year, cause: text(.cause), measures: text(.measures), responsible: text(.responsible),
                                     deadline: text(.deadline), location: location))
        }
        return AnalystNotes(notes, warnings: warnings)
    }
}

extension AnalystNotes {
    /// Reads a notes file (`-` is standard input) as `report --notes` does. Throws when the file
    /// cannot be read or has no header naming the indicator and year; rows it cannot use are
    /// `warnings`.
    public init(contentsOf path: String, plan: Plan, encoding: TextEncoding? = nil) throws(InputError) {
        self = try NotesFile.read(try FileInput.contents(path), file: path == "-" ? "<stdin>" : path, plan: plan, encoding: encoding)
    }
}
