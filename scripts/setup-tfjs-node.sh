#!/usr/bin/env bash
# Builds @tensorflow/tfjs-node's native addon OFFLINE for this repository, against the TensorFlow C library of
# a tensorflow-cpu wheel or of the installed Python tensorflow (./.venv): `trainboard setup-tfjs-node` run on
# this checkout (users run `npx trainboard setup-tfjs-node` in their own project). Repeatable after `npm ci`.
# Usage: npm run setup:tfjs-node [-- --wheel FILE | --python PATH | --link]   (TRAINBOARD_TF_WHEEL also works)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec node "$root/bin/trainboard.js" setup-tfjs-node --project "$root" "$@"
