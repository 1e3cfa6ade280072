#!/usr/bin/env bash
# Sets up, builds both targets and runs every test:
#   1. Catch2 unit tests natively (ctest)          3. the bundle-loader fuzzer for 60 s
#   2. the same Catch2 tests as WASM under Node     4. the browser tests in headless Chromium
# Ends with one line "N passed, N failed" over the suites.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs
"$ROOT/scripts/setup.sh" || { echo "setup failed"; exit 1; }
"$ROOT/scripts/build.sh" all || { echo "build failed"; exit 1; }

passed=0; failed=0; failures=()
suite() {
  local name="$1"; shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

suite "unit tests (native)" ctest --test-dir build/native --output-on-failure
suite "unit tests (wasm under node)" ctest --test-dir build/wasm --output-on-failure
for s in tests/suites/*.sh; do
  [[ -f "$s" ]] && suite "$(basename "$s" .sh)" bash "$s"
done
suite "browser tests (chromium)" node --test --test-concurrency=1 tests/e2e/

echo
((failed)) && printf 'failed suite: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
((failed == 0))
