#!/usr/bin/env bash
# Builds @tensorflow/tfjs-node's native addon OFFLINE against the TensorFlow C library inside the tensorflow-cpu
# wheel that pip can fetch from this machine's package index (no download from storage.googleapis.com).
# Repeatable after `npm ci`. Usage: npm run setup:tfjs-node   (TRAINBOARD_TF_WHEEL=/path/to.whl to skip pip)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pkg="$root/node_modules/@tensorflow/tfjs-node"
fail() { echo "setup-tfjs-node: $*" >&2; exit 1; }

[ -f "$pkg/binding.gyp" ] || fail "$pkg is missing: run npm install first (tfjs-node is an optional dependency)"
python="${PYTHON:-python3}"
command -v "$python" >/dev/null || fail "python3 not found (needed for pip and to unpack the wheel)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
wheel="${TRAINBOARD_TF_WHEEL:-}"
if [ -z "$wheel" ]; then
  if ! PIP_RETRIES=0 PIP_TIMEOUT=5 "$python" -m pip download --quiet --no-deps --only-binary=:all: \
      tensorflow-cpu -d "$tmp" >"$tmp/pip.log" 2>&1; then
    fail "the tensorflow-cpu wheel is not available from pip's package index here ($(tail -n 1 "$tmp/pip.log")); tfjs-node stays disabled, trainboard uses WASM"
  fi
  wheel="$(ls "$tmp"/tensorflow_cpu-*.whl 2>/dev/null | head -n 1)"
  [ -n "$wheel" ] || fail "pip reported success but left no tensorflow_cpu wheel in $tmp"
fi
[ -f "$wheel" ] || fail "wheel $wheel not found"
echo "setup-tfjs-node: using $(basename "$wheel")"

"$python" "$root/scripts/tfjs-node/extract-libtensorflow.py" "$wheel" "$pkg/deps"

gyp="$(dirname "$(command -v npm)")/../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$gyp" ] || gyp="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$gyp" ] || fail "node-gyp (shipped with npm) not found"
# node-pre-gyp loads lib/napi-v<highest of package.json binary.napi_versions that this Node supports>.
napi="$(node -p "Math.max(...require('$pkg/package.json').binary.napi_versions.filter((v) => v <= +process.versions.napi))")"
# node-pre-gyp normally passes module_name/module_path/napi_build_version (package.json "binary").
(cd "$pkg" && node "$gyp" rebuild --module_name=tfjs_binding --module_path="$pkg/lib/napi-v$napi" \
  --napi_build_version="$napi" --nodedir="${npm_config_nodedir:-$(npm config get nodedir 2>/dev/null || echo /usr)}" >"$tmp/gyp.log" 2>&1) || {
  tail -n 20 "$tmp/gyp.log" >&2
  fail "node-gyp rebuild failed in $pkg (log above)"
}
mkdir -p "$pkg/lib/napi-v$napi"
[ -f "$pkg/lib/napi-v$napi/tfjs_binding.node" ] ||
  cp "$pkg/build/Release/tfjs_binding.node" "$pkg/lib/napi-v$napi/tfjs_binding.node"
(cd "$root" && node -e "const tf = require('@tensorflow/tfjs-node'); console.log('setup-tfjs-node: tfjs-node ' + tf.version['tfjs-node'] + ' loads, backend ' + tf.getBackend() + ', built against ' + '$(basename "$wheel")')" 2>&1 | tail -n 1)
