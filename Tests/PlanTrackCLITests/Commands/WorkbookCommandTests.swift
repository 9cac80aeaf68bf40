import Foundation
import Testing
@testable import PlanTrack
@testable import PlanTrackCLI

/// Workbooks through the commands, as a user runs them: read with --data (and --sheet), written
/// with --format xlsx --out, refused where they cannot be read, in both languages.
@Suite struct WorkbookCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let workbook = root.appendingPathComponent("Tests/PlanTrackTests/Workbooks/districts-libreoffice.xlsx").path
    static let data = root.appendingPathComponent("Tests/PlanTrackTests/Fixtures/final-2025.csv").path

    @Test func aWorkbookIsDataForEveryCommand() throws {
        let status = Run(["status", "--data", Self.workbook, "--region", "历下区", "--year", "2025", "--format", "json"])
        #expect(status.code == .success, "\(status.errors)")
        #expect(status.output.contains("\"value\": 35.1"))
        #expect(status.errors.contains("districts-libreoffice.xlsx:2025年!1:1: warning:"), "\(status.errors)")
        let one = Run(["validate", Self.workbook, "--sheet", "2024年"])
        #expect((one.output + one.errors).contains("1 file, 5 values, 0 not reported"), "\(one.output)")
        let check = Run(["check", "居民健康素养水平", "--data", Self.workbook, "--region", "槐荫区", "--year", "2025", "--lang", "zh"])
        #expect(check.output.contains("32.9"), "\(check.output)")
        #expect(Run(["regions", "--data", Self.workbook, "--year", "2025"]).code == .success)
    }

    @Test(arguments: ["zh", "en"])
    func anOldWorkbookIsRefusedClearly(language: String) {
        let folder = ScratchFolder()
        let old = folder.write("填报.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        let run = Run(["status", "--data", old, "--lang", language])
        #expect(run.code == .dataError)
        #expect(run.errors.contains(language == "zh" ? "\(old): 错误：这是旧版 Excel（.xls）" : "\(old): error: this is an old Excel (.xls)"), "\(run.errors)")
        let missing = Run(["validate", Self.workbook, "--sheet", "2023年", "--lang", language])
        #expect(missing.code == .dataError)
        #expect((missing.output + missing.errors).contains(language == "zh" ? "工作簿中没有名为“2023年”的工作表" : "the workbook has no sheet named '2023年'"))
    }

    @Test func workbooksAreWrittenToFiles() throws {
        let folder = ScratchFolder()
        for arguments in [["status", "--format", "xlsx"], ["regions", "--format", "xlsx"], ["template", "--format", "xlsx"]] {
            let refused = Run(arguments)
            #expect(refused.code == .usage, "\(arguments)")
            #expect(refused.errors.contains("give '--out'"), "\(refused.errors)")
            let out = folder.path(arguments[0] + ".xlsx")
            let written = Run(arguments + (arguments[0] == "template" ? [] : ["--data", Self.data]) + ["--out", out])
            #expect(written.code == .success, "\(written.errors)")
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: out)))
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            #expect(Run(arguments + ["--out", out]).code == .cannotCreate, "never over a file without --force")
        }
        // The regions workbook gives each verdict its evidence, as regions --format csv does.
        let regions = try WorkbookReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: folder.path("regions.xlsx")))))[0].rows
        let csv = Run(["regions", "--data", Self.data, "--format", "csv", "--lang", "en"]).output
        let csvGrades = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.components(separatedBy: ",").last ?? "" }
        #expect(regions[2].last == "Evidence" || regions[2].last == "证据强度", "\(regions[2])")
        let grades = regions.dropFirst(3).map { $0.last ?? "" }
        #expect(grades.count == csvGrades.count && grades.contains { !$0.isEmpty })
        #expect(grades.map { ["充分": "strong", "一般": "moderate", "不足": "weak"][$0] ?? $0 } == csvGrades, "\(grades.prefix(5)) \(csvGrades.prefix(5))")
        // The template, filled as it is written (nothing), reads back: every value not reported.
        let template = Run(["validate", folder.path("template.xlsx")])
        #expect(template.code == .success)
        #expect((template.output + template.errors).contains("23 not reported"), "\(template.output)")
    }
}
