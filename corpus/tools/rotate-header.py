#!/usr/bin/env python3
"""Turns the header text of some columns of a CorpusBuilder DOCX table on its side, read bottom to top
(w:textDirection btLr), as schools do for the narrow columns of a wide plan table, and gives the header
row the height the turned words need.

    rotate-header.py FILE.docx TABLE COLUMN...

TABLE counts the body's tables from 1 (nested tables not counted); COLUMN counts the header row's cells
from 1. The file is rewritten in place."""
import re
import sys
import zipfile

path, table_no, columns = sys.argv[1], int(sys.argv[2]), {int(c) for c in sys.argv[3:]}
with zipfile.ZipFile(path) as z:
    parts = {name: z.read(name) for name in z.namelist()}
xml = parts["word/document.xml"].decode("utf-8")

starts = [m.start() for m in re.finditer(r"<w:tbl>", xml)]
start = starts[table_no - 1]
row_start = xml.index("<w:tr", start)
row_end = xml.index("</w:tr>", row_start)
row = xml[row_start:row_end]

cells = list(re.finditer(r"<w:tc>.*?</w:tc>", row, re.S))
out, cursor = [], 0
for number, cell in enumerate(cells, start=1):
    out.append(row[cursor:cell.start()])
    text = cell.group(0)
    if number in columns:
        text = text.replace("</w:tcPr>", '<w:textDirection w:val="btLr" /><w:vAlign w:val="center" /></w:tcPr>', 1)
    out.append(text)
    cursor = cell.end()
out.append(row[cursor:])
row = "".join(out)
if "<w:trPr>" in row:
    row = row.replace("<w:trPr>", '<w:trPr><w:trHeight w:val="1900" w:hRule="atLeast" />', 1)
else:
    row = re.sub(r"^(<w:tr[^>]*>)", r'\1<w:trPr><w:trHeight w:val="1900" w:hRule="atLeast" /></w:trPr>', row, count=1)
xml = xml[:row_start] + row + xml[row_end:]
parts["word/document.xml"] = xml.encode("utf-8")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
