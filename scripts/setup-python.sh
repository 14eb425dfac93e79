#!/usr/bin/env bash
# Creates .venv with Python's tensorboard and tensorflow-cpu (Keras 3: the oracle of the keras-callbacks
# compatibility tests, and the Keras benchmark), from the machine's own package sources (--tensorflow is
# accepted for older instructions). The compatibility tests use .venv/bin/python (or $TRAINBOARD_PYTHON).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
pkgs=(tensorboard tensorflow-cpu)
# --retries 0: the default index is unreachable here; the local find-links/extra indexes answer at once.
.venv/bin/pip install --quiet --retries 0 "${pkgs[@]}"
.venv/bin/python -c "import tensorboard; print('tensorboard', tensorboard.__version__)"
