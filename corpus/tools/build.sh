#!/usr/bin/env bash
# Rebuilds the corpus's .docx and .pdf samples from corpus/sources/*.md (markup: corpus/tools/README.md).
# Needs the .NET SDK and, for the PDFs, LibreOffice (apt-get install -y libreoffice-writer-nogui).
# CI never runs this: the generated files are committed beside their expected records.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$(dirname "$here")"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

dotnet run --project "$here/CorpusBuilder" -c Release -v quiet -- "$corpus/sources" "$corpus" "$staging/docx"

# Layouts the markup cannot express: "% after: SCRIPT ARGS…" in a source runs tools/SCRIPT on its built DOCX
# (before the PDF conversion for a "% pdf" source).
for source in "$corpus"/sources/*.md; do
  name="$(basename "${source%.md}")"
  docx="$corpus/$name.docx"
  [[ -f "$staging/docx/$name.docx" ]] && docx="$staging/docx/$name.docx"
  while IFS= read -r step; do
    eval "args=($step)"
    python3 "$here/${args[0]}" "$docx" "${args[@]:1}"
  done < <(sed -n 's/^% after: //p' "$source")
done

if compgen -G "$staging/docx/*.docx" >/dev/null; then
  if ! command -v soffice >/dev/null 2>&1; then
    echo "build.sh: soffice not found; install libreoffice-writer-nogui to make the PDFs" >&2
    exit 1
  fi
  # A private profile, so a running LibreOffice or a stale lock never blocks the conversion.
  soffice -env:UserInstallation="file://$staging/profile" --headless \
    --convert-to pdf --outdir "$corpus" "$staging"/docx/*.docx >/dev/null 2>&1
  for f in "$staging"/docx/*.docx; do echo "pdf  $corpus/$(basename "${f%.docx}").pdf"; done
fi
