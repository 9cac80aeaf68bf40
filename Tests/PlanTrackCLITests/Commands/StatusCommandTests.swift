import Foundation
import Testing
@testable import PlanTrackCLI

@Suite struct StatusCommandTests {
    @Test func shippedDataShowsAll23IndicatorsWithNoDataVisible() {
        let run = Run(["status", "--lang", "zh"])
        #expect(run.code == .success)
        for name in ["人均期望寿命", "每万人口全科医生数", "个人卫生支出占卫生总费用比重"] { #expect(run.output.contains(name)) }
        #expect(run.output.contains("无数据"))
        #expect(run.output.contains("79.99"))
        #expect(run.output.contains("2022年监测"))
    }

    @Test func jsonListsAll23InPlanOrder() throws {
        let run = Run(["status", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        #expect(indicators.count == 23)
        #expect(indicators.first?["id"] as? String == "life-expectancy")
        #expect(object["year"] as? Int == 2022)
        #expect(object["region"] as? String == "济南市")
    }

    @Test func dataYearAndRegionOptions() throws {
        let folder = ScratchFolder()
        let file = folder.write("v.csv", "indicator,year,value,region\n全科医生数,2023,3.3,\nhospital-beds,2020,6,济阳区\nhospital-beds,2024,7.2,济阳区\n")
        let city = Run(["status", "--data", file, "--year", "2023", "--format", "json"])
        #expect(city.code == .success)
        #expect(city.output.contains("\"status\": \"slightly-behind\""))
        let strict = Run(["status", "--data", file, "--year", "2023", "--strict"])
        #expect(strict.code == .failure)
        #expect(strict.output.contains("General practitioners per 10,000 people"))
        let district = Run(["status", "--data", file, "--region", "济阳区", "--format", "json"])
        #expect(district.code == .success)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(district.output.utf8)) as? [String: Any])
        #expect(object["year"] as? Int == 2024)
    }

    @Test func strictPassesWhenNoBindingIndicatorIsAtRisk() {
        #expect(Run(["status", "--strict"]).code == .success)
    }

    @Test func severalDataFilesAndStandardInputNames() {
        let folder = ScratchFolder()
        let a = folder.write("a.csv", "indicator,year,value\nlife-expectancy,2021,80\n")
        let b = folder.write("b.csv", "indicator,year,value\nlife-expectancy,2021,81\n")
        let run = Run(["status", "-d", a, "-d", b])
        #expect(run.code == .dataError)
        #expect(run.errors.contains("b.csv:2: error: 人均期望寿命 2021 济南市 is 81 here but 80 at \(a):2"))
    }

    @Test func badDataStopsWithEveryProblemAndExit65() {
        let folder = ScratchFolder()
        let file = folder.write("bad.csv", "indicator,year,value\nfoo,2021,1\nlife-expectancy,2021,x\n")
        let run = Run(["status", "--data", file])
        #expect(run.code == .dataError)
        #expect(run.errors.contains("bad.csv:2: error: unknown indicator 'foo'"))
        #expect(run.errors.contains("bad.csv:3: error:"))
        #expect(run.output.isEmpty)
    }

    @Test func missingFileExits66() {
        let run = Run(["status", "--data", "/nonexistent.csv"])
        #expect(run.code == .noInput)
        #expect(run.errors == "/nonexistent.csv: error: cannot open the file: it does not exist\n")
    }

    @Test(arguments: [
        (["status", "--region", "高新区"], "No reported values for the region '高新区'."),
        (["status", "--region", "山东省"], "山东省 is the reference region"),
        (["status", "--year", "20x3"], "The value '20x3' is invalid for '--year <year>'"),
        (["status", "--encoding", "latin9"], "'--encoding <encoding>'"),
        (["status", "--lang", "fr"], "Please provide one of 'zh', 'en'."),
    ])
    func badOptionValuesAreUsageErrors(arguments: [String], fragment: String) {
        let run = Run(arguments)
        #expect(run.code == .usage)
        #expect(run.errors.contains(fragment), "\(run.errors)")
        #expect(run.errors.contains("Usage: plan-track status"))
    }

    @Test func languageFollowsTheLocaleUnlessGiven() {
        #expect(Run(["status"], environment: ["LANG": "zh_CN.UTF-8"]).output.contains("概况"))
        #expect(Run(["status"], environment: ["LANG": "en_US.UTF-8"]).output.contains("Summary"))
        #expect(Run(["status"], environment: ["LC_ALL": "zh_CN.UTF-8", "LANG": "C"]).output.contains("概况"))
        #expect(Run(["status", "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"]).output.contains("Summary"))
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() {
        #expect(!Run(["status"]).output.contains("\u{1B}["))
        #expect(Run(["status"], isTerminal: true, width: 200).output.contains("\u{1B}["))
        #expect(!Run(["status"], environment: ["NO_COLOR": "1"], isTerminal: true).output.contains("\u{1B}["))
    }

    @Test func aPlanFileCanReplaceTheShippedPlan() {
        let folder = ScratchFolder()
        let plan = ShippedPlanText.json.replacingOccurrences(of: "\"targetYear\": 2025", with: "\"targetYear\": 2030")
        let path = folder.write("plan.json", plan)
        let run = Run(["status", "--plan", path, "--format", "json"])
        #expect(run.code == .success)
        #expect(run.output.contains("\"targetYear\": 2030"))
        let broken = folder.write("broken.json", "{\"name\": 1}")
        let failed = Run(["status", "--plan", broken])
        #expect(failed.code == .dataError)
        #expect(failed.errors.contains("\(broken):1:10: error: 'name' must be text in double quotes\n"), "\(failed.errors)")
        #expect(failed.errors.contains("\(broken):1:1: error: the plan has no 'region'\n"))
    }
}

enum ShippedPlanText {
    static var json: String { PlanTrack.ShippedData.planJSON }
}

import PlanTrack
