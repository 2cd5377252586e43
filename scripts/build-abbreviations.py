#!/usr/bin/python3
"""Learns the table of capitalised abbreviations that carry Đ (src/Ingest/Text/Restoration/abbreviations.tsv):
for every all-capital token written with Đ in accented training text ("QĐ", "ĐBCL", "GD&ĐT"), the same
letters with D ("QD") are its unaccented spelling. A spelling enters the table when one Đ-form has at least
MIN_COUNT weighted occurrences and at least SHARE of all its readings, counting the D-spelling itself as a
reading (in accented text "CD" written as is is a compact disc, not "CĐ"), and when its letters are no
Vietnamese syllable ("DINH" in a heading is left to the syllable model). Statistics only, no running text.
Usage: build-abbreviations.py OUT WIKI.txt.gz HOLD_OUT_TAIL DOMAIN_WEIGHT DOMAIN_FILE...
"""
import collections, gzip, re, sys, unicodedata

MIN_COUNT = 5
SHARE = 0.95
out, wiki, hold_out_tail, weight, domain = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:]
token = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)*")
capitals = re.compile(r"^[A-ZĐ&]+$")
marks = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"

def bare(word):
    d = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if c not in marks)

forms = collections.defaultdict(collections.Counter)
syllables = collections.Counter()

def count(line, w):
    for t in token.findall(unicodedata.normalize("NFC", line)):
        if 2 <= len(t) <= 12 and capitals.match(t):
            forms[t.replace("Đ", "D")][t] += w
        elif t.islower() and len(t) <= 7:
            syllables[bare(t)] += w

with gzip.open(wiki, "rt", encoding="utf-8") as f:
    lines = f.readlines()
for line in lines[: len(lines) - hold_out_tail]:
    count(line, 1)
for path in domain:
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            count(line, weight)

rows = []
for key, readings in forms.items():
    (best, n), = readings.most_common(1)
    if best == key or n < MIN_COUNT or n < SHARE * sum(readings.values()):
        continue
    if syllables[key.lower()] >= MIN_COUNT:
        continue
    rows.append((key, best, n, sum(readings.values())))
with open(out, "w", encoding="utf-8") as f:
    f.write("# Capitalised abbreviations written with Đ, learned by scripts/build-abbreviations.py from the model's training text\n")
    f.write("# (Vietnamese Wikipedia, CC BY-SA, and the project's own plans). spelling without Đ, reading, weighted count of the reading, of all readings\n")
    for key, best, n, total in sorted(rows):
        f.write(f"{key}\t{best}\t{n}\t{total}\n")
print(f"{len(rows)} abbreviations -> {out}")
