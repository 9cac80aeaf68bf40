/// Writes a `Workbook` as an Office Open XML spreadsheet (.xlsx, ECMA-376 part 1, SpreadsheetML):
/// a ZIP archive of XML parts, strings inline in their cells.
package enum WorkbookWriter {
    package static func write(_ workbook: Workbook) -> [UInt8] {
        var styles: [Workbook.Style] = [Workbook.Style()]
        var styleIndex: [Workbook.Style: Int] = [Workbook.Style(): 0]
        func index(of style: Workbook.Style) -> Int {
            if let known = styleIndex[style] { return known }
            styles.append(style)
            styleIndex[style] = styles.count - 1
            return styles.count - 1
        }
        var sheets: [String] = []
        for sheet in workbook.sheets { sheets.append(sheetXML(sheet, styleOf: index)) }

        var zip = ZIPWriter()
        zip.add("[Content_Types].xml", XMLText.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(workbook.sheets.indices.map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
            </Types>
            """)
        zip.add("_rels/.rels", XMLText.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        zip.add("xl/workbook.xml", XMLText.declaration + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(workbook.sheets.enumerated().map { "<sheet name=\"\(XMLText.escape($1.name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())</sheets>\
            \(definedNames(workbook))\
            </workbook>
            """)
        zip.add("xl/_rels/workbook.xml.rels", XMLText.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(workbook.sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined())\
            <Relationship Id="rId\(workbook.sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """)
        zip.add("xl/styles.xml", stylesXML(styles))
        for (position, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(position + 1).xml", sheet) }
        return zip.finish()
    }

    /// Excel keeps a sheet's filter range as a hidden name too, and repairs a file without it.
    private static func definedNames(_ workbook: Workbook) -> String {
        let names = workbook.sheets.enumerated().compactMap { position, sheet -> String? in
            guard let range = sheet.autoFilter else { return nil }
            let absolute = range.split(separator: ":").map { corner in
                let letters = corner.prefix { $0.isLetter }, digits = corner.drop { $0.isLetter }
                return "$\(letters)$\(digits)"
            }.joined(separator: ":")
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            return "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(position)\" hidden=\"1\">\(XMLText.escape(quoted))!\(absolute)</definedName>"
        }
        return names.isEmpty ? "" : "<definedNames>" + names.joined() + "</definedNames>"
    }

    /// A text that looks like Excel's own escape of a character (`_x000D_`) is kept as typed by
    /// escaping its underscore (`_x005F_x000D_`), as Excel does.
    static func excelEscaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        return text.replacingOccurrences(of: #"_(?=x[0-9A-Fa-f]{4}_)"#, with: "_x005F_", options: .regularExpression)
    }

    private static func sheetXML(_ sheet: Workbook.Sheet, styleOf: (Workbook.Style) -> Int) -> String {
        var xml = XMLText.declaration + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        if sheet.printsLandscape { xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            let corner = Workbook.reference(row: sheet.frozenRows, column: sheet.frozenColumns)
            var pane = "<pane"
            if sheet.frozenColumns > 0 { pane += " xSplit=\"\(sheet.frozenColumns)\"" }
            if sheet.frozenRows > 0 { pane += " ySplit=\"\(sheet.frozenRows)\"" }
            let active = sheet.frozenRows > 0 && sheet.frozenColumns > 0 ? "bottomRight" : sheet.frozenRows > 0 ? "bottomLeft" : "topRight"
            pane += " topLeftCell=\"\(corner)\" activePane=\"\(active)\" state=\"frozen\"/>"
            xml += "<sheetViews><sheetView workbookViewId=\"0\">\(pane)<selection pane=\"\(active)\" activeCell=\"\(corner)\" sqref=\"\(corner)\"/></sheetView></sheetViews>"
        }
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>" + sheet.columnWidths.enumerated().map { "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\(NumberText.plain($1))\" customWidth=\"1\"/>" }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (row, cells) in sheet.rows.enumerated() {
            xml += "<row r=\"\(row + 1)\">"
            for (column, cell) in cells.enumerated() {
                let style = styleOf(cell.style)
                let attributes = "r=\"\(Workbook.reference(row: row, column: column))\"" + (style == 0 ? "" : " s=\"\(style)\"")
                switch cell.value {
                case .empty: if style != 0 { xml += "<c \(attributes)/>" }
                case .number(let number): xml += "<c \(attributes)><v>\(number.isFinite ? NumberText.plain(number) : "0")</v></c>"
                case .text(let text): xml += "<c \(attributes) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(Self.excelEscaped(text)))</t></is></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.isProtected {
            // Sorting and filtering stay allowed; only the locked cells are guarded.
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" sort=\"0\" autoFilter=\"0\" formatColumns=\"0\"/>"
        }
        if let range = sheet.autoFilter { xml += "<autoFilter ref=\"\(range)\"/>" }
        if !sheet.merged.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merged.count)\">" + sheet.merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                guard case .decimal(let minimum, let maximum) = validation.rule else { continue }
                let (operation, formulas): (String, [Double]) = switch (minimum, maximum) {
                case (let low?, let high?): ("between", [low, high])
                case (let low?, nil): ("greaterThanOrEqual", [low])
                case (nil, let high?): ("lessThanOrEqual", [high])
                case (nil, nil): ("greaterThanOrEqual", [-1e300])
                }
                xml += "<dataValidation type=\"decimal\" operator=\"\(operation)\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                    + " errorTitle=\"\(XMLText.escape(validation.title))\" error=\"\(XMLText.escape(validation.error))\""
                    + " promptTitle=\"\(XMLText.escape(validation.title))\" prompt=\"\(XMLText.escape(validation.prompt))\" sqref=\"\(validation.range)\">"
                xml += formulas.enumerated().map { "<formula\($0 + 1)>\(NumberText.plain($1))</formula\($0 + 1)>" }.joined() + "</dataValidation>"
            }
            xml += "</dataValidations>"
        }
        if sheet.printsLandscape {
            // A4 across, every column on the page's width, as many pages down as it takes.
            xml += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
            xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        }
        return xml + "</worksheet>"
    }

    private static func stylesXML(_ styles: [Workbook.Style]) -> String {
        let formats = Array(Set(styles.compactMap(\.numberFormat))).sorted()
        let fills = Array(Set(styles.compactMap(\.fill))).sorted()
        var xml = XMLText.declaration + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        if !formats.isEmpty {
            xml += "<numFmts count=\"\(formats.count)\">" + formats.enumerated().map { "<numFmt numFmtId=\"\(164 + $0)\" formatCode=\"\(XMLText.escape($1))\"/>" }.joined() + "</numFmts>"
        }
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"2\"/></font><font><b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"2\"/></font></fonts>"
        // The first two fills are Excel's own (none and gray125) and must be there.
        xml += "<fills count=\"\(2 + fills.count)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        xml += fills.map { "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\($0)\"/><bgColor indexed=\"64\"/></patternFill></fill>" }.joined() + "</fills>"
        let thin = "<left style=\"thin\"><color rgb=\"FFBFBFBF\"/></left><right style=\"thin\"><color rgb=\"FFBFBFBF\"/></right><top style=\"thin\"><color rgb=\"FFBFBFBF\"/></top><bottom style=\"thin\"><color rgb=\"FFBFBFBF\"/></bottom><diagonal/>"
        xml += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>\(thin)</border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            let format = style.numberFormat.flatMap { formats.firstIndex(of: $0) }.map { 164 + $0 } ?? 0
            let fill = style.fill.flatMap { fills.firstIndex(of: $0) }.map { 2 + $0 } ?? 0
            xml += "<xf numFmtId=\"\(format)\" fontId=\"\(style.bold ? 1 : 0)\" fillId=\"\(fill)\" borderId=\"\(style.bordered ? 1 : 0)\" xfId=\"0\""
            xml += (format != 0 ? " applyNumberFormat=\"1\"" : "") + (style.bold ? " applyFont=\"1\"" : "") + (fill != 0 ? " applyFill=\"1\"" : "")
            xml += (style.bordered ? " applyBorder=\"1\"" : "") + " applyAlignment=\"1\" applyProtection=\"1\">"
            xml += "<alignment vertical=\"center\"" + (style.wraps ? " wrapText=\"1\"" : "") + (style.alignedRight ? " horizontal=\"right\"" : "") + "/>"
            xml += "<protection locked=\"\(style.locked ? 1 : 0)\"/></xf>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        return xml
    }
}
