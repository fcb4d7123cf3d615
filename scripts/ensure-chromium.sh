#!/bin/sh
# Makes sure the tools the report tests use are there: Debian's chromium at /usr/bin/chromium (the
# browser test and `spp report --format pdf`) and poppler-utils' pdftotext (reads the PDF's page
# numbers back). Installs what is missing with apt-get; needs root.
set -eu

missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"

if [ -z "$missing" ]; then
  echo "chromium is present: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium); pdftotext is present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "error: missing:$missing; installing needs root." >&2
  echo "       run: sudo apt-get update && sudo apt-get install -y$missing" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: missing:$missing, and apt-get is not available (not a Debian-like system)." >&2
  echo "       install a Chromium build at /usr/bin/chromium and poppler's pdftotext." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $missing
echo "installed:$missing"
