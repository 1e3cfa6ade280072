#!/usr/bin/env bash
# Sets up, builds the browser app and serves it on http://127.0.0.1:8080
# (PORT=… to change). The first start loads a demo book, marked as demo.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" wasm
exec node "$ROOT/scripts/serve.js" --root "$ROOT/build/web" --port "${PORT:-8080}"
