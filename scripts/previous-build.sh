#!/usr/bin/env bash
# Builds the previous release (release/previous.json) from its commit, for the update test, or the commit given
# (scripts/bench-compare.ts): its source from git, this checkout's node_modules (the same lockfile), `wxt build` for
# Chromium. Prints the build's folder. Cached by commit under .output/previous/.
set -euo pipefail
cd "$(dirname "$0")/.."
commit=$(git rev-parse "${1:-$(node -p 'require("./release/previous.json").commit')}")
out=".output/previous/$commit"
if [ -f "$out/chrome-mv3/manifest.json" ]; then echo "$PWD/$out/chrome-mv3"; exit 0; fi
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
git archive "$commit" | tar -x -C "$src"
ln -s "$PWD/node_modules" "$src/node_modules"
(cd "$src" && npx wxt prepare >/dev/null && npx wxt build >/dev/null)
mkdir -p "$out"
cp -r "$src/.output/chrome-mv3" "$out/"
echo "$PWD/$out/chrome-mv3"
