#!/usr/bin/env bash
# Creates .venv with Python's tensorboard (and, with --tensorflow, tensorflow-cpu for the Keras benchmark and,
# for the TensorBoard-frontend test's log writers, torch and tensorboardX), from the machine's own package sources. The compatibility tests use .venv/bin/python (or $TRAINBOARD_PYTHON).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
pkgs=(tensorboard)
if [ "${1:-}" = "--tensorflow" ]; then pkgs+=(tensorflow-cpu torch tensorboardX); fi
# --retries 0: the default index is unreachable here; the local find-links/extra indexes answer at once.
.venv/bin/pip install --quiet --retries 0 "${pkgs[@]}"
.venv/bin/python -c "import tensorboard; print('tensorboard', tensorboard.__version__)"
