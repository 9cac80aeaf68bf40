// libFuzzer entry point: every input goes through text decoding, the CSV reader, the value
// parser and the reported-values reader, exactly as `plan-track validate` would read a file;
// and through the workbook path: the input as a ZIP archive (the inflater, the ZIP reader), as
// raw DEFLATE data, and as the XML of a worksheet and of the shared strings inside a workbook.
// Built by .ci/fuzz together with the library's sources; not part of the Swift package.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportedValues(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count))
    var reader = ReportedValuesReader(plan: ShippedData.plan)
    reader.read(bytes, file: "fuzz.csv")
    let (data, diagnostics) = reader.finish()
    for diagnostic in diagnostics where diagnostic.location.file != "fuzz.csv" {
        fatalError("a diagnostic names another file: \(diagnostic)")
    }
    // Read again in stretches of a few bytes on several threads: everything must be the same,
    // wherever the cuts fall (inside quoted fields, between CR and LF, inside a character).
    var cut = ReportedValuesReader(plan: ShippedData.plan)
    cut.parallelism = 8
    cut.stretchSize = 1 + count % 13
    cut.read(bytes, file: "fuzz.csv")
    let (cutData, cutDiagnostics) = cut.finish()
    if cutDiagnostics != diagnostics || cut.notReportedCount != reader.notReportedCount || cutData.values != data.values {
        fatalError("reading in stretches differs from reading straight through")
    }
    // Whatever was read must assess without trapping.
    let assessor = Assessor(ShippedData.plan)
    for region in data.regions.prefix(3) {
        _ = assessor.assess(data, region: region)
    }
    // The workbook path: never a trap, whatever the bytes.
    _ = try? Inflater.inflate(bytes, limit: 1 << 20)
    _ = try? WorkbookReader.read(bytes)
    for part in ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"] {
        var archive = ZIPWriter()
        archive.add("xl/workbook.xml", #"<workbook><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
        archive.add("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#)
        if part != "xl/worksheets/sheet1.xml" {
            archive.add("xl/worksheets/sheet1.xml", #"<worksheet><sheetData><row r="1"><c r="A1" t="s" s="1"><v>0</v></c></row></sheetData></worksheet>"#)
        }
        archive.add(part, bytes)
        var workbook = ReportedValuesReader(plan: ShippedData.plan)
        workbook.read(archive.finish(), file: "fuzz.xlsx")
        _ = workbook.finish()
    }
    let text = String(decoding: bytes, as: UTF8.self)
    for unit in ["%", "‰", "岁"] { _ = try? ValueParser.parseValue(text, unit: unit) }
    _ = try? ValueParser.parseYear(text, accepted: ShippedData.plan.acceptedYears)
    return 0
}
