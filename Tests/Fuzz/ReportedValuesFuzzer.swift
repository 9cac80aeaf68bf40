// libFuzzer entry point: every input goes through text decoding, the CSV reader, the value
// parser and the reported-values reader, exactly as `plan-track validate` would read a file.
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
    let text = String(decoding: bytes, as: UTF8.self)
    for unit in ["%", "‰", "岁"] { _ = try? ValueParser.parseValue(text, unit: unit) }
    _ = try? ValueParser.parseYear(text, accepted: ShippedData.plan.acceptedYears)
    return 0
}
