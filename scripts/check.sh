#!/usr/bin/env bash
# The quick check: types, lint, unit tests (about half a minute). `npm test` runs everything, the browsers included.
set -euo pipefail
cd "$(dirname "$0")/.."
npx wxt prepare >/dev/null
echo "== types"; npx tsc --noEmit
echo "== lint";  npx biome check .
echo "== unit";  npx vitest run --project unit
