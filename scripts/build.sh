#!/usr/bin/env bash
# Builds both targets from the one CMake project:
#   build/native  core, CLI (build/native/rmplanner), tests, benchmarks (g++)
#   build/wasm    the browser app into build/web, and the tests as WASM for Node
# Usage: scripts/build.sh [native|wasm|all]   (default all)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
what="${1:-all}"
# Emscripten's JS optimizer needs Debian's acorn, which the machine's Node does not see.
export NODE_PATH=/usr/share/nodejs
WERROR="-DRM_WERROR=${RM_WERROR:-ON}"
JOBS="${JOBS:-$(nproc)}"

if [[ "$what" == native || "$what" == all ]]; then
  [[ -f build/native/build.ninja ]] || cmake -S . -B build/native -G Ninja "$WERROR" >/dev/null
  cmake --build build/native -j "$JOBS"
fi
if [[ "$what" == wasm || "$what" == all ]]; then
  [[ -f build/wasm/build.ninja ]] || emcmake cmake -S . -B build/wasm -G Ninja "$WERROR" >/dev/null
  cmake --build build/wasm -j "$JOBS"
fi
