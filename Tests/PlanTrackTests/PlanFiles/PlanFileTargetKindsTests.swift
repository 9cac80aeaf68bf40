import Testing
@testable import PlanTrack

/// The target kinds of a 十五五 plan in the plan file, and districts' own targets: read, and every
/// mistake named where it is.
@Suite struct PlanFileTargetKindsTests {
    static let text = ShippedData.planJSON
    /// 肺结核发病率: baseline 30, lower is better.
    static let tuberculosis = "\"target\": { \"text\": \"28\", \"kind\": \"at-most\", \"value\": 28 }"

    static func replacingTarget(_ target: String) -> String {
        text.replacingOccurrences(of: tuberculosis, with: "\"target\": \(target)")
    }

    @Test(arguments: [
        ("{ \"text\": \"下降10%\", \"kind\": \"percent-change\", \"percent\": -10 }", TargetKind.percentChange(percent: -10, target: 27)),
        ("{ \"text\": \"下降3个百分点\", \"kind\": \"points-change\", \"points\": -3 }", .pointsChange(points: -3, target: 27)),
        ("{ \"text\": \"控制在32以内\", \"kind\": \"hold-ceiling\", \"value\": 32 }", .holdCeiling(32)),
        ("{ \"text\": \"持续下降\", \"kind\": \"keep-improving\" }", .keepImproving),
        ("{ \"text\": \"低于全省平均水平\", \"kind\": \"reference\", \"comparison\": \"below\" }", .versusReference(.below)),
        ("{ \"text\": \"不高于全省平均水平\", \"kind\": \"reference\", \"comparison\": \"reach\" }", .versusReference(.reach)),
    ])
    func eachKindReads(target: String, kind: TargetKind) throws {
        #expect(Self.text.contains(Self.tuberculosis))
        let plan = try PlanFile.parse(Array(Self.replacingTarget(target).utf8), file: "plan.json")
        #expect(plan.indicator(id: "tuberculosis-incidence")?.target.kind == kind)
        // Written back, it reads the same.
        #expect(try PlanFile.parse(Array(PlanFileWriter.render(plan).utf8), file: "again.json") == plan)
    }

    @Test(arguments: [
        ("{ \"text\": \"增长10%\", \"kind\": \"percent-change\", \"percent\": 10 }", "target kind percent-change needs direction higher, but the indicator's is lower", "需要方向 higher"),
        ("{ \"text\": \"10%\", \"kind\": \"percent-change\", \"percent\": 0 }", "percent cannot be 0", "percent 不能为 0"),
        ("{ \"text\": \"下降\", \"kind\": \"percent-change\" }", "target kind percent-change needs a percent", "需要 percent"),
        ("{ \"text\": \"下降100%\", \"kind\": \"percent-change\", \"percent\": -100 }", "a fall cannot be 100% or more", "下降不能达到或超过 100%"),
        ("{ \"text\": \"高于全省\", \"kind\": \"reference\", \"comparison\": \"above\" }", "target kind reference needs direction higher", "需要方向 higher"),
        ("{ \"text\": \"全省\", \"kind\": \"reference\", \"comparison\": \"bigger\" }", "comparison must be one of reach, above, below, not 'bigger'", "comparison 须为 reach、above、below 之一"),
        ("{ \"text\": \"全省\", \"kind\": \"reference\" }", "target kind reference needs a comparison", "需要 comparison"),
        ("{ \"text\": \"28\", \"kind\": \"hold-ceilin\", \"value\": 28 }", "did you mean hold-ceiling?", "是否指 hold-ceiling"),
    ])
    func mistakesAreNamed(target: String, english: String, chinese: String) throws {
        let problems = PlanFileTests.problems(Self.replacingTarget(target))
        let problem = try #require(problems.first { $0.message.en.contains(english) }, "\(problems.map(\.message.en))")
        #expect(problem.message.zh.contains(chinese), "\(problem.message.zh)")
        #expect(problem.location.line > 1)
    }

    /// A change from the base value needs the base value; a comparison needs the reference region.
    @Test func whatAKindNeedsFromThePlan() {
        // 青少年总体近视率 prints — as its baseline.
        let myopia = "\"target\": { \"text\": \"力争每年降低1个百分点\", \"textEn\": \"1 point lower every year\", \"kind\": \"annual-decrease\", \"step\": 1 }"
        #expect(Self.text.contains(myopia))
        let noBase = Self.text.replacingOccurrences(of: myopia, with: "\"target\": { \"text\": \"下降3个百分点\", \"kind\": \"points-change\", \"points\": -3 }")
        #expect(PlanFileTests.problems(noBase).map(\.message.en).contains { $0.contains("works the target out from the base value, but the baseline has no value") })
        let noReference = Self.replacingTarget("{ \"text\": \"低于全省平均水平\", \"kind\": \"reference\", \"comparison\": \"below\" }")
            .replacingOccurrences(of: "  \"referenceRegion\": \"山东省\",\n  \"referenceRegionEn\": \"Shandong Province\",\n", with: "")
        let messages = PlanFileTests.problems(noReference).map(\.message)
        #expect(messages.contains { $0.en.contains("compares with the reference region, but the plan has no referenceRegion") && $0.zh.contains("规划没有 referenceRegion") }, "\(messages.map(\.en))")
    }

    static let lixia = "{ \"name\": \"历下区\", \"nameEn\": \"Lixia District\" }"

    static func withLixiaTargets(_ targets: String) -> String {
        text.replacingOccurrences(of: lixia, with: "{ \"name\": \"历下区\", \"nameEn\": \"Lixia District\", \"targets\": [\(targets)] }")
    }

    static let ownTuberculosis = "{ \"indicator\": \"肺结核发病率\", \"baseline\": { \"text\": \"35\", \"value\": 35 }, \"target\": { \"text\": \"31以下\", \"kind\": \"at-most\", \"value\": 31 } }"

    @Test func aDistrictsOwnTargetsRead() throws {
        #expect(Self.text.contains(Self.lixia))
        let plan = try PlanFile.parse(Array(Self.withLixiaTargets(Self.ownTuberculosis).utf8), file: "plan.json")
        let tuberculosis = try #require(plan.indicator(id: "tuberculosis-incidence"))
        let own = plan.indicator(tuberculosis, for: "历下区")
        #expect(own.owner == .district && own.indicator.target.kind == .atMost(31) && own.indicator.baseline.value == 35)
        #expect(plan.indicator(tuberculosis, for: "济南市").owner == .plan)
        #expect(plan.indicator(tuberculosis, for: "市中区").indicator == tuberculosis)
        #expect(try PlanFile.parse(Array(PlanFileWriter.render(plan).utf8), file: "again.json") == plan)
    }

    @Test(arguments: [
        ("{ \"indicator\": \"肺结核\", \"target\": { \"text\": \"31\", \"kind\": \"at-most\", \"value\": 31 } }", "the plan has no indicator '肺结核'", "规划没有指标“肺结核”"),
        (ownTuberculosis + ", " + ownTuberculosis, "肺结核发病率 has two district targets", "肺结核发病率的区目标给了两次"),
        ("{ \"indicator\": \"tuberculosis-incidence\", \"baseline\": { \"text\": \"35\", \"value\": 35 }, \"target\": { \"text\": \"36\", \"kind\": \"at-most\", \"value\": 36 } }",
         "the target 36 is above the baseline 35", "目标 36 在基线 35 的上方"),
        ("{ \"indicator\": \"tuberculosis-incidence\", \"target\": { \"text\": \"31\", \"kind\": \"at-least\", \"value\": 31 } }",
         "target kind at-least needs direction higher", "需要方向 higher"),
    ])
    func aDistrictsMistakesAreNamed(targets: String, english: String, chinese: String) throws {
        let problems = PlanFileTests.problems(Self.withLixiaTargets(targets))
        let problem = try #require(problems.first { $0.message.en.contains(english) }, "\(problems.map(\.message.en))")
        #expect(problem.message.zh.contains(chinese), "\(problem.message.zh)")
        #expect(problem.message.en.hasPrefix("districts[0].targets["), "\(problem.message.en)")
    }
}
