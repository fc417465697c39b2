#!/usr/bin/env bash
# Builds the production extension and opens it in a browser with a fresh profile: Debian's Chromium, or Firefox
# with `npm start -- --firefox`. Without a display (a server, a CI box, a container) it says so in one line and
# runs a headless walk-through of the real extension instead, printing each screen and the verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
firefox=false
for arg in "$@"; do [ "$arg" = "--firefox" ] && firefox=true; done

if $firefox; then npx wxt build -b firefox; else npx wxt build; fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here (DISPLAY and WAYLAND_DISPLAY are unset): running a headless walk-through instead."
  if $firefox; then exec npx tsx scripts/walkthrough.ts --firefox; else exec npx tsx scripts/walkthrough.ts; fi
fi

if $firefox; then
  firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
  echo "Opening Firefox ($firefox) with .output/firefox-mv3 as a temporary add-on"
  exec npx web-ext run --source-dir .output/firefox-mv3 --firefox="$firefox" --start-url about:addons
fi

chromium="${CHROMIUM_PATH:-$( [ -x /usr/lib/chromium/chromium ] && echo /usr/lib/chromium/chromium || echo /usr/bin/chromium)}"
profile="$(mktemp -d -t webmail-first-XXXX)"
ext="$PWD/.output/chrome-mv3"
id="iaonbfpdeldmfbcehmahdpnldbbonddg" # fixed by the manifest key
extra=()
[ "$(id -u)" -eq 0 ] && extra+=(--no-sandbox) # Chromium refuses to run as root with its sandbox
echo "Opening Chromium with $ext (profile $profile)"
exec "$chromium" "${extra[@]}" --user-data-dir="$profile" --no-first-run \
  --disable-extensions-except="$ext" --load-extension="$ext" "chrome-extension://$id/popup.html"
