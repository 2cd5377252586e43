#!/usr/bin/env bash
# Measures a folder of eng-OCR twins (made by `FAMILIES=engocr scripts/make-print-twins.sh OUT`: corpus plans printed,
# scanned and OCR'd with Tesseract's English model, the text kept as OUT/engocr/X.txt) with the product's default
# ingest pipeline: per twin, item F1 by criterion, budget and timeline, assessment F1, and whole-item F1 (criterion,
# budget and timeline all equal) against the born-digital expected records (issue #17). Without an argument it
# measures the committed subset (the CI golden test, tests/Analytics.Ingest.Tests/Fixtures/engocr-twins).
#
#   scripts/measure-engocr-twins.sh [DIR]        prints the report (also written to $ENGOCR_TWINS_REPORT when set)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath "${1:-tests/Analytics.Ingest.Tests/Fixtures/engocr-twins}")
dotnet build tests/Analytics.Ingest.Tests -c Release --nologo -v q >/dev/null
report=${ENGOCR_TWINS_REPORT:-$(mktemp)}; log=$(mktemp)
status=0
ENGOCR_TWINS_DIR=$dir ENGOCR_TWINS_REPORT=$report dotnet test tests/Analytics.Ingest.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~EngOcrTwins.EngOcrTwinGoldenTests" >"$log" 2>&1 || status=$?
if [ -s "$report" ]; then cat "$report"; else cat "$log"; fi
[ $status -eq 0 ] || echo "measure-engocr-twins: a floor or an outcome check failed (see $log)" >&2
exit $status
