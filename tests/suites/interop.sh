#!/usr/bin/env bash
# The browser's WebCrypto sealer and the native OpenSSL one read each other's files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
exec tests/interop/run.sh build/native
