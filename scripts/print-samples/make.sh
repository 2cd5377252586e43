#!/usr/bin/env bash
# First pages of the corpus plans as a word processor prints them and a scanner or a phone sees them:
# DOCX → PDF with LibreOffice (PDF plans as they are), page 1 → PNG with pdftoppm at 200 dpi, then
# degrade.py (seeded) makes a grey scan and a phone photo of each. Usage: make.sh OUT_DIR [SEED]
# Output: OUT_DIR/scan/NAME.jpg and OUT_DIR/photo/NAME.jpg; score them with score.py.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../../corpus"
out="${1:?usage: make.sh OUT_DIR [SEED]}"
seed="${2:-5}"
mkdir -p "$out/pdf" "$out/p1" "$out/scan" "$out/photo"
cp "$corpus"/*.pdf "$out/pdf/"
soffice --headless "-env:UserInstallation=file://$out/lo-profile" --convert-to pdf --outdir "$out/pdf" "$corpus"/*.docx >/dev/null
for pdf in "$out"/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftoppm -r 200 -f 1 -l 1 -singlefile -png "$pdf" "$out/p1/$name"
  for family in scan photo; do
    /usr/bin/python3 "$here/degrade.py" "$family" "$out/p1/$name.png" "$out/$family/$name.jpg" "$seed"
  done
done
