#!/bin/sh
# Makes sure Debian's chromium is at /usr/bin/chromium for the report's browser test
# (test/report/html-browser.test.ts). Installs it with apt-get when missing; needs root.
set -eu

if [ -x /usr/bin/chromium ]; then
  echo "chromium is present: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "error: /usr/bin/chromium is missing and installing it needs root." >&2
  echo "       run: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: /usr/bin/chromium is missing and apt-get is not available (not a Debian-like system)." >&2
  echo "       install a Chromium build and make it available at /usr/bin/chromium." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
