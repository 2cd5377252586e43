#!/usr/bin/env python3
"""Renders accented Vietnamese lines to images and reads them back with Tesseract's English model.

Writes TRUTH<TAB>OCR pairs, one line each, for learn_channel.py. The pairs hold source text, so keep them
out of the repository (the default output is under /tmp).

usage: render_ocr.py SOURCE.txt[.gz] OUT.tsv [--batches N] [--seed S] [--skip-lines K] [--degrade]
SOURCE holds accented text; lines are cut into chunks of 5-14 words. --skip-lines skips the first K
source lines (use it to stay inside the training part of a corpus). --degrade passes each page through a
scan-like degradation (ImageMagick: blur or down-and-up sampling, then a threshold), which brings out the
confusions of real scans that clean renderings never show (Đ read as P, for one).
"""
import argparse, gzip, os, random, subprocess, tempfile, unicodedata

FONTS = ["Liberation Serif", "DejaVu Serif", "Liberation Sans", "DejaVu Sans"]


def chunks(path, skip, limit):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < skip:
                continue
            if i >= skip + limit:
                break
            line = unicodedata.normalize("NFC", line.strip())
            if not line or line.startswith("="):
                continue
            words = line.split()
            while words:
                n = random.randint(5, 14)
                yield " ".join(words[:n])
                words = words[n:]


DEGRADATIONS = [
    ["-blur", "0x0.7", "-threshold", "60%"],
    ["-resize", "60%", "-resize", "166%", "-threshold", "55%"],
    ["-resize", "70%", "-resize", "143%", "-threshold", "50%"],
]


def ocr(lines, font, size, dpi, workdir, degrade=False):
    txt = os.path.join(workdir, "in.txt")
    png = os.path.join(workdir, "in.png")
    with open(txt, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    subprocess.run(["pango-view", "--no-display", f"--font={font} {size}", f"--dpi={dpi}", "--margin=30",
                    "-o", png, txt], check=True, capture_output=True)
    if degrade:
        subprocess.run(["convert", png] + random.choice(DEGRADATIONS) + [png], check=True, capture_output=True)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(["tesseract", png, "-", "-l", "eng", "--psm", "6"], check=True, capture_output=True,
                         env=env).stdout.decode("utf-8", "replace")
    return [l for l in out.splitlines() if l.strip()]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("source")
    p.add_argument("out")
    p.add_argument("--batches", type=int, default=200)
    p.add_argument("--lines-per-batch", type=int, default=30)
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--skip-lines", type=int, default=0)
    p.add_argument("--source-lines", type=int, default=200000)
    p.add_argument("--degrade", action="store_true")
    a = p.parse_args()
    random.seed(a.seed)
    pool = [c for c in chunks(a.source, a.skip_lines, a.source_lines) if len(c) > 15]
    random.shuffle(pool)
    kept = 0
    with tempfile.TemporaryDirectory() as work, open(a.out, "w", encoding="utf-8") as out:
        for b in range(a.batches):
            lines = pool[b * a.lines_per_batch:(b + 1) * a.lines_per_batch]
            if not lines:
                break
            font = random.choice(FONTS)
            size = random.choice([10, 11, 12, 13])
            dpi = random.choice([110, 130, 150, 200, 300] if not a.degrade else [130, 150, 200])
            got = ocr(lines, font, size, dpi, work, a.degrade)
            if len(got) != len(lines):
                continue  # line structure lost; alignment would be guesswork
            for t, o in zip(lines, got):
                out.write(t.replace("\t", " ") + "\t" + o.replace("\t", " ") + "\n")
                kept += 1
    print(f"render_ocr: {kept} line pairs -> {a.out}")


if __name__ == "__main__":
    main()
