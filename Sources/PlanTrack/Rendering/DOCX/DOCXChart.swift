/// One indicator's chart as a native Word chart (DrawingML, ECMA-376 part 1, 21.2): the same
/// lines as the SVG chart, from the same `ChartData`, with their values cached in the chart and
/// kept in an embedded workbook, so that Word, WPS and LibreOffice draw it and 编辑数据 works.
struct DOCXChart {
    let chart: ChartData
    let language: Language

    /// A line of the chart and the workbook column that holds it.
    struct Series {
        let name: String
        /// By year, nil where the line has no point.
        let values: [Int: Double]
        let color: String
        /// `solid`, `dash`, `sysDot`, …
        let dash: String
        let markers: Bool
        /// A hollow marker and no line: the baseline.
        let markerOnly: Bool
        let labels: Bool
    }

    var years: [Int] { Array(chart.years) }

    var series: [Series] {
        var all = [Series(name: chart.reportedLabel, values: Dictionary(chart.reported.map { ($0.year, $0.value) }, uniquingKeysWith: { a, _ in a }),
                          color: "1F618D", dash: "solid", markers: true, markerOnly: false, labels: true)]
        if let baseline = chart.baseline {
            all.append(Series(name: language == .zh ? "基线" : "baseline", values: [baseline.year: baseline.value], color: "1F618D",
                              dash: "solid", markers: true, markerOnly: true, labels: true))
        }
        if chart.plannedPath.count == 2 {
            all.append(Series(name: chart.plannedLabel, values: Dictionary(chart.plannedPath.map { ($0.year, $0.value) }, uniquingKeysWith: { a, _ in a }),
                              color: "999999", dash: "dash", markers: false, markerOnly: false, labels: false))
        }
        for (line, color, dash) in [(chart.target, "C0392B", "dash"), (chart.reference, "8E44AD", "sysDot")] {
            guard let line else { continue }
            all.append(Series(name: line.label, values: Dictionary(years.map { ($0, line.value) }, uniquingKeysWith: { a, _ in a }),
                              color: color, dash: dash, markers: false, markerOnly: false, labels: false))
        }
        if chart.projection.count == 2 {
            all.append(Series(name: chart.projectionLabel, values: Dictionary(chart.projection.map { ($0.year, $0.value) }, uniquingKeysWith: { a, _ in a }),
                              color: "2E86C1", dash: "sysDot", markers: false, markerOnly: false, labels: false))
        }
        return all
    }

    /// The embedded workbook: the years down column A, a column per line.
    func workbook() -> [UInt8] {
        let all = series
        var rows: [[Workbook.Cell]] = [[.text(language == .zh ? "年份" : "Year")] + all.map { .text($0.name) }]
        for year in years {
            rows.append([.text(String(year))] + all.map { .number($0.values[year]) })
        }
        var sheet = Workbook.Sheet(name: "Sheet1", rows: rows)
        sheet.columnWidths = [8] + all.map { _ in 14 }
        return WorkbookWriter.write(Workbook(sheets: [sheet]))
    }

    /// The chart part.
    func xml() -> String {
        let all = series
        let last = years.count + 1
        let font = language == .zh ? "宋体" : "Arial"
        func text(size: Int, bold: Bool = false) -> String {
            "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\" b=\"\(bold ? 1 : 0)\"><a:latin typeface=\"\(font)\"/><a:ea typeface=\"\(font)\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"\(language == .zh ? "zh-CN" : "en-US")\"/></a:p></c:txPr>"
        }
        let categories = "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(last)</c:f><c:strCache><c:ptCount val=\"\(years.count)\"/>"
            + years.enumerated().map { "<c:pt idx=\"\($0)\"><c:v>\($1)</c:v></c:pt>" }.joined() + "</c:strCache></c:strRef></c:cat>"
        var xml = XMLText.declaration + """
        <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:roundedCorners val="0"/><c:chart>\
        <c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="\(language == .zh ? "zh-CN" : "en-US")" sz="1200" b="1">\
        <a:latin typeface="\(font)"/><a:ea typeface="\(font)"/></a:rPr><a:t>\(XMLText.escape(chart.title))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>\
        <c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>
        """
        for (index, line) in all.enumerated() {
            let column = Workbook.columnName(index + 1)
            let stroke = line.markerOnly ? "<a:ln><a:noFill/></a:ln>"
                : "<a:ln w=\"\(line.markers ? 28575 : 19050)\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"\(line.color)\"/></a:solidFill><a:prstDash val=\"\(line.dash)\"/><a:round/></a:ln>"
            let marker = line.markers
                ? "<c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/><c:spPr><a:solidFill><a:srgbClr val=\"\(line.markerOnly ? "D6E4F0" : line.color)\"/></a:solidFill><a:ln w=\"19050\"><a:solidFill><a:srgbClr val=\"\(line.color)\"/></a:solidFill></a:ln></c:spPr></c:marker>"
                : "<c:marker><c:symbol val=\"none\"/></c:marker>"
            let labels = line.labels
                ? "<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>\(text(size: 900))<c:dLblPos val=\"t\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
                : ""
            let points = years.enumerated().compactMap { position, year in line.values[year].map { "<c:pt idx=\"\(position)\"><c:v>\($0)</c:v></c:pt>" } }.joined()
            xml += "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
                + "<c:tx><c:strRef><c:f>Sheet1!$\(column)$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(XMLText.escape(line.name))</c:v></c:pt></c:strCache></c:strRef></c:tx>"
                + "<c:spPr>\(stroke)</c:spPr>\(marker)\(labels)\(categories)"
                + "<c:val><c:numRef><c:f>Sheet1!$\(column)$2:$\(column)$\(last)</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"\(years.count)\"/>\(points)</c:numCache></c:numRef></c:val>"
                + "<c:smooth val=\"0\"/></c:ser>"
        }
        xml += "<c:marker val=\"1\"/><c:axId val=\"500000001\"/><c:axId val=\"500000002\"/></c:lineChart>"
        xml += "<c:catAx><c:axId val=\"500000001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>"
            + "<c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"888888\"/></a:solidFill></a:ln></c:spPr>\(text(size: 900))"
            + "<c:crossAx val=\"500000002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
        xml += "<c:valAx><c:axId val=\"500000002\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"\(chart.high)\"/><c:min val=\"\(chart.low)\"/></c:scaling>"
            + "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"E5E5E5\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>\(text(size: 900))<c:crossAx val=\"500000001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"midCat\"/><c:majorUnit val=\"\(chart.step)\"/></c:valAx>"
        xml += "</c:plotArea><c:legend><c:legendPos val=\"r\"/><c:overlay val=\"0\"/>\(text(size: 900))</c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"span\"/></c:chart>"
        xml += "<c:spPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>"
        xml += "<c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>"
        return xml
    }
}
