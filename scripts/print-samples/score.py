#!/usr/bin/python3
"""Masthead fields (number, date, school) and item counts of OCR'd page images against corpus expected records."""
import json, sys, os, glob, unicodedata
corpus, jsonl, imgdir = sys.argv[1], sys.argv[2], sys.argv[3]
recs = {}
for line in open(jsonl, encoding="utf-8"):
    r = json.loads(line); recs[os.path.splitext(os.path.basename(r["source"]))[0]] = r
n = {"number": 0, "date": 0, "school": 0}; total = 0; rows = []
for img in sorted(glob.glob(imgdir + "/*.jpg")):
    b = os.path.splitext(os.path.basename(img))[0]
    exp = json.load(open(f"{corpus}/{b}.expected.json", encoding="utf-8"))
    got = recs.get(b); total += 1
    g = lambda r, k: None if r is None else (r["document"].get(k) if k != "school" else r["school"]["name"])
    marks = []
    for k in n:
        e = g(exp, k); o = g(got, k)
        ok = (e or "") == unicodedata.normalize("NFC", o or "")
        n[k] += ok; marks.append(("✓" if ok else "✗") + f"{k}={o!r}" + ("" if ok else f" (want {e!r})"))
    rows.append(f"{b}: " + "  ".join(marks))
print("\n".join(rows))
print(f"{total} pages: number {n['number']}/{total}, date {n['date']}/{total}, school {n['school']}/{total}, records {len(recs)}")
