#!/usr/bin/env python3
"""Turns review markup written in a source's text into Word review marks in the built DOCX.

In the text of one run: `[-old-]` becomes a tracked deletion (w:del / w:delText), `[+new+]` a tracked
insertion (w:ins), and `[# remark #]` a reviewer's comment (comments.xml) anchored on the text before it in
the same run. Usage: tracked-changes.py FILE.docx
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

AUTHOR = 'Nguyễn Văn Bình'
DATE = '2024-10-07T09:00:00Z'
MARK = re.compile(r'\[-(.*?)-\]|\[\+(.*?)\+\]|\[#\s*(.*?)\s*#\]', re.S)
RUN = re.compile(r'<w:r>((?:<w:rPr />|<w:rPr>.*?</w:rPr>)?)<w:t(?: [^>]*)?>([^<]*)</w:t></w:r>', re.S)


def main(path):
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts['word/document.xml'].decode('utf-8')
    ids = iter(range(100, 10000))
    comments = []

    def text_run(rpr, text):
        return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>' if text else ''

    def rewrite(match):
        rpr, text = match.group(1), match.group(2)
        if not MARK.search(text):
            return match.group(0)
        out, pos, pending = [], 0, ''
        for m in MARK.finditer(text):
            before = text[pos:m.start()]
            if m.group(1) is not None:
                out.append(text_run(rpr, pending + before)); pending = ''
                out.append(f'<w:del w:id="{next(ids)}" w:author="{AUTHOR}" w:date="{DATE}"><w:r>{rpr}'
                           f'<w:delText xml:space="preserve">{m.group(1)}</w:delText></w:r></w:del>')
            elif m.group(2) is not None:
                out.append(text_run(rpr, pending + before)); pending = ''
                out.append(f'<w:ins w:id="{next(ids)}" w:author="{AUTHOR}" w:date="{DATE}">{text_run(rpr, m.group(2))}</w:ins>')
            else:
                cid = len(comments)
                comments.append(m.group(3))
                anchored = pending + before; pending = ''
                out.append(f'<w:commentRangeStart w:id="{cid}"/>{text_run(rpr, anchored)}<w:commentRangeEnd w:id="{cid}"/>'
                           f'<w:r><w:commentReference w:id="{cid}"/></w:r>')
            pos = m.end()
        out.append(text_run(rpr, pending + text[pos:]))
        return ''.join(out)

    doc = RUN.sub(rewrite, doc)
    parts['word/document.xml'] = doc.encode('utf-8')
    if comments:
        body = ''.join(
            f'<w:comment w:id="{i}" w:author="{AUTHOR}" w:date="{DATE}" w:initials="NVB"><w:p><w:r>'
            f'<w:t xml:space="preserve">{c}</w:t></w:r></w:p></w:comment>' for i, c in enumerate(comments))
        parts['word/comments.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            + body + '</w:comments>').encode('utf-8')
        rels = parts['word/_rels/document.xml.rels'].decode('utf-8')
        rels = rels.replace('</Relationships>',
            '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
        parts['word/_rels/document.xml.rels'] = rels.encode('utf-8')
        types = parts['[Content_Types].xml'].decode('utf-8')
        types = types.replace('</Types>',
            '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
        parts['[Content_Types].xml'] = types.encode('utf-8')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


if __name__ == '__main__':
    main(sys.argv[1])
