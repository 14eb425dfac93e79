"""Writes runs and tags with non-ASCII names (é, 日本, an emoji) whose values and wall times are integral floats
(1.0, 0.0, -0.0, 1e20, 1700000000.0), with PyTorch's SummaryWriter: scalars, histograms (integral bucket
edges and counts), images, audio, text, a custom-scalars layout and hparams. TensorBoard's json.dumps prints those floats as `1.0`, `-0.0`,
`1e+20` (where JavaScript prints `1`, `0`, `100000000000000000000`) and the names as `\\uXXXX` escapes
(ensure_ascii, surrogate pairs for the emoji).

Usage: write_float_spelling.py LOGDIR
Prints one JSON line: {"runs": [...], "scalar_tags": [...], "histogram_tags": [...], "image_tags": [...],
"audio_tags": [...], "text_tags": [...]}.
"""
import json
import os
import sys

import numpy as np
from torch.utils.tensorboard import SummaryWriter

logdir = sys.argv[1]
RUNS = ["caf\u00e9", "\u65e5\u672c", "run \U0001f600"]
WALL = 1700000000.0
VALUES = [1.0, 0.0, -0.0, 1e20, 2.0]

out = {"runs": RUNS, "scalar_tags": [], "histogram_tags": [], "image_tags": [], "audio_tags": [], "text_tags": []}
for r, run in enumerate(RUNS):
    w = SummaryWriter(os.path.join(logdir, run))
    scalar = "loss/\u00e9t\u00e9 \U0001f680"
    for step, v in enumerate(VALUES):
        w.add_scalar(scalar, v, step, walltime=WALL + step)
    hist = "poids/\u65e5\u672c"
    for step in range(3):
        # integral samples and edges: bucket limits and counts TensorBoard holds as floats
        w.add_histogram(hist, np.array([0.0, 1.0, 1.0, 2.0, 4.0]) * (step + 1), step, bins=[0, 1, 2, 4, 8, 16], walltime=WALL + step)
    img = "images/\u00e9"
    for step in range(2):
        w.add_image(img, np.full((3, 4, 4), step * 0.5 + 0.25, dtype=np.float32), step, walltime=WALL + step)
    audio = "son/\U0001f3b5"
    for step in range(2):
        w.add_audio(audio, np.zeros(80, dtype=np.float32), step, sample_rate=8000, walltime=WALL + step)
    text = "note/\u00e9"
    for step in range(2):
        w.add_text(text, f"caf\u00e9 \u65e5\u672c \U0001f600 {step}", step, walltime=WALL + step)
    if r == 0:
        # a custom-scalars layout over the scalar tag, and hparams with integral numbers (32 is a float in
        # TensorBoard's google.protobuf.Value) and a metric whose last value is 0.0
        w.add_custom_scalars({"cat\u00e9gorie": {"\u65e5\u672c chart": ["Multiline", [scalar]]}})
    w.add_hparams(
        {"lr": 1.0, "batch": 32, "opt": "ad\u00e9"},
        {"hp/m\u00e9trique": float(r) * 0.0 + r},
        run_name=".",
        global_step=0,
    )
    w.close()
    if r == 0:
        out["scalar_tags"].append(scalar)
        out["histogram_tags"].append(hist)
        out["image_tags"].append(img)
        out["audio_tags"].append(audio)
        out["text_tags"].append(text + "/text_summary")  # PyTorch writes text under TAG/text_summary
print(json.dumps(out))
