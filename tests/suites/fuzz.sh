#!/usr/bin/env bash
# The bundle loader under libFuzzer (clang) for 60 s: any crash, leak or
# sanitizer report fails the suite. Works on a copy of the committed corpus.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [[ ! -f build/fuzz/build.ninja ]]; then
  CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DRM_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build/fuzz --target bundle_fuzz
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp tests/fuzz/corpus/bundle/* "$corpus/"
build/fuzz/bundle_fuzz -max_total_time="${FUZZ_SECONDS:-60}" -rss_limit_mb=4096 "$corpus" 2>&1 | tail -5
