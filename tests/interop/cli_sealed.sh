#!/bin/sh
# The CLI's side of files sealed to a public key (docs/data-format.md,
# "Sealed to a public key"): keygen, backup --to, reading with --key, and a
# clear one-line refusal (exit 1) for another key, a wrong key passphrase, a
# truncated or newer file and a missing --key. Also a file sealed by
# web/js/public_key_seal.js (Node) to the CLI's key opens with --key.
#   tests/interop/cli_sealed.sh BUILD_DIR      (BUILD_DIR holds rmplanner)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: tests/interop/cli_sealed.sh BUILD_DIR}
rm_=$(cd "$build" && pwd)/rmplanner
[ -x "$rm_" ] || { echo "cli_sealed: $rm_ not built (native build)" >&2; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/rm-cli-sealed.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cd "$dir"
fail() { echo "cli_sealed: $*" >&2; exit 1; }
# Runs the command, expecting exit status $1 and standard error matching $2.
expect() {
  want=$1 pattern=$2; shift 2
  set +e; "$@" >out.txt 2>err.txt; got=$?; set -e
  [ "$got" = "$want" ] || { cat out.txt err.txt >&2; fail "$* exited $got, expected $want"; }
  grep -q -- "$pattern" err.txt out.txt || { cat out.txt err.txt >&2; fail "$*: no \"$pattern\""; }
}

printf '主管 key 口令 2026\n' > sup.pass
printf 'another key passphrase\n' > other.pass
"$rm_" demo --clients 30 --seed 7 --out book.json >/dev/null
expect 0 'fingerprint' "$rm_" keygen --out sup --name 张主管 --employee-no S0017 --passphrase-file sup.pass
grep -q 'BEGIN ENCRYPTED PRIVATE KEY' sup.key.pem || fail "the private key is not encrypted"
expect 1 'exists' "$rm_" keygen --out sup --name 张主管 --passphrase-file sup.pass
RMPLANNER_PASSPHRASE='another key passphrase' "$rm_" keygen --out other --name 李主管 >/dev/null
fp=$(sed -n 's/.*"fingerprint": "\(....\)\(....\).*/\1 \2/p' sup.pub.json)

expect 0 "sealed to 张主管 S0017 (fingerprint $fp" "$rm_" backup book.json --out plan.rmsealed --to sup.pub.json
grep -q 'rmplanner-bundle' plan.rmsealed && fail "readable bundle text in the sealed file"
expect 0 'valid' "$rm_" validate plan.rmsealed --key sup.key.pem --passphrase-file sup.pass
"$rm_" stats plan.rmsealed --key sup.key.pem --passphrase-file sup.pass > stats.json
grep -q '"clients": 30' stats.json || fail "stats of the sealed file"
expect 1 "fingerprint $fp" "$rm_" validate plan.rmsealed
expect 1 "another key (fingerprint $fp" "$rm_" validate plan.rmsealed --key other.key.pem --passphrase-file other.pass
expect 1 '另一把密钥' "$rm_" validate plan.rmsealed --lang zh --key other.key.pem --passphrase-file other.pass
expect 1 'wrong passphrase' "$rm_" validate plan.rmsealed --key sup.key.pem --passphrase-file other.pass
head -c 2000 plan.rmsealed > cut.rmsealed
expect 1 'incomplete' "$rm_" validate cut.rmsealed --key sup.key.pem --passphrase-file sup.pass
cp plan.rmsealed newer.rmsealed
printf '\004' | dd of=newer.rmsealed bs=1 seek=4 conv=notrunc 2>/dev/null
expect 1 'newer RM Planner' "$rm_" validate newer.rmsealed --key sup.key.pem --passphrase-file sup.pass
# A damaged payload byte: the tag fails.
cp plan.rmsealed bad.rmsealed
printf 'X' | dd of=bad.rmsealed bs=1 seek=3000 conv=notrunc 2>/dev/null
expect 1 'damaged' "$rm_" validate bad.rmsealed --key sup.key.pem --passphrase-file sup.pass

# Sealed by the browser's code (Node) to the CLI's key: opens with --key.
node -e '
const fs = require("fs");
const P = require(process.argv[1] + "/../../web/js/public_key_seal.js");
P.sealTo(fs.readFileSync("sup.pub.json", "utf8"), { name: "李晓燕", employee_no: "E00342", actor_id: "x" },
  fs.readFileSync("book.json")).then((b) => fs.writeFileSync("from_js.rmsealed", b));
' "$here"
expect 0 'valid' "$rm_" validate from_js.rmsealed --key sup.key.pem --passphrase-file sup.pass
echo "cli_sealed: OK — keygen, backup --to, --key; other key, truncated, newer, damaged refused"
