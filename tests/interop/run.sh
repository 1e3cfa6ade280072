#!/bin/sh
# Proves web/js/envelope.js (WebCrypto, under Node) and the native OpenSSL
# sealer read each other's files — storage files, and bundles sealed to a
# public key (web/js/public_key_seal.js) — and runs the JS sides' own tests.
#   tests/interop/run.sh BUILD_DIR      (BUILD_DIR holds the native unit_tests)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: tests/interop/run.sh BUILD_DIR}
tests="$build/unit_tests"
[ -x "$tests" ] || { echo "interop: $tests not built (native build)" >&2; exit 2; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/rm-interop.XXXXXX")
trap 'rm -rf "$dir"' EXIT

node "$here/envelope_test.js" >"$dir/node_tests.log" 2>&1 || { cat "$dir/node_tests.log"; exit 1; }
echo "interop: web/js/envelope.js unit tests passed"
node "$here/sealed_test.js" >"$dir/sealed_tests.log" 2>&1 || { cat "$dir/sealed_tests.log"; exit 1; }
echo "interop: web/js/public_key_seal.js unit tests passed"
node "$here/node_side.js" seal "$dir"
RM_INTEROP_DIR="$dir" "$tests" "[interop]"
node "$here/node_side.js" open "$dir"
echo "interop: OK — browser and native envelopes read each other"
# The CLI (keygen, backup --to, --key) when the native build has it.
if [ -x "$build/rmplanner" ]; then "$here/cli_sealed.sh" "$build"; fi
