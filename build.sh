#!/usr/bin/env bash
# smtp-check — the one entry point.
#
#   ./build.sh serve [PORT]   build the page (WebAssembly) and serve it on http://127.0.0.1:PORT (8080)
#   ./build.sh dist [DIR]     write a self-contained static folder (default: dist/)
#   ./build.sh test           install what is missing, then run every test
#   ./build.sh bench          Criterion benchmarks of the rules core
#   ./build.sh bench-web      page payload and speed in headless Chromium
#   ./build.sh bench-probe    probe vs swaks against a local SMTP server
#
# Every step installs what it needs and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

WASM_BINDGEN_VERSION=0.2.130

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# ---- installers (idempotent) ------------------------------------------------

need_apt() { # need_apt COMMAND PACKAGE...
  local cmd=$1; shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  say "installing $* (apt)"
  if [ ! -f /var/lib/apt/lists/lock ] || [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]; then
    apt-get update -qq
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

need_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown && return 0
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

need_wasm_bindgen() {
  if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then return 0; fi
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # No --locked: the registry mirror lacks one of its locked dependency versions.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
}

need_npm() { # need_npm DIR: install the packages pinned by DIR/package-lock.json
  local dir=$1
  [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ] && return 0
  say "npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
}

# ---- the page -----------------------------------------------------------------

build_wasm() {
  echo "build_wasm: not written yet" >&2; return 1
}

cmd_serve() {
  echo "serve: not written yet" >&2; return 1
}

cmd_dist() {
  echo "dist: not written yet" >&2; return 1
}

test_web() {
  echo "test_web: not written yet" >&2; return 1
}

cmd_bench_web() {
  echo "bench-web: not written yet" >&2; return 1
}

# ---- the probe ----------------------------------------------------------------

test_probe() {
  echo "test_probe: not written yet" >&2; return 1
}

cmd_bench_probe() {
  echo "bench-probe: not written yet" >&2; return 1
}

# ---- the rules core -------------------------------------------------------------

test_rust() {
  say "cargo fmt --check"
  cargo fmt --all -- --check
  say "cargo clippy --all-targets -- -D warnings"
  cargo clippy --all-targets --quiet -- -D warnings
  say "cargo test"
  INSTA_UPDATE=no cargo test --all-targets
}

cmd_test() {
  test_rust
  test_web
  test_probe
  say "all tests passed"
}

cmd_bench() {
  cargo bench --bench lint
}

case "${1:-}" in
  serve) shift; cmd_serve "$@" ;;
  dist) shift; cmd_dist "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  bench-web) shift; cmd_bench_web "$@" ;;
  bench-probe) shift; cmd_bench_probe "$@" ;;
  *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
