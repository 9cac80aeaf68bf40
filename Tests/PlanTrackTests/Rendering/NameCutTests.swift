import Testing
@testable import PlanTrack

/// Names cut to a width stay apart where they differ, for every pair of the plan's names.
@Suite struct NameCutTests {
    static let names: [Language: [String]] = [.zh: Fixtures.plan.indicators.map(\.name), .en: Fixtures.plan.indicators.map(\.nameEn)]

    /// Every width a table's name column takes at 80 and 120 columns lies in 16...30.
    @Test(arguments: [Language.zh, .en], Array(16...30))
    func everyPairStaysApartWhereItDiffers(language: Language, width: Int) throws {
        let names = try #require(Self.names[language])
        let shown = NameCut.cut(names, to: width)
        for (index, name) in names.enumerated() {
            #expect(DisplayWidth.of(shown[index]) <= width, "\(shown[index])")
            for (other, otherName) in names.enumerated() where other != index {
                #expect(NameCut.keepsApart(shown[index], Array(name), from: Array(otherName)), "'\(shown[index])' is not told from \(otherName) at \(width)")
            }
        }
        #expect(Set(shown).count == names.count)
    }

    /// The rule itself: look-alikes show the words that differ; other names keep their start.
    @Test func whatKeepsTwoNamesApart() {
        let hypertension = Array("Standardised management of hypertension patients"), diabetes = Array("Standardised management of diabetes patients")
        #expect(String(hypertension[NameCut.distinguishingPart(hypertension, from: diabetes)]) == "hypertension")
        #expect(!NameCut.keepsApart("Standardised managemen..n patients", hypertension, from: diabetes))
        #expect(NameCut.keepsApart("Standardised..hypertension patie..", hypertension, from: diabetes))
        let physicians = Array("每千人口执业（助理）医师数"), tcm = Array("每千人口卫生机构中医执业（助理）医师数")
        #expect(String(physicians[NameCut.distinguishingPart(physicians, from: tcm)]) == "人口执业", "no part of its own: the place where the other has more")
        #expect(String(tcm[NameCut.distinguishingPart(tcm, from: physicians)]) == "卫生机")
        #expect(NameCut.keepsApart("高血压..理率", Array("高血压患者规范管理率"), from: Array("糖尿病患者规范管理率")))
    }

    @Test func hypertensionAndDiabetesReadAsSuch() {
        let names = ["Standardised management of hypertension patients", "Standardised management of diabetes patients"]
        #expect(NameCut.cut(names, to: 34) == ["Standardised..hypertension patie..", "Standardised..diabetes patients"])
        for cut in NameCut.cut(names, to: 24) { #expect(cut.contains("hypertension") || cut.contains("diabetes"), "\(cut)") }
    }

    /// The terminal views use it, on the table as printed: status, regions, indicators, at 80 and
    /// 120 columns, in both languages.
    @Test(arguments: [Language.zh, .en], [80, 120])
    func theViewsShowTheDifferingParts(language: Language, width: Int) throws {
        let names = try #require(Self.names[language])
        let data = Fixtures.data("life-expectancy,2023,80.2")
        let result = Assessor(plan: Fixtures.plan, data: data).assess(region: "济南市", year: 2023)
        let outputs = [
            StatusView(language: language, maxWidth: width).render(result),
            RegionsView(language: language, maxWidth: width).render(Assessor(plan: Fixtures.plan, data: data).compare(year: 2023)),
            IndicatorsView(language: language, maxWidth: width).render(Fixtures.plan),
        ]
        for output in outputs {
            for line in output.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= width, "\(line)") }
            // The hypertension and diabetes rows show the words that tell them apart.
            let differing = language == .zh ? ["高血压", "糖尿病"] : ["hypertension", "diabetes"]
            for word in differing { #expect(output.contains(word), "\(word) at \(width)") }
            #expect(names.count == 23)
        }
    }
}
