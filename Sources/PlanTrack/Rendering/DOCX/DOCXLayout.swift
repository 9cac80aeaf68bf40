/// The page and type of a Word report. In Chinese, the layout of official documents
/// (党政机关公文格式, GB/T 9704-2012): A4, a 156 × 225 mm type area, 22 lines of 28 characters,
/// 小标宋 title, 仿宋 body, 黑体 and 楷体 headings, "— 1 —" at the foot. In English, a plain A4
/// page with the same structure. Sizes are in twentieths of a point (twips) and half-points, as
/// WordprocessingML counts them.
struct DOCXLayout {
    struct Fonts {
        /// Chinese text (w:eastAsia), and Latin text and digits (w:ascii, w:hAnsi).
        let eastAsian: String
        let latin: String
    }

    let language: Language
    // The page, portrait; a landscape page turns it.
    let pageWidth = 11906, pageHeight = 16838
    let marginTop: Int, marginBottom: Int, marginLeft: Int, marginRight: Int
    let title: Fonts, body: Fonts, heading1: Fonts, heading2: Fonts, pageNumber: Fonts, table: Fonts
    /// Half-points.
    let titleSize: Int, bodySize: Int, headingSize: Int, pageNumberSize: Int, noteSize: Int
    /// Table text in half-points: 五号 (10.5 pt), or 小五 (9 pt) where many columns must share the width.
    let tableSize: Int, wideTableSize: Int
    /// The body's exact line height in twips, and the document's line grid.
    let lineHeight: Int?
    let gridLinePitch: Int?
    /// How much closer characters are set, in twentieths of a point.
    let characterSpacing: Int?

    /// The width text may take: 156 mm in Chinese.
    var typeWidth: Int { pageWidth - marginLeft - marginRight }
    /// The same on a landscape page (the margins turn with the page).
    var landscapeTypeWidth: Int { pageHeight - marginTop - marginBottom }

    init(language: Language) {
        self.language = language
        if language == .zh {
            // GB/T 9704-2012: top 37 mm, left 28 mm, a 156 × 225 mm type area: right 26 mm, bottom 35 mm.
            (marginTop, marginBottom, marginLeft, marginRight) = (2098, 1984, 1587, 1474)
            // The standard's faces, with the ones Windows and WPS carry as alternates in the font table.
            title = Fonts(eastAsian: "方正小标宋简体", latin: "Times New Roman")
            body = Fonts(eastAsian: "仿宋_GB2312", latin: "Times New Roman")
            heading1 = Fonts(eastAsian: "黑体", latin: "Times New Roman")
            heading2 = Fonts(eastAsian: "楷体_GB2312", latin: "Times New Roman")
            pageNumber = Fonts(eastAsian: "宋体", latin: "宋体")
            table = Fonts(eastAsian: "仿宋_GB2312", latin: "Times New Roman")
            // 2号 22 pt, 3号 16 pt, 4号 14 pt; tables 五号 10.5 pt, or 小五 9 pt when wide.
            (titleSize, bodySize, headingSize, pageNumberSize, noteSize) = (44, 32, 32, 28, 28)
            (tableSize, wideTableSize) = (21, 18)
            // 22 lines in 225 mm: 28.95 pt a line. 28 characters in 156 mm (442 pt): each 3号
            // character 0.2 pt closer. A character grid would do the same in Word, but other
            // programs spread the characters apart on it; a spacing every program honours.
            lineHeight = 579
            gridLinePitch = 579
            characterSpacing = -4
        } else {
            (marginTop, marginBottom, marginLeft, marginRight) = (1440, 1440, 1440, 1440)
            title = Fonts(eastAsian: "SimSun", latin: "Arial")
            body = Fonts(eastAsian: "SimSun", latin: "Times New Roman")
            heading1 = Fonts(eastAsian: "SimHei", latin: "Arial")
            heading2 = Fonts(eastAsian: "SimHei", latin: "Arial")
            pageNumber = Fonts(eastAsian: "SimSun", latin: "Times New Roman")
            table = Fonts(eastAsian: "SimSun", latin: "Arial")
            (titleSize, bodySize, headingSize, pageNumberSize, noteSize) = (36, 24, 26, 20, 20)
            (tableSize, wideTableSize) = (20, 17)
            lineHeight = nil
            gridLinePitch = nil
            characterSpacing = nil
        }
    }

    /// The fonts the document names, with the common names Windows and WPS carry for the
    /// standard's faces (a font table's altName), and whether each is Chinese (GB2312 charset).
    static let fontTable: [(name: String, alternate: String?, chinese: Bool)] = [
        ("方正小标宋简体", "宋体", true), ("仿宋_GB2312", "仿宋", true), ("楷体_GB2312", "楷体", true),
        ("黑体", "SimHei", true), ("宋体", "SimSun", true), ("SimSun", "宋体", true), ("SimHei", "黑体", true),
        ("Times New Roman", nil, false), ("Arial", nil, false),
    ]
}
