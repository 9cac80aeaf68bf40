import Testing
@testable import PlanTrack

/// The one rule for region names, as every reader and command applies it.
@Suite struct RegionNamesTests {
    typealias Reading = RegionNames.Reading

    @Test(arguments: [
        ("济南市", Reading.region("济南市")), ("", .region("济南市")), ("济南", .region("济南市")), ("Jinan", .region("济南市")),
        ("济阳区", .region("济阳区")), ("济阳", .region("济阳区")), ("Jiyang District", .region("济阳区")), ("JIYANG", .region("济阳区")),
        ("山东", .region("山东省")), ("市中区", .region("市中区")), ("市中", .region("市中区")),
        ("全市", .total(label: "全市", region: "济南市")), ("合计", .total(label: "合计", region: "济南市")), ("总计", .total(label: "总计", region: "济南市")),
        ("市本级", .region("市本级")),
        ("济阳县", .formerName("济阳县", region: "济阳区", year: 2018)), ("章丘市", .formerName("章丘市", region: "章丘区", year: 2016)),
        ("长清县", .formerName("长清县", region: "长清区", year: 2001)), ("历城县", .formerName("历城县", region: "历城区", year: 1987)),
        ("莱城区", .formerName("莱城区", region: "莱芜区", year: 2019)),
        ("莱芜市", .split("莱芜市", into: ["莱芜区", "钢城区"], year: 2019)),
        ("济阳 区", .spacedName("济阳 区", region: "济阳区")), ("济　阳区", .spacedName("济　阳区", region: "济阳区")),
        ("历下县", .region("历下县")), ("槐阴区", .region("槐阴区")), ("区县00001", .region("区县00001")),
    ])
    func eachNameIsReadOneWay(name: String, reading: Reading) {
        #expect(Plan.jinan.regionNames.reading(name) == reading)
    }

    /// A district's plan totals with 全区, a county's with 全县; townships go by their short names.
    @Test func totalsAndShortNamesFollowThePlansLevel() {
        let county = RegionNames(region: "平阴县", regionEn: "Pingyin", referenceRegion: "济南市", referenceRegionEn: "Jinan",
                                 districts: [District(name: "榆山街道", nameEn: "Yushan Subdistrict"), District(name: "孝直镇", nameEn: "Xiaozhi Town")])
        #expect(county.reading("全县") == .total(label: "全县", region: "平阴县"))
        #expect(county.reading("全市") == .region("全市"))
        #expect(county.reading("榆山") == .region("榆山街道"))
        #expect(county.reading("孝直") == .region("孝直镇"))
        #expect(county.reading("Yushan") == .region("榆山街道"))
    }

    @Test func everyPathReadsNamesTheSameWay() throws {
        // The library: values made in code, and the assessor asked by a short name.
        let data = try ReportedData(values: [
            ReportedValue(indicator: "hospital-beds", year: 2024, value: 7.9, region: "济阳县", location: SourceLocation(file: "code", line: 1)),
            ReportedValue(indicator: "hospital-beds", year: 2025, value: 8.1, region: "全市", location: SourceLocation(file: "code", line: 2)),
        ], plan: .jinan)
        #expect(data.regions == ["济阳区", "济南市"])
        #expect(data.warnings.map(\.message.zh) == ["“济阳县”已于2018年改为济阳区，按济阳区读取；请改用现名", "“全市”行按济南市读取（合计行）"])
        #expect(Assessor(.jinan).assess("hospital-beds", in: data, region: "济阳")?.value == 7.9)
        #expect(Assessor(.jinan).assess(data, region: "Jiyang").region == "济阳区")
        #expect(throws: InputError.self) {
            try ReportedData(values: [ReportedValue(indicator: "hospital-beds", year: 2024, value: 7.9, region: "莱芜市")], plan: .jinan)
        }
        // The file reader: the same readings, said once a file.
        let (read, diagnostics) = Fixtures.read("indicator,year,value,region\nhospital-beds,2024,7.9,济阳县\nhospital-beds,2025,8,济阳县\nhospital-beds,2025,8.2,莱芜市\nhospital-beds,2025,8.3,历下县\n")
        #expect(read.regions == ["济阳区", "历下县"])
        #expect(diagnostics.map(\.description) == [
            "test.csv:2: warning: '济阳县' became 济阳区 in 2019 and is read as it; write the current name".replacingOccurrences(of: "2019", with: "2018"),
            "test.csv:4: error: '莱芜市' was split in 2019 into 莱芜区 and 钢城区: a row for it belongs to neither; report each district on its own",
            "test.csv:5: warning: the region '历下县' looks like '历下区' but is read as another region; if they are one, write it one way",
        ])
    }
}
