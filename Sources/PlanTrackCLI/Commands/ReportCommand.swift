import Foundation
import PlanTrack

/// `plan-track report`: the year's progress report in Markdown, with an SVG chart per indicator.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        abstract: Message("生成年度监测报告（Markdown），附 SVG 图表。", "Write the year's progress report (年度监测) in Markdown, with SVG charts."),
        discussion: Message("""
        Markdown 为 GitHub 风格（竖线表格）；用 pandoc 可转为 .docx：
          pandoc 2023-progress.md -o 2023-progress.docx
        """, """
        The Markdown is GitHub-flavoured with pipe tables; pandoc turns it into .docx:
          pandoc 2023-progress.md -o 2023-progress.docx
        """),
        options: DataOptions.all.filter { $0.name != "--format" } + [
            OptionSpec("--format", value: "format", help: Message(
                "text：Markdown 报告（默认）；html：单个自包含网页，图表内嵌，可直接用浏览器或 Word 打开；json：同 status。",
                "text: the Markdown report (default); html: one self-contained page with the charts inside, for any browser or Word; json: as status."),
                       choices: ["text", "html", "json"]),
            OptionSpec("--out", short: "-o", value: "file", help: Message(
                "把报告写入此文件（整体写入，不会留下半个文件）。（默认：标准输出）", "Write the report to this file, atomically. (default: standard output)")),
            OptionSpec("--charts", value: "folder", help: Message(
                "把图表写入此文件夹。（默认：--out 旁的 <报告名>-charts/；\n没有 --out 时，除非给出此项，否则不生成图表）",
                "Write the charts to this folder. (default: <report name>-charts/ beside --out;\nwithout --out, no charts unless this is given)")),
            OptionSpec("--no-charts", help: Message("不生成图表。", "Leave the charts out.")),
            OptionSpec("--regions", help: Message("加入各地区对比一节（数据只有一个地区时不加）。",
                                                  "Add a section comparing the regions (left out when the data holds one region).")),
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
            out = arguments.value("--out")
            regions = arguments.flag("--regions")
            if arguments.flag("--no-charts") {
                chartFolder = nil
            } else if let folder = arguments.value("--charts") {
                if data.format == .html {
                    throw .usage(Message("HTML 报告的图表在网页内，不另写文件；请去掉 '--charts'。", "An HTML report holds its charts; leave out '--charts'."))
                }
                chartFolder = folder
            } else {
                chartFolder = data.format == .html ? nil : out.map { ($0 as NSString).deletingPathExtension + "-charts" }
            }
            includesCharts = !arguments.flag("--no-charts")
        }
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let options = try Options(arguments, console: console)
        let loaded = try DataOptions.load(options.data, console: console)
        let inputs = options.data.inputs
        let result = loaded.assessor.assess(region: loaded.region, year: loaded.year)
        if loaded.format == .json {
            let json = StatusCommand.json(result)
            if let out = options.out {
                try OutputFile.write(json, to: out, inputs: inputs)
            } else {
                console.write(utf8: json)
            }
            return .success
        }
        let out = options.out, chartFolder = options.chartFolder
        var comparison: RegionComparison?
        if options.regions {
            let compared = Assessor(loaded.plan).compare(loaded.data, year: loaded.year)
            if compared.regions.filter(\.hasValues).count > 1 {
                comparison = compared
            } else {
                console.writeError(Message("数据只有一个地区，报告不含各地区对比一节", "the data holds one region only: the report has no section comparing regions")
                    .text(in: loaded.language) + "\n")
            }
        }
        if loaded.format == .html {
            let page = HTMLReport(language: loaded.language, includesCharts: options.includesCharts, comparison: comparison).render(result)
            if let out {
                try OutputFile.write(page, to: out, inputs: inputs)
                console.writeError(Message("已写入 \(out)", "wrote \(out)").text(in: loaded.language) + "\n")
            } else {
                console.write(page)
            }
            return .success
        }
        let chart = SVGChart(language: loaded.language, plan: loaded.plan)
        let charts: [(id: Indicator.ID, path: String, svg: String)] = chartFolder.map { folder in
            result.assessments.compactMap { assessment in
                chart.render(assessment).map { (assessment.indicator.id, (folder as NSString).appendingPathComponent("\(assessment.indicator.id).svg"), $0) }
            }
        } ?? []
        // Every output is checked before any is written: a refused report leaves nothing behind.
        if let out { try OutputFile.check(out, inputs: inputs) }
        if let chartFolder { try OutputFile.checkFolder(chartFolder) }
        for chart in charts { try OutputFile.check(chart.path, inputs: inputs, folderMayBeMade: true) }
        var links: [Indicator.ID: String] = [:]
        if let chartFolder {
            try OutputFile.makeFolder(chartFolder)
            let reportFolder = out.map { URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL.path }
            for chart in charts {
                try OutputFile.write(chart.svg, to: chart.path, inputs: inputs)
                links[chart.id] = relativePath(chart.path, from: reportFolder)
            }
            reportEarlierCharts(in: chartFolder, plan: loaded.plan, written: Set(links.keys), language: loaded.language, console: console)
        }
        let markdown = MarkdownReport(language: loaded.language, chartLinks: links, comparison: comparison).render(result)
        if let out {
            try OutputFile.write(markdown, to: out, inputs: inputs)
            let wrote = chartFolder.map { Message("已写入 \(out)，以及 \($0) 中的 \(links.count) 张图表", "wrote \(out) and \(links.count) charts in \($0)") }
                ?? Message("已写入 \(out)", "wrote \(out)")
            console.writeError(wrote.text(in: loaded.language) + "\n")
        } else {
            console.write(markdown)
        }
        return .success
    }

    /// Charts an earlier report wrote for indicators this one has none for: named, not deleted,
    /// so that nobody takes them for this year's.
    private static func reportEarlierCharts(in folder: String, plan: Plan, written: Set<Indicator.ID>, language: Language, console: Console) {
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        for indicator in plan.indicators where !written.contains(indicator.id) && names.contains("\(indicator.id).svg") {
            let path = (folder as NSString).appendingPathComponent("\(indicator.id).svg")
            let warning = Diagnostic(.warning, SourceLocation(file: path, line: 0),
                                     Message("此前报告生成的图表；本报告未使用", "a chart from an earlier report; this report does not use it"))
            console.writeError(warning.text(in: language) + "\n")
        }
    }

    /// The chart's path as the report should link it: relative to the report's folder when below it.
    private static func relativePath(_ path: String, from folder: String?) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let folder, absolute.hasPrefix(folder + "/") else { return path }
        return String(absolute.dropFirst(folder.count + 1))
    }
}
