import Foundation
import PlanTrack

/// `plan-track report`: the year's progress report in Markdown, with an SVG chart per indicator.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Write the year's progress report (年度监测) in Markdown, with SVG charts.",
        discussion: """
        The Markdown is GitHub-flavoured with pipe tables; pandoc turns it into .docx:
          pandoc 2023-progress.md -o 2023-progress.docx
        """,
        options: DataOptions.all + [
            OptionSpec("--out", short: "-o", value: "file", help: "Write the report to this file, atomically. (default: standard output)"),
            OptionSpec("--charts", value: "folder", help: "Write the charts to this folder. (default: <report name>-charts/ beside --out;\nwithout --out, no charts unless this is given)"),
            OptionSpec("--no-charts", help: "Leave the charts out."),
        ])

    struct Options {
        let data: DataSelection
        let out: String?
        /// Where the charts go; nil for none.
        let chartFolder: String?

        init(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) {
            data = try DataSelection(arguments, console: console)
            out = arguments.value("--out")
            if arguments.flag("--no-charts") {
                chartFolder = nil
            } else if let folder = arguments.value("--charts") {
                chartFolder = folder
            } else {
                chartFolder = out.map { ($0 as NSString).deletingPathExtension + "-charts" }
            }
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
        var links: [Indicator.ID: String] = [:]
        if let chartFolder {
            try OutputFile.makeFolder(chartFolder)
            let chart = SVGChart(language: loaded.language, plan: loaded.plan)
            let reportFolder = out.map { URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL.path }
            for assessment in result.assessments {
                guard let svg = chart.render(assessment) else { continue }
                let path = (chartFolder as NSString).appendingPathComponent("\(assessment.indicator.id).svg")
                try OutputFile.write(svg, to: path, inputs: inputs)
                links[assessment.indicator.id] = relativePath(path, from: reportFolder)
            }
        }
        let markdown = MarkdownReport(language: loaded.language, chartLinks: links).render(result)
        if let out {
            try OutputFile.write(markdown, to: out, inputs: inputs)
            console.writeError("wrote \(out)" + (chartFolder.map { " and \(links.count) charts in \($0)" } ?? "") + "\n")
        } else {
            console.write(markdown)
        }
        return .success
    }

    /// The chart's path as the report should link it: relative to the report's folder when below it.
    private static func relativePath(_ path: String, from folder: String?) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let folder, absolute.hasPrefix(folder + "/") else { return path }
        return String(absolute.dropFirst(folder.count + 1))
    }
}
