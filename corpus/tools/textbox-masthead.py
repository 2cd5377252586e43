#!/usr/bin/env python3
"""Moves the first N body paragraphs of a CorpusBuilder DOCX into a floating text box (VML
w:pict/v:textbox, as Word writes for compatibility), the way many schools lay out the left half of the
masthead (agency, school, "Số:").

    textbox-masthead.py FILE.docx N

The paragraphs are centred inside the box; the file is rewritten in place."""
import re
import sys
import zipfile

path, count = sys.argv[1], int(sys.argv[2])
with zipfile.ZipFile(path) as z:
    parts = {name: z.read(name) for name in z.namelist()}
xml = parts["word/document.xml"].decode("utf-8")

body = xml.index("<w:body>") + len("<w:body>")
paragraphs = []
cursor = body
for _ in range(count):
    end = xml.index("</w:p>", cursor) + len("</w:p>")
    paragraphs.append(xml[cursor:end])
    cursor = end
centred = [re.sub(r"<w:pPr>.*?</w:pPr>", '<w:pPr><w:jc w:val="center" /></w:pPr>', p, count=1) for p in paragraphs]
box = ('<w:p><w:r><w:pict><v:shape id="Masthead" type="#_x0000_t202" filled="f" stroked="f" '
       'style="position:absolute;margin-left:-20pt;margin-top:0;width:230pt;height:62pt;z-index:1;'
       'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text">'
       '<v:textbox><w:txbxContent>' + "".join(centred) + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
xml = xml[:body] + box + xml[cursor:]
xml = xml.replace('<w:document xmlns:w=', '<w:document xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w=', 1)
parts["word/document.xml"] = xml.encode("utf-8")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
