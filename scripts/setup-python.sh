#!/usr/bin/env bash
# Creates .venv with the Python packages the compatibility tests use as oracles, from the machine's own package
# sources: tensorboard (real TensorBoard and its frontend), tensorflow-cpu (Keras 3 and tf.summary), torch and
# tensorboardX (their SummaryWriters), boto3 (TensorBoard's s3:// path, for the S3 benchmark). The tests use
# .venv/bin/python (or $TRAINBOARD_PYTHON).
# `--tensorboard-only` installs just tensorboard (a quick local set-up for the reader tests).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
pkgs=(tensorboard)
# (--tensorflow, the old flag, is the default now)
if [ "${1:-}" != "--tensorboard-only" ]; then pkgs+=(tensorflow-cpu torch tensorboardX boto3); fi
# --retries 0: the default index is unreachable here; the local find-links/extra indexes answer at once.
.venv/bin/pip install --quiet --retries 0 "${pkgs[@]}"
.venv/bin/python -c "import tensorboard; print('tensorboard', tensorboard.__version__)"
