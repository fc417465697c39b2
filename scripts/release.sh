#!/usr/bin/env bash
# A release: the quick checks, the production builds, the store archives (Chrome, Edge, Firefox, and the source
# archive Mozilla asks for, with its build notes), the listing folder, and the checksums. Everything lands in
# .output/release/<version>/. Run `npm test` before publishing: this script does not start the browsers.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p 'require("./package.json").version')
name=$(node -p 'require("./package.json").name')
out=".output/release/$version"

grep -q "^## \[$version\]" CHANGELOG.md || { echo "CHANGELOG.md has no section for $version" >&2; exit 1; }
bash scripts/check.sh
# The store archive without the manifest's `key` (the stores refuse it and give their own id); the builds made
# afterwards for unpacked and self-hosted use keep it.
WEBMAIL_FIRST_STORE=1 npx wxt zip
npx wxt zip -b firefox
npx wxt build
rm -rf "$out" && mkdir -p "$out/listing"
cp ".output/$name-$version-chrome.zip" "$out/"
# Edge takes the same archive as Chrome (Microsoft Edge Add-ons accepts Chrome MV3 packages as they are).
cp ".output/$name-$version-chrome.zip" "$out/$name-$version-edge.zip"
cp ".output/$name-$version-firefox.zip" "$out/"
cp ".output/$name-$version-sources.zip" "$out/"
cp -r store/en store/it store/reviewers.md "$out/listing/"
cp CHANGELOG.md "$out/listing/"
echo "Release $version in $out:"
(cd "$out" && find . -type f | sort | sed 's|^\./||' | while read -r file; do sha256sum "$file"; done)
