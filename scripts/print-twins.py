#!/usr/bin/python3
"""Turns one printed plan (a PDF made by LibreOffice or a PDF the corpus already holds) into a degraded
twin, the way paper plans reach an office: the pages are rasterised with pdftoppm, the signature page
gets a red round stamp and a signed scribble over its "HIỆU TRƯỞNG" block (found from the PDF's own word
boxes), and then each page is either scanned (grey or yellowed paper, skew, blur, noise, JPEG, written
as an image-only PDF), scanned and OCR'd with Tesseract's English model as scanner software and ocrmypdf
do by default (engocr: the text output, X.txt), faxed (binarised, CCITT G4 multi-page TIFF) or photographed (curl, perspective,
desk border, uneven light, colour tint, one JPEG per page named X-p1.jpg, X-p2.jpg…).

Everything random comes from one seed, so the same inputs and the same Pillow/numpy give the same
files. Called by scripts/make-print-twins.sh; prints one manifest line (TSV) describing the twin."""

import argparse
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def rasterise(pdf, dpi, folder):
    """Pages of the PDF as RGB images at the given resolution, through poppler as any office tool would."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(folder, "page")], check=True)
    names = sorted((n for n in os.listdir(folder) if n.startswith("page")), key=lambda n: int(re.findall(r"\d+", n)[-1]))
    return [Image.open(os.path.join(folder, n)).convert("RGB") for n in names]


def signature_block(pdf):
    """(page index, x, y, line height) in points of the last "HIỆU TRƯỞNG" title, or None. The
    signature and the stamp go just under it, where the head of the school signs."""
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    found = None
    for page_index, page in enumerate(html.split("<page ")[1:]):
        words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page)
        for i in range(1, len(words)):
            if words[i][4] == "TRƯỞNG" and words[i - 1][4] == "HIỆU":
                x0, y0 = float(words[i - 1][0]), float(words[i - 1][1])
                x1, y1 = float(words[i][2]), float(words[i][3])
                found = (page_index, (x0 + x1) / 2, y1, y1 - y0)
    return found


def ring_text(size, radius, text, font, colour):
    """Capital letters set round a circle, as on a school's seal."""
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    step = 2 * math.pi / max(len(text), 1)
    for i, ch in enumerate(text):
        angle = -math.pi / 2 + i * step
        glyph = Image.new("RGBA", (font.size * 2, font.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((font.size // 2, font.size // 4), ch, font=font, fill=colour)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        cx = size / 2 + radius * math.cos(angle) - glyph.width / 2
        cy = size / 2 + radius * math.sin(angle) - glyph.height / 2
        layer.alpha_composite(glyph, (int(cx), int(cy)))
    return layer


def stamp(rng, dpi, text):
    """A red round seal about 3.6 cm across: two rings, the school's name round the edge, a star."""
    size = int(dpi * 1.45)
    red = (196, 28, 36, 255)
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    outer = size * 0.47
    draw.ellipse([size / 2 - outer, size / 2 - outer, size / 2 + outer, size / 2 + outer], outline=red, width=max(3, dpi // 60))
    inner = size * 0.30
    draw.ellipse([size / 2 - inner, size / 2 - inner, size / 2 + inner, size / 2 + inner], outline=red, width=max(2, dpi // 110))
    font = ImageFont.truetype(FONT, max(8, int(dpi * 0.085)))
    layer.alpha_composite(ring_text(size, size * 0.385, (text.upper() + " ★ ")[:48], font, red))
    star = ImageFont.truetype(FONT, int(dpi * 0.28))
    draw.text((size / 2, size / 2), "★", font=star, fill=red, anchor="mm")
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    # Uneven inking: the seal prints patchily, strongest where it was pressed hardest.
    alpha = np.asarray(layer.getchannel("A"), dtype=np.float32)
    patch = rng.uniform(0.55, 1.0, size=(8, 8)).astype(np.float32)
    patch = np.asarray(Image.fromarray((patch * 255).astype(np.uint8)).resize((size, size), Image.BICUBIC), dtype=np.float32) / 255
    layer.putalpha(Image.fromarray((alpha * patch * 0.85).astype(np.uint8)))
    return layer


def scribble(draw, rng, x, y, width, dpi):
    """A handwritten signature: a few loops and a long closing stroke in blue ballpoint."""
    points = []
    n = 60
    loops = rng.integers(3, 6)
    for i in range(n):
        t = i / (n - 1)
        px = x - width / 2 + t * width + math.sin(t * loops * 2 * math.pi) * width * 0.05
        py = y + math.cos(t * loops * 2 * math.pi) * dpi * rng.uniform(0.06, 0.14) - t * dpi * 0.08
        points.append((px, py))
    ink = (28, 40, 130)
    draw.line(points, fill=ink, width=max(2, dpi // 75), joint="curve")
    draw.line([(x - width * 0.55, y + dpi * 0.12), (x + width * 0.5, y + dpi * 0.02)], fill=ink, width=max(2, dpi // 90))


def sign_and_stamp(pages, block, dpi, rng, text):
    """Signs and stamps the signature page in place, the seal over the left third of the signature."""
    index, x_pt, y_pt, height_pt = block
    page = pages[index].convert("RGBA")
    scale = dpi / 72
    x, y = x_pt * scale, (y_pt + height_pt * 1.6) * scale
    scribble(ImageDraw.Draw(page), rng, x, y, dpi * 1.3, dpi)
    seal = stamp(rng, dpi, text)
    sx = int(x - dpi * 0.55 - seal.width / 2 + rng.uniform(-0.1, 0.1) * dpi)
    sy = int(y - seal.height / 2 + rng.uniform(-0.1, 0.1) * dpi)
    # Ink over ink: multiply, so the printed words under the seal stay readable as they do on paper.
    base = np.asarray(page.convert("RGB"), dtype=np.float32)
    over = Image.new("RGBA", page.size, (255, 255, 255, 0))
    over.alpha_composite(seal, (max(0, sx), max(0, sy)))
    tint = np.asarray(Image.alpha_composite(Image.new("RGBA", page.size, (255, 255, 255, 255)), over).convert("RGB"), dtype=np.float32)
    pages[index] = Image.fromarray((base * tint / 255).astype(np.uint8))


def on_paper(page, rng, paper, darkness):
    """The page printed on paper of the given colour by a toner that lays ink at the given darkness (a
    worn cartridge prints black as dark grey and hairline rules fainter still); seal red and ballpoint
    blue keep their hue."""
    a = np.asarray(page, dtype=np.float32) / 255
    return np.array(paper, dtype=np.float32)[None, None, :] / 255 * (1 - darkness * (1 - a))


def add_noise(a, rng, sigma):
    return np.clip(a + rng.normal(0, sigma / 255, size=a.shape).astype(np.float32), 0, 1)


def to_image(a):
    a = np.clip(a * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(a[:, :, 0] if a.ndim == 3 and a.shape[2] == 1 else a)


def scan_page(page, rng, settings):
    a = on_paper(page, rng, settings["paper"], settings["darkness"])
    image = to_image(a)
    if settings["grey"]:
        image = image.convert("L")
    image = image.rotate(settings["skew"], resample=Image.BICUBIC, expand=False,
                         fillcolor=255 if settings["grey"] else tuple(settings["paper"]))
    image = image.filter(ImageFilter.GaussianBlur(settings["blur"]))
    a = np.asarray(image, dtype=np.float32) / 255
    return to_image(add_noise(a, rng, settings["noise"]))


def fax_page(page, rng, settings):
    a = on_paper(page, rng, (242, 242, 242), settings["darkness"]).mean(axis=2)
    image = to_image(a).rotate(settings["skew"], resample=Image.BICUBIC, fillcolor=242)
    image = image.filter(ImageFilter.GaussianBlur(settings["blur"]))
    a = add_noise(np.asarray(image, dtype=np.float32) / 255, rng, settings["noise"])
    bits = a > settings["threshold"] / 255
    specks = rng.random(bits.shape) < 0.0004
    return Image.fromarray(np.where(specks, ~bits, bits).astype(np.uint8) * 255).convert("1")


def curl(a, rng, amount):
    """A page that does not lie flat: its lines bow a little, more towards one edge."""
    h, w = a.shape[:2]
    xs = np.arange(w, dtype=np.float32) / w
    edge = rng.choice([0.0, 1.0])
    bow = amount * h * (np.abs(xs - edge) ** 2.2)
    ys = np.arange(h, dtype=np.float32)[:, None] + bow[None, :] * (np.arange(h)[:, None] / h - 0.5) * 2
    yi = np.clip(np.rint(ys).astype(np.int64), 0, h - 1)
    return a[yi, np.arange(w)[None, :]]


def perspective_coefficients(target, source):
    """Coefficients for PIL's PERSPECTIVE transform mapping output points to input points."""
    rows = []
    for (x, y), (u, v) in zip(target, source):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    return np.linalg.solve(np.array(rows, dtype=np.float64), np.array(source, dtype=np.float64).reshape(8))


def photo_page(page, rng, settings):
    w, h = page.size
    paper = on_paper(page, rng, (250, 248, 243), settings["darkness"])
    paper = curl(paper, rng, settings["curl"])
    sheet = to_image(paper)
    margin = settings["border"]
    cw, ch = int(w * (1 + 2 * margin)), int(h * (1 + 2 * margin))
    angle = math.radians(settings["skew"])
    cx, cy = cw / 2, ch / 2
    corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    jitter = settings["perspective"] * min(w, h)
    target = []
    for (x, y) in corners:
        rx = x * math.cos(angle) - y * math.sin(angle) + rng.uniform(-jitter, jitter)
        ry = x * math.sin(angle) + y * math.cos(angle) + rng.uniform(-jitter, jitter)
        target.append((cx + rx * 0.97, cy + ry * 0.97))
    source = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = perspective_coefficients(target, source)
    warped = sheet.transform((cw, ch), Image.PERSPECTIVE, tuple(coeffs), resample=Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((cw, ch), Image.PERSPECTIVE, tuple(coeffs), resample=Image.BILINEAR)
    desk = desk_surface(rng, cw, ch)
    photo = Image.composite(warped, desk, mask)
    a = np.asarray(photo, dtype=np.float32) / 255
    a = a * lighting(rng, cw, ch, settings["light"])[:, :, None] * np.array(settings["tint"], dtype=np.float32)[None, None, :]
    image = to_image(np.clip(a, 0, 1)).filter(ImageFilter.GaussianBlur(settings["blur"]))
    a = add_noise(np.asarray(image, dtype=np.float32) / 255, rng, settings["noise"])
    return to_image(a)


def desk_surface(rng, w, h):
    base = np.array(rng.choice([(122, 84, 52), (88, 90, 96), (150, 120, 88), (40, 42, 46)]), dtype=np.float32) / 255
    grain = rng.normal(0, 1, size=(max(2, h // 40), max(2, w // 8))).astype(np.float32)
    grain = np.asarray(Image.fromarray(((grain * 20) + 128).clip(0, 255).astype(np.uint8)).resize((w, h), Image.BICUBIC), dtype=np.float32) / 255
    a = np.clip(base[None, None, :] * (0.85 + 0.3 * grain[:, :, None]), 0, 1)
    return to_image(a)


def lighting(rng, w, h, strength):
    """A lamp or window to one side: light falls off across the page, with a soft brighter spot."""
    theta = rng.uniform(0, 2 * math.pi)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = ((xs / w - 0.5) * math.cos(theta) + (ys / h - 0.5) * math.sin(theta)) + 0.5
    spot_x, spot_y = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    spot = np.exp(-(((xs - spot_x) / (0.6 * w)) ** 2 + ((ys - spot_y) / (0.6 * h)) ** 2))
    return (1 - strength * ramp) * 0.92 + 0.12 * spot


def jpeg_bytes(image, quality):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def write_image_pdf(path, jpegs, dpi):
    """An image-only PDF, one JPEG per page at its scan resolution: what a scanner's "scan to PDF" makes."""
    objects = []
    kids = []
    for i, (data, width, height, grey) in enumerate(jpegs):
        image_id, content_id, page_id = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        w_pt, h_pt = width * 72 / dpi, height * 72 / dpi
        objects.append((image_id, b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                        % (width, height, b"DeviceGray" if grey else b"DeviceRGB", len(data)) + data + b"\nendstream"))
        draw = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w_pt, h_pt)
        objects.append((content_id, b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream"))
        objects.append((page_id, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                        % (w_pt, h_pt, image_id, content_id)))
        kids.append(b"%d 0 R" % page_id)
    objects.insert(0, (2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))))
    objects.insert(0, (1, b"<< /Type /Catalog /Pages 2 0 R >>"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for number in range(1, len(objects) + 1):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def school_name(expected):
    with open(expected, encoding="utf-8") as f:
        record = json.load(f)
    first = record[0] if isinstance(record, list) else record
    return (first.get("school") or {}).get("name") or "Trường"


def ocr_english(image):
    """The page's text as scanner software gives it when nobody chose Vietnamese: Tesseract with the English
    model and its default page segmentation, one form feed after each page."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    result = subprocess.run(["tesseract", "stdin", "stdout", "-l", "eng"], input=buffer.getvalue(),
                            capture_output=True, check=True, env=env)
    return result.stdout.decode("utf-8")


def searchable_pdf(path, images, dpi, language):
    """A searchable PDF as scanner software or ocrmypdf makes it: each page image under an invisible text layer
    from Tesseract (the page's JPEG kept as it is, the page sized by the scan's resolution)."""
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for number, (data, _, _, _) in enumerate(images, start=1):
            names.append(os.path.join(tmp, f"page-{number}.jpg"))
            with open(names[-1], "wb") as f:
                f.write(data)
        listing = os.path.join(tmp, "pages.txt")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(names) + "\n")
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["tesseract", listing, path[:-len(".pdf")], "-l", language, "--dpi", str(dpi), "pdf"],
                       capture_output=True, check=True, env=env)


def settings_for(family, rng):
    sign = rng.choice([-1, 1])
    if family in ("scan", "engocr", "searchable"):
        yellowed = rng.random() < 0.4
        # Scanner software OCRs at 200-300 dpi; below that it asks for a better scan.
        dpis = [200, 300] if family in ("engocr", "searchable") else [150, 200, 200, 240, 300]
        return {"dpi": int(rng.choice(dpis)), "skew": float(sign * rng.uniform(0.3, 1.5)),
                "grey": not yellowed, "paper": [int(v) for v in ((246, 236, 204) if yellowed else (rng.integers(224, 244),) * 3)],
                "darkness": float(rng.uniform(0.75, 1.0)), "blur": float(rng.uniform(0.3, 1.0)),
                "noise": float(rng.uniform(3, 9)), "quality": int(rng.integers(50, 81)),
                **({"layer": str(rng.choice(["vie", "eng"]))} if family == "searchable" else {})}
    if family == "fax":
        return {"dpi": int(rng.choice([200, 300])), "skew": float(sign * rng.uniform(0.3, 1.5)), "darkness": float(rng.uniform(0.8, 1.0)),
                "blur": float(rng.uniform(0.3, 0.8)), "noise": float(rng.uniform(4, 10)), "threshold": int(rng.integers(140, 185))}
    return {"dpi": int(rng.choice([180, 200, 220])), "skew": float(sign * rng.uniform(1.5, 3.0)), "darkness": float(rng.uniform(0.8, 1.0)),
            "curl": float(rng.uniform(0.004, 0.012)), "border": float(rng.uniform(0.04, 0.09)), "perspective": float(rng.uniform(0.008, 0.025)),
            "light": float(rng.uniform(0.2, 0.45)), "tint": [float(v) for v in rng.choice([(1.0, 0.96, 0.86), (0.93, 0.97, 1.0), (1.0, 0.98, 0.93)])],
            "blur": float(rng.uniform(0.4, 0.9)), "noise": float(rng.uniform(3, 7)), "quality": int(rng.integers(65, 86))}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pdf")
    parser.add_argument("--family", choices=["scan", "fax", "photo", "engocr", "searchable"], required=True)
    parser.add_argument("--out", required=True, help="folder; the twin is written to OUT/FAMILY/")
    parser.add_argument("--name", required=True, help="file stem of the twin (the born-digital document's stem)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--stamp-from", default="", help="expected record (JSON) whose school name goes round the seal; no seal or signature when empty")
    args = parser.parse_args()
    args.stamp = school_name(args.stamp_from) if args.stamp_from else ""

    rng = np.random.default_rng(args.seed)
    settings = settings_for(args.family, rng)
    folder = os.path.join(args.out, args.family)
    os.makedirs(folder, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pages = rasterise(args.pdf, settings["dpi"], tmp)
    block = signature_block(args.pdf) if args.stamp else None
    if block is not None:
        sign_and_stamp(pages, block, settings["dpi"], rng, args.stamp)

    if args.family in ("scan", "searchable"):
        jpegs = []
        for page in pages:
            image = scan_page(page, rng, settings)
            jpegs.append((jpeg_bytes(image, settings["quality"]), image.width, image.height, image.mode == "L"))
        files = [os.path.join(folder, args.name + ".pdf")]
        if args.family == "scan":
            write_image_pdf(files[0], jpegs, settings["dpi"])
        else:
            searchable_pdf(files[0], jpegs, settings["dpi"], settings["layer"])
    elif args.family == "engocr":
        files = [os.path.join(folder, args.name + ".txt")]
        text = "".join(ocr_english(scan_page(page, rng, settings)) for page in pages)
        with open(files[0], "w", encoding="utf-8") as f:
            f.write(text)
    elif args.family == "fax":
        images = [fax_page(page, rng, settings) for page in pages]
        files = [os.path.join(folder, args.name + ".tif")]
        images[0].save(files[0], compression="group4", save_all=True, append_images=images[1:], dpi=(settings["dpi"], settings["dpi"]))
    else:
        files = []
        for number, page in enumerate(pages, start=1):
            path = os.path.join(folder, f"{args.name}-p{number}.jpg")
            photo_page(page, rng, settings).save(path, "JPEG", quality=settings["quality"])
            files.append(path)

    described = " ".join(f"{k}={v}" for k, v in settings.items())
    stamped = f"stamp+signature p{block[0] + 1}" if block is not None else "no stamp"
    print("\t".join([args.name, args.family, str(args.seed), str(len(pages)), stamped, described, " ".join(os.path.basename(f) for f in files)]))


if __name__ == "__main__":
    sys.exit(main())
