#!/usr/bin/env bash
# Builds the base syllable language model committed at src/Ingest/Text/Model/vi-syllables.lm.
# Training text: Vietnamese Wikipedia (../shared/corpora/viwiki.txt.gz, minus its last 6,000 lines plus a
# 300-line margin, which are held out for evaluation) and in-domain text weighted up: the accented plans in
# corpus/ (*.txt and sources/*.md) except the held-out ones listed below, the training split of the seeds
# (001, 002, 004) and the plan-genre text written for the model in scripts/lm-domain/. Seed 000, the
# held-out corpus plans and the evaluation texts under tests/ are never trained on; nor is text typed
# without diacritics (it would teach the model bare forms). Deterministic: the same inputs give the same file.
# Usage: scripts/build-lm.sh [extra build-lm options]   (SHARED=/path/to/shared to override;
# ABBREVIATIONS_ONLY=1 rebuilds only src/Ingest/Text/Restoration/abbreviations.tsv)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
[ -d "$shared/corpora" ] || shared=/work/shared
out="${OUT:-src/Ingest/Text/Model/vi-syllables.lm}"

# Held out for the domain accuracy figures (tests/Analytics.Ingest.Tests/Text/CorpusHeldOutTests.cs).
held_out=(corpus/thpt-thanh-binh.txt corpus/mn-bong-sen-xanh.txt corpus/sources/thcs-my-le.md)
# Typed without diacritics (its accented truth is a golden-test label, also kept out).
unaccented=(corpus/th-ngoc-chuc-1.txt)
domain=()
for f in corpus/*.txt corpus/sources/*.md; do
  [ -f "$f" ] || continue
  [[ " ${held_out[*]} ${unaccented[*]} " == *" $f "* ]] && continue
  # A plan saved in a legacy code page (its Unicode text is a golden-test label) is not UTF-8 text.
  iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || continue
  domain+=("$f")
done
domain+=(scripts/lm-domain/*.txt)
for s in 001 002 004; do
  for f in "$shared"/seeds/${s}_*.txt; do [ -f "$f" ] && domain+=("$f"); done
done

# The table of abbreviations written with Đ is learned from the same training text (held-out tail and margin skipped).
# Its domain weight stays 5, not the model's 3: the table keeps a spelling seen often enough in weighted counts, and at
# weight 3 ten real ones drop out (KĐCLGD, TĐG, BGD&ĐT, GDĐP, HĐT…; 48 → 38 spellings, session 11).
python3 scripts/build-abbreviations.py src/Ingest/Text/Restoration/abbreviations.tsv \
  "$shared/corpora/viwiki.txt.gz" 6300 5 "${domain[@]}"
[ "${ABBREVIATIONS_ONLY:-}" = 1 ] && exit 0

dotnet build src/Cli -c Release -v quiet -nologo >/dev/null
dotnet src/Cli/bin/Release/net10.0/plans.dll build-lm \
  --corpus "$shared/corpora/viwiki.txt.gz" --hold-out-tail 6000 --hold-out-margin 300 \
  --domain "${domain[@]}" --domain-weight 3 --trigram-cutoff 1 --out "$out" "$@"
