#!/usr/bin/env bash
# The main job on the bundled corpus: ingest corpus/ into the data directory, export the records as
# JSON Lines and print a summary. Extra arguments go to `plans ingest` (for example another folder).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh

data="${PLANS_DATA:-$PWD/plans-data}"
dotnet build src/Cli -c Release -v quiet -nologo >/dev/null
plans() { dotnet src/Cli/bin/Release/net10.0/plans.dll "$@"; }

inputs=("$@")
((${#inputs[@]})) || inputs=(corpus)
status=0
plans ingest "${inputs[@]}" --data "$data" || status=$?
plans export --format jsonl --out "$data/records.jsonl" --data "$data"
plans info --data "$data"
echo "Records: $data/records.jsonl"
exit $status
