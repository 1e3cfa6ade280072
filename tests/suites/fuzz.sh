#!/usr/bin/env bash
# The loaders under libFuzzer (clang, ASan + UBSan): any crash, leak, undefined
# behaviour or allocation beyond the memory limit fails the suite. Four
# targets share FUZZ_SECONDS (60 s in all by default), each working on a copy
# of its committed corpus (tests/fuzz/corpus/<target>):
#   bundle_fuzz        bundle JSON and the binary snapshot payload
#   import_cycle_fuzz  import → edit → save (journal entry) → reopen
#   envelope_fuzz      the envelope header every stored file starts with
#   open_plan_fuzz     a store's directory listing → the open and retention plans
# -max_len lets inputs grow to 1 MB (libFuzzer's default stops near the
# largest seed), so inputs whose cost grows faster than their size — a
# small file that builds gigabytes — are reached; -rss_limit_mb and
# -malloc_limit_mb turn such a blow-up into a failure.
# RM_FUZZ_BUILD names the build folder (default build/fuzz).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${RM_FUZZ_BUILD:-build/fuzz}
if [[ ! -f $build/build.ninja ]]; then
  CXX=clang++ cmake -S . -B "$build" -G Ninja -DRM_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
targets=(bundle_fuzz import_cycle_fuzz envelope_fuzz open_plan_fuzz)
cmake --build "$build" --target "${targets[@]}"
total=${FUZZ_SECONDS:-60}
# Shares of the time, in percent: the loaders have the most branches.
declare -A share=([bundle_fuzz]=40 [import_cycle_fuzz]=30 [envelope_fuzz]=15 [open_plan_fuzz]=15)
declare -A seeds=([bundle_fuzz]=bundle [import_cycle_fuzz]="import_cycle bundle" [envelope_fuzz]=envelope
                  [open_plan_fuzz]=open_plan)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for t in "${targets[@]}"; do
  seconds=$(( total * share[$t] / 100 ))
  (( seconds < 1 )) && seconds=1
  corpus=$work/$t
  mkdir -p "$corpus"
  for s in ${seeds[$t]}; do cp tests/fuzz/corpus/"$s"/* "$corpus/"; done
  echo "== $t: ${seconds} s"
  if ! UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$build/$t" -max_total_time="$seconds" -max_len=1048576 \
      -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=30 -artifact_prefix="$work/" "$corpus" >"$work/$t.log" 2>&1; then
    status=1
    tail -40 "$work/$t.log"
    for a in "$work"/crash-* "$work"/leak-* "$work"/oom-* "$work"/timeout-*; do
      [[ -e $a ]] && { mkdir -p build/fuzz-artifacts; cp "$a" build/fuzz-artifacts/; echo "input kept: build/fuzz-artifacts/$(basename "$a")"; }
    done
  else
    tail -3 "$work/$t.log"
  fi
done
exit $status
