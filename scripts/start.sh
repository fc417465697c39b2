#!/usr/bin/env bash
# Builds the production extension and opens it in Debian's Chromium with a fresh profile, at the popup page.
# Click the Webmail First icon in the toolbar (puzzle piece → pin) to use it as a real popup.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx wxt build
chromium="${CHROMIUM_PATH:-$( [ -x /usr/lib/chromium/chromium ] && echo /usr/lib/chromium/chromium || echo /usr/bin/chromium)}"
profile="$(mktemp -d -t webmail-first-XXXX)"
ext="$PWD/.output/chrome-mv3"
id="iaonbfpdeldmfbcehmahdpnldbbonddg" # fixed by the manifest key
extra=()
[ "$(id -u)" -eq 0 ] && extra+=(--no-sandbox) # Chromium refuses to run as root with its sandbox
echo "Opening Chromium with $ext (profile $profile)"
exec "$chromium" "${extra[@]}" --user-data-dir="$profile" --no-first-run \
  --disable-extensions-except="$ext" --load-extension="$ext" "chrome-extension://$id/popup.html" "$@"
