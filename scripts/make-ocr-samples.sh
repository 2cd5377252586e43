#!/usr/bin/env bash
# Regenerates the committed OCR test pages in tests/Analytics.Ingest.Tests/Ocr/Samples from their
# accented truth (*.truth.txt) with scripts/ocr-samples.py. Seeded: the same Pillow gives the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
S=tests/Analytics.Ingest.Tests/Ocr/Samples
render() { /usr/bin/python3 scripts/ocr-samples.py "$@"; }

# Clean 300-dpi renders (the ≥ 97% syllable-accuracy check).
render $S/plan-a.truth.txt --out $S --name plan-a-clean --as png
# Image-only PDF: a 150-dpi office scan, slightly turned, soft and noisy.
render $S/plan-a.truth.txt --out $S --name plan-a-scan --as pdf --dpi 150 --rotate 0.8 --noise 0.1 --blur 0.6 --quality 60 --seed 3
# Phone photos of one plan's two pages: turned, lit from one side, noisy, strong JPEG artefacts.
render $S/plan-b.truth.txt --out $S --name plan-b-photo --as jpeg --dpi 200 --rotate -1.6 --lighting 0.6 --noise 0.12 --quality 45 --seed 5 --font-pt 14
# Black-and-white multi-page TIFF (G4), as a document scanner or fax makes it.
render $S/plan-c.truth.txt --out $S --name plan-c-fax --as tiff --dpi 300 --rotate 0.6 --noise 0.08 --binary --seed 7 --font-pt 14
# A corpus plan (hand-checked expected record in corpus/) as a black-and-white scan, for record F1 scanned vs born-digital.
render corpus/thpt-binh-an-dong.txt --out $S --name thpt-binh-an-dong-scan --as tiff --dpi 300 --rotate 0.7 --noise 0.06 --binary --seed 11
# A corpus plan whose table is printed without ruling lines (columns only by white space), B&W scan, for the unruled-table layout.
render corpus/thcs-bac-ly.txt --out $S --name thcs-bac-ly-unruled --as tiff --dpi 300 --rotate 0.5 --noise 0.05 --binary --seed 13 --no-rules --font-pt 11
