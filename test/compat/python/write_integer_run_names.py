"""Writes runs and tags with integer-like names (tensorboardX's SummaryWriter; graphs by torch's tracer), whose
TensorBoard walk order (raw readdir order), name order and JavaScript's object key order (integer-like keys
first, ascending) all differ; each run's tags are first written in an order that is neither sorted nor
JavaScript's. Every kind a run-keyed or tag-keyed /data/plugin answer lists: scalars (with descriptions),
histograms, images (audio shares their listing code), text, a PR curve, a mesh, a graph in every run but one, a custom-scalars layout.
Values and wall times are never integral, so Python's float spelling (`0.5`) and JavaScript's agree.

Usage: write_integer_run_names.py LOGDIR
Prints one JSON line: {"walk": [...], "sorted": [...], "js": [...], "tags": [...]}; exits 1 if two orders agree.
"""
import json
import os
import sys
import time

import numpy as np
import torch
from tensorboardX import SummaryWriter

logdir = sys.argv[1]
SCALAR_TAGS = ["10", "2", "loss", "1"]


def js_order(keys):
    """The key order of a JavaScript object built in `keys` order: array indices ascending, then the rest."""
    ints = [k for k in keys if k.isdigit() and (k == "0" or not k.startswith("0"))]
    return sorted(ints, key=int) + [k for k in keys if k not in ints]


def walk_order(names):
    out = []
    for dirpath, _dirs, _files in os.walk(logdir):
        rel = os.path.relpath(dirpath, logdir)
        if rel in names:
            out.append(rel)
    return out


# the brief's names first; more integer-like names only if the file system's readdir order happens to agree
# with one of the other orders
names = ["1", "10", "2", "a", "0/x"]
extra = ["3", "20", "b", "100", "7"]
while True:
    for name in names:
        os.makedirs(os.path.join(logdir, name), exist_ok=True)
    walk = walk_order(names)
    orders = [walk, sorted(names), js_order(walk)]
    if all(a != b for i, a in enumerate(orders) for b in orders[i + 1 :]):
        break
    if not extra:
        print(json.dumps({"walk": walk, "sorted": sorted(names), "js": js_order(walk)}))
        sys.exit(1)
    names.append(extra.pop(0))
assert SCALAR_TAGS not in (sorted(SCALAR_TAGS), js_order(SCALAR_TAGS))

rng = np.random.default_rng(11)
model = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU())
layout = {"main": {"ints": ["Multiline", ["1", "2", "10"]]}}
t0 = time.time()
for i, name in enumerate(names):
    w = SummaryWriter(os.path.join(logdir, name))
    for step in range(3):
        wall = t0 + i + step * 0.125 + 0.0625
        for k, tag in enumerate(SCALAR_TAGS):
            w.add_scalar(tag, 0.5 / (step + 2 + i + k), step, walltime=wall, summary_description="about %s" % tag)
        w.add_histogram("11", rng.normal(size=20), step, walltime=wall)
        w.add_histogram("w", rng.normal(size=20), step, walltime=wall)
    wall = t0 + i + 0.5625
    w.add_image("0", rng.random((3, 4, 4)), 0, walltime=wall)
    w.add_image("img", rng.random((3, 4, 4)), 0, walltime=wall)
    w.add_text("3", "run %s" % name, 0, walltime=wall)
    w.add_text("note", "note %s" % name, 0, walltime=wall)
    labels = rng.integers(0, 2, 30)
    w.add_pr_curve("5", labels, np.clip(labels * 0.4 + rng.random(30) * 0.6, 0, 1), 0, walltime=wall)
    vertices = torch.tensor([[[0.5, 0.5, 0.5], [1.5, 0.5, 0.5], [0.5, 1.5, 0.5]]])
    w.add_mesh("7", vertices, faces=torch.tensor([[[0, 1, 2]]], dtype=torch.int32), global_step=0, walltime=wall)
    if i == 0:
        w.add_custom_scalars(layout)
    if name != "0/x":
        w.add_graph(model, torch.zeros(1, 3))
    w.close()

print(json.dumps({"walk": walk, "sorted": sorted(names), "js": js_order(walk), "tags": SCALAR_TAGS}))
