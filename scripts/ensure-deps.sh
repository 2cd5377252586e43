#!/usr/bin/env bash
# Installs what the product and its tests need on a fresh Debian machine with the .NET SDK:
# Debian packages (Tesseract with the Vietnamese and English models and the osd model for page
# orientation, poppler for the PDF benchmark and test fixtures, LibreOffice Writer for reading .doc, .rtf and
# .odt plans, which the product converts to DOCX). NuGet packages come with `dotnet restore`. Safe to run again: it installs only
# what is missing.
set -euo pipefail

packages=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd libtesseract5 liblept5 poppler-utils fonts-dejavu-core libreoffice-writer-nogui libreoffice-calc-nogui chromium)
# PostgreSQL for the server mode's tests (scripts/pg-test.sh starts a throwaway cluster).
packages+=(postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "ensure-deps: missing Debian packages: ${missing[*]} (run as root to install them)" >&2
      exit 1
    fi
  fi
  echo "ensure-deps: installing ${missing[*]}" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "ensure-deps: the .NET SDK (dotnet) is not on PATH" >&2
  exit 1
fi
