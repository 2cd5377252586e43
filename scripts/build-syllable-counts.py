#!/usr/bin/python3
"""Builds src/Ingest/Ocr/Layout/syllables.tsv: Vietnamese syllables (lower-case NFC) with a quantised
frequency (round(log2(count))), counted over /work/shared/corpora/viwiki.txt.gz (Vietnamese Wikipedia,
CC BY-SA, from undertheseanlp/corpus.viwiki). Only syllables seen at least MIN_COUNT times are kept; the
file holds statistics, no running text. Used by the OCR syllable splitter to tell "tổ|chức" from "tổc|hức".
"""
import collections, gzip, math, re, sys, unicodedata

MIN_COUNT = 5
source = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpora/viwiki.txt.gz"
out = sys.argv[2] if len(sys.argv) > 2 else "src/Ingest/Ocr/Layout/syllables.tsv"
vowels = set("aăâeêioôơuưy")
token = re.compile(r"[^\W\d_]+", re.UNICODE)

def base(ch):
    d = unicodedata.normalize("NFD", ch)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in "\u0300\u0301\u0303\u0309\u0323"))

counts = collections.Counter()
with gzip.open(source, "rt", encoding="utf-8") as f:
    for line in f:
        for t in token.findall(unicodedata.normalize("NFC", line).lower()):
            if len(t) <= 7 and any(base(c) in vowels for c in t):
                counts[t] += 1

with open(out, "w", encoding="utf-8") as f:
    f.write("# Vietnamese syllable frequencies (round(log2(count))) from Vietnamese Wikipedia (CC BY-SA), built by scripts/build-syllable-counts.py\n")
    for s, c in sorted(counts.items()):
        if c >= MIN_COUNT and all(base(ch).isascii() or base(ch) in "ăâêôơưđ" for ch in s):
            f.write(f"{s}\t{round(math.log2(c))}\n")
print(f"build-syllable-counts: {sum(1 for s, c in counts.items() if c >= MIN_COUNT)} candidates written to {out}", file=sys.stderr)
