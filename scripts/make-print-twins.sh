#!/usr/bin/env bash
# Makes the scan, fax and photo twins of every corpus plan that has a table, through the real printing
# path: LibreOffice prints the DOCX to PDF, the corpus PDFs are already printed,
# pdftoppm rasterises the pages and scripts/print-twins.py degrades them (seeded, reproducible). A twin's
# expected record is its born-digital document's expected record (corpus/X.expected.json).
#
#   scripts/make-print-twins.sh [OUT]            the full set into OUT (default ${TMPDIR:-/tmp}/plans-twins)
#   scripts/make-print-twins.sh --committed      the CI subset into tests/Analytics.Ingest.Tests/Fixtures/twins
#   TWINS="scan/mn-tan-dinh photo/th-xuan-lai" scripts/make-print-twins.sh OUT    only those twins
#   FAMILIES="scan photo" KEEP=1 scripts/make-print-twins.sh OUT    only those families; twins already in OUT kept
#   CORPORA="corpus corpus-heldout8" scripts/make-print-twins.sh OUT  plans of those folders (default: corpus; CORPUS=… is the same)
#
#   FAMILIES=searchable scripts/make-print-twins.sh OUT     searchable PDFs: each scan made searchable the way scanner
#                                                            software does (`tesseract -l vie|eng … pdf`, seeded choice)
#   FAMILIES=engocr scripts/make-print-twins.sh OUT         the eng-OCR twins (issue #17): each plan scanned and
#                                                            OCR'd with `tesseract -l eng`, the text kept as OUT/engocr/X.txt
#   FAMILIES=engocr scripts/make-print-twins.sh --committed  their CI subset into tests/Analytics.Ingest.Tests/Fixtures/engocr-twins
#
# Then measure them with: scripts/measure-twins.sh OUT (eng-OCR twins: scripts/measure-engocr-twins.sh OUT)
#
# Not printed: the Excel plan of the formats fixtures (LibreOffice Calc prints it with its default page set-up as
# one page of "###" cells and overlapping text plus two blank pages: no school sends that), .txt plans (LibreOffice prints a tab-separated "table" as ragged monospace text, which is not how
# any school prints a plan), the prose plans without a table, and the .doc/.rtf/.odt copies of corpus DOCX files
# in the formats fixtures (LibreOffice prints them exactly as their DOCX originals: the same paper twice).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

# Debian's Pillow and numpy for the system Python; poppler and LibreOffice come with ensure-deps.sh.
if ! /usr/bin/python3 -c 'import PIL, numpy' 2>/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-pil python3-numpy >/dev/null
fi
scripts/ensure-deps.sh

committed=tests/Analytics.Ingest.Tests/Fixtures/twins
if [ "${1:-}" = "--committed" ] && [ "${FAMILIES:-}" = "engocr" ]; then
  out=$repo/tests/Analytics.Ingest.Tests/Fixtures/engocr-twins
  # One twin of every table layout of the scan subset and more (see that fixture's README).
  TWINS=${TWINS:-"engocr/mn-tan-dinh engocr/th-so-1-cat-tan engocr/thpt-hai-lang engocr/lc-th-thcs-truong-long-a engocr/thcs-ham-kiem
         engocr/lc-thcs-thpt-mau-due engocr/thcs-my-le engocr/mn-hong-nhung engocr/th-quynh-luu-a engocr/thpt-nhon-hai
         engocr/mn-liem-tuyen engocr/thcs-duc-manh"}
elif [ "${1:-}" = "--committed" ]; then
  out=$repo/$committed
  # One or more twins of every table layout in the corpus (see the fixture README), both families and the fax.
  TWINS=${TWINS:-"scan/mn-tan-dinh scan/th-so-1-cat-tan scan/thpt-hai-lang scan/lc-th-thcs-truong-long-a scan/thcs-ham-kiem
         fax/lc-thcs-thpt-mau-due fax/thcs-my-le fax/mn-hong-nhung photo/th-quynh-luu-a photo/thpt-thanh-phu photo/mn-liem-tuyen
         photo/thpt-nhon-hai photo/mn-hoa-sua photo/thcs-duc-manh"}
else
  out=$(realpath -m "${1:-${TMPDIR:-/tmp}/plans-twins}")
fi
mkdir -p "$out"
printed=$(mktemp -d)
trap 'rm -rf "$printed"' EXIT

# The sources: corpus DOCX with a table of three rows or more (the masthead table has two) and every corpus PDF
# but the prose one.
corpora=${CORPORA:-${CORPUS:-corpus}}
sources=()
for f in $(for c in $corpora; do ls "$c"/*.docx 2>/dev/null; done); do
  /usr/bin/python3 - "$f" <<'EOF' && sources+=("$f")
import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
sys.exit(0 if any(len(re.findall(r"<w:tr[ >]", t)) >= 3 for t in re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.S)) else 1)
EOF
done
for f in $(for c in $corpora; do ls "$c"/*.pdf 2>/dev/null; done); do
  case "$(basename "$f")" in thcs-ptdtbt-mang-but.pdf) ;; *) sources+=("$f") ;; esac
done

families=${FAMILIES:-scan fax photo}
wanted() { # family stem
  case " $families " in *" $1 "*) ;; *) return 1 ;; esac
  if [ -n "${KEEP:-}" ] && compgen -G "$out/$1/$2[.-]*" >/dev/null; then return 1; fi
  [ -z "${TWINS:-}" ] && return 0
  for t in $TWINS; do [ "$t" = "$1/$2" ] && return 0; done
  return 1
}

# Print the office documents to PDF in one LibreOffice run, with a private profile.
to_print=()
for f in "${sources[@]}"; do
  stem=$(basename "${f%.*}")
  case "$f" in *.pdf) ;; *)
    for family in scan fax photo engocr searchable; do if wanted $family "$stem"; then to_print+=("$f"); break; fi; done ;;
  esac
done
if ((${#to_print[@]})); then
  soffice --headless "-env:UserInstallation=file://$printed/profile" --convert-to pdf --outdir "$printed" "${to_print[@]}" >/dev/null 2>&1
fi

jobs=$(mktemp)
for f in "${sources[@]}"; do
  stem=$(basename "${f%.*}")
  pdf=$f; case "$f" in *.pdf) ;; *) pdf=$printed/$stem.pdf ;; esac
  expected=$(dirname "$f")/$stem.expected.json
  for family in scan fax photo engocr searchable; do
    wanted $family "$stem" || continue
    seed=$(printf '%s/%s' "$family" "$stem" | cksum | cut -d' ' -f1)
    seed=$((seed % 100000))
    stamp=(); ((seed % 3 != 0)) && stamp=(--stamp-from "$expected")   # two twins in three are signed and stamped
    printf '%q ' /usr/bin/python3 scripts/print-twins.py "$pdf" --family "$family" --out "$out" --name "$stem" --seed "$seed" "${stamp[@]}" >>"$jobs"
    printf '\n' >>"$jobs"
  done
done

# The manifest keeps the lines of twins made before (KEEP, or a TWINS list) and replaces those made now.
manifest=$out/manifest.tsv
made=$(mktemp)
xargs -P "${JOBS:-2}" -I{} sh -c '{}' <"$jobs" >"$made"
rm -f "$jobs"
{
  printf 'twin\tfamily\tseed\tpages\tsignature\tsettings\tfiles\n'
  { [ -f "$manifest" ] && tail -n +2 "$manifest" | awk -F'\t' 'NR==FNR { again[$1 FS $2] = 1; next } !(($1 FS $2) in again)' "$made" -; cat "$made"; } | sort
} >"$manifest.new"
mv "$manifest.new" "$manifest"
rm -f "$made"
echo "twins: $(($(wc -l <"$manifest") - 1)) in $out (manifest.tsv names each twin's source and seed)"
