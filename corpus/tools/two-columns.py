#!/usr/bin/env python3
"""Sets the body of a CorpusBuilder DOCX in two newspaper columns from the first paragraph whose text starts
with MARKER to the end, the masthead and title above it staying one column wide: the layout of a plan printed
as a leaflet or a bulletin page, whose PDF text then runs down the left column before the right one.

    two-columns.py FILE.docx "MARKER"

A continuous section break is put at the end of the paragraph before MARKER (one column), and the document's
last section becomes two columns; the file is rewritten in place."""
import re
import sys
import zipfile

path, marker = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(path) as z:
    parts = {name: z.read(name) for name in z.namelist()}
xml = parts["word/document.xml"].decode("utf-8")

final = re.search(r"<w:sectPr\b.*?</w:sectPr>", xml[xml.rindex("<w:sectPr"):], re.S)
if final is None:
    sys.exit("two-columns.py: no final w:sectPr")
section = final.group(0)
size = re.search(r"<w:pgSz\b[^>]*/>", section)
margins = re.search(r"<w:pgMar\b[^>]*/>", section)
page = (size.group(0) if size else "") + (margins.group(0) if margins else "")

paragraphs = list(re.finditer(r"<w:p\b(?:(?!<w:p\b).)*?</w:p>", xml, re.S))
texts = ["".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", p.group(0))) for p in paragraphs]
start = next((i for i, t in enumerate(texts) if t.startswith(marker)), None)
if not start:
    sys.exit(f"two-columns.py: no paragraph after the first starts with {marker!r}")
before = paragraphs[start - 1]
one_column = f'<w:sectPr>{page}<w:cols w:space="708" /><w:type w:val="continuous" /></w:sectPr>'
paragraph = before.group(0)
if "<w:pPr>" in paragraph:
    paragraph = paragraph.replace("</w:pPr>", one_column + "</w:pPr>", 1)
else:
    paragraph = re.sub(r"^(<w:p\b[^>]*>)", r"\1<w:pPr>" + one_column + "</w:pPr>", paragraph, count=1)
xml = xml[:before.start()] + paragraph + xml[before.end():]

last = xml.rindex("<w:sectPr")
tail = xml[last:]
tail = re.sub(r"<w:cols\b[^>]*/>", "", tail, count=1)
tail = tail.replace("</w:sectPr>", '<w:cols w:num="2" w:space="567" /><w:type w:val="continuous" /></w:sectPr>', 1) \
    if "<w:type" not in tail else tail.replace("</w:sectPr>", '<w:cols w:num="2" w:space="567" /></w:sectPr>', 1)
xml = xml[:last] + tail
parts["word/document.xml"] = xml.encode("utf-8")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
