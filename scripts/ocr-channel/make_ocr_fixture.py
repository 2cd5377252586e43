#!/usr/bin/env python3
"""Makes an English-OCR test fixture: renders each line of an accented text as its own image
(Liberation Serif, 150 dpi, like a scanned typed page) and writes what Tesseract's `eng` model reads,
one output line per input line, so truth and OCR stay aligned line by line.

usage: make_ocr_fixture.py TRUTH.txt OUT.txt [--font "Liberation Serif 12"] [--dpi 150]
"""
import argparse, os, subprocess, tempfile


def main():
    p = argparse.ArgumentParser()
    p.add_argument("truth")
    p.add_argument("out")
    p.add_argument("--font", default="Liberation Serif 12")
    p.add_argument("--dpi", type=int, default=150)
    a = p.parse_args()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with open(a.truth, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    out = []
    with tempfile.TemporaryDirectory() as work:
        for i, line in enumerate(lines):
            txt, png = os.path.join(work, "l.txt"), os.path.join(work, "l.png")
            with open(txt, "w", encoding="utf-8") as f:
                f.write(line + "\n")
            subprocess.run(["pango-view", "--no-display", f"--font={a.font}", f"--dpi={a.dpi}", "--margin=30",
                            "--width=2400", "--wrap=word", "-o", png, txt], check=True, capture_output=True)
            got = subprocess.run(["tesseract", png, "-", "-l", "eng", "--psm", "6"], check=True,
                                 capture_output=True, env=env).stdout.decode("utf-8", "replace")
            out.append(" ".join(got.split()))
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"make_ocr_fixture: {len(out)} lines -> {a.out}")


if __name__ == "__main__":
    main()
