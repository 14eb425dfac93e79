"""Writes runs whose three orders differ: TensorBoard's walk order (raw readdir order), name order and the order
of their first events (the order the writers open in), each run with scalars, an image, a histogram, text, a PR
curve and a graph (tensorboardX's SummaryWriter; the graph by torch's tracer).

Usage: write_run_order.py LOGDIR
Prints one JSON line: {"walk": [...], "sorted": [...], "first_event": [...]}; exits 1 if two orders agree.
"""
import json
import os
import sys
import time

import numpy as np
import torch
from tensorboardX import SummaryWriter

logdir = sys.argv[1]
# no integer-like names: a JSON object keyed by them is reordered by JavaScript's JSON.parse
names = ["delta", "alpha", "echo", "charlie", "bravo", "foxtrot", "nest/zulu", "nest/yankee", "nest/xray"]
for name in sorted(names):
    os.makedirs(os.path.join(logdir, name))

walk = []
for dirpath, _dirs, _files in os.walk(logdir):
    rel = os.path.relpath(dirpath, logdir)
    if rel in names:
        walk.append(rel)
ordered = sorted(names)
# writers open in an order that is neither the walk's nor the names'
first_event = sorted(names, key=lambda n: n[::-1])
while first_event in (walk, ordered):
    first_event = first_event[1:] + first_event[:1]
orders = [walk, ordered, first_event]
if any(a == b for i, a in enumerate(orders) for b in orders[i + 1 :]):
    print(json.dumps({"walk": walk, "sorted": ordered, "first_event": first_event}))
    sys.exit(1)

rng = np.random.default_rng(3)
model = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU())
for i, name in enumerate(first_event):
    w = SummaryWriter(os.path.join(logdir, name))
    for step in range(3):
        w.add_scalar("loss", 1.0 / (step + 1 + i), step)
        w.add_histogram("weights", rng.normal(size=50), step)
    w.add_image("sample", rng.random((3, 4, 4)), 0)
    w.add_text("note", "run %s" % name, 0)
    labels = rng.integers(0, 2, 30)
    w.add_pr_curve("pr", labels, np.clip(labels * 0.4 + rng.random(30) * 0.6, 0, 1), 0)
    if i % 2 == 0:
        w.add_graph(model, torch.zeros(1, 3))
    w.close()
    time.sleep(0.05)

print(json.dumps({"walk": walk, "sorted": ordered, "first_event": first_event}))
