import Foundation
import Testing
@testable import PlanTrackCLI

/// Districts judged by their own plans (区目标): added from a CSV, checked, and used by every
/// command, while the city's own assessment stays as it was.
@Suite struct DistrictTargetsCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let data = root.appendingPathComponent("Tests/PlanTrackTests/Fixtures/final-2025.csv").path
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/PlanTrackTests/Fixtures/\(name)").path }

    static func plan(_ folder: ScratchFolder, from file: String = "district-targets.csv") -> String {
        let plan = folder.path("plan.json")
        let run = Run(["plan", "targets", fixture(file), "--out", plan])
        #expect(run.code == .success, "\(run.errors)")
        #expect(run.errors.contains("added 4 district targets"), "\(run.errors)")
        return plan
    }

    static func statuses(_ run: Run) throws -> [String: (status: String, owner: String, target: Double?)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: indicators.map {
            ($0["id"] as? String ?? "", ($0["status"] as? String ?? "", $0["targetOwner"] as? String ?? "", $0["target"] as? Double))
        })
    }

    @Test(arguments: ["district-targets.csv", "district-targets-gbk.csv"])
    func aDistrictIsJudgedOnItsOwnTargets(file: String) throws {
        let folder = ScratchFolder()
        let plan = Self.plan(folder, from: file)
        #expect(Run(["plan", "check", plan]).code == .success)
        let before = try Self.statuses(Run(["status", "--region", "天桥区", "--data", Self.data, "--year", "2025", "--format", "json"]))
        let after = try Self.statuses(Run(["status", "--plan", plan, "--region", "天桥区", "--data", Self.data, "--year", "2025", "--format", "json"]))
        // Held to the city's 5 and 80.5, 天桥区 missed both; by its own plan (3.5以上, 80以上) it met them.
        #expect(before["general-practitioners"]?.status == "not-met" && before["general-practitioners"]?.owner == "plan")
        #expect(after["general-practitioners"]?.status == "achieved" && after["general-practitioners"]?.owner == "district")
        #expect(before["life-expectancy"]?.status == "not-met" && after["life-expectancy"]?.status == "achieved")
        // 增长10% from its own 0.5 is 0.55, which 0.55 meets.
        #expect(after["pharmacists"]?.target == 0.55 && after["pharmacists"]?.status == "achieved")
        // The indicators it sets no target for are the city's, as before.
        #expect(after["immunization-coverage"]?.owner == "plan" && after["immunization-coverage"]?.status == before["immunization-coverage"]?.status)
    }

    /// The city's own assessment never changes because a district has targets.
    @Test func theCityIsUnchanged() {
        let folder = ScratchFolder()
        let plan = Self.plan(folder)
        for format in ["json", "text"] {
            let shipped = Run(["status", "--data", Self.data, "--year", "2025", "--format", format])
            let with = Run(["status", "--plan", plan, "--data", Self.data, "--year", "2025", "--format", format])
            #expect(shipped.output == with.output.replacingOccurrences(of: plan, with: "Data/plan.json"), "\(format)")
        }
    }

    /// Whose target it is, said wherever a district's verdict is shown, in both languages.
    @Test(arguments: ["zh", "en"])
    func everyOutputSaysWhoseTargetItIs(language: String) {
        let folder = ScratchFolder()
        let plan = Self.plan(folder)
        let zh = language == "zh"
        let status = Run(["status", "--plan", plan, "--region", "天桥区", "--data", Self.data, "--year", "2025", "--lang", language]).output
        #expect(status.contains(zh ? "人均期望寿命、每千人口药师（士）数、每万人口全科医生数按天桥区自己规划的基线和目标（区目标）评估；其余指标按市目标。"
                                   : "judged on Tianqiao District's own baseline and target (district target); the other indicators on the city target."), "\(status)")
        #expect(status.contains(zh ? "80以上（区目标）" : "80以上 (district target)"), "\(status)")
        let regions = Run(["regions", "--plan", plan, "--data", Self.data, "--year", "2025", "--lang", language]).output
        #expect(regions.contains(zh ? "青少年总体近视率按历下区自己规划的基线和目标（区目标）评估" : "judged on Lixia District's own baseline and target"), "\(regions)")
        let report = Run(["report", "--plan", plan, "--data", Self.data, "--year", "2025", "--regions", "--lang", language]).output
        #expect(report.contains(zh ? "按天桥区自己规划的基线和目标（区目标）评估" : "judged on Tianqiao District's own baseline and target"), "\(report)")
        let check = Run(["check", "每万人口全科医生数", "--plan", plan, "--region", "天桥区", "--data", Self.data, "--year", "2025", "--lang", language]).output
        #expect(check.contains(zh ? "3.5以上（区目标）  →  ≥ 3.5 人" : "3.5以上 (district target)  →  ≥ 3.5"), "\(check)")
        let csv = Run(["regions", "--plan", plan, "--data", Self.data, "--year", "2025", "--format", "csv", "--lang", language]).output
        #expect(csv.contains(zh ? ",区目标," : ",district target,") && csv.contains(zh ? ",市目标," : ",city target,"))
    }

    /// A change from the base value the city's plan states is measured, for a district without
    /// its own target, from the district's own base-year value.
    @Test func aChangeFromTheBaseValueIsTheDistrictsOwn() throws {
        let folder = ScratchFolder()
        let county = folder.path("county.json")
        let table = Self.fixture("county-2030.csv")
        #expect(Run(["plan", "import", table, "--region", "示例县", "--reference-region", "山东省", "--out", county]).code == .success)
        let text = try String(contentsOfFile: county, encoding: .utf8)
            .replacingOccurrences(of: "\"referenceRegion\": \"山东省\",", with: "\"referenceRegion\": \"山东省\",\n  \"districts\": [{ \"name\": \"城关镇\" }],")
        try text.write(toFile: county, atomically: true, encoding: .utf8)
        let values = folder.write("v.csv", "指标,年份,数值,地区\n重大慢性病过早死亡率,2025,20,城关镇\n重大慢性病过早死亡率,2030,18.5,城关镇\n重大慢性病过早死亡率,2030,12.5,示例县\n")
        let town = try Self.statuses(Run(["status", "--plan", county, "--region", "城关镇", "--data", values, "--year", "2030", "--format", "json"]))
        // 20 less 10% is 18: 18.5 misses it (the county's own 12.78 would have been far out of reach).
        let mortality = try #require(town["indicator-4"])
        #expect(mortality.target == 18 && mortality.status == "not-met" && mortality.owner == "plan")
        let county2030 = try Self.statuses(Run(["status", "--plan", county, "--data", values, "--year", "2030", "--format", "json"]))
        #expect(county2030["indicator-4"]?.target == 12.78 && county2030["indicator-4"]?.status == "achieved")
        // Without a base-year value there is no target to judge by: said, not guessed.
        let late = folder.write("late.csv", "指标,年份,数值,地区\n重大慢性病过早死亡率,2027,19,城关镇\n重大慢性病过早死亡率,2030,18.5,城关镇\n")
        let unknown = try Self.statuses(Run(["status", "--plan", county, "--region", "城关镇", "--data", late, "--year", "2030", "--format", "json"]))
        #expect(unknown["indicator-4"]?.status == "insufficient-data" && unknown["indicator-4"]?.target == nil)
    }

    @Test func mistakesAreNamedWithTheirLine() {
        let folder = ScratchFolder()
        let targets = folder.write("t.csv", """
            地区,指标,基线,目标
            天乔区,人均期望寿命,79,80以上
            济南市,人均期望寿命,79.6,81
            天桥区,人均身高,79,80以上
            天桥区,每万人口全科医生数,2.8,提高到2
            天桥区,每万人口全科医生数,2.8,下降10%
            天桥区,孕产妇死亡率,6,稳定在较低水平
            天桥区,婴儿死亡率,2,稳定在较低水平
            天桥区,婴儿死亡率,2,1.8

            """)
        let run = Run(["plan", "targets", targets, "--out", folder.path("p.json")])
        #expect(run.code == .dataError)
        let lines = run.errors
        #expect(lines.contains("\(targets):2: error: '天乔区' is not one of the plan's districts"), "\(lines)")
        #expect(lines.contains("did you mean 天桥区?"))
        #expect(lines.contains("\(targets):3: error: '济南市' is the plan's own region"))
        #expect(lines.contains("\(targets):4: error: unknown indicator '人均身高'"))
        #expect(lines.contains("\(targets):5: error: 天桥区 每万人口全科医生数: 提高到2 → the target 2 is below the base value"))
        #expect(lines.contains("\(targets):6: error: 天桥区 每万人口全科医生数: the target '下降10%' asks for lower, but the indicator is better higher"))
        #expect(lines.contains("\(targets):9: error: 天桥区 婴儿死亡率: the target is given twice (first on line 8)"))
        #expect(!lines.contains("\(targets):7:"), "稳定在较低水平 takes the plan's own ceiling")
        #expect(lines.hasSuffix("plan-track: 6 errors; nothing was written.\n"), "\(lines)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("p.json")), "nothing written")
    }
}
