#!/usr/bin/env bash
# Bigger fuzz runs of the ingest (issue 18): mutated corpus plans mixed with the valid ones, through the
# reader pool. Usage: scripts/fuzz-ingest.sh [SEED] [COUNT]   (default: a random seed, 2000 files)
# Prints the figures (files, failures by reason, reader restarts, peak reader memory, slowest file); the
# test fails if a valid plan is lost, a failure has no reason, or a file ran past its deadline.
# A failure found here becomes a regression test named after what broke (tests/*/BadInput, */Isolation).
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-$RANDOM}
count=${2:-2000}
report=$(mktemp)
dotnet build tests/Analytics.Cli.Tests -c Release --nologo -v quiet
OMP_THREAD_LIMIT=1 FUZZ_SEED=$seed FUZZ_COUNT=$count FUZZ_REPORT=$report \
  dotnet test tests/Analytics.Cli.Tests -c Release --no-build --nologo --filter "FullyQualifiedName~FuzzBatchTests" || status=$?
cat "$report"
rm -f "$report"
exit ${status:-0}
