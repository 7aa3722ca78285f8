#!/usr/bin/env bash
# smtp-check — the one entry point.
#
#   ./build.sh serve [PORT]   build the page (WebAssembly) and serve it on http://127.0.0.1:PORT (8080)
#   ./build.sh dist [DIR]     write a self-contained static folder (default: dist/), with
#                             smtp-probe for Linux x86-64/arm64 and Windows in DIR/download/
#   ./build.sh test           install what is missing, then run every test
#   ./build.sh bench          Criterion benchmarks of the rules core
#   ./build.sh bench-web      page payload and speed in headless Chromium
#   ./build.sh bench-probe    probe vs swaks against a local SMTP server
#   ./build.sh test-downloads build the probe downloads and check that each runs
#   ./build.sh fuzz [SECONDS]  run every fuzz target for SECONDS each (default 60)
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

TARGET_DIR=${CARGO_TARGET_DIR:-target}
case $TARGET_DIR in /*) ;; *) TARGET_DIR=$ROOT/$TARGET_DIR ;; esac

# The Content-Security-Policy lives in www/index.html (so it holds on any
# static host); the local server sends the same policy as a header too.
page_csp() {
  sed -n 's/.*http-equiv="Content-Security-Policy" content="\([^"]*\)".*/\1/p' www/index.html
}

# The page's WebAssembly with std rebuilt for size (nightly's -Zbuild-std):
# std's `optimize_for_size` variants (smaller sort, fmt and str code), no
# file/line strings in panic locations, and a panic traps at once
# (immediate-abort: no panic hook, printer or message formatting; the loader
# recovers from the trap, see www/smtp-check.js `trapped`). About 8% smaller
# gzipped. Measured and left out: LLVM's inliner at -inline-threshold=0
# (served module 458,802 → 462,281 B gzip -9; at -50, 516,058) and
# -Zinline-mir=no (no change). Its own target directory: switching
# toolchains in one would rebuild everything each time.
WASM_STD_DIR=$TARGET_DIR/wasm-std
build_wasm_small() {
  CARGO_TARGET_DIR=$WASM_STD_DIR cargo +nightly build --profile wasm --target wasm32-unknown-unknown --lib --quiet \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size \
    --config "target.wasm32-unknown-unknown.rustflags=['-Zunstable-options', '-Cpanic=immediate-abort', '-Zlocation-detail=none']"
}

# binaryen's wasm-opt (npm, pinned in tools/build) on the page's module,
# measured by its gzipped size, not its raw size: binaryen's -Oz makes the
# module 7% smaller raw but about 4% LARGER gzipped (its inlining, SSA and
# local CSE passes give gzip less repeated code), so only the passes that
# shrink the gzipped module run: duplicate functions merged, dead code,
# branches and blocks folded, unused arguments dropped. Ordering the
# functions by name puts the copies of one generic side by side, which gzip
# compresses better. About 2% smaller gzipped (build 299.5 → 293.7 KB).
# The target_features section goes last: wasm-opt reads the features from it
# when it loads the module, the browser never reads it (130 bytes gzipped).
# Not --memory-packing: the zero runs it cuts out of the data cost little
# gzipped, its extra segments more (11.8 KB smaller raw, 4.5 KB LARGER gzipped).
# Not --merge-similar-functions: 10,218 bytes smaller raw, 881 bytes LARGER gzipped
# (the generic copies it merges already cost gzip little, ordered by name).
WASM_OPT_PASSES=(
  --duplicate-function-elimination --remove-unused-module-elements --once-reduction
  --dce --remove-unused-names --remove-unused-brs --optimize-instructions --pick-load-signs
  --precompute-propagate --code-pushing --vacuum --reorder-locals --remove-unused-brs --vacuum
  --code-folding --merge-blocks --remove-unused-brs --remove-unused-names --merge-blocks
  --precompute-propagate --optimize-instructions --rse --vacuum --dae-optimizing
  --duplicate-function-elimination --duplicate-import-elimination --simplify-globals-optimizing
  --remove-unused-module-elements --reorder-globals --directize
  --reorder-functions-by-name --strip-debug --strip-producers --strip-target-features
)
wasm_opt() { # wasm_opt FILE GLUE: optimise FILE in place (features from its target_features section)
  # Last, one- or two-letter import, export and module names; the glue gets
  # the same renames (tools/build/rename-glue.mjs, which refuses a glue it
  # cannot rename completely): about 2 KB gzipped off the module.
  tools/build/node_modules/.bin/wasm-opt "${WASM_OPT_PASSES[@]}" \
    --minify-imports-and-exports-and-modules "$1" -o "$1.opt" >"$1.names.json"
  node tools/build/rename-glue.mjs "$2" "$1.names.json" "$1.opt"
  mv "$1.opt" "$1"
  rm "$1.names.json"
}

build_wasm() { # the rules core and the UI as WebAssembly, into www/pkg/; then the page as served (build_site)
  need_wasm_target
  need_wasm_bindgen
  local wasm
  say "building the page (wasm32, size-optimised profile)"
  local why=""
  if [ -n "${SMTP_CHECK_STABLE_WASM:-}" ]; then
    why="SMTP_CHECK_STABLE_WASM is set"
  elif ! need_nightly_src; then
    why="no nightly toolchain with rust-src"
  elif ! build_wasm_small; then
    why="the nightly build failed (above)"
  fi
  if [ -z "$why" ]; then
    wasm=$WASM_STD_DIR/wasm32-unknown-unknown/wasm/smtp_check.wasm
  else
    # Same behaviour, only larger.
    say "$why: building the page with stable (about 8% larger)"
    cargo build --profile wasm --target wasm32-unknown-unknown --lib --quiet
    wasm=$TARGET_DIR/wasm32-unknown-unknown/wasm/smtp_check.wasm
  fi
  # The name section stays for wasm_opt (it orders functions by name) and
  # goes there; without wasm-opt wasm-bindgen drops it.
  if need_npm tools/build; then
    wasm-bindgen --target web --no-typescript --out-dir www/pkg --remove-producers-section "$wasm"
    wasm_opt www/pkg/smtp_check_bg.wasm www/pkg/smtp_check.js
    # The glue minified (its import names are properties: kept): 6.5 → 4.4 KB gzipped.
    tools/build/node_modules/.bin/terser www/pkg/smtp_check.js --module --compress --mangle \
      -o www/pkg/smtp_check.min.js
    mv www/pkg/smtp_check.min.js www/pkg/smtp_check.js
  else
    say "no wasm-opt/terser (npm ci in tools/build failed): the page's wasm and glue stay unoptimised (about 4 KB larger gzipped)"
    wasm-bindgen --target web --no-typescript --out-dir www/pkg \
      --remove-name-section --remove-producers-section "$wasm"
  fi
  # How this build recovers from a panic (the page tests check the one it has).
  if [ -z "$why" ]; then echo immediate-abort; else echo hook; fi >www/pkg/panic-strategy.txt
  build_site
}

# The page as served (serve, the page tests and bench-web serve it; dist
# copies it): www/ with its built parts, and the page's own JavaScript and
# CSS minified: 8.6 → 5.5 KB gzipped before a reader uses the embed. Same
# names and URLs, so embeds do not change; the sources in www/ stay readable.
# csso without its restructuring, which moves and merges rules (a cascade
# risk) for no gain here; not lightningcss: it rewrites `max-width` media
# queries to range syntax, which Safari before 16.4 ignores.
SITE_DIR=$TARGET_DIR/site
build_site() {
  rm -rf "$SITE_DIR"
  mkdir -p "$SITE_DIR"
  cp -R www/. "$SITE_DIR"/
  if ! need_npm tools/build; then
    say "no terser/csso (npm ci in tools/build failed): the page's JS and CSS are served as written (about 3 KB larger gzipped)"
    return 0
  fi
  local f
  for f in "$SITE_DIR"/*.js; do tools/build/node_modules/.bin/terser "$f" --module --compress --mangle -o "$f"; done
  for f in "$SITE_DIR"/*.css; do tools/build/node_modules/.bin/csso "$f" --no-restructure -o "$f"; done
}

build_rule_pages() { # build_rule_pages DIR: one help page per rule (findings link there)
  say "rule help pages into $1"
  cargo build --quiet --bin smtp-probe
  "$TARGET_DIR/debug/smtp-probe" rules --format html --out "$1" --samples tests/fixtures --samples tests/realworld
}

serve_dir() { # serve_dir DIR PORT: static files on 127.0.0.1, with the CSP header
  need_apt python3 python3
  CSP=$(page_csp) python3 - "$1" "$2" <<'PY'
import functools, http.server, os, sys

class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".css": "text/css"}

    def end_headers(self):
        self.send_header("Content-Security-Policy", os.environ["CSP"])
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

directory, port = sys.argv[1], int(sys.argv[2])
server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
print(f"serving {directory}/ on http://127.0.0.1:{port}/ (Ctrl-C to stop)", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
PY
}

cmd_serve() { # serve [PORT]
  local port=${1:-${PORT:-8080}}
  build_wasm
  build_rule_pages "$SITE_DIR/rules"
  serve_dir "$SITE_DIR" "$port"
}

cmd_dist() { # dist [DIR]: everything a static host needs, with the probe's downloads
  local out=${1:-dist}
  build_wasm
  mkdir -p "$out"
  cp -R "$SITE_DIR"/. "$out"/
  build_rule_pages "$out/rules"
  build_downloads "$out/download"
  say "wrote $out/ ($(du -sh "$out" | cut -f1)): upload it to any static host (browsers do not load WebAssembly from file://)"
}

need_browser_tools() {
  need_wasm_target
  need_wasm_bindgen
  need_apt chromium chromium
  need_apt chromedriver chromium-driver
  need_apt node nodejs
  need_apt npm npm
  need_npm tests/web
}

test_web() {
  need_browser_tools
  say "wasm-bindgen-test: bindings and UI in headless Chromium"
  cargo test --target wasm32-unknown-unknown --test web_ui
  build_wasm
  say "the native binary, for the parity test"
  cargo build --quiet --bin smtp-probe
  build_rule_pages "$SITE_DIR/rules"
  say "end-to-end tests (playwright-core, /usr/bin/chromium)"
  SMTP_PROBE="$TARGET_DIR/debug/smtp-probe" node --test tests/web/*.test.mjs
}

cmd_bench_web() {
  need_browser_tools
  build_wasm
  node tests/web/bench.mjs
}

# ---- the probe ----------------------------------------------------------------

# tests/probe.rs (run by `cargo test` in test_rust) drives real SMTP servers
# (npm smtp-server) on loopback and swaks, the reference client.
need_probe_tools() {
  need_apt node nodejs
  need_apt npm npm
  need_apt swaks swaks
  need_npm tests/probe
}

# Starts tests/probe/server.js with CONFIG in DIR; sets PROBE_NODE_PID and
# leaves the ready line in DIR/events. The harness exits when fd 7 closes.
start_probe_harness() { # start_probe_harness DIR CONFIG
  local dir=$1 config=$2
  mkfifo "$dir/stdin"
  node tests/probe/server.js "$config" <"$dir/stdin" >"$dir/events" 2>&1 &
  PROBE_NODE_PID=$!
  exec 7>"$dir/stdin"
  for _ in $(seq 100); do
    grep -q '"ready"' "$dir/events" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "the SMTP test servers did not start:" >&2
  cat "$dir/events" >&2
  return 1
}

# A per-run CA (DIR/ca.pem) and a certificate for localhost signed by it
# (DIR/good.key, DIR/good.pem).
make_test_pki() { # make_test_pki DIR
  local dir=$1
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=smtp-check test CA" \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$dir/good.key" -out "$dir/good.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$dir/ext.cnf"
  openssl x509 -req -in "$dir/good.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
    -days 2 -extfile "$dir/ext.cnf" -out "$dir/good.pem" 2>/dev/null
}

cmd_bench_probe() {
  command -v node >/dev/null 2>&1 || { echo "bench-probe: Node.js 20 is needed" >&2; return 1; }
  need_apt swaks swaks
  need_apt openssl openssl
  need_npm tests/probe
  # PROBE_BIN=path times another build (e.g. a download, built for size).
  local bin=${PROBE_BIN:-$TARGET_DIR/release/smtp-probe} dir
  if [ -z "${PROBE_BIN:-}" ]; then
    say "building smtp-probe (release)"
    cargo build --release --quiet --bin smtp-probe
  fi
  dir=$(mktemp -d)
  make_test_pki "$dir"
  local token=1f86a2b4-7c3d-4e5f-9a8b-3c2d11115948
  printf '%s\n' "{\"token\":\"$token\",\"verified\":[\"verified-sender.io\"],\"host\":\"127.0.0.1\"," \
    "\"certs\":{\"good\":{\"key\":\"$dir/good.key\",\"cert\":\"$dir/good.pem\"}}," \
    "\"servers\":[{\"name\":\"p1\",\"kind\":\"good\"},{\"name\":\"p2\",\"kind\":\"good\"}," \
    "{\"name\":\"p3\",\"kind\":\"good\"},{\"name\":\"p4\",\"kind\":\"good\"},{\"name\":\"silent\",\"kind\":\"silent\"}]}" \
    >"$dir/config.json"
  start_probe_harness "$dir" "$dir/config.json"
  # shellcheck disable=SC2064 # expand now: the trap runs after the locals are gone;
  # it clears itself so a later return (under set -e) does not run it again
  trap "trap - RETURN; exec 7>&-; kill $PROBE_NODE_PID 2>/dev/null || true; rm -rf '$dir'" RETURN
  local ready p1 p2 p3 p4 silent
  ready=$(grep '"ready"' "$dir/events")
  port_of() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" <<<"$ready"; }
  p1=$(port_of p1); p2=$(port_of p2); p3=$(port_of p3); p4=$(port_of p4); silent=$(port_of silent)
  local runs=15
  # Mean wall time in ms of $runs runs of a command.
  mean_ms() {
    local total=0 start end
    for _ in $(seq "$runs"); do
      start=$(date +%s%N)
      "$@" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      total=$((total + end - start))
    done
    awk -v t="$total" -v n="$runs" 'BEGIN { printf "%.1f", t / n / 1e6 }'
  }
  # One full dialogue per port: connect → STARTTLS → AUTH → QUIT.
  probe_ports() {
    local args=() p
    for p in "$@"; do args+=(--port "$p"); done
    SMTP_PASSWORD=$token "$bin" probe --host localhost --resolve localhost:127.0.0.1 "${args[@]}" --ca-file "$dir/ca.pem" --format json --timeout 10
  }
  swaks_once() {
    swaks --server localhost --port "$1" --tls --tls-verify --tls-ca-path "$dir/ca.pem" \
      --auth PLAIN --auth-user "$token" --auth-password "$token" --quit-after AUTH
  }
  # Both must really work before they are timed.
  probe_ports "$p1" | grep -q '"works": true' || { echo "bench-probe: the probe fails against the bench server" >&2; return 1; }
  swaks_once "$p1" >/dev/null 2>&1 || { echo "bench-probe: swaks fails against the bench server" >&2; return 1; }

  say "one full dialogue, $runs runs each (the server waits 100 ms before its greeting, as anti-spam servers do)"
  local t_probe t_swaks
  t_probe=$(mean_ms probe_ports "$p1")
  t_swaks=$(mean_ms swaks_once "$p1")
  awk -v a="$t_probe" -v b="$t_swaks" 'BEGIN {
    printf "  smtp-probe %8.1f ms\n  swaks      %8.1f ms\n  ratio      %8.2fx (goal <= 0.5x)\n", a, b, a / b
    printf "  without the 100 ms both wait for the greeting: %.1f vs %.1f ms, %.2fx\n", a - 100, b - 100, (a - 100) / (b - 100) }'

  say "4 ports at once vs the slowest single port, $runs runs each"
  local t_all t_single slowest=0 p
  for p in "$p1" "$p2" "$p3" "$p4"; do
    t_single=$(mean_ms probe_ports "$p")
    printf '  port %-6s %8.1f ms\n' "$p" "$t_single"
    slowest=$(awk -v a="$t_single" -v b="$slowest" 'BEGIN { print (a > b ? a : b) }')
  done
  t_all=$(mean_ms probe_ports "$p1" "$p2" "$p3" "$p4")
  awk -v a="$t_all" -v b="$slowest" 'BEGIN {
    printf "  all four   %8.1f ms\n  ratio      %8.2fx the slowest single port (goal <= 1.2x)\n", a, a / b }'

  say "a port that never answers, beside a working one (--timeout 2), 3 runs"
  local start end
  for _ in 1 2 3; do
    start=$(date +%s%N)
    SMTP_PASSWORD=$token "$bin" probe --host localhost --resolve localhost:127.0.0.1 --port "$silent" --port "$p1" \
      --ca-file "$dir/ca.pem" --format json --timeout 2 >/dev/null 2>&1 || true
    end=$(date +%s%N)
    awk -v t="$((end - start))" 'BEGIN { printf "  %.2f s (timeout 2 s)\n", t / 1e9 }'
  done
}

# ---- the probe's downloads ------------------------------------------------------

# folder:rust-target:file. Linux builds are static (musl): they run on any
# distribution. The linkers and C compilers are set in .cargo/config.toml.
PROBE_DOWNLOADS="linux-x86_64:x86_64-unknown-linux-musl:smtp-probe
linux-arm64:aarch64-unknown-linux-musl:smtp-probe
windows-x86_64:x86_64-pc-windows-gnu:smtp-probe.exe"

need_nightly() {
  rustup toolchain list | grep -q '^nightly' || { say "installing the nightly toolchain"; rustup toolchain install nightly --profile minimal; }
}

# std's sources, to rebuild it for size (the page, the downloads).
need_nightly_src() {
  need_nightly || return 1
  rustup +nightly component list --installed | grep -q '^rust-src' || rustup +nightly component add rust-src || return 1
}

# The downloads rebuild std for size: nightly with its sources, and the
# target's self-contained C runtime objects (musl's crt, mingw's libs).
need_nightly_std() {
  need_nightly_src || return 1
  rustup +nightly target list --installed | grep -qx "$1" || rustup +nightly target add "$1" 2>/dev/null || return 1
}

need_cross_tools() {
  need_apt musl-gcc musl-tools
  need_apt aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu
  need_apt x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64
  need_apt sha256sum coreutils
}

# One download with std rebuilt with it (nightly's -Zbuild-std), for size:
# a panic aborts at once, without std's panic printer and backtrace code,
# and on Linux without unwind tables (nothing unwinds). A panic is a bug
# (the fuzz targets look for them); this build then stops without a
# message, where `cargo install --path .` prints it. (Windows x64 requires
# unwind tables.)
build_download_small() {
  local triple=$1
  local -a flags=("'-Zunstable-options'" "'-Cpanic=immediate-abort'" "'-Zlocation-detail=none'")
  [[ $triple == *linux* ]] && flags+=("'-Cforce-unwind-tables=no'")
  say "smtp-probe for $triple (size profile, std built for size)"
  cargo +nightly build --profile dist --target "$triple" --bin smtp-probe --quiet \
    -Zbuild-std=std,panic_abort \
    --config "target.$triple.rustflags=[$(IFS=,; echo "${flags[*]}")]"
}

build_downloads() { # build_downloads DIR: smtp-probe for each system, with checksums
  local out=$1 dir triple file
  need_cross_tools
  rm -rf "$out"
  mkdir -p "$out"
  while IFS=: read -r dir triple file; do
    if ! { need_nightly_std "$triple" && build_download_small "$triple"; }; then
      # Nightly does not ship every target every night: the stable build
      # works the same, only larger.
      say "no nightly build of std for $triple: building smtp-probe for $dir with stable (larger)"
      rustup target list --installed | grep -qx "$triple" || rustup target add "$triple"
      cargo build --profile dist --target "$triple" --bin smtp-probe --quiet
    fi
    mkdir -p "$out/$dir"
    cp "$TARGET_DIR/$triple/dist/$file" "$out/$dir/$file"
    (cd "$out/$dir" && sha256sum "$file" >"$file.sha256")
  done <<<"$PROBE_DOWNLOADS"
  (cd "$out" && while IFS=: read -r dir _ file; do sha256sum "$dir/$file"; done <<<"$PROBE_DOWNLOADS" >SHA256SUMS)
  while IFS=: read -r dir _ file; do
    printf '  %-34s %9s bytes (%s MB)\n' "$dir/$file" "$(stat -c %s "$out/$dir/$file")" \
      "$(awk -v b="$(stat -c %s "$out/$dir/$file")" 'BEGIN { printf "%.2f", b / 1e6 }')" >&2
  done <<<"$PROBE_DOWNLOADS"
}

# Builds the downloads into a scratch folder and checks each: checksums, the
# file format, that it runs (`--version`, a lint, a real probe against the
# local test server; arm64 under qemu), and that the .exe needs only DLLs
# Windows ships (no MinGW runtime DLL beside it).
test_downloads() {
  need_apt file file
  need_apt qemu-aarch64 qemu-user
  need_apt openssl openssl
  local dir out
  dir=$(mktemp -d)
  out=$dir/download
  build_downloads "$out"
  (cd "$out" && sha256sum -c --quiet SHA256SUMS)
  (cd "$out/linux-x86_64" && sha256sum -c --quiet smtp-probe.sha256)
  file -b "$out/linux-x86_64/smtp-probe" | grep -q 'x86-64.*static' \
    || { echo "linux-x86_64: not a static x86-64 binary: $(file -b "$out/linux-x86_64/smtp-probe")" >&2; return 1; }
  file -b "$out/linux-arm64/smtp-probe" | grep -q 'ARM aarch64.*static' \
    || { echo "linux-arm64: not a static arm64 binary: $(file -b "$out/linux-arm64/smtp-probe")" >&2; return 1; }
  file -b "$out/windows-x86_64/smtp-probe.exe" | grep -q 'PE32+ executable.*x86-64' \
    || { echo "windows-x86_64: not a 64-bit PE: $(file -b "$out/windows-x86_64/smtp-probe.exe")" >&2; return 1; }
  local dlls
  dlls=$(x86_64-w64-mingw32-objdump -p "$out/windows-x86_64/smtp-probe.exe" | sed -n 's/^\s*DLL Name: //p' | sort -u)
  if grep -Eiv '^(kernel32|ntdll|ws2_32|advapi32|userenv|bcrypt|bcryptprimitives|msvcrt|ucrtbase|shell32|ole32|oleaut32|crypt32|secur32|synchronization|api-ms-win-[a-z0-9-]+)\.dll$' <<<"$dlls"; then
    echo "windows-x86_64: imports DLLs Windows does not ship (above)" >&2
    return 1
  fi
  say "the .exe imports only system DLLs: $(tr '\n' ' ' <<<"$dlls")"

  # A real probe: the good test server (STARTTLS, AUTH) with a per-run CA.
  make_test_pki "$dir"
  local token=1f86a2b4-7c3d-4e5f-9a8b-3c2d11115948
  printf '%s\n' "{\"token\":\"$token\",\"verified\":[\"verified-sender.io\"],\"host\":\"127.0.0.1\"," \
    "\"certs\":{\"good\":{\"key\":\"$dir/good.key\",\"cert\":\"$dir/good.pem\"}}," \
    "\"servers\":[{\"name\":\"good\",\"kind\":\"good\"}]}" >"$dir/config.json"
  start_probe_harness "$dir" "$dir/config.json"
  # shellcheck disable=SC2064 # expand now: the trap runs after the locals are gone;
  # it clears itself so a later return (under set -e) does not run it again
  trap "trap - RETURN; exec 7>&-; kill $PROBE_NODE_PID 2>/dev/null || true; rm -rf '$dir'" RETURN
  local port
  port=$(sed -n 's/.*"good":\([0-9]*\).*/\1/p' "$dir/events" | head -1)
  printf 'MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=465\nMAIL_ENCRYPTION=ssl\n' >"$dir/bad.env"
  local name bin
  for name in linux-x86_64 linux-arm64; do
    bin=("$out/$name/smtp-probe")
    [ "$name" = linux-arm64 ] && [ "$(uname -m)" != aarch64 ] && bin=(qemu-aarch64 "${bin[@]}")
    "${bin[@]}" --version | grep -q "^smtp-probe $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)\$" \
      || { echo "$name: --version does not print this version" >&2; return 1; }
    local code=0
    "${bin[@]}" lint "$dir/bad.env" --format json >"$dir/lint.json" || code=$?
    [ "$code" = 1 ] && grep -q '"port/465-unsupported"' "$dir/lint.json" \
      || { echo "$name: lint did not find port/465-unsupported (exit $code)" >&2; return 1; }
    SMTP_PASSWORD=$token "${bin[@]}" probe --host localhost --resolve localhost:127.0.0.1 --port "$port" --ca-file "$dir/ca.pem" \
      --format json --timeout 10 >"$dir/probe.json" \
      || { echo "$name: the probe failed against the test server:" >&2; cat "$dir/probe.json" >&2; return 1; }
    grep -q '"works": true' "$dir/probe.json" || { echo "$name: the probe did not get through" >&2; return 1; }
    say "$name: --version, lint and a full probe (STARTTLS, validated TLS, AUTH) work"
  done
}

# ---- the rules core -------------------------------------------------------------

test_rust() {
  say "cargo fmt --check"
  cargo fmt --all -- --check
  say "cargo clippy --all-targets -- -D warnings"
  cargo clippy --all-targets --quiet -- -D warnings
  say "cargo test"
  INSTA_UPDATE=no cargo test --all-targets --no-fail-fast
}

# ---- fuzzing (cargo fuzz, libFuzzer, nightly toolchain) ----------------------------

need_cargo_fuzz() {
  need_nightly
  cargo fuzz --version >/dev/null 2>&1 && return 0
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --version 0.13.2
}

# Seeds: every test fixture, in each target's corpus folder.
fuzz_seed() {
  local target=$1 dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  [ -n "$(ls -A "$dir" 2>/dev/null)" ] && return 0
  local f
  find tests/fixtures -type f | while read -r f; do cp "$f" "$dir/$(echo "${f#tests/fixtures/}" | tr / _)"; done
}

cmd_fuzz() {
  local seconds=${1:-60}
  need_cargo_fuzz
  local target
  # The paste targets last: they are built with other flags (below), and
  # each change of flags rebuilds the crate.
  for target in $(cargo +nightly fuzz list | grep -vxE 'lint|scanners') lint scanners; do
    fuzz_seed "$target"
    say "fuzz $target for ${seconds}s"
    # Fails on any crash, on an input taking > 1 s, or on > 512 MB of memory.
    local log="fuzz/$target.log"
    # fuzz/seeds/<target>/ (hand-made protocol and certificate seeds) is read, never written.
    local seeds=()
    [ -d "fuzz/seeds/$target" ] && seeds=("fuzz/seeds/$target")
    # The paste targets are built without comparison tracing
    # (`--no-trace-compares`): a lint of a few KB makes tens of thousands of
    # comparisons, and calling libFuzzer for each took half of every run;
    # strings compared with memcmp still reach libFuzzer's table of compared
    # words. Over 10 minutes from the fixture seeds: 1.9x the executions and
    # more edges covered at the end (21,717 against 21,226).
    # They mutate up to 4 KiB (libFuzzer's own default), not up to the 1 MiB
    # seed: 5 minutes reach the same edges as with 16 KiB (20,978 against
    # about 21,000) with 1.4x the executions. Long pastes, the configuration
    # cap and oversized input are tests/limits.rs's.
    local size=() build=()
    case $target in lint | scanners) size=(-max_len=4096) build=(--no-trace-compares) ;; esac
    # No AddressSanitizer: the crate forbids `unsafe` (compiler-checked), so
    # ASan could only watch std's own code, at a third of the speed; panics,
    # hangs (-timeout) and memory growth (-rss_limit_mb) are still caught.
    if ! cargo +nightly fuzz run --sanitizer none "${build[@]}" "$target" "fuzz/corpus/$target" "${seeds[@]}" -- \
        -max_total_time="$seconds" -timeout=1 -rss_limit_mb=512 "${size[@]}" -print_final_stats=1 >"$log" 2>&1; then
      tail -40 "$log" >&2
      echo "fuzz target $target failed (log: $log, crash input in fuzz/artifacts/$target/)" >&2
      return 1
    fi
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | sed "s/^/  $target /"
  done
}

cmd_test() {
  need_probe_tools
  test_rust
  test_downloads
  test_web
  cmd_fuzz 15
  say "all tests passed"
}

cmd_bench() { # Criterion (a 30-line paste, sizes, every input shape), then peak memory per shape
  cargo bench --bench lint --bench shapes "$@"
  need_apt /usr/bin/time time
  cargo build --release --example profile_shape --quiet
  say "peak memory, one 1 MiB lint with its JSON report, per shape (goal: under 64 MB)"
  local shape kb
  for shape in $("$TARGET_DIR/release/examples/profile_shape" --list); do
    kb=$(/usr/bin/time -f %M "$TARGET_DIR/release/examples/profile_shape" "$shape" 1 2>&1 >/dev/null | tail -1)
    printf '  %-12s %6.1f MB\n' "$shape" "$(echo "$kb / 1024" | bc -l)"
  done
}

case "${1:-}" in
  serve) shift; cmd_serve "$@" ;;
  dist) shift; cmd_dist "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  bench-web) shift; cmd_bench_web "$@" ;;
  bench-probe) shift; cmd_bench_probe "$@" ;;
  test-downloads) shift; test_downloads "$@" ;;
  fuzz) shift; cmd_fuzz "$@" ;;
  *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
