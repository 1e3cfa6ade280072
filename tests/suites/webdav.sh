#!/usr/bin/env bash
# `rmplanner sync` against real WebDAV servers (docs/data-format.md, "Sync"):
# starts its own Apache 2.4 + mod_dav (honours If-Match, strong ETags) and
# nginx + dav-ext (the hostile case: ignores conditional requests, lists no
# getetag) on 127.0.0.1, with configs generated under build/dav/ by
# tests/support/dav_servers.sh (shared with bench/sync_bench.sh); runs
# litmus once against Apache to show the test server is conformant WebDAV;
# then, against each server: a push, a pull into another book, a second push
# after an edit, a sync with nothing new, a pull from an empty folder that
# deletes nothing (the same story against a plain folder too), an encrypted
# book, a book locked on Apache (423), a wrong password, and the server
# stopped. Always stops the servers. Builds nothing: runs ${RM_BUILD:-build/native}/rmplanner.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$PWD"
BIN="$ROOT/${RM_BUILD:-build/native}/rmplanner"
[[ -x "$BIN" ]] || { echo "webdav.sh: $BIN not built" >&2; exit 1; }
for tool in apache2 nginx litmus htpasswd node; do
  command -v "$tool" >/dev/null || { echo "webdav.sh: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done
D="$ROOT/build/dav"
TMP="$(mktemp -d)"
HTPASSWD="$D/htpasswd"
started=$(date +%s)
. "$ROOT/tests/support/dav_servers.sh"

trap 'stop_servers; rm -rf "$TMP"' EXIT
die() { echo "webdav.sh: FAIL: $*" >&2; exit 1; }

# Checks a JSON file with a JavaScript expression over `j`.
check() {
  local file="$1" what="$2" expr="$3"
  node -e '
    const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    let ok;
    try { ok = ('"$expr"'); } catch (e) { ok = false; console.error(e.message); }
    if (!ok) { console.error("webdav.sh: FAIL: " + process.argv[2]); console.error(JSON.stringify(j).slice(0, 2000)); process.exit(1); }
  ' "$file" "$what" || exit 1
}

rm -rf "$D"
mkdir -p "$D/apache/run" "$D/apache/share/empty" "$D/nginx/tmp" "$D/nginx/share/empty"
htpasswd -bcm "$HTPASSWD" rm 'secret-pass' 2>/dev/null
printf 'secret-pass\n' > "$TMP/pw"
printf 'wrong-pass\n' > "$TMP/bad_pw"

# ---- Apache 2.4 + mod_dav and nginx + dav-ext (tests/support/dav_servers.sh) -
start_apache
start_nginx

# ---- litmus: the Apache test server is a conformant WebDAV server ----------
mkdir -p "$D/litmus"
(cd "$D/litmus" && litmus "http://127.0.0.1:$APACHE_PORT/" rm secret-pass > litmus.out 2>&1) \
  || { tail -30 "$D/litmus/litmus.out" >&2; die "litmus failed against Apache"; }
summaries=$(grep -c "^<- summary for" "$D/litmus/litmus.out" || true)
[[ "$summaries" -ge 5 ]] || die "litmus ran $summaries suites, expected basic, copymove, props, locks, http"
grep "^<- summary for" "$D/litmus/litmus.out" | grep -v " 0 failed" && die "litmus reported failures"
echo "litmus: $summaries suites passed against Apache"

# ---- The books ---------------------------------------------------------------
"$BIN" demo --clients 30 --seed 7 --today 2026-01-05 --out "$TMP/li.json" >/dev/null || die "demo failed"
"$BIN" demo --clients 5 --seed 8 --today 2026-01-05 --out "$TMP/sup0.json" >/dev/null || die "demo failed"
MANAGER=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).settings.owner_manager_id)' "$TMP/li.json")
CLIENT=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).clients[0].id)' "$TMP/li.json")
[[ -n "$MANAGER" && "$MANAGER" != undefined ]] || die "the demo book has no owner manager"

# sync_ok NAME ARGS… : runs rmplanner sync, expects exit 0, its JSON into $TMP/out-NAME.json
sync_ok() {
  local name="$1" status=0; shift
  "$BIN" sync "$@" > "$TMP/out-$name.json" 2> "$TMP/out-$name.err" || status=$?
  [[ $status -eq 0 ]] || { cat "$TMP/out-$name.err" >&2; die "$name: sync exited $status"; }
}

# Runs the whole story against the share at URL (files land in DIR).
story() {
  local label="$1" url="$2" dir="$3"; shift 3
  local auth=("$@")
  cp "$TMP/li.json" "$TMP/$label-li.json"
  cp "$TMP/sup0.json" "$TMP/$label-sup.json"

  # 1. The manager's first push: her book and the week's hand-in.
  sync_ok "$label-push" "$url" --book "$TMP/$label-li.json" --today 2026-01-05 "${auth[@]}"
  check "$TMP/out-$label-push.json" "$label: first push writes the book and a hand-in, verified" \
    'j.pushed.length === 2 && j.pushed.some(p => p.path === "managers/'"$MANAGER"'/book.rmplanner") && j.pushed.some(p => /^managers\/'"$MANAGER"'\/hand-ins\/[0-9a-f]{64}\.rmplanner$/.test(p.path)) && j.pulled.length === 0 && !j.error'
  cmp -s "$dir/managers/$MANAGER/book.rmplanner" "$TMP/$label-li.json" || die "$label: the book on the share is not the book pushed"

  # 2. The supervisor pulls it into her own book and pushes a review file back.
  sync_ok "$label-sup" "$url" --book "$TMP/$label-sup.json" --as supervisor "${auth[@]}"
  check "$TMP/out-$label-sup.json" "$label: the supervisor pulls the hand-in and pushes a review file" \
    'j.pulled.length === 1 && j.pulled[0].added > 0 && j.book_written === true && j.pushed.length === 1 && j.pushed[0].path.startsWith("reviews/'"$MANAGER"'/")'
  node -e 'const b=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); process.exit(b.clients.some(c=>c.id===process.argv[2])?0:1)' \
    "$TMP/$label-sup.json" "$CLIENT" || die "$label: the pulled book lacks the manager's client"

  # 3. A second push after an edit; the manager also pulls the review file.
  printf '{"command":"record_contact","client_id":"%s","date":"2026-01-06","channel":"phone","notes":"%s"}\n' "$CLIENT" "$label 回访" > "$TMP/$label-cmd.jsonl"
  "$BIN" apply "$TMP/$label-li.json" "$TMP/$label-cmd.jsonl" --out "$TMP/$label-li2.json" --today 2026-01-06 >/dev/null || die "$label: apply failed"
  mv "$TMP/$label-li2.json" "$TMP/$label-li.json"
  sync_ok "$label-push2" "$url" --book "$TMP/$label-li.json" --today 2026-01-06 "${auth[@]}"
  check "$TMP/out-$label-push2.json" "$label: the second push pulls the review file and writes the edited book" \
    'j.pulled.some(p => p.path.startsWith("reviews/'"$MANAGER"'/")) && j.pushed.some(p => p.path === "managers/'"$MANAGER"'/book.rmplanner")'
  cmp -s "$dir/managers/$MANAGER/book.rmplanner" "$TMP/$label-li.json" || die "$label: the share does not hold the edited book"
  grep -q "$label 回访" "$dir/managers/$MANAGER/book.rmplanner" || die "$label: the edit is not on the share"

  # 4. Nothing new: nothing pushed again, the book is verified unchanged.
  sync_ok "$label-again" "$url" --book "$TMP/$label-li.json" --today 2026-01-06 "${auth[@]}"
  check "$TMP/out-$label-again.json" "$label: a sync with nothing new writes nothing" \
    'j.pushed.length === 0 && j.unchanged.includes("managers/'"$MANAGER"'/book.rmplanner") && j.book_written === false'

  # 5. An empty folder deletes nothing, as the manager and as a supervisor.
  cp "$TMP/$label-li.json" "$TMP/$label-keep.json"
  cp "$TMP/$label-sup.json" "$TMP/$label-sup-keep.json"
  sync_ok "$label-empty-sup" "${url%/}/empty/" --book "$TMP/$label-sup.json" --as supervisor "${auth[@]}"
  check "$TMP/out-$label-empty-sup.json" "$label: a supervisor pulling an empty share pulls and changes nothing" \
    'j.pulled.length === 0 && j.book_written === false'
  cmp -s "$TMP/$label-sup.json" "$TMP/$label-sup-keep.json" || die "$label: an empty share changed the supervisor's book"
  sync_ok "$label-empty" "${url%/}/empty/" --book "$TMP/$label-li.json" --today 2026-01-06 "${auth[@]}"
  check "$TMP/out-$label-empty.json" "$label: a manager syncing with an empty share loses nothing and pushes her book" \
    'j.pulled.length === 0 && j.book_written === false && j.pushed.length === 2'
  cmp -s "$TMP/$label-li.json" "$TMP/$label-keep.json" || die "$label: an empty share changed the manager's book"
}

# 6. A wrong password and a stopped server each give their plain message.
refused() {
  local label="$1" url="$2" expect_en="$3" expect_zh="$4"; shift 4
  set +e
  "$BIN" sync "$url" --book "$TMP/$label-li.json" "$@" > "$TMP/$label-refused.json" 2> "$TMP/$label-refused.err"
  local status=$?
  set -e
  [[ $status -eq 1 ]] || die "$label: expected exit 1, got $status ($(cat "$TMP/$label-refused.err"))"
  grep -q "$expect_en" "$TMP/$label-refused.err" || die "$label: stderr lacks \"$expect_en\": $(cat "$TMP/$label-refused.err")"
  grep -q "$expect_zh" "$TMP/$label-refused.err" || die "$label: stderr lacks \"$expect_zh\""
}

AUTH=(--user rm --password-file "$TMP/pw")
story apache "http://127.0.0.1:$APACHE_PORT/" "$D/apache/share" "${AUTH[@]}"
echo "apache: push, pull, second push, no-op, empty share: ok"
story nginx "http://127.0.0.1:$NGINX_PORT/" "$D/nginx/share" "${AUTH[@]}"
echo "nginx: push, pull, second push, no-op, empty share: ok"
mkdir -p "$TMP/folder-share/empty"
story folder "$TMP/folder-share" "$TMP/folder-share"
echo "folder: push, pull, second push, no-op, empty share: ok"

# An encrypted book is pushed encrypted (never readable JSON on the share), and
# a copy under another passphrase is refused before anything is written.
printf 'book-passphrase-1\n' > "$TMP/pp"
printf 'other-passphrase-2\n' > "$TMP/pp2"
"$BIN" backup "$TMP/li.json" --out "$TMP/li.rmbackup" --passphrase-file "$TMP/pp" >/dev/null || die "backup failed"
mkdir -p "$TMP/enc-share"
sync_ok enc "$TMP/enc-share" --book "$TMP/li.rmbackup" --passphrase-file "$TMP/pp" --today 2026-01-05
[[ "$(head -c 4 "$TMP/enc-share/managers/$MANAGER/book.rmplanner")" == RMPL ]] || die "the encrypted book went to the share unencrypted"
! grep -rq '"clients"' "$TMP/enc-share" || die "readable JSON on the share from an encrypted book"
cp "$TMP/li.rmbackup" "$TMP/li-copy.rmbackup"
sync_ok enc-again "$TMP/enc-share" --book "$TMP/li-copy.rmbackup" --passphrase-file "$TMP/pp" --today 2026-01-05
check "$TMP/out-enc-again.json" "an encrypted copy finds the share already holding its book" \
  'j.pushed.length === 0 && j.unchanged.length === 2'
"$BIN" backup "$TMP/li.json" --out "$TMP/li-other.rmbackup" --passphrase-file "$TMP/pp2" >/dev/null
set +e
"$BIN" sync "$TMP/enc-share" --book "$TMP/li-other.rmbackup" --passphrase-file "$TMP/pp2" > /dev/null 2> "$TMP/enc-other.err"
status=$?
set -e
[[ $status -eq 2 ]] && grep -q "cannot be opened as this book's" "$TMP/enc-other.err" \
  || die "a book under another passphrase was not refused (exit $status): $(cat "$TMP/enc-other.err")"
echo "encrypted book: pushed encrypted, copy unchanged, other passphrase refused"

# 7. A book locked on the share by another client (423, Apache's LOCK): each
# retry waits, then a plain message; once unlocked, the same sync goes through.
dav_lock() {  # dav_lock METHOD PATH [TOKEN] → prints the lock token for LOCK
  node -e '
    const [method, port, path, token] = process.argv.slice(1);
    const body = method === "LOCK" ? "<?xml version=\"1.0\"?><D:lockinfo xmlns:D=\"DAV:\"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner>webdav.sh</D:owner></D:lockinfo>" : "";
    const headers = {Authorization: "Basic " + Buffer.from("rm:secret-pass").toString("base64"), "Content-Type": "application/xml", "Content-Length": Buffer.byteLength(body)};
    if (method === "LOCK") headers.Timeout = "Second-120"; else headers["Lock-Token"] = token;
    const req = require("http").request({host: "127.0.0.1", port, path, method, headers}, res => {
      res.resume();
      res.on("end", () => {
        if (res.statusCode >= 300) { console.error(method + " answered " + res.statusCode); process.exit(1); }
        if (method === "LOCK") console.log(res.headers["lock-token"]);
      });
    });
    req.on("error", e => { console.error(e.message); process.exit(1); });
    req.end(body);
  ' "$1" "$APACHE_PORT" "$2" "${3:-}"
}
printf '{"command":"record_contact","client_id":"%s","date":"2026-01-07","channel":"visit","meeting":true}\n' "$CLIENT" > "$TMP/lock-cmd.jsonl"
"$BIN" apply "$TMP/apache-li.json" "$TMP/lock-cmd.jsonl" --out "$TMP/apache-li2.json" --today 2026-01-07 >/dev/null || die "apply failed"
mv "$TMP/apache-li2.json" "$TMP/apache-li.json"
TOKEN=$(dav_lock LOCK "/managers/$MANAGER/book.rmplanner") || die "could not LOCK the book on Apache"
refused apache "http://127.0.0.1:$APACHE_PORT/" "locked on the share" "被锁定" --today 2026-01-07 "${AUTH[@]}"
dav_lock UNLOCK "/managers/$MANAGER/book.rmplanner" "$TOKEN" || die "could not UNLOCK the book on Apache"
sync_ok apache-unlocked "http://127.0.0.1:$APACHE_PORT/" --book "$TMP/apache-li.json" --today 2026-01-07 "${AUTH[@]}"
cmp -s "$D/apache/share/managers/$MANAGER/book.rmplanner" "$TMP/apache-li.json" || die "after the unlock the share does not hold the book"
echo "locked (423): retried, plain message, exit 1; unlocked: pushed"

for s in apache nginx; do
  port_var="${s^^}_PORT"
  refused "$s" "http://127.0.0.1:${!port_var}/" "refused the user name or password" "拒绝了用户名或密码" \
    --user rm --password-file "$TMP/bad_pw"
done
echo "wrong password: plain message, exit 1"
stop_servers
for s in apache nginx; do
  port_var="${s^^}_PORT"
  refused "$s" "http://127.0.0.1:${!port_var}/" "cannot be reached" "无法连接" "${AUTH[@]}"
done
echo "server stopped: plain message, exit 1"
echo "webdav.sh: all passed in $(( $(date +%s) - started )) s"
