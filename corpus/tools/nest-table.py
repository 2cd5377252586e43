#!/usr/bin/env python3
"""Moves one table of a CorpusBuilder DOCX into the single cell of an outer framing table (a nested
table), the way a school's plan table ends up when it is pasted into a layout table.

    nest-table.py FILE.docx N "caption"

N is the 1-based index of the top-level table to nest; the caption becomes a bold paragraph above it,
inside the outer cell. The file is rewritten in place."""
import re
import sys
import zipfile

path, index, caption = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with zipfile.ZipFile(path) as z:
    parts = {name: z.read(name) for name in z.namelist()}
xml = parts["word/document.xml"].decode("utf-8")

# Top-level tables only: CorpusBuilder never nests, so each <w:tbl> ... </w:tbl> pair is flat.
spans = [(m.start(), xml.index("</w:tbl>", m.start()) + len("</w:tbl>")) for m in re.finditer(r"<w:tbl>", xml)]
start, end = spans[index - 1]
inner = xml[start:end]
width = int(re.search(r'<w:tblW w:w="(\d+)"', inner).group(1))
border = '<w:tblBorders><w:top w:val="double" w:sz="4" /><w:left w:val="double" w:sz="4" />' \
         '<w:bottom w:val="double" w:sz="4" /><w:right w:val="double" w:sz="4" /></w:tblBorders>'
outer = (f'<w:tbl><w:tblPr><w:tblW w:w="{width + 200}" w:type="dxa" />{border}</w:tblPr>'
         f'<w:tblGrid><w:gridCol w:w="{width + 200}" /></w:tblGrid><w:tr><w:tc>'
         f'<w:tcPr><w:tcW w:w="{width + 200}" w:type="dxa" /></w:tcPr>'
         f'<w:p><w:r><w:rPr><w:b /></w:rPr><w:t xml:space="preserve">{caption}</w:t></w:r></w:p>'
         f'{inner}<w:p /></w:tc></w:tr></w:tbl>')
parts["word/document.xml"] = (xml[:start] + outer + xml[end:]).encode("utf-8")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
