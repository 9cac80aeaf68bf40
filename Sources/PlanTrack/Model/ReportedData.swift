/// Every reported value that was read, at most one per indicator, year and region, indexed by
/// region so that assessing one region does not touch the others.
///
/// The one-value rule is the data's own: however values arrive (CSV files or `init(values:plan:)`),
/// a value given again for the same indicator, year and region is left out, with a warning when
/// it is the same number and an error when it is not.
public struct ReportedData: Sendable {
    /// One value, 32 bytes; strings are ids into the tables below.
    struct Row: Sendable, Equatable {
        var value: Double
        var region: Int32
        /// Into `texts`; -1 when the row gives none.
        var source: Int32
        var note: Int32
        var line: Int32
        /// Position in the plan's indicators.
        var indicator: Int16
        var year: Int16
        var file: Int16
    }

    public let plan: Plan
    /// In input order, across every file.
    let rows: [Row]
    /// Region names by id, in the order they first appear.
    public let regions: [String]
    private let regionIDs: [String: Int32]
    let texts: StoredTexts
    /// Each file read (a workbook's sheet counts as one), as the place of its whole.
    let files: [SourceLocation]
    /// The rows of region r are `rowsByRegion[regionStarts[r]..<regionStarts[r + 1]]`, in input order.
    private let regionStarts: [Int32]
    private let rowsByRegion: [Int32]
    /// Problems that did not stop the data being used: values given twice with the same number,
    /// and whatever the files raised (columns ignored, for example).
    public let warnings: [Diagnostic]

    /// The values as given. Throws when a value names an indicator the plan lacks, has a year
    /// outside `Plan.acceptedYears`, or contradicts an earlier value for the same indicator, year
    /// and region; the error lists every such problem.
    public init(values: [ReportedValue], plan: Plan) throws(InputError) {
        var builder = Builder(plan: plan)
        var problems: [Diagnostic] = []
        for value in values {
            if let problem = builder.append(value) { problems.append(problem) }
        }
        let (data, rowProblems) = builder.build()
        problems += rowProblems.map(\.diagnostic)
        if problems.contains(where: { $0.severity == .error }) { throw InputError(kind: .invalidData, diagnostics: problems) }
        self = data.adding(warnings: problems)
    }

    /// No values: every indicator shows 无数据.
    public static func empty(plan: Plan) -> ReportedData {
        Builder(plan: plan).build().data
    }

    fileprivate init(plan: Plan, rows: [Row], regions: [String], regionIDs: [String: Int32], texts: StoredTexts,
                     files: [SourceLocation], regionStarts: [Int32], rowsByRegion: [Int32], warnings: [Diagnostic]) {
        self.plan = plan
        self.rows = rows
        self.regions = regions
        self.regionIDs = regionIDs
        self.texts = texts
        self.files = files
        self.regionStarts = regionStarts
        self.rowsByRegion = rowsByRegion
        self.warnings = warnings
    }

    func adding(warnings more: [Diagnostic]) -> ReportedData {
        ReportedData(plan: plan, rows: rows, regions: regions, regionIDs: regionIDs, texts: texts, files: files,
                     regionStarts: regionStarts, rowsByRegion: rowsByRegion, warnings: warnings + more)
    }

    public var count: Int { rows.count }

    public var isEmpty: Bool { rows.isEmpty }

    /// Every value, in input order. Makes a `ReportedValue` per row: for small data and tests.
    public var values: [ReportedValue] { rows.map(value(of:)) }

    public func contains(region: String) -> Bool { regionIDs[region] != nil }

    /// One indicator's values for one region, in year order.
    public func series(of indicator: Indicator.ID, region: String) -> [ReportedValue] {
        guard let index = plan.index(of: indicator) else { return [] }
        return series(indicator: index, region: region)
    }

    public func value(of indicator: Indicator.ID, region: String, year: Int) -> ReportedValue? {
        guard let index = plan.index(of: indicator) else { return nil }
        return value(indicator: index, region: region, year: year)
    }

    /// How many values each region has, in the order the regions first appear.
    func rowCounts() -> [(region: String, rows: Int)] {
        regions.indices.map { (regions[$0], Int(regionStarts[$0 + 1] - regionStarts[$0])) }.filter { $0.rows > 0 }
    }

    /// The latest year with any reported value for the region, within `years` when given.
    public func latestYear(region: String, within years: ClosedRange<Int>? = nil) -> Int? {
        guard let positions = positions(region: region) else { return nil }
        var latest: Int?
        for position in positions {
            let year = Int(rows[Int(position)].year)
            if years?.contains(year) ?? true, year > latest ?? Int.min { latest = year }
        }
        return latest
    }

    func series(indicator: Int, region: String) -> [ReportedValue] {
        guard let positions = positions(region: region) else { return [] }
        return positions.lazy.map { self.rows[Int($0)] }.filter { Int($0.indicator) == indicator }.sorted { $0.year < $1.year }.map(value(of:))
    }

    /// Every indicator's values for one region, in year order, by position in the plan: one
    /// pass over the region's rows, for assessing all its indicators.
    func seriesByIndicator(region: String) -> [[ReportedValue]] {
        byIndicator(region: region, value(of:), year: \.year)
    }

    /// As `seriesByIndicator`, the years and numbers alone, straight from the rows: what a
    /// review of thousands of regions reads, without making a value (source, note, place) of
    /// each row.
    func pointsByIndicator(region: String) -> [[(year: Int, value: Double)]] {
        byIndicator(region: region, { (Int($0.year), $0.value) }, year: \.year)
    }

    private func byIndicator<Element>(region: String, _ make: (Row) -> Element, year: (Element) -> Int) -> [[Element]] {
        var series = [[Element]](repeating: [], count: plan.indicators.count)
        guard let positions = positions(region: region) else { return series }
        for position in positions {
            let row = rows[Int(position)]
            series[Int(row.indicator)].append(make(row))
        }
        // Files list a region's years in order, so the sort is rarely needed.
        for index in series.indices where zip(series[index], series[index].dropFirst()).contains(where: { year($0) > year($1) }) {
            series[index].sort { year($0) < year($1) }
        }
        return series
    }

    func value(indicator: Int, region: String, year: Int) -> ReportedValue? {
        guard let positions = positions(region: region) else { return nil }
        for position in positions {
            let row = rows[Int(position)]
            if Int(row.indicator) == indicator && Int(row.year) == year { return value(of: row) }
        }
        return nil
    }

    /// Each indicator's values in each of `years`, over every region but `excluded`, straight
    /// from the rows: `values[indicator * years.count + year - years.lowerBound]`. What comparing
    /// a value with the other regions' needs, without making a value of each row.
    func valuesByIndicatorAndYear(excluding excluded: Set<String>, years: ClosedRange<Int>) -> [[Double]] {
        var values = [[Double]](repeating: [], count: plan.indicators.count * years.count)
        let skipped = Set(excluded.compactMap { regionIDs[$0] })
        for row in rows where !skipped.contains(row.region) && years.contains(Int(row.year)) {
            values[Int(row.indicator) * years.count + Int(row.year) - years.lowerBound].append(row.value)
        }
        return values
    }

    /// Where the region's rows are in `rows`; nil for a region without any.
    private func positions(region: String) -> ArraySlice<Int32>? {
        guard let id = regionIDs[region] else { return nil }
        return rowsByRegion[Int(regionStarts[Int(id)])..<Int(regionStarts[Int(id) + 1])]
    }

    private func value(of row: Row) -> ReportedValue {
        ReportedValue(
            indicator: plan.indicators[Int(row.indicator)].id, year: Int(row.year), value: row.value,
            region: regions[Int(row.region)], source: text(row.source), note: text(row.note),
            location: files[Int(row.file)].at(line: Int(row.line)))
    }

    private func text(_ id: Int32) -> String { id < 0 ? "" : texts[id] }
}

extension ReportedData {
    /// A problem one row raises: a value left out because an earlier row gave one for the same
    /// indicator, year and region, a year outside the plan's period, a region that looks like another.
    struct RowProblem {
        /// The row's position among every row appended, repeats included: where the problem goes
        /// among the others in file order.
        let position: Int
        let diagnostic: Diagnostic
    }

    /// Collects rows, then applies the one-value rule and indexes them by region.
    struct Builder {
        let plan: Plan
        private(set) var rows: [Row] = []
        private(set) var regions: [String] = []
        private var regionIDs: [String: Int32] = [:]
        private(set) var texts = StoredTexts()
        private(set) var files: [SourceLocation] = []

        init(plan: Plan) {
            self.plan = plan
        }

        mutating func region(_ name: String) -> Int32 {
            if let id = regionIDs[name] { return id }
            let id = Int32(regions.count)
            regions.append(name)
            regionIDs[name] = id
            return id
        }

        /// A new id for each file read, even one named twice: its lines are its own.
        mutating func file(_ name: String, sheet: String? = nil) -> Int16 {
            files.append(SourceLocation(file: name, line: 0, sheet: sheet))
            return Int16(truncatingIfNeeded: files.count - 1)
        }

        /// Regions whose name was remarked on (a total row, a former name), once each.
        private var remarkedRegions: Set<String> = []

        /// Adds one value. Returns an error instead (an unknown indicator, a year out of range, a
        /// unit split into several districts), or a warning with it the first time its region's
        /// name is read as another (全市, 济阳县), as a file's reader would say it.
        mutating func append(_ value: ReportedValue) -> Diagnostic? {
            guard let indicator = plan.index(of: value.indicator) else {
                return Diagnostic(.error, value.location, Message("未知指标“\(value.indicator)”", "unknown indicator '\(value.indicator)'"))
            }
            guard plan.acceptedYears.contains(value.year) else {
                return Diagnostic(.error, value.location, Message("年份 \(value.year) 不在 \(plan.acceptedYears.lowerBound)—\(plan.acceptedYears.upperBound) 之间",
                                                             "year \(value.year) is outside \(plan.acceptedYears.lowerBound)–\(plan.acceptedYears.upperBound)"))
            }
            let reading = plan.regionNames.reading(TextNormalization.trimmed(value.region))
            guard let regionName = reading.region else {
                return Diagnostic(.error, value.location, reading.message ?? Message("", ""))
            }
            var remark: Diagnostic?
            if let message = reading.message, remarkedRegions.insert(value.region).inserted {
                remark = Diagnostic(.warning, value.location, message)
            }
            let fileID: Int16
            if let last = files.lastIndex(where: { $0.file == value.location.file && $0.sheet == value.location.sheet }) {
                fileID = Int16(truncatingIfNeeded: last)
            } else {
                fileID = file(value.location.file, sheet: value.location.sheet)
            }
            rows.append(Row(
                value: value.value, region: region(regionName),
                source: value.source.isEmpty ? -1 : texts.append(value.source),
                note: value.note.isEmpty ? -1 : texts.append(value.note),
                line: Int32(clamping: value.location.line), indicator: Int16(indicator), year: Int16(value.year), file: fileID))
            return remark
        }

        /// Adds rows read elsewhere, already in this builder's region and text ids and lines,
        /// with the texts they name, which become this builder's from `texts.count` on.
        mutating func append(_ more: consuming [Row], texts otherTexts: consuming StoredTexts) {
            // The first rows are taken as they are: copying a million rows into fresh memory
            // cost more in page faults than reading them.
            if rows.isEmpty { rows = more } else { rows.append(contentsOf: more) }
            if texts.count == 0 { texts = otherTexts } else { texts.append(contentsOf: otherTexts) }
        }

        /// The data, and the problems its rows raise, in row order: values left out under the
        /// one-value rule, years outside the plan's period, regions that look alike.
        ///
        /// Rows are grouped by region with a counting sort; each region's rows then mark a small
        /// table with a slot per indicator and accepted year, cleared after the region. No hashing:
        /// the cost is the same for ten regions of a hundred years or fifty thousand of six.
        func build() -> (data: ReportedData, problems: [RowProblem]) {
            var (starts, order) = Self.groupByRegion(rows, regionCount: regions.count)
            let lookAlikes = lookAlikeRegions(starts: starts, order: order)
            let years = plan.acceptedYears, indicatorCount = max(plan.indicators.count, 1)
            var slots = [Int32](repeating: -1, count: indicatorCount * years.count)
            var repeated: [(position: Int, earlier: Int)] = []
            for region in regions.indices {
                let members = order[Int(starts[region])..<Int(starts[region + 1])]
                for position in members {
                    let row = rows[Int(position)]
                    let slot = (Int(row.year) - years.lowerBound) * indicatorCount + Int(row.indicator)
                    if slots[slot] >= 0 {
                        repeated.append((Int(position), Int(slots[slot])))
                    } else {
                        slots[slot] = position
                    }
                }
                for position in members {
                    let row = rows[Int(position)]
                    slots[(Int(row.year) - years.lowerBound) * indicatorCount + Int(row.indicator)] = -1
                }
            }
            var kept = rows
            if !repeated.isEmpty {
                repeated.sort { $0.position < $1.position }
                var isRepeat = [Bool](repeating: false, count: rows.count)
                for entry in repeated { isRepeat[entry.position] = true }
                kept = rows.indices.filter { !isRepeat[$0] }.map { rows[$0] }
                (starts, order) = Self.groupByRegion(kept, regionCount: regions.count)
            }
            let data = ReportedData(plan: plan, rows: kept, regions: regions, regionIDs: regionIDs, texts: texts, files: files,
                                    regionStarts: starts, rowsByRegion: order, warnings: [])
            var problems = repeated.map { RowProblem(position: $0.position, diagnostic: repeatDiagnostic(rows[$0.position], first: rows[$0.earlier])) }
            problems += outsidePeriod() + implausibleValues() + lookAlikes
            return (data, problems.sorted { $0.position < $1.position })
        }

        /// Rows whose year falls outside the plan's period, such as 2031 typed for 2021: kept,
        /// but never used by an assessment, so each is worth a look. A file names its first ten;
        /// the rest are counted in one line.
        private func outsidePeriod() -> [RowProblem] {
            let period = plan.period
            return warnings(where: { !period.contains(Int($0.year)) }, message: { row in
                let before = Int(row.year) < period.lowerBound
                let name = plan.indicators[Int(row.indicator)].name
                return Message("\(name) \(row.year)年：该年份\(before ? "早于" : "晚于")规划期 \(period.lowerBound)—\(period.upperBound) 年（是否笔误？）；该数值不参与评估",
                               "\(name) \(row.year): the year is \(before ? "before" : "after") the plan's period \(period.lowerBound)–\(period.upperBound) (a typo?); the value is not used")
            }, rest: Message("年份在规划期 \(period.lowerBound)—\(period.upperBound) 年之外", "have years outside the plan's period \(period.lowerBound)–\(period.upperBound)"))
        }

        /// Values far from what the indicator can plausibly be (life expectancy 12.3), such as a
        /// number typed in the wrong row or unit: more than 50% away from the plan's printed
        /// baseline, or for a 稳定在较低水平 rate over three times its ceiling (small-count rates
        /// move a lot, and 0 is plausible). The value is still used; indicators without a printed
        /// baseline are not judged.
        private func implausibleValues() -> [RowProblem] {
            let bounds: [ClosedRange<Double>?] = plan.indicators.map { indicator in
                if case .stableLow(let ceiling, _) = indicator.target.kind { return 0...(3 * ceiling) }
                // Between baseline and target is plausible by definition: a value that reaches a
                // target far from the baseline (全科医生 2.56 → 4) is good news, not a typo.
                return indicator.baseline.value.map { baseline in
                    let target = indicator.target.kind.value ?? baseline
                    return (0.5 * min(baseline, target))...(1.5 * max(baseline, target))
                }
            }
            return warnings(where: { row in bounds[Int(row.indicator)].map { !$0.contains(row.value) } ?? false }, message: { row in
                let indicator = plan.indicators[Int(row.indicator)]
                let value = NumberText.plain(row.value), region = regions[Int(row.region)]
                if case .stableLow(let ceiling, _) = indicator.target.kind {
                    return Message("\(indicator.name) \(row.year)年 \(region)：\(value) 超过上限 \(NumberText.plain(ceiling)) 的三倍；请核对（该数值仍参与评估）",
                                   "\(indicator.name) \(row.year) \(region): \(value) is more than three times the ceiling \(NumberText.plain(ceiling)); check it (the value is used)")
                }
                return Message("\(indicator.name) \(row.year)年 \(region)：\(value) 与规划基线 \(indicator.baseline.text) 相差超过 50%，也不在基线与目标之间；请核对（该数值仍参与评估）",
                               "\(indicator.name) \(row.year) \(region): \(value) is more than 50% away from the plan's baseline \(indicator.baseline.text) and not between it and the target; check it (the value is used)")
            }, rest: Message("的数值远超出该指标的合理范围", "have values far from what their indicator can plausibly be"))
        }

        /// A warning for each row that `matches`, the first ten of each file by name and the rest
        /// counted in one line per file, so a large file cannot flood the screen.
        private func warnings(where matches: (Row) -> Bool, message: (Row) -> Message, rest: Message) -> [RowProblem] {
            let shown = 10
            var problems: [RowProblem] = [], countInFile = [Int](repeating: 0, count: files.count)
            for (position, row) in rows.enumerated() where matches(row) {
                countInFile[Int(row.file)] += 1
                guard countInFile[Int(row.file)] <= shown else { continue }
                let location = files[Int(row.file)].at(line: Int(row.line))
                problems.append(RowProblem(position: position, diagnostic: Diagnostic(.warning, location, message(row))))
            }
            for (file, count) in countInFile.enumerated() where count > shown {
                problems.append(RowProblem(position: rows.count, diagnostic: Diagnostic(.warning, files[file],
                    Message("另有 \(count - shown) 行\(rest.zh)", "\(count - shown) more rows \(rest.en)"))))
            }
            return problems
        }

        /// Regions that look like one of the plan's (its region, a district, the reference
        /// region) or like each other, but are read as different regions: 历下县 or 槐阴区 beside
        /// the plan's 历下区 and 槐荫区, 济阳 and 济阳区 in one file. Named at their first row, so
        /// that a typo does not silently become a region of its own.
        private func lookAlikeRegions(starts: [Int32], order: [Int32]) -> [RowProblem] {
            var problems: [RowProblem] = []
            // Keyed by bytes: hashing a Chinese String normalizes it first, which cost more than
            // the rest of this pass on a file of 20,000 counties.
            var byShortName: [[UInt8]: Int] = [:]
            let names = [plan.region, plan.referenceRegion] + plan.districts.map(\.name)
            let known = names.filter { !$0.isEmpty }.map { (name: $0, bytes: Array($0.utf8), length: $0.unicodeScalars.count) }
            let knownBytes = Set(known.map(\.bytes))
            var knownShort: [[UInt8]: String] = [:]
            for entry in known { knownShort[Array(RegionNames.shortName(utf8: entry.bytes))] = entry.name }
            for (region, name) in regions.enumerated() where starts[region] < starts[region + 1] {
                let bytes = Array(name.utf8)
                let key = Array(RegionNames.shortName(utf8: bytes))
                var alike: String?
                if !knownBytes.contains(bytes) {
                    alike = knownShort[key]
                    if alike == nil {
                        // Only names within one character of each other's length can be one edit apart.
                        let length = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                        alike = known.first { abs($0.length - length) <= 1 && EditDistance.between(name, $0.name) <= 1 }?.name
                    }
                }
                if let other = byShortName[key] {
                    alike = alike ?? regions[other]
                } else {
                    byShortName[key] = region
                }
                guard let alike else { continue }
                let first = rows[Int(order[Int(starts[region])])]
                let location = files[Int(first.file)].at(line: Int(first.line))
                problems.append(RowProblem(position: Int(order[Int(starts[region])]), diagnostic: Diagnostic(.warning, location,
                    Message("地区“\(name)”与“\(alike)”相近，但被当作另一个地区；如果是同一地区，请统一写法",
                            "the region '\(name)' looks like '\(alike)' but is read as another region; if they are one, write it one way"))))
            }
            return problems
        }

        /// A stable counting sort of row positions by region.
        private static func groupByRegion(_ rows: [Row], regionCount: Int) -> (starts: [Int32], order: [Int32]) {
            var starts = [Int32](repeating: 0, count: regionCount + 1)
            for row in rows { starts[Int(row.region) + 1] += 1 }
            for region in 0..<regionCount { starts[region + 1] += starts[region] }
            var next = starts
            var order = [Int32](repeating: 0, count: rows.count)
            for (position, row) in rows.enumerated() {
                order[Int(next[Int(row.region)])] = Int32(position)
                next[Int(row.region)] += 1
            }
            return (starts, order)
        }

        /// The same value again is a warning, a different one an error; either way the first is kept.
        private func repeatDiagnostic(_ row: Row, first: Row) -> Diagnostic {
            let name = plan.indicators[Int(row.indicator)].name
            let firstLocation = files[Int(first.file)].at(line: Int(first.line))
            let location = files[Int(row.file)].at(line: Int(row.line))
            let region = regions[Int(row.region)]
            if first.value == row.value {
                return Diagnostic(.warning, location, Message(
                    "\(name) \(row.year)年 \(region) 重复填报了相同的数值 \(NumberText.plain(row.value))（首次在 \(firstLocation)）；重复的一行已忽略",
                    "\(name) \(row.year) \(region) is given twice with the same value \(NumberText.plain(row.value)) (first at \(firstLocation)); the repeat is ignored"))
            }
            return Diagnostic(.error, location, Message(
                "\(name) \(row.year)年 \(region) 此处为 \(NumberText.plain(row.value))，但在 \(firstLocation) 为 \(NumberText.plain(first.value))；请只保留一个",
                "\(name) \(row.year) \(region) is \(NumberText.plain(row.value)) here but \(NumberText.plain(first.value)) at \(firstLocation); keep one"))
        }
    }
}
