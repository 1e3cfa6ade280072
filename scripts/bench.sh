#!/usr/bin/env bash
# The benchmarks behind docs/benchmarks.md, one command each:
#   scripts/bench.sh browser [open_bench.js options]   open/save in headless Chromium
#   scripts/bench.sh bulk-assign [--runs N]   assign 50 000 clients through the UI, in Chromium
#   scripts/bench.sh crash [--trials N]   kill Chromium during a stream of edits; no saved edit may be lost
#   scripts/bench.sh coldstart [--sizes 400,10000,50000] [--runs N]   offline start from the cache, in Chromium
#   scripts/bench.sh peer [--clients N]   the same book in RM Planner and in Dexie.js/IndexedDB, ratios
#   scripts/bench.sh soak [--edits N] [--reload-every N]   many edits with autosave and reloads: nothing lost, memory flat
#   scripts/bench.sh native  [bench_bundle|bench_planner|bench_clients|bench_bulk_assign|bench_merge …]
#   scripts/bench.sh wasm    [bench_bundle|bench_planner|bench_clients|bench_merge …]   (under Node)
#   scripts/bench.sh merge-laws [--histories N]   the merge's property test, long run (default 10 000), timed
#   scripts/bench.sh sync [--clients N]   rmplanner sync of an N-client book (default 10 000) with Apache mod_dav on 127.0.0.1
#   scripts/bench.sh browser-sync [--clients N] [--runs N]   the same, through the page's sync in Chromium
# Each builds only what it runs (incrementally) and then runs it.
# RM_BUILD overrides the build folder (default build/native or build/wasm;
# the browser app of build/X/wasm is served from build/X/web). JOBS defaults
# to 1: the development machine is shared.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# Emscripten's JS optimizer needs Debian's acorn, which the machine's Node does not see.
export NODE_PATH=/usr/share/nodejs
JOBS="${JOBS:-1}"
WERROR="-DRM_WERROR=${RM_WERROR:-ON}"
what="${1:-}"
[[ $# -gt 0 ]] && shift
ALL_BENCHES=(bench_bundle bench_planner bench_clients bench_bulk_assign bench_merge)
# Installs what is missing (a quick no-op when everything is there).
"$ROOT/scripts/setup.sh" >/dev/null

configure_wasm() {
  [[ -f "$1/build.ninja" ]] || emcmake cmake -S . -B "$1" -G Ninja "$WERROR" >/dev/null
}

case "$what" in
  browser)
    build="${RM_BUILD:-build/wasm}"
    configure_wasm "$build"
    cmake --build "$build" -j "$JOBS" --target app
    RM_WEB_DIR="$(dirname "$build")/web" exec node bench/browser/open_bench.js "$@"
    ;;
  bulk-assign)
    build="${RM_BUILD:-build/wasm}"
    configure_wasm "$build"
    cmake --build "$build" -j "$JOBS" --target app
    exec node bench/browser/bulk_assign_bench.js --web "$(dirname "$build")/web" "$@"
    ;;
  crash)
    build="${RM_BUILD:-build/wasm}"
    configure_wasm "$build"
    cmake --build "$build" -j "$JOBS" --target app
    exec node bench/crash_trials.js --web "$(dirname "$build")/web" "$@"
    ;;
  browser-sync)
    build="${RM_BUILD:-build/wasm}"
    configure_wasm "$build"
    cmake --build "$build" -j "$JOBS" --target app
    exec node bench/browser/sync_bench.js --web "$(dirname "$build")/web" "$@"
    ;;
  coldstart|peer|soak)
    build="${RM_BUILD:-build/wasm}"
    configure_wasm "$build"
    cmake --build "$build" -j "$JOBS" --target app
    RM_WEB_DIR="$(dirname "$build")/web" exec node "bench/${what}_bench.js" "$@"
    ;;
  merge-laws)
    # tests/unit/merge_laws_test.cpp, "[merge-laws-long]" (docs/benchmarks.md, "Merge laws").
    histories=10000
    while [[ $# -gt 0 ]]; do
      case "$1" in
        --histories) histories="${2:?--histories needs a number}"; shift 2 ;;
        --histories=*) histories="${1#*=}"; shift ;;
        *) echo "bench.sh merge-laws: unknown option $1 (--histories N)" >&2; exit 2 ;;
      esac
    done
    [[ "$histories" =~ ^[0-9]+$ ]] || { echo "bench.sh merge-laws: --histories expects a whole number" >&2; exit 2; }
    build="${RM_BUILD:-build/native}"
    [[ -f "$build/build.ninja" ]] || cmake -S . -B "$build" -G Ninja "$WERROR" >/dev/null
    cmake --build "$build" -j "$JOBS" --target unit_tests
    start=$(date +%s.%N)
    status=0
    RM_MERGE_HISTORIES="$histories" "$build/unit_tests" "[merge-laws-long]" || status=$?
    end=$(date +%s.%N)
    awk -v n="$histories" -v s="$start" -v e="$end" -v st="$status" \
      'BEGIN { printf "merge-laws: %d histories, %.1f s wall, %s\n", n, e - s, st == 0 ? "all laws held" : "FAILED" }'
    exit "$status"
    ;;
  sync)
    # bench/sync_bench.sh (docs/benchmarks.md, "Sync with a WebDAV share"): only the CLI is needed.
    build="${RM_BUILD:-build/native}"
    [[ -f "$build/build.ninja" ]] || cmake -S . -B "$build" -G Ninja "$WERROR" >/dev/null
    cmake --build "$build" -j "$JOBS" --target rmplanner
    RM_BUILD="$build" exec bash bench/sync_bench.sh "$@"
    ;;
  native)
    build="${RM_BUILD:-build/native}"
    [[ -f "$build/build.ninja" ]] || cmake -S . -B "$build" -G Ninja "$WERROR" >/dev/null
    benches=("$@"); [[ ${#benches[@]} -gt 0 ]] || benches=("${ALL_BENCHES[@]}")
    cmake --build "$build" -j "$JOBS" --target "${benches[@]}"
    for b in "${benches[@]}"; do echo "== $b"; "$build/$b"; done
    ;;
  wasm)
    build="${RM_BUILD:-build/wasm}"
    configure_wasm "$build"
    benches=("$@"); [[ ${#benches[@]} -gt 0 ]] || benches=("${ALL_BENCHES[@]}")
    cmake --build "$build" -j "$JOBS" --target "${benches[@]}"
    for b in "${benches[@]}"; do echo "== $b"; node --no-experimental-fetch "$build/$b.js"; done
    ;;
  *)
    sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
