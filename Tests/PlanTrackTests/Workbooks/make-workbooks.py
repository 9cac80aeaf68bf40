#!/usr/bin/env python3
"""Writes the test workbooks beside their CSV twin, as districts send them: openpyxl writes
districts-openpyxl.xlsx; LibreOffice (soffice) saves it again as districts-libreoffice.xlsx,
with its own shared strings and styles. Each must read exactly as districts.csv.

    python3 make-workbooks.py        # needs openpyxl and LibreOffice; run by hand, output committed
"""
import os, shutil, subprocess, tempfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

# (indicator, year, value, region, source); a value as a fraction is shown with a % format.
ROWS = {
    "2024年": [
        ("人均期望寿命", 2024, 80.1, "历下区", "区卫健局"),
        ("居民健康素养水平", 2024, 0.338, "历下区", "区卫健局"),
        ("每千人口医疗机构床位数", 2024, 7.6, "历下区", "区卫健局"),
        ("人均期望寿命", 2024, 79.5, "槐荫区", "区卫健局"),
        ("居民健康素养水平", 2024, 0.312, "槐荫区", "区卫健局"),
    ],
    "2025年": [
        ("人均期望寿命", 2025, 80.3, "历下区", "区卫健局"),
        ("居民健康素养水平", 2025, 0.351, "历下区", "区卫健局"),
        ("每千人口医疗机构床位数", 2025, 7.9, "历下区", "区卫健局\n2026年1月"),
        ("人均期望寿命", 2025, 79.8, "槐荫区", "区卫健局"),
        ("居民健康素养水平", 2025, 0.329, "槐荫区", "区卫健局"),
        ("每千人口医疗机构床位数", 2025, "—", "槐荫区", "区卫健局"),
    ],
}


def openpyxl_workbook(path):
    book = openpyxl.Workbook()
    first = True
    for title, rows in ROWS.items():
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = title
        sheet.append([f"济南市各区县卫生健康主要指标（{title}）"])
        sheet.merge_cells("A1:E1")
        sheet.append(["指标", "年份", "数值", "地区", "来源"])
        start = 3
        for offset, (indicator, year, value, region, source) in enumerate(rows):
            row = start + offset
            sheet.append([indicator, year, value, region, source])
            if indicator == "居民健康素养水平":
                sheet.cell(row=row, column=3).number_format = "0.0%"
        # Each region written once over its rows, as a merged cell.
        regions = [r[3] for r in rows]
        begin = 0
        while begin < len(regions):
            end = begin
            while end + 1 < len(regions) and regions[end + 1] == regions[begin]:
                end += 1
            for row in range(start + begin + 1, start + end + 1):
                sheet.cell(row=row, column=4).value = None
            sheet.merge_cells(start_row=start + begin, start_column=4, end_row=start + end, end_column=4)
            begin = end + 1
        sheet.append([])
        sheet.append(["注：数据截至2026年1月，由各区县卫生健康局填报。"])
    notes = book.create_sheet("填写说明")
    notes.append(["每项指标一行；数值按规划的单位填写。"])
    book.save(path)


def twin(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("指标,年份,数值,地区,来源\n")
        for rows in ROWS.values():
            for indicator, year, value, region, source in rows:
                if isinstance(value, float) and indicator == "居民健康素养水平":
                    value = f"{round(value * 100, 10):g}%"
                source = source.replace("\n", " ")
                f.write(f"{indicator},{year},{value},{region},{source}\n")


def main():
    openpyxl_workbook(os.path.join(HERE, "districts-openpyxl.xlsx"))
    twin(os.path.join(HERE, "districts.csv"))
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, "districts-libreoffice.xlsx")
        shutil.copy(os.path.join(HERE, "districts-openpyxl.xlsx"), copy)
        out = os.path.join(scratch, "out")
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, copy],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(out, "districts-libreoffice.xlsx"), os.path.join(HERE, "districts-libreoffice.xlsx"))


if __name__ == "__main__":
    main()
