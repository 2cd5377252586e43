#!/usr/bin/python3
"""Renders plan text (accented truth) to page images and degrades them reproducibly, for OCR tests.

Input: a UTF-8 .txt plan; lines of the form "| a | b | c |" or with tab-separated cells are table rows
(the first of a run is the header), every other non-empty line is a paragraph (all-caps lines are centred as headings).
Output (to --out, named after --name):
  --as png   NAME-pN.png   one grey PNG per page
  --as jpeg  NAME-pN.jpg   one JPEG per page (phone photos of a plan's pages)
  --as tiff  NAME.tif      one multi-page TIFF (1-bit G4 with --binary, else grey LZW)
  --as pdf   NAME.pdf      an image-only PDF (one JPEG per page, no text layer)
Degradation (all seeded by --seed, so the same command gives the same bytes):
  --dpi N (output resolution; pages are drawn at 300 dpi and resampled like a scanner),
  --rotate DEG, --noise 0..1, --blur RADIUS, --lighting 0..1 (a light-to-dark gradient across the page),
  --font-pt PT (text size, default 12), --quality Q (JPEG), --binary (threshold to black and white, as fax/B&W scanners do),
  --no-rules (tables drawn without ruling lines: columns only by their white space).
Needs Pillow (Debian: apt-get install python3-pil) and DejaVu Serif (fonts-dejavu-core; the Liberation fonts here lack Vietnamese glyphs); run with /usr/bin/python3.
Example: scripts/ocr-samples.py plan.txt --out dir --name plan --as jpeg --dpi 200 --rotate 1.5 --lighting 0.5 --noise 0.1 --quality 45
"""
import argparse
import random
import re
import sys
import unicodedata
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

BASE_DPI = 300
PAGE_W, PAGE_H = int(8.27 * BASE_DPI), int(11.69 * BASE_DPI)
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = int(1.0 * BASE_DPI), int(0.7 * BASE_DPI), int(0.7 * BASE_DPI), int(0.7 * BASE_DPI)
FONT_DIRS = ["/usr/share/fonts/truetype/dejavu"]


def font(bold, size_pt):
    names = ["DejaVuSerif-Bold.ttf"] if bold else ["DejaVuSerif.ttf"]
    for d in FONT_DIRS:
        for n in names:
            p = Path(d) / n
            if p.exists():
                return ImageFont.truetype(str(p), int(size_pt * BASE_DPI / 72))
    sys.exit("ocr-samples: DejaVu Serif not found (apt-get install fonts-dejavu-core)")


def wrap(draw, text, fnt, width):
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=fnt) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines or [""]


def is_heading(line):
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def column_widths(rows, total, measure, pad):
    # Every column is at least as wide as its longest word (cells never overflow); what is left is
    # shared out by the square root of each column's text length.
    count = max(len(r) for r in rows)
    cols = [[r[i] for r in rows if i < len(r)] for i in range(count)]
    minimum = [max((measure(w) for c in col for w in c.split()), default=0) + 2 * pad + 4 for col in cols]
    weights = [max(sum(len(c) for c in col), 1) ** 0.5 for col in cols]
    spare = max(0, total - sum(minimum))
    return [int(m + spare * w / sum(weights)) for m, w in zip(minimum, weights)]


class Pages:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.page = Image.new("L", (PAGE_W, PAGE_H), 255)
        self.draw = ImageDraw.Draw(self.page)
        self.pages.append(self.page)
        self.y = MARGIN_T

    def room(self, height):
        if self.y + height > PAGE_H - MARGIN_B:
            self.new_page()


def render(lines, size_pt, rules=True):
    regular, bold = font(False, size_pt), font(True, size_pt)
    line_h = int(size_pt * 1.45 * BASE_DPI / 72)
    text_w = PAGE_W - MARGIN_L - MARGIN_R
    out = Pages()
    table = []

    def flush_table():
        if not table:
            return
        pad = 14
        widths = column_widths(table, text_w, lambda w: out.draw.textlength(w, font=bold), pad)
        for r, cells in enumerate(table):
            fnt = bold if r == 0 else regular
            cells = cells + [""] * (len(widths) - len(cells))
            wrapped = [wrap(out.draw, c, fnt, w - 2 * pad) for c, w in zip(cells, widths)]
            height = max(len(w) for w in wrapped) * line_h + 2 * pad
            out.room(height)
            x = MARGIN_L
            for cell_lines, w in zip(wrapped, widths):
                if rules:
                    out.draw.rectangle([x, out.y, x + w, out.y + height], outline=0, width=3)
                for i, text in enumerate(cell_lines):
                    out.draw.text((x + pad, out.y + pad + i * line_h), text, font=fnt, fill=0)
                x += w
            out.y += height
        out.y += line_h // 2
        table.clear()

    for raw in lines:
        line = unicodedata.normalize("NFC", raw.strip())
        if not line:
            continue
        if re.fullmatch(r"\|[-:|\s]+\|", line):
            continue  # a Markdown header separator, not a row
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if "\t" in raw:
            # HTML fragments pasted into cells are markup in the file, not ink on the page.
            table.append([re.sub(r"<[^>]+>", "", c).strip() for c in raw.strip().split("\t")])
            continue
        flush_table()
        heading = is_heading(line)
        fnt = bold if heading else regular
        for text in wrap(out.draw, line, fnt, text_w):
            out.room(line_h)
            x = MARGIN_L + (text_w - out.draw.textlength(text, font=fnt)) / 2 if heading else MARGIN_L
            out.draw.text((x, out.y), text, font=fnt, fill=0)
            out.y += line_h
        out.y += line_h // 3
    flush_table()
    return out.pages


def degrade(page, args, rng):
    img = page
    if args.blur > 0:
        img = img.filter(ImageFilter.GaussianBlur(args.blur))
    if args.rotate:
        img = img.rotate(args.rotate, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if args.lighting > 0:
        # A smooth diagonal fall-off of light, from a random corner: a lamp or window to one side.
        down = Image.linear_gradient("L").resize(img.size)
        across = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_90).resize(img.size)
        if rng.random() < 0.5:
            down = down.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
        if rng.random() < 0.5:
            across = across.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        gradient = ImageChops.add(down.point(lambda v: v // 2), across.point(lambda v: v // 2))
        gradient = gradient.point(lambda v: int(255 - args.lighting * 150 * (v / 255)))
        img = ImageChops.multiply(img, gradient)
    if args.dpi != BASE_DPI:
        img = img.resize((round(img.width * args.dpi / BASE_DPI), round(img.height * args.dpi / BASE_DPI)), Image.LANCZOS)
    if args.noise > 0:
        noise = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height))
        img = Image.blend(img, noise, args.noise * 0.5)
    if args.binary:
        img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    return img


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("truth")
    parser.add_argument("--out", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--as", dest="kind", choices=["png", "jpeg", "tiff", "pdf"], required=True)
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--rotate", type=float, default=0)
    parser.add_argument("--noise", type=float, default=0)
    parser.add_argument("--blur", type=float, default=0)
    parser.add_argument("--lighting", type=float, default=0)
    parser.add_argument("--quality", type=int, default=75)
    parser.add_argument("--binary", action="store_true")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--font-pt", type=float, default=12)
    parser.add_argument("--no-rules", action="store_true")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    lines = Path(args.truth).read_text(encoding="utf-8").splitlines()
    pages = [degrade(p, args, rng) for p in render(lines, args.font_pt, rules=not args.no_rules)]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    dpi = (args.dpi, args.dpi)
    if args.kind == "png":
        for i, p in enumerate(pages, 1):
            p.save(out / f"{args.name}-p{i}.png", dpi=dpi, optimize=True)
    elif args.kind == "jpeg":
        # Phones do not record a scanning resolution: no dpi in the file.
        for i, p in enumerate(pages, 1):
            p.convert("L").save(out / f"{args.name}-p{i}.jpg", quality=args.quality)
    elif args.kind == "tiff":
        compression = "group4" if args.binary else "tiff_lzw"
        pages[0].save(out / f"{args.name}.tif", save_all=True, append_images=pages[1:], compression=compression, dpi=dpi)
    else:
        rgb = [p.convert("L") for p in pages]
        rgb[0].save(out / f"{args.name}.pdf", save_all=True, append_images=rgb[1:], resolution=args.dpi, quality=args.quality)
    print(f"ocr-samples: {args.name}: {len(pages)} page(s) as {args.kind}")


if __name__ == "__main__":
    main()
