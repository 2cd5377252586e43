#!/usr/bin/env python3
"""Estimates the English-OCR channel: how each Vietnamese letter comes out of Tesseract's `eng` model.

Reads TRUTH<TAB>OCR line pairs (render_ocr.py), aligns words (dynamic programming on letter similarity),
then letters inside each aligned word pair (weighted edit distance; inserted OCR characters attach to
the preceding truth letter), and counts truth-letter -> OCR-string events. Case is kept: capitals have
their own confusions (Đ -> P, Ơ -> O'), which the decoder uses for capitalised words.

Writes a TSV: truth_letter<TAB>ocr_string<TAB>count (ocr_string may be empty for a dropped letter),
sorted, only letters of Vietnamese words. This table holds no source text and is what gets committed
(src/Ingest/Text/OcrRepair/ocr-channel.tsv).

usage: learn_channel.py PAIRS.tsv [PAIRS2.tsv ...] > ocr-channel.tsv
"""
import sys, unicodedata, collections

STRIP = ".,;:!?()\"“”[]…-–"


def bare(c):
    d = unicodedata.normalize("NFD", c)
    b = d[0]
    return "d" if c in "đĐ" else b.lower()


def word_cost(t, o):
    """Edit distance between bare forms, normalised: 0 same, 1 unrelated."""
    a = "".join(bare(c) for c in t)
    b = "".join(bare(c) for c in o)
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return 1.0
    prev = list(range(m + 1))
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return prev[m] / max(n, m)


def align_words(ts, os_):
    """Monotone alignment; returns (i, j) pairs of words matched one to one with cost < 0.75."""
    n, m = len(ts), len(os_)
    INF = 1e9
    dp = [[INF] * (m + 1) for _ in range(n + 1)]
    bt = [[None] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            if dp[i][j] >= INF:
                continue
            if i < n and dp[i][j] + 1 < dp[i + 1][j]:
                dp[i + 1][j] = dp[i][j] + 1; bt[i + 1][j] = (i, j)
            if j < m and dp[i][j] + 1 < dp[i][j + 1]:
                dp[i][j + 1] = dp[i][j] + 1; bt[i][j + 1] = (i, j)
            if i < n and j < m:
                c = word_cost(ts[i], os_[j]) * 1.5
                if dp[i][j] + c < dp[i + 1][j + 1]:
                    dp[i + 1][j + 1] = dp[i][j] + c; bt[i + 1][j + 1] = (i, j)
    pairs = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = bt[i][j]
        if pi == i - 1 and pj == j - 1 and word_cost(ts[pi], os_[pj]) < 0.75:
            pairs.append((pi, pj))
        i, j = pi, pj
    return reversed(pairs)


def align_letters(t, o):
    """Per truth letter, the OCR substring it became."""
    n, m = len(t), len(o)
    def sub(a, b):
        if a == b:
            return 0.0
        return 0.4 if bare(a) == bare(b) else 1.0 if a.lower() != b.lower() else 0.1
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        dp[i][0] = i
    for j in range(1, m + 1):
        dp[0][j] = 0.9 * j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 0.9, dp[i - 1][j - 1] + sub(t[i - 1], o[j - 1]))
    out = [""] * n
    lead = ""
    i, j = n, m
    ops = []
    while i > 0 or j > 0:
        # Insertions first: on ties an extra OCR character belongs to the truth letter before it ("cứ" -> "ctr").
        if j > 0 and i > 0 and abs(dp[i][j] - (dp[i][j - 1] + 0.9)) < 1e-9:
            ops.append(("i", i - 1, j - 1)); j -= 1
        elif i > 0 and j > 0 and abs(dp[i][j] - (dp[i - 1][j - 1] + sub(t[i - 1], o[j - 1]))) < 1e-9:
            ops.append(("s", i - 1, j - 1)); i -= 1; j -= 1
        elif i == 0:
            ops.append(("i", -1, j - 1)); j -= 1
        else:
            ops.append(("d", i - 1, None)); i -= 1
    for op, ti, oj in reversed(ops):
        if op == "s":
            out[ti] += o[oj]
        elif op == "i":
            if ti < 0:
                lead += o[oj]
            else:
                out[ti] += o[oj]
    if lead and n:
        out[0] = lead + out[0]
    return out


def is_vietnamese_word(w):
    return w.isalpha()


def main():
    counts = collections.Counter()
    pairs = 0
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 2:
                    continue
                truth = unicodedata.normalize("NFC", parts[0]).split()
                ocr = unicodedata.normalize("NFC", parts[1]).split()
                truth = [w.strip(STRIP) for w in truth]
                ocr = [w.strip(STRIP) for w in ocr]
                for i, j in align_words(truth, ocr):
                    t, o = truth[i], ocr[j]
                    if not t or not is_vietnamese_word(t) or len(t) > 8:
                        continue
                    for letter, got in zip(t, align_letters(t, o)):
                        counts[(letter, got)] += 1
                    pairs += 1
    for (letter, got), n in sorted(counts.items()):
        if n >= 2:
            print(f"{letter}\t{got}\t{n}")
    print(f"learn_channel: {pairs} aligned words, {len(counts)} letter events", file=sys.stderr)


if __name__ == "__main__":
    main()
