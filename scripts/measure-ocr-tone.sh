#!/usr/bin/env bash
# Syllable accuracy of Vietnamese-OCR text against the born-digital text of the same plans (issue #13, session 11).
#   scripts/measure-ocr-tone.sh TWINS_DIR DUMP_DIR [REPORT]
# 1. reads every twin of TWINS_DIR (scan/, photo/, fax/ as scripts/make-print-twins.sh makes them) and its
#    born-digital source through the product's readers into DUMP_DIR (slow: OCR; a twin already dumped is skipped);
# 2. aligns each OCR'd line with the born-digital words and counts words right and wrong by kind, per family and per
#    part of the seeded split (tests/Analytics.Ingest.Tests/OcrTone/ToneTwins.cs: a third of the plans held out),
#    before the tone stage and after it, and how much born-digital text the stage would change.
# With OCRTONE_CHANNEL=FILE it also writes the mark confusions of the TUNE part (the table of
# src/Ingest/Text/OcrTone/ocr-tone-channel.tsv).
set -euo pipefail
twins=$(realpath "$1"); dump=$(realpath -m "$2"); report=$(realpath -m "${3:-$dump/report.md}")
cd "$(dirname "$0")/.."
dotnet build tests/Analytics.Ingest.Tests -c Release -v q -nologo >/dev/null
dll=tests/Analytics.Ingest.Tests/bin/Release/net10.0/Analytics.Ingest.Tests.dll
OMP_THREAD_LIMIT=1 OCRTONE_TWINS="$twins" OCRTONE_DUMP="$dump" dotnet test "$dll" --filter "FullyQualifiedName~OcrTone.ToneDumpTool"
OCRTONE_DUMP="$dump" OCRTONE_REPORT="$report" dotnet test "$dll" --filter "FullyQualifiedName~OcrTone.ToneMeasurementTool"
cat "$report"
