#!/usr/bin/env python3
"""Writes a plain-text e-mail as a mail client sends it: every line hard-wrapped at WIDTH columns (72 by
default), a quoted line's continuation lines carrying the same ">" markers, list and label lines wrapped
like any other text (no hanging indent); the header block above the first blank line is left as it is. The source is the e-mail with one paragraph per line.

    email-quote.py SOURCE.txt OUT.txt [WIDTH]"""
import re
import sys
import textwrap

source, out = sys.argv[1], sys.argv[2]
width = int(sys.argv[3]) if len(sys.argv) > 3 else 72
lines = []
in_headers = True
with open(source, encoding="utf-8") as f:
    for raw in f.read().split("\n"):
        if in_headers:
            # The header block (up to the first blank line) is never wrapped.
            in_headers = raw.strip() != ""
            lines.append(raw)
            continue
        m = re.match(r"^((?:> ?)*)(.*)$", raw)
        marks, text = m.group(1), m.group(2)
        prefix = marks.replace(" ", "")
        prefix = prefix + " " if prefix else ""
        if not text.strip():
            lines.append(prefix.rstrip())
            continue
        wrapped = textwrap.wrap(text, width=width - len(prefix), break_long_words=False, break_on_hyphens=False)
        lines.extend(prefix + w for w in wrapped)
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines).rstrip("\n") + "\n")
