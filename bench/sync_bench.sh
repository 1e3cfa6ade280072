#!/usr/bin/env bash
# Times `rmplanner sync` of an N-client demo book against a real Apache 2.4 +
# mod_dav on 127.0.0.1, the server tests/suites/webdav.sh tests against
# (tests/support/dav_servers.sh; config under build/bench-sync/):
#   push        the first push of the book and its hand-in to an empty share
#   no change   a sync when the share already holds exactly this book
#   100 edits   a sync after 100 clients' profiles were changed on this laptop
#   supervisor  a supervisor's pull of the manager's hand-in and push of a review file
# Each step runs 3 times from the same starting point; prints the times and
# their median. Exits non-zero when a sync fails or does not do what the step
# means (docs/benchmarks.md, "Sync with a WebDAV share").
# Usage: bench/sync_bench.sh [--clients N]   (default 10 000; scripts/bench.sh sync builds first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
BIN="$ROOT/${RM_BUILD:-build/native}/rmplanner"
CLIENTS=10000
RUNS=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --clients) CLIENTS="${2:?--clients needs a number}"; shift 2 ;;
    --clients=*) CLIENTS="${1#*=}"; shift ;;
    *) echo "sync_bench.sh: unknown option $1 (--clients N)" >&2; exit 2 ;;
  esac
done
[[ "$CLIENTS" =~ ^[0-9]+$ && "$CLIENTS" -ge 100 ]] || { echo "sync_bench.sh: --clients expects a whole number ≥ 100 (100 of them are edited)" >&2; exit 2; }
[[ -x "$BIN" ]] || { echo "sync_bench.sh: $BIN not built (scripts/bench.sh sync builds it)" >&2; exit 1; }
for tool in apache2 htpasswd node; do
  command -v "$tool" >/dev/null || { echo "sync_bench.sh: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done

D="$ROOT/build/bench-sync"
W="$D/work"   # the books: 60 MB each at 10 000 clients, removed on exit
HTPASSWD="$D/htpasswd"
TODAY=2026-01-05
. "$ROOT/tests/support/dav_servers.sh"
trap 'stop_servers; rm -rf "$W"' EXIT
die() { echo "sync_bench.sh: FAIL: $*" >&2; exit 1; }

rm -rf "$D"
mkdir -p "$D" "$W"
htpasswd -bcm "$HTPASSWD" rm 'bench-pass' 2>/dev/null
# The environment variable rather than --password-file: the other way the CLI takes it.
export RMPLANNER_SHARE_PASSWORD='bench-pass'
start_apache
SHARE="$D/apache/share"
URL="http://127.0.0.1:$APACHE_PORT/"

"$BIN" demo --clients "$CLIENTS" --seed 7 --today "$TODAY" --out "$W/li.json" >/dev/null || die "demo failed"
# The supervisor's own small book (another seed, so another owner).
"$BIN" demo --clients 5 --seed 8 --today "$TODAY" --out "$W/sup0.json" >/dev/null || die "demo failed"
MANAGER=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).settings.owner_manager_id)' "$W/li.json")
[[ -n "$MANAGER" && "$MANAGER" != undefined ]] || die "the demo book has no owner manager"
node -e 'for (const c of JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).clients) console.log(c.id)' \
  "$W/li.json" > "$W/client_ids"
BOOK_MB=$(du -m "$W/li.json" | cut -f1)

# timed_sync STEP RUN CHECK ARGS… : one `rmplanner sync`, its wall time in ms
# appended to $W/times-STEP; exit 0 required, and CHECK (a JavaScript
# expression over the JSON report `j`) must hold, so a step that silently did
# something else (pushed nothing, pulled nothing) is not timed as if it had.
timed_sync() {
  local step="$1" run="$2" expr="$3" status=0 t0 t1; shift 3
  t0=$(date +%s%N)
  "$BIN" sync "$URL" --user rm "$@" > "$W/out-$step-$run.json" 2> "$W/out-$step-$run.err" || status=$?
  t1=$(date +%s%N)
  [[ $status -eq 0 ]] || { cat "$W/out-$step-$run.err" >&2; die "$step run $run: sync exited $status"; }
  node -e '
    const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (!('"$expr"')) { console.error(JSON.stringify(j).slice(0, 2000)); process.exit(1); }
  ' "$W/out-$step-$run.json" || die "$step run $run: the report is not what the step means"
  echo $(( (t1 - t0) / 1000000 )) >> "$W/times-$step"
  printf '  %-10s run %d: %6d ms\n' "$step" "$run" $(( (t1 - t0) / 1000000 )) >&2
}

BOOK_PATH="managers/$MANAGER/book.rmplanner"
echo "sync_bench: $CLIENTS clients ($BOOK_MB MB of bundle JSON), Apache 2.4 mod_dav on $URL, $RUNS runs a step" >&2
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# (a) The first push: the share is emptied before each run.
for run in $(seq 1 $RUNS); do
  rm -rf "$SHARE/managers" "$SHARE/reviews"
  timed_sync push "$run" 'j.pushed.length === 2 && j.pushed.some(p => p.path === "'"$BOOK_PATH"'") && j.pulled.length === 0' \
    --book "$W/li.json" --today "$TODAY"
done

# (b) Nothing new: the share holds exactly this book and its hand-in.
for run in $(seq 1 $RUNS); do
  timed_sync nochange "$run" 'j.pushed.length === 0 && j.unchanged.includes("'"$BOOK_PATH"'") && j.book_written === false' \
    --book "$W/li.json" --today "$TODAY"
done

# (c) 100 changed records: each run changes 100 other clients (untimed
# `rmplanner apply`), so the sync pulls the share's older book, merges it and
# pushes the new one and a new hand-in.
for run in $(seq 1 $RUNS); do
  sed -n "$(( (run - 1) * 100 + 1 )),$(( run * 100 ))p" "$W/client_ids" \
    | while read -r id; do
        printf '{"command":"update_client_profile","client_id":"%s","changes":{"employer":"sync bench run %d"}}\n' "$id" "$run"
      done > "$W/edits-$run.jsonl"
  "$BIN" apply "$W/li.json" "$W/edits-$run.jsonl" --out "$W/li-next.json" --today "$TODAY" >/dev/null || die "apply of 100 edits failed"
  mv "$W/li-next.json" "$W/li.json"
  timed_sync edits "$run" 'j.pushed.some(p => p.path === "'"$BOOK_PATH"'") && j.pulled.some(p => p.path === "'"$BOOK_PATH"'")' \
    --book "$W/li.json" --today "$TODAY"
done
cmp -s "$SHARE/$BOOK_PATH" "$W/li.json" || die "after the edits the share does not hold the book"

# (d) The supervisor: the manager's folder holds one hand-in (the current
# one, pushed by an untimed sync); each run starts from the supervisor's own
# book and a share without review files.
rm -rf "$SHARE/managers/$MANAGER/hand-ins"
"$BIN" sync "$URL" --user rm --book "$W/li.json" --today "$TODAY" > "$W/out-handin.json" 2> "$W/out-handin.err" \
  || { cat "$W/out-handin.err" >&2; die "the hand-in push before the supervisor's pulls failed"; }
for run in $(seq 1 $RUNS); do
  rm -rf "$SHARE/reviews"
  cp "$W/sup0.json" "$W/sup.json"
  timed_sync supervisor "$run" 'j.pulled.length === 1 && j.pulled[0].added > 0 && j.pushed.length === 1 && j.pushed[0].path.startsWith("reviews/'"$MANAGER"'/")' \
    --book "$W/sup.json" --as supervisor
done

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
median() { sort -n "$1" | sed -n "$(( ($(wc -l < "$1") + 1) / 2 ))p"; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
requests() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).requests)' "$1"; }
echo
echo "| step ($CLIENTS clients) | run 1 | run 2 | run 3 | median | requests |"
echo "|---|---:|---:|---:|---:|---:|"
for step in push nochange edits supervisor; do
  case "$step" in
    push) label="first push to an empty share" ;;
    nochange) label="sync, nothing changed" ;;
    edits) label="sync after 100 changed clients" ;;
    supervisor) label="supervisor's pull + review file" ;;
  esac
  mapfile -t t < "$W/times-$step"
  echo "| $label | $(seconds "${t[0]}") | $(seconds "${t[1]}") | $(seconds "${t[2]}") | $(seconds "$(median "$W/times-$step")") | $(requests "$W/out-$step-1.json") |"
done
