#!/usr/bin/env python3
"""Turns the pages of a CorpusBuilder DOCX landscape from the first paragraph whose text starts with MARKER to the
end, the pages before it staying portrait: a plan whose narrative is typed on portrait pages and whose wide table
is put on a landscape page of its own, as Word users do with a section break (next page).

    landscape-from.py FILE.docx "MARKER"

The paragraph before MARKER ends a portrait section; the document's last section becomes landscape A4. The file is
rewritten in place."""
import re
import sys
import zipfile

path, marker = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(path) as z:
    parts = {name: z.read(name) for name in z.namelist()}
xml = parts["word/document.xml"].decode("utf-8")

last = xml.rindex("<w:sectPr")
final = xml[last:xml.index("</w:sectPr>", last) + len("</w:sectPr>")]
size = re.search(r'<w:pgSz\b[^>]*/>', final)
if size is None or "landscape" in size.group(0):
    sys.exit("landscape-from.py: the document must end in a portrait section with a w:pgSz")
width = int(re.search(r'w:w="(\d+)"', size.group(0)).group(1))
height = int(re.search(r'w:h="(\d+)"', size.group(0)).group(1))
portrait = re.sub(r"<w:headerReference\b[^>]*/>|<w:footerReference\b[^>]*/>", "", final)

paragraphs = list(re.finditer(r"<w:p\b(?:(?!<w:p\b).)*?</w:p>", xml[:last], re.S))
texts = ["".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", p.group(0))) for p in paragraphs]
start = next((i for i, t in enumerate(texts) if t.startswith(marker)), None)
if not start:
    sys.exit(f"landscape-from.py: no paragraph after the first starts with {marker!r}")
before = paragraphs[start - 1]
paragraph = before.group(0)
if "<w:pPr>" in paragraph:
    paragraph = paragraph.replace("</w:pPr>", portrait + "</w:pPr>", 1)
else:
    paragraph = re.sub(r"^(<w:p\b[^>]*>)", r"\1<w:pPr>" + portrait + "</w:pPr>", paragraph, count=1)

landscape = final.replace(size.group(0), f'<w:pgSz w:w="{height}" w:h="{width}" w:orient="landscape" />')
# The tables on the landscape pages are widened to the new text width, as Word's "AutoFit to window" does.
widened = re.sub(r'(<w:(?:gridCol|tcW|tblW) w:w=")(\d+)(")', lambda m: f"{m.group(1)}{int(m.group(2)) * height // width}{m.group(3)}",
                 xml[before.end():last])
xml = xml[:before.start()] + paragraph + widened + landscape + xml[last + len(final):]
parts["word/document.xml"] = xml.encode("utf-8")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
