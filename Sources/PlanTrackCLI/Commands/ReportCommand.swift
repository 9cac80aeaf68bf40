import Foundation
import PlanTrack

/// `plan-track report`: the year's progress report in Markdown, with an SVG chart per indicator.
enum ReportCommand {
    static let out = OptionSpec("--out", short: "-o", value: "file", help: Message(
        "把报告写入此文件（整体写入，不会留下半个文件）。（默认：标准输出）", "Write the report to this file, atomically. (default: standard output)"))
    static let charts = OptionSpec("--charts", value: "folder", help: Message(
        "把图表写入此文件夹。（默认：--out 旁的 <报告名>-charts/；\n没有 --out 时，除非给出此项，否则不生成图表）",
        "Write the charts to this folder. (default: <report name>-charts/ beside --out;\nwithout --out, no charts unless this is given)"))
    static let noCharts = OptionSpec("--no-charts", help: Message("不生成图表。", "Leave the charts out."))
    static let regions = OptionSpec("--regions", help: Message("加入各地区对比一节（数据只有一个地区时不加）。",
        "Add a section comparing the regions (left out when the data holds one region)."))

    static let spec = CommandSpec(
        name: "report",
        abstract: Message("生成年度监测报告或终期评估报告：Word、Markdown（附 SVG 图表）或网页。",
                          "Write the year's progress report (年度监测) or the final evaluation (终期评估): Word, Markdown with SVG charts, or a web page."),
        discussion: Message("""
        上报用 Word 文档（按党政机关公文格式排版，图表为可编辑的 Word 图表）：
          plan-track report --year 2025 --format docx --out 终期评估报告.docx
        """, """
        A Word document to hand up (the layout of official documents, native Word charts):
          plan-track report --year 2025 --format docx --out report.docx
        """),
        options: DataOptions.all.filter { $0.name != "--format" } + [
            OptionSpec("--format", value: "format", help: Message(
                "text：Markdown 报告（默认）；docx：Word 文档，按党政机关公文格式排版，图表为可编辑的 Word 图表；html：单个自包含网页，图表内嵌；json：同 status。",
                "text: the Markdown report (default); docx: a Word document in the layout of official documents, with native Word charts; html: one self-contained page with the charts inside; json: as status."),
                       choices: ["text", "docx", "html", "json"]),
            out, charts, noCharts, regions,
            DataOptions.notes,
        ])

    struct Options {
        let data: DataSelection
        let out: String?
        /// Where the charts go; nil for none.
        let chartFolder: String?
        /// Add the section comparing the regions.
        let regions: Bool
        /// For HTML: draw the charts in the page.
        let includesCharts: Bool

        init(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) {
            data = try DataSelection(arguments, console: console)
            out = arguments.value(ReportCommand.out)
            regions = arguments.flag(ReportCommand.regions)
            if arguments.flag(ReportCommand.noCharts) {
                chartFolder = nil
            } else if let folder = arguments.value(ReportCommand.charts) {
                if data.format == .html || data.format == .docx {
                    throw .usage(Message("HTML 和 Word 报告的图表在文件内，不另写文件；请去掉“--charts”。", "An HTML or Word report holds its charts; leave out '--charts'."))
                }
                chartFolder = folder
            } else {
                chartFolder = data.format == .html || data.format == .docx ? nil : out.map { ($0 as NSString).deletingPathExtension + "-charts" }
            }
            if data.format == .docx, out == nil, console.isTerminal {
                throw .usage(Message("Word 报告须用“--out”写入文件，例如 --out 终期评估报告.docx。", "A Word report goes to a file: give '--out', e.g. --out report.docx."))
            }
            includesCharts = !arguments.flag(ReportCommand.noCharts)
        }
    }

    /// What a run writes, decided before anything is written.
    enum Output {
        /// The report on standard output.
        case standardOutput([UInt8])
        /// The report in one file, said with `message` when written.
        case file([UInt8], path: String, message: Message)
        /// A Markdown report and its charts, written as one set.
        case set(ReportSet, message: Message)
        /// The charts in a folder, the report on standard output.
        case chartsAndStandardOutput(folder: String, charts: [(name: String, svg: [UInt8])], report: [UInt8], inputs: [String])
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let language = try DataSelection(arguments, console: console).language
        switch try output(arguments, console: console) {
        case .standardOutput(let bytes):
            console.write(utf8: bytes)
        case .file(let bytes, let path, let message):
            try OutputFile.write(bytes, to: path, inputs: try Options(arguments, console: console).data.inputs)
            console.writeError(message.text(in: language) + "\n")
        case .set(let set, let message):
            try set.write()
            console.writeError(message.text(in: language) + "\n")
        case .chartsAndStandardOutput(let folder, let charts, let report, let inputs):
            try OutputFile.makeFolder(folder)
            for chart in charts { try OutputFile.write(chart.svg, to: (folder as NSString).appendingPathComponent(chart.name), inputs: inputs) }
            console.write(utf8: report)
        }
        return .success
    }

    /// The report in the format asked for, and where it goes. Every output is checked before
    /// anything is written, so that a refused report leaves nothing behind.
    static func output(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> Output {
        let options = try Options(arguments, console: console)
        let loaded = try DataOptions.load(options.data, console: console)
        let inputs = options.data.inputs
        let out = options.out, chartFolder = options.chartFolder
        if let out { try OutputFile.check(out, inputs: inputs) }
        // Regions compared in one year: without --year, the latest year any of them reported,
        // which the report's own region is then assessed in too (a file of districts only
        // would otherwise be reported in the base year).
        let compared = options.regions ? loaded.assessor.compare(year: options.data.year, keepingSeries: false, reviewed: false) : nil
        let result = loaded.assessor.assess(region: loaded.region, year: options.data.year ?? compared?.year ?? loaded.year)
        let notes = try DataOptions.notes(arguments, plan: loaded.plan, selection: options.data, console: console)
        let wrote = out.map { Message("已写入 \($0)", "wrote \($0)") }
        if loaded.format == .json {
            let json = StatusCommand.json(result)
            return out.map { .file(json, path: $0, message: wrote!) } ?? .standardOutput(json)
        }
        var comparison: RegionComparison?
        if let compared {
            if compared.regions.filter(\.hasValues).count > 1 {
                comparison = compared
            } else {
                console.writeError(Message("数据只有一个地区，报告不含各地区对比一节", "the data holds one region only: the report has no section comparing regions")
                    .text(in: loaded.language) + "\n")
            }
        }
        if loaded.format == .docx {
            let document = DOCXReport(language: loaded.language, includesCharts: options.includesCharts, comparison: comparison, notes: notes).render(result)
            return out.map { .file(document, path: $0, message: wrote!) } ?? .standardOutput(document)
        }
        if loaded.format == .html {
            let page = Array(HTMLReport(language: loaded.language, includesCharts: options.includesCharts, comparison: comparison, notes: notes).render(result).utf8)
            return out.map { .file(page, path: $0, message: wrote!) } ?? .standardOutput(page)
        }
        let chart = SVGChart(language: loaded.language, plan: loaded.plan)
        let charts: [(id: Indicator.ID, name: String, svg: [UInt8])] = chartFolder == nil ? [] : result.assessments.compactMap { assessment in
            chart.render(assessment).map { svg in
                let bytes = Array(svg.utf8)
                return (assessment.indicator.id, ReportSet.chartName(assessment.indicator.id, svg: bytes), bytes)
            }
        }
        var links: [Indicator.ID: String] = [:]
        if let chartFolder {
            try OutputFile.checkFolder(chartFolder)
            let reportFolder = out.map { URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL.path }
            for chart in charts {
                let path = (chartFolder as NSString).appendingPathComponent(chart.name)
                try OutputFile.check(path, inputs: inputs, folderMayBeMade: true)
                links[chart.id] = relativePath(path, from: reportFolder)
            }
        }
        let markdown = Array(MarkdownReport(language: loaded.language, chartLinks: links, comparison: comparison, notes: notes).render(result).utf8)
        switch (out, chartFolder) {
        case (let out?, let chartFolder?):
            return .set(ReportSet(reportPath: out, report: markdown, chartFolder: chartFolder, charts: charts.map { ($0.name, $0.svg) }, inputs: inputs),
                        message: Message("已写入 \(out)，以及 \(chartFolder) 中的 \(links.count) 张图表", "wrote \(out) and \(links.count) charts in \(chartFolder)"))
        case (let out?, nil):
            return .file(markdown, path: out, message: Message("已写入 \(out)", "wrote \(out)"))
        case (nil, let chartFolder?):
            return .chartsAndStandardOutput(folder: chartFolder, charts: charts.map { ($0.name, $0.svg) }, report: markdown, inputs: inputs)
        case (nil, nil):
            return .standardOutput(markdown)
        }
    }

    /// The chart's path as the report should link it: relative to the report's folder when below it.
    private static func relativePath(_ path: String, from folder: String?) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let folder, absolute.hasPrefix(folder + "/") else { return path }
        return String(absolute.dropFirst(folder.count + 1))
    }
}
