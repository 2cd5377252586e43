#!/usr/bin/env bash
# Runs the whole test suite (installing what it needs first) and closes with one line
# "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh || exit 1

# The server-mode tests run against a real PostgreSQL: a throwaway cluster on loopback, removed afterwards.
PLANS_TEST_PG=$(scripts/pg-test.sh start) || { echo "test.sh: cannot start the test PostgreSQL" >&2; exit 1; }
export PLANS_TEST_PG
trap 'scripts/pg-test.sh stop' EXIT

log=$(mktemp)
dotnet test Analytics.sln -c Release --nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed"
exit $status
