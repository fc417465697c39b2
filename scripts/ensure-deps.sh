#!/usr/bin/env bash
# Installs what the build and the tests need when it is missing: Debian's Chromium and firefox-esr (with its
# Italian language pack, for the Italian Firefox tests), Xvfb and xdotool for the real-window tests — never a browser download — and the npm packages from
# the committed lockfile. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/lib/chromium/chromium ] && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
if [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ]; then missing+=(firefox-esr); fi
if [ -z "${FIREFOX_PATH:-}" ] && ! dpkg -s firefox-esr-l10n-it >/dev/null 2>&1; then missing+=(firefox-esr-l10n-it); fi
# A display for the real side panel test (a headed Chromium under Xvfb, started by the test itself), and xdotool to
# press the toolbar action's shortcut there (the webmail page read on the user's click).
if [ ! -x /usr/bin/Xvfb ]; then missing+=(xvfb); fi
if [ ! -x /usr/bin/xdotool ]; then missing+=(xdotool); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]}…"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
