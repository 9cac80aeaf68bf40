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

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let loaded = try DataOptions.load(arguments, console: console)
        let result = loaded.assessor.assess(region: loaded.region, year: loaded.year)
        if loaded.format == .json {
            let json = StatusCommand.json(result)
            if let out = arguments.value("--out") {
                try OutputFile.write(json, to: out, inputs: inputs(arguments))
            } else {
                console.write(utf8: json)
            }
            return .success
        }
        let out = arguments.value("--out")
        var chartFolder: String?
        if !arguments.flag("--no-charts") {
            if let folder = arguments.value("--charts") {
                chartFolder = folder
            } else if let out {
                chartFolder = (out as NSString).deletingPathExtension + "-charts"
            }
        }
        var links: [Indicator.ID: String] = [:]
        if let chartFolder {
            try OutputFile.makeFolder(chartFolder)
            let chart = SVGChart(language: loaded.language, plan: loaded.plan)
            let reportFolder = out.map { URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL.path }
            for assessment in result.assessments {
                guard let svg = chart.render(assessment) else { continue }
                let path = (chartFolder as NSString).appendingPathComponent("\(assessment.indicator.id).svg")
                try OutputFile.write(svg, to: path, inputs: inputs(arguments))
                links[assessment.indicator.id] = relativePath(path, from: reportFolder)
            }
        }
        let markdown = MarkdownReport(language: loaded.language, chartLinks: links).render(result)
        if let out {
            try OutputFile.write(markdown, to: out, inputs: inputs(arguments))
            console.writeError("wrote \(out)" + (chartFolder.map { " and \(links.count) charts in \($0)" } ?? "") + "\n")
        } else {
            console.write(markdown)
        }
        return .success
    }

    private static func inputs(_ arguments: ParsedArguments) -> [String] {
        arguments.all("--data") + (arguments.value("--plan").map { [$0] } ?? [])
    }

    /// The chart's path as the report should link it: relative to the report's folder when below it.
    private static func relativePath(_ path: String, from folder: String?) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let folder, absolute.hasPrefix(folder + "/") else { return path }
        return String(absolute.dropFirst(folder.count + 1))
    }
}
