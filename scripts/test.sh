#!/usr/bin/env bash
# Every check, in the order that fails fastest: types, lint, unit, production builds, end-to-end in
# Debian's Chromium and firefox-esr, Firefox lint. Ends with one line that counts the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
results="$(mktemp -d)"

npx wxt prepare >/dev/null
echo "== types";  npx tsc --noEmit
echo "== lint";   npx biome check .
echo "== unit";   npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"
echo "== build";  npx wxt build && npx wxt build -b firefox
echo "== e2e";    npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json="$results/e2e.json"
echo "== firefox lint"
npx web-ext lint --source-dir .output/firefox-mv3 --boring

node -e '
  const files = process.argv.slice(1).map((f) => require(f));
  const sum = (k) => files.reduce((n, r) => n + r[k], 0);
  // Per browser: the end-to-end files under tests/e2e/firefox/ drive Firefox, the others Chromium.
  const e2e = files[1].testResults;
  const count = (firefox) => e2e.filter((f) => f.name.includes("/e2e/firefox/") === firefox)
    .reduce((n, f) => n + f.assertionResults.filter((a) => a.status === "passed").length, 0);
  console.log(`unit ${files[0].numPassedTests}, end-to-end in Chromium ${count(false)}, in Firefox ${count(true)}`);
  console.log(`tests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed`);
' "$results/unit.json" "$results/e2e.json"
