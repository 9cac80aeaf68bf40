#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PlanTrack

/// A Markdown report and its chart files, written so that whenever the command stops (killed,
/// failed, the machine off) the folder holds the previous report with its own charts or the new
/// report with its own, never one report beside the other's charts.
///
/// The report's rename is the one moment the set changes. Each chart's file name carries a hash of
/// its content (`life-expectancy-3f9a2c1d.svg`), so the new charts are written beside the old ones
/// without touching them; then the report is renamed into place; only then are the charts the
/// previous report linked and this one does not removed. A stop at any step leaves at worst a few
/// unused chart files, which the next run removes.
struct ReportSet {
    /// Where the report goes, and its content.
    let reportPath: String
    let report: [UInt8]
    /// The folder the report's chart links point into.
    let chartFolder: String
    /// File names inside `chartFolder`, and content.
    let charts: [(name: String, svg: [UInt8])]
    /// The command's input files, which nothing written may replace.
    let inputs: [String]

    /// A chart's file name: its indicator, and a hash of what it draws.
    static func chartName(_ indicator: Indicator.ID, svg: [UInt8]) -> String {
        "\(indicator)-\(hash(svg)).svg"
    }

    /// FNV-1a over the bytes, eight hex digits: enough to tell one chart from the next version
    /// of it, and stable from run to run, so an unchanged chart keeps its file.
    static func hash(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value & 0xFFFF_FFFF, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// One thing done to the folder. After each the folder holds a consistent set.
    enum Step {
        case makeFolder
        /// Writes one chart (`charts[index]`), unless a file of that name, and so that content, is there.
        case writeChart(Int)
        /// Renames the new report into place: the moment the set changes.
        case replaceReport
        /// Removes the charts the previous report linked that this one does not.
        case removeCharts([String])
    }

    /// The steps in order; tests stop after each of them, as a kill would.
    func steps() -> [Step] {
        // Read before anything changes: what the report about to be replaced links.
        let previous = Self.linkedCharts(inReport: reportPath, folder: chartFolder)
        let kept = Set(charts.map(\.name))
        return [.makeFolder] + charts.indices.map(Step.writeChart) + [.replaceReport, .removeCharts(previous.filter { !kept.contains($0) })]
    }

    func perform(_ step: Step) throws(CommandFailure) {
        switch step {
        case .makeFolder:
            try OutputFile.makeFolder(chartFolder)
        case .writeChart(let index):
            let chart = charts[index]
            let path = (chartFolder as NSString).appendingPathComponent(chart.name)
            // The same name is the same content: a chart that did not change is not written again.
            if FileManager.default.contents(atPath: path).map({ [UInt8]($0) == chart.svg }) != true {
                try OutputFile.write(chart.svg, to: path, inputs: inputs)
            }
        case .replaceReport:
            try OutputFile.write(report, to: reportPath, inputs: inputs)
        case .removeCharts(let names):
            for name in names { unlink((chartFolder as NSString).appendingPathComponent(name)) }
        }
    }

    func write() throws(CommandFailure) {
        for step in steps() { try perform(step) }
    }

    /// The file names of the charts a Markdown report at `path` links inside `folder`: the
    /// previous report's own, which nothing else links. Nothing when there is no such report.
    static func linkedCharts(inReport path: String, folder: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        let reportFolder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let chartFolder = URL(fileURLWithPath: folder).standardizedFileURL.path
        var names: [String] = []
        for line in text.split(separator: "\n") where line.hasPrefix("![") && line.hasSuffix(")") {
            guard let open = line.range(of: "](") else { continue }
            var target = String(line[open.upperBound..<line.index(before: line.endIndex)])
            if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
            target = target.replacingOccurrences(of: "%3C", with: "<").replacingOccurrences(of: "%3E", with: ">")
            let url = target.hasPrefix("/") ? URL(fileURLWithPath: target) : reportFolder.appendingPathComponent(target)
            let file = url.standardizedFileURL
            // Only a chart file directly in the chart folder is ever removed.
            guard file.pathExtension == "svg", file.deletingLastPathComponent().path == chartFolder else { continue }
            names.append(file.lastPathComponent)
        }
        return names
    }
}
