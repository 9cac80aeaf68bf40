/// The report as a Word document (.docx, Office Open XML, ECMA-376): the document
/// (`ReportBuilder`) that the Markdown and HTML reports write, laid out as an official document
/// (`DOCXLayout`), with Word tables and native Word charts. Written by plan-track alone: a ZIP
/// archive of XML parts, no template and no other program.
public struct DOCXReport: Sendable {
    let language: Language
    /// Draw each indicator's chart in the document.
    public let includesCharts: Bool
    public let comparison: RegionComparison?
    /// The analysts' notes (`report --notes`), placed where a reader looks for them.
    public let notes: AnalystNotes?

    public init(language: Language, includesCharts: Bool = true, comparison: RegionComparison? = nil, notes: AnalystNotes? = nil) {
        self.language = language
        self.includesCharts = includesCharts
        self.comparison = comparison
        self.notes = notes
    }

    /// The .docx file's bytes.
    public func render(_ result: PlanAssessment) -> [UInt8] {
        let document = ReportBuilder(language: language, includesCharts: includesCharts, comparison: comparison, notes: notes).build(result)
        var writer = BodyWriter(layout: DOCXLayout(language: language))
        writer.write(document)
        return Package(layout: writer.layout, title: document.title, body: writer.body, charts: writer.charts, continues: writer.sectionsWritten > 0).archive()
    }

    /// `word/document.xml` alone, a line per paragraph and table row: what the golden files pin.
    func documentXML(_ result: PlanAssessment) -> String {
        let document = ReportBuilder(language: language, includesCharts: includesCharts, comparison: comparison, notes: notes).build(result)
        var writer = BodyWriter(layout: DOCXLayout(language: language))
        writer.write(document)
        return Package(layout: writer.layout, title: document.title, body: writer.body, charts: writer.charts, continues: writer.sectionsWritten > 0).documentXML
    }

    // MARK: - The body

    /// Walks the document and writes the body of `word/document.xml`, gathering the charts.
    struct BodyWriter {
        let layout: DOCXLayout
        private(set) var body = ""
        private(set) var charts: [DOCXChart] = []
        /// Second-level headings within the current section: （一）, （二）.
        private var subsection = 0
        /// Sections ended before the last: the last one numbers its pages on from them.
        private(set) var sectionsWritten = 0

        init(layout: DOCXLayout) {
            self.layout = layout
        }

        private var zh: Bool { layout.language == .zh }

        mutating func write(_ document: ReportDocument) {
            // A section that holds the regions matrix, or a table too wide for a portrait page even
            // set tight (English words are long), goes on landscape pages, heading and all, so that
            // the heading stays with its table.
            let blocks = document.blocks
            var landscape = Set<Int>()
            var start: Int?
            for (index, block) in blocks.enumerated() {
                if case .heading(2, _) = block { start = index }
                if case .table(let table) = block, table.kind == .regions || !fitsPortrait(table), let start {
                    var end = index
                    while end + 1 < blocks.count {
                        if case .heading(let level, _) = blocks[end + 1], level <= 2 { break }
                        end += 1
                    }
                    landscape.formUnion(start...end)
                }
            }
            var inLandscape = false
            var sections = 0
            for (index, block) in blocks.enumerated() {
                if landscape.contains(index) != inLandscape {
                    // A section ends with the paragraph that carries its properties.
                    body += "<w:p><w:pPr><w:sectPr>\(Package.sectionProperties(layout, landscape: inLandscape, first: sections == 0))</w:sectPr></w:pPr></w:p>\n"
                    sections += 1
                    inLandscape.toggle()
                }
                write(block, landscape: inLandscape)
            }
            if inLandscape {
                body += "<w:p><w:pPr><w:sectPr>\(Package.sectionProperties(layout, landscape: true, first: false))</w:sectPr></w:pPr></w:p>\n"
            }
            sectionsWritten = sections
        }

        private mutating func write(_ block: ReportDocument.Block, landscape: Bool) {
            switch block {
            case .heading(1, let text):
                body += paragraph("Title", runs(text))
            case .heading(2, let text):
                subsection = 0
                body += paragraph("Heading1", runs(text))
            case .heading(_, let text):
                subsection += 1
                let numbered = zh ? "（\(Self.chineseNumeral(subsection))）\(text)" : text
                body += paragraph("Heading2", runs(numbered))
            case .paragraph(let text, let style):
                body += paragraph(style == .note ? "Note" : "Body", runs(text))
            case .list(let items):
                for (position, item) in items.enumerated() {
                    body += paragraph("Body", runs("\(position + 1)." + (zh ? "" : " ")) + runs(item))
                }
            case .table(let table):
                writeTable(table, available: landscape ? layout.landscapeTypeWidth : layout.typeWidth)
            case .chart(let data):
                charts.append(DOCXChart(chart: data, language: layout.language))
                body += paragraph("Chart", Self.drawing(chart: charts.count, name: data.name))
            }
        }

        private func fitsPortrait(_ table: ReportDocument.Table) -> Bool {
            table.kind != .regions && DOCXTableWidths.widths(table, size: layout.wideTableSize, available: layout.typeWidth, fit: .tight) != nil
        }

        /// （一） to （十）, then （11）: the numerals official documents use for second-level headings.
        static func chineseNumeral(_ number: Int) -> String {
            let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
            return number <= numerals.count ? numerals[number - 1] : String(number)
        }

        private func paragraph(_ style: String, _ runs: String, keepNext: Bool = false) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(keepNext ? "<w:keepNext/>" : "")</w:pPr>\(runs)</w:p>\n"
        }

        private func runs(_ text: ReportDocument.Text) -> String {
            // A line break in a run (an analyst's note) is a break within the paragraph.
            text.runs.map { run in
                run.text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { Self.runs(TextNormalization.singleLine(String($0)), properties: run.isBold ? "<w:b/>" : "", marksLatin: zh) }
                    .joined(separator: "<w:r><w:br/></w:r>")
            }.joined()
        }

        /// Text as runs with `properties`. In Chinese, numbers and Latin words (2025, 48.5%) go in
        /// runs of their own marked English, which keeps a program that breaks Chinese lines
        /// anywhere from breaking a number across two lines (202|5年).
        static func runs(_ text: String, properties: String, marksLatin: Bool) -> String {
            guard marksLatin else {
                return "<w:r>\(properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
            }
            var out = "", piece = "", pieceIsLatin = false
            func flush() {
                guard !piece.isEmpty else { return }
                let language = pieceIsLatin ? "<w:lang w:val=\"en-US\" w:eastAsia=\"en-US\"/>" : ""
                let all = properties + language
                out += "<w:r>\(all.isEmpty ? "" : "<w:rPr>\(all)</w:rPr>")<w:t xml:space=\"preserve\">\(XMLText.escape(piece))</w:t></w:r>"
                piece = ""
            }
            for character in text {
                let latin = character.isASCII && (character.isLetter || character.isNumber || ".,%+-/:".contains(character)) || character == "‰"
                if latin != pieceIsLatin { flush(); pieceIsLatin = latin }
                piece.append(character)
            }
            flush()
            return out
        }

        private func runs(_ text: String) -> String { runs(ReportDocument.Text(text)) }

        // MARK: Tables

        /// A Word table: a full grid, the header row repeated on every page, rows never split,
        /// numbers right-aligned, widths from the content. A table too wide for the page even in
        /// the smaller size (the regions matrix with many regions) is split into several, each
        /// repeating the first column, each from a new page.
        private mutating func writeTable(_ table: ReportDocument.Table, available: Int) {
            let measures = DOCXTableWidths.measures(table)
            let needs = DOCXTableWidths.needs(measures, size: layout.tableSize)
            if let widths = DOCXTableWidths.widths(needs, available: available) {
                body += tableXML(table, widths: widths, size: layout.tableSize)
                return
            }
            let smaller = DOCXTableWidths.needs(measures, size: layout.wideTableSize)
            if let widths = DOCXTableWidths.widths(smaller, available: available) {
                body += tableXML(table, widths: widths, size: layout.wideTableSize)
                return
            }
            // Only the regions matrix is split (by region); any other table is set tighter, and
            // at the worst in proportion to what its columns hold.
            guard table.kind == .regions else {
                let widths = DOCXTableWidths.widths(smaller, available: available, fit: .tight)
                    ?? DOCXTableWidths.widths(smaller, available: available, fit: .squeezed)
                    ?? DOCXTableWidths.proportional(table, size: layout.wideTableSize, available: available)
                body += tableXML(table, widths: widths, size: layout.wideTableSize)
                return
            }
            // As many columns after the first as fit at once, each at its natural width.
            var parts: [[Int]] = []
            var current: [Int] = [], used = smaller[0].natural
            for column in 1..<table.columns.count {
                if !current.isEmpty, used + smaller[column].natural > available {
                    parts.append(current)
                    current = []
                    used = smaller[0].natural
                }
                current.append(column)
                used += smaller[column].natural
            }
            if !current.isEmpty { parts.append(current) }
            for (position, part) in parts.enumerated() {
                let piece = Self.columns(table, [0] + part)
                let widths = DOCXTableWidths.widths(([0] + part).map { smaller[$0] }, available: available)
                    ?? DOCXTableWidths.proportional(piece, size: layout.wideTableSize, available: available)
                if position > 0 {
                    body += "<w:p><w:pPr><w:pStyle w:val=\"Note\"/><w:pageBreakBefore/></w:pPr>\(runs(zh ? "（续表）" : "(continued)"))</w:p>\n"
                }
                body += tableXML(piece, widths: widths, size: layout.wideTableSize)
            }
        }

        static func columns(_ table: ReportDocument.Table, _ indices: [Int]) -> ReportDocument.Table {
            ReportDocument.Table(columns: indices.map { table.columns[$0] }, rows: table.rows.map { row in indices.map { row[$0] } }, kind: table.kind)
        }

        private func tableXML(_ table: ReportDocument.Table, widths: [Int], size: Int) -> String {
            let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
            var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
                + "<w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
                + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
                + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
            xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>\n"
            func row(_ cells: [String], header: Bool) -> String {
                var row = "<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")</w:trPr>"
                for (index, cell) in cells.enumerated() {
                    let alignment = header ? "center" : table.columns[index].role == .number ? "right" : "left"
                    let shading = header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EDEDED\"/>" : ""
                    let bold = header ? "<w:b/>" : ""
                    row += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[index])\" w:type=\"dxa\"/>\(shading)<w:vAlign w:val=\"center\"/></w:tcPr>"
                        + "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"\(alignment)\"/></w:pPr>"
                        + Self.runs(MarkdownText.singleLine(cell), properties: "\(bold)<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>", marksLatin: zh) + "</w:p></w:tc>"
                }
                return row + "</w:tr>\n"
            }
            xml += row(table.columns.map(\.header), header: true)
            for cells in table.rows { xml += row(cells, header: false) }
            // A paragraph after every table: Word needs one between tables, and it keeps the next
            // block off the table's border.
            return xml + "</w:tbl>\n<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>\n"
        }

        // MARK: Charts

        /// Width and height of a chart in EMU (1 mm = 36,000): 150 × 84 mm, inside the type area.
        static let chartWidth = 5_400_000, chartHeight = 3_024_000

        /// The inline drawing of chart `number` (its relationship is `rIdChart<number>`).
        static func drawing(chart number: Int, name: String) -> String {
            "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(chartWidth)\" cy=\"\(chartHeight)\"/>"
                + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"\(number)\" name=\"Chart \(number)\" descr=\"\(XMLText.escape(name))\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
                + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rIdChart\(number)\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        }
    }

    // MARK: - The package

    /// Every part of the .docx, and the archive that holds them.
    struct Package {
        let layout: DOCXLayout
        let title: String
        let body: String
        let charts: [DOCXChart]
        /// The body ended sections of its own before the last (a landscape one).
        var continues = false

        var documentXML: String {
            XMLText.declaration
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>\n"
                + body + "<w:sectPr>\(Self.sectionProperties(layout, landscape: false, first: !continues))</w:sectPr></w:body></w:document>\n"
        }

        /// A section's page: A4, portrait or landscape (the page turned, its margins with it), the
        /// page number at the foot (counted from 1 in the first section only), and in Chinese the
        /// grid of 22 lines a page.
        static func sectionProperties(_ layout: DOCXLayout, landscape: Bool, first: Bool) -> String {
            let size = landscape
                ? "<w:pgSz w:w=\"\(layout.pageHeight)\" w:h=\"\(layout.pageWidth)\" w:orient=\"landscape\"/>"
                : "<w:pgSz w:w=\"\(layout.pageWidth)\" w:h=\"\(layout.pageHeight)\"/>"
            let margins = landscape
                ? "<w:pgMar w:top=\"\(layout.marginLeft)\" w:right=\"\(layout.marginTop)\" w:bottom=\"\(layout.marginRight)\" w:left=\"\(layout.marginBottom)\" w:header=\"851\" w:footer=\"680\" w:gutter=\"0\"/>"
                : "<w:pgMar w:top=\"\(layout.marginTop)\" w:right=\"\(layout.marginRight)\" w:bottom=\"\(layout.marginBottom)\" w:left=\"\(layout.marginLeft)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
            var grid = ""
            if let pitch = layout.gridLinePitch, !landscape {
                grid = "<w:docGrid w:type=\"lines\" w:linePitch=\"\(pitch)\"/>"
            }
            return "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>\(size)\(margins)\(first ? "<w:pgNumType w:start=\"1\"/>" : "")\(grid)"
        }

        func archive() -> [UInt8] {
            var zip = ZIPWriter()
            zip.add("[Content_Types].xml", XMLText.declaration + """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
                <Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
                <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
                <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
                \(charts.indices.map { "<Override PartName=\"/word/charts/chart\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>" }.joined())\
                </Types>
                """)
            zip.add("_rels/.rels", XMLText.declaration + """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
                </Relationships>
                """)
            zip.add("docProps/core.xml", XMLText.declaration + """
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">\
                <dc:title>\(XMLText.escape(title))</dc:title><dc:creator>plan-track</dc:creator><dc:language>\(layout.language == .zh ? "zh-CN" : "en-US")</dc:language>\
                </cp:coreProperties>
                """)
            zip.add("docProps/app.xml", XMLText.declaration + """
                <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>plan-track</Application></Properties>
                """)
            zip.add("word/document.xml", documentXML)
            zip.add("word/_rels/document.xml.rels", XMLText.declaration + """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
                <Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>\
                <Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
                \(charts.indices.map { "<Relationship Id=\"rIdChart\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"charts/chart\($0 + 1).xml\"/>" }.joined())\
                </Relationships>
                """)
            zip.add("word/styles.xml", stylesXML)
            zip.add("word/settings.xml", XMLText.declaration + """
                <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="420"/>\
                \(layout.language == .zh ? "<w:characterSpacingControl w:val=\"compressPunctuation\"/>" : "")\
                <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
                """)
            zip.add("word/fontTable.xml", XMLText.declaration + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + DOCXLayout.fontTable.map { font in
                    "<w:font w:name=\"\(font.name)\">" + (font.alternate.map { "<w:altName w:val=\"\($0)\"/>" } ?? "")
                        + (font.chinese ? "<w:charset w:val=\"86\"/>" : "<w:charset w:val=\"00\"/>") + "<w:family w:val=\"\(font.chinese ? "modern" : "roman")\"/>"
                        + "<w:pitch w:val=\"\(font.chinese ? "fixed" : "variable")\"/></w:font>"
                }.joined() + "</w:fonts>")
            zip.add("word/footer1.xml", footerXML)
            for (index, chart) in charts.enumerated() {
                let number = index + 1
                zip.add("word/charts/chart\(number).xml", chart.xml())
                zip.add("word/charts/_rels/chart\(number).xml.rels", XMLText.declaration + """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/Microsoft_Excel_Worksheet\(number).xlsx"/>\
                    </Relationships>
                    """)
                zip.add("word/embeddings/Microsoft_Excel_Worksheet\(number).xlsx", chart.workbook(), method: .stored)
            }
            return zip.finish()
        }

        /// "— 1 —": the page number between dashes, centred at the foot, 4号 宋体 in Chinese.
        private var footerXML: String {
            let dash = layout.language == .zh ? "— " : "— "
            let run = "<w:rPr><w:rFonts w:ascii=\"\(layout.pageNumber.latin)\" w:hAnsi=\"\(layout.pageNumber.latin)\" w:eastAsia=\"\(layout.pageNumber.eastAsian)\"/><w:sz w:val=\"\(layout.pageNumberSize)\"/></w:rPr>"
            return XMLText.declaration + "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:r>\(run)<w:t xml:space=\"preserve\">\(dash)</w:t></w:r>"
                + "<w:r>\(run)<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>\(run)<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r>\(run)<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>\(run)<w:t>1</w:t></w:r><w:r>\(run)<w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r>\(run)<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"
        }

        private var stylesXML: String {
            let zh = layout.language == .zh
            func fonts(_ fonts: DOCXLayout.Fonts) -> String {
                "<w:rFonts w:ascii=\"\(fonts.latin)\" w:hAnsi=\"\(fonts.latin)\" w:eastAsia=\"\(fonts.eastAsian)\" w:cs=\"\(fonts.latin)\"/>"
            }
            let exact = layout.lineHeight.map { "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\($0)\" w:lineRule=\"exact\"/>" }
                ?? "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/>"
            // Official documents indent every paragraph and heading by two characters.
            let indent = zh ? "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>" : ""
            func style(_ id: String, _ name: String, paragraph: String, run: String, basedOn: String? = "Normal") -> String {
                "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>" + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "")
                    + "<w:qFormat/><w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
            }
            let size = { (halfPoints: Int) in "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>" }
            var xml = XMLText.declaration + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            // 28 characters in the 156 mm line: each 3号 character 0.2 pt closer (GB/T 9704).
            let closer = layout.characterSpacing.map { "<w:spacing w:val=\"\($0)\"/>" } ?? ""
            xml += "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts(layout.body))\(closer)\(size(layout.bodySize))<w:lang w:val=\"\(zh ? "zh-CN" : "en-US")\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr>\(exact)</w:pPr></w:pPrDefault></w:docDefaults>"
            xml += style("Normal", "Normal", paragraph: "<w:jc w:val=\"both\"/>", run: "", basedOn: nil)
            xml += style("Body", "Body Text", paragraph: "\(indent)<w:jc w:val=\"both\"/>", run: "")
            xml += style("Title", "Title", paragraph: "<w:jc w:val=\"center\"/>" + (zh ? "<w:spacing w:before=\"0\" w:after=\"579\" w:line=\"760\" w:lineRule=\"exact\"/>" : "<w:spacing w:after=\"240\"/>"),
                         run: fonts(layout.title) + (zh ? "" : "<w:b/>") + size(layout.titleSize))
            xml += style("Heading1", "heading 1", paragraph: "<w:keepNext/>\(indent)<w:outlineLvl w:val=\"0\"/>" + (zh ? "" : "<w:spacing w:before=\"240\" w:after=\"120\"/>"),
                         run: fonts(layout.heading1) + (zh ? "" : "<w:b/>") + size(layout.headingSize))
            xml += style("Heading2", "heading 2", paragraph: "<w:keepNext/>\(indent)<w:outlineLvl w:val=\"1\"/>" + (zh ? "" : "<w:spacing w:before=\"120\" w:after=\"60\"/>"),
                         run: fonts(layout.heading2) + (zh ? "" : "<w:b/>") + size(layout.bodySize))
            xml += style("Note", "Note", paragraph: indent + (zh ? "<w:spacing w:line=\"440\" w:lineRule=\"exact\"/>" : ""), run: size(layout.noteSize))
            // Tables and charts keep off the document's grid: single lines, and room for a chart.
            xml += style("TableText", "Table Text", paragraph: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
                         run: fonts(layout.table) + "<w:spacing w:val=\"0\"/>" + size(layout.tableSize))
            xml += style("Chart", "Chart", paragraph: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"120\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>", run: "")
            return xml + "</w:styles>"
        }
    }
}
