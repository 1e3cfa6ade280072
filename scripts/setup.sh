#!/usr/bin/env bash
# Installs everything the build and the tests need, and nothing by hand.
# Idempotent: on a ready machine it checks and returns in seconds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS="$ROOT/.deps"
mkdir -p "$DEPS"
log() { printf '[setup] %s\n' "$*"; }

# ---- Debian packages -------------------------------------------------------
APT_PKGS=(emscripten chromium nlohmann-json3-dev libssl-dev python3-fonttools
          fonts-wqy-microhei lunar cmake ninja-build g++ clang-14 lld-14
          libclang-rt-14-dev xz-utils ca-certificates librsvg2-bin
          libcurl4-openssl-dev apache2 nginx libnginx-mod-http-dav-ext litmus)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ---- Source packages (ImGui 1.90.1, Catch2 3.7.1) through a private apt set-up
# The machine's own mirror is read from its apt configuration; the system's apt
# sources are never changed.
IMGUI_TAR=imgui_1.90.1+ds.orig.tar.xz
IMGUI_SHA=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
CATCH_TAR=catch2_3.7.1.orig.tar.gz
CATCH_SHA=c991b247a1a0d7bb9c39aa35faf0fe9e19764213f28ffba3109388e62ee0269c

fetch_sources() {
  local W="$DEPS/apt"
  mkdir -p "$W/parts" "$W/lists/partial" "$W/cache/archives/partial"
  local URI
  URI=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  if [[ -z "$URI" ]]; then
    URI=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  fi
  [[ -n "$URI" ]] || { echo "setup: cannot find the Debian mirror in the apt configuration" >&2; exit 1; }
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$URI" > "$W/parts/src.sources"
  local O=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$W/parts"
           -o Dir::State::Lists="$W/lists" -o Dir::Cache="$W/cache" -o APT::Sandbox::User=root)
  apt-get "${O[@]}" update -qq
  (cd "$W" && apt-get "${O[@]}" source --download-only "$@")
}

need=()
[[ -f "$DEPS/imgui/imgui.cpp" ]] || need+=(imgui=1.90.1+ds-1)
[[ -f "$DEPS/catch2/extras/catch_amalgamated.cpp" ]] || need+=(catch2=3.7.1-0.5)
if ((${#need[@]})); then
  log "fetching source packages: ${need[*]}"
  fetch_sources "${need[@]}"
  verify() { echo "$2  $DEPS/apt/$1" | sha256sum -c --quiet - || { echo "setup: checksum mismatch for $1" >&2; exit 1; }; }
  if [[ ! -f "$DEPS/imgui/imgui.cpp" ]]; then
    verify "$IMGUI_TAR" "$IMGUI_SHA"
    rm -rf "$DEPS/imgui" && mkdir -p "$DEPS/imgui"
    tar -xJf "$DEPS/apt/$IMGUI_TAR" -C "$DEPS/imgui" --strip-components=1
  fi
  if [[ ! -f "$DEPS/catch2/extras/catch_amalgamated.cpp" ]]; then
    verify "$CATCH_TAR" "$CATCH_SHA"
    rm -rf "$DEPS/catch2" && mkdir -p "$DEPS/catch2"
    tar -xzf "$DEPS/apt/$CATCH_TAR" -C "$DEPS/catch2" --strip-components=1
  fi
fi

# ---- npm packages (test driver and build-time data) ------------------------
if [[ ! -f "$ROOT/node_modules/.setup-stamp" ]] || ! cmp -s "$ROOT/package-lock.json" "$ROOT/node_modules/.setup-stamp"; then
  log "installing npm packages"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$ROOT/package-lock.json" "$ROOT/node_modules/.setup-stamp"
fi
log "ready"
