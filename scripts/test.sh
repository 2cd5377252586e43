#!/usr/bin/env bash
# Runs the whole test suite (installing what it needs first) and closes with one line
# "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh || exit 1

log=$(mktemp)
dotnet test Analytics.sln -c Release --nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed"
exit $status
