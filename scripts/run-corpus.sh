#!/usr/bin/env bash
# The main job on the bundled corpus: ingest corpus/ into the data directory (and its search index),
# export the records as JSON Lines and print a summary. Arguments replace the corpus as input.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh

data="${PLANS_DATA:-$PWD/plans-data}"
dotnet build src/Cli -c Release -v quiet -nologo >/dev/null
plans() { dotnet src/Cli/bin/Release/net10.0/plans.dll "$@"; }

inputs=("$@")
if ((${#inputs[@]} == 0)); then
  # The corpus documents themselves, not their expected records, notes or the builder's sources.
  mapfile -t inputs < <(find corpus -path corpus/tools -prune -o -path corpus/sources -prune -o -path corpus/labels -prune -o \
    -type f \( -name '*.txt' -o -name '*.docx' -o -name '*.pdf' -o -name '*.png' -o -name '*.jpg' -o -name '*.tif' -o -name '*.tiff' \) -print | sort)
fi
status=0
failures=$(mktemp)
# `plans ingest` prints one "FAILED SOURCE: reason" line per refused file on standard output (the progress
# bar alone goes to standard error): keep a copy of standard output to check the failures below.
set +e
plans ingest "${inputs[@]}" --data "$data" | tee "$failures"
status=${PIPESTATUS[0]}
set -e
plans export --format jsonl --out "$data/records.jsonl" --data "$data"
plans info --data "$data"
echo "Records: $data/records.jsonl"
# The corpus holds documents that are not plans on purpose (expected record {"error": ...}); their
# refusal is the expected outcome, any other failure is not.
if ((status == 1 && $# == 0)); then
  unexpected=0
  while read -r file; do
    # The source is the file's name relative to the folder given; corpus documents are at corpus/'s top.
    expected="corpus/$(basename "$file")"; expected="${expected%.*}.expected.json"
    grep -q '"error"' "$expected" 2>/dev/null || { echo "unexpected failure: $file"; unexpected=1; }
  done < <(sed -n 's/^.*FAILED \([^:]*\):.*$/\1/p' "$failures")
  status=$unexpected
fi
rm -f "$failures"
exit $status
