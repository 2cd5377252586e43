#!/usr/bin/env bash
# Measures a folder of print-path twins (made by scripts/make-print-twins.sh) with the product's default ingest
# pipeline: per twin and per family, item F1 by criterion, budget and timeline, and assessment F1, against the
# born-digital expected records. Without an argument it measures the committed subset (the CI golden test).
#
#   scripts/measure-twins.sh [DIR]        prints the report (also written to $TWINS_REPORT when set)
#   TWINS_DIFF=1 scripts/measure-twins.sh [DIR]    also prints each twin's missing and extra keys
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath "${1:-tests/Analytics.Ingest.Tests/Fixtures/twins}")
export OMP_THREAD_LIMIT=1
dotnet build tests/Analytics.Ingest.Tests -c Release --nologo -v q >/dev/null
report=${TWINS_REPORT:-$(mktemp)}; log=$(mktemp)
status=0
TWINS_DIR=$dir TWINS_REPORT=$report dotnet test tests/Analytics.Ingest.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~Twins.TwinGoldenTests" >"$log" 2>&1 || status=$?
if [ -s "$report" ]; then cat "$report"; else cat "$log"; fi
[ $status -eq 0 ] || echo "measure-twins: a floor or an outcome check failed (see $log)" >&2
exit $status
