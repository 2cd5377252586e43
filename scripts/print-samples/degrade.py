#!/usr/bin/python3
"""Scan and phone-photo degradation of a printed page (seeded): python3-pil and numpy from Debian."""
import random, sys, os
import numpy as np
from PIL import Image, ImageFilter

def scan(img, rnd):
    g = img.convert("L")
    angle = rnd.uniform(0.3, 1.2) * rnd.choice([-1, 1])
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    a = a * rnd.uniform(0.85, 0.95) + rnd.uniform(8, 20)  # grey paper
    a += np.random.default_rng(rnd.randrange(1 << 30)).normal(0, 6, a.shape)
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return g, rnd.randint(65, 75)

def photo(img, rnd):
    rgb = img.convert("RGB")
    w, h = rgb.size
    # paper tint and uneven light (a gradient from one corner)
    a = np.asarray(rgb).astype(np.float32) / 255.0
    tint = np.array([rnd.uniform(0.95, 1.0), rnd.uniform(0.88, 0.95), rnd.uniform(0.72, 0.85)])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rnd.uniform(0, w), rnd.uniform(0, h)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(w, h)
    light = 1.0 - rnd.uniform(0.25, 0.4) * d
    a = a * tint[None, None, :] * light[:, :, None]
    page = Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8))
    # place on a desk with margin, then perspective + skew
    m = int(0.08 * w)
    desk_colour = tuple(int(c) for c in (rnd.uniform(70, 120), rnd.uniform(50, 90), rnd.uniform(30, 60)))
    canvas = Image.new("RGB", (w + 2 * m, h + 2 * m), desk_colour)
    dn = np.random.default_rng(rnd.randrange(1 << 30))
    canvas.paste(page, (m, m))
    W, H = canvas.size
    angle = rnd.uniform(1.5, 2.5) * rnd.choice([-1, 1])
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, fillcolor=desk_colour)
    j = lambda s: rnd.uniform(0, s)
    s = 0.035
    # destination corners pulled in: slight perspective (camera not square to the page)
    quad = [(j(s * W), j(s * H)), (W - j(s * W), j(s * H)), (W - j(s * W), H - j(s * H)), (j(s * W), H - j(s * H))]
    coeffs = perspective_coeffs([(0, 0), (W, 0), (W, H), (0, H)], quad)
    canvas = canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=desk_colour)
    b = np.asarray(canvas).astype(np.float32) + dn.normal(0, 5, (H, W, 3))
    canvas = Image.fromarray(np.clip(b, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    return canvas, rnd.randint(70, 85)

def perspective_coeffs(src, dst):
    # PIL maps output (x, y) to input: solve for the transform taking dst -> src
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()

if __name__ == "__main__":
    family, src, dst, seed = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    rnd = random.Random(f"{seed}:{family}:{os.path.basename(src)}")
    out, q = (scan if family == "scan" else photo)(Image.open(src), rnd)
    out.save(dst, "JPEG", quality=q, **({"dpi": (200, 200)} if family == "scan" else {}))
