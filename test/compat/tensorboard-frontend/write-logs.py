"""Writes one small logdir per real writer, each through the writer's own public API, for the frontend test.

Usage: write-logs.py LOGDIR [pytorch|tbx|tf ...] (default all; the test runs one process per writer, in
parallel, since importing TensorFlow and PyTorch is most of the time). Layout: LOGDIR/pytorch/... (torch.utils.tensorboard), LOGDIR/tbx/... (tensorboardX),
LOGDIR/tf/... (tf.summary and the hparams / projector APIs). Deterministic values; wall times are the writers' own.
"""
import os
import sys

import numpy as np

logdir = sys.argv[1]
rng = np.random.default_rng(7)
image = (np.arange(3 * 8 * 8, dtype=np.uint8).reshape(3, 8, 8) * 5) % 255
labels = (np.arange(64) % 2).astype(bool)
preds = np.linspace(0.0, 1.0, 64)
vertices = np.array([[[1.0, 1, 1], [-1, -1, 1], [1, -1, -1], [-1, 1, -1]]], dtype=np.float32)
colors = np.array([[[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 0, 255]]], dtype=np.uint8)
faces = np.array([[[0, 2, 3], [0, 3, 1], [0, 1, 2], [1, 3, 2]]], dtype=np.int32)


def pytorch():
    import torch
    from torch.utils.tensorboard import SummaryWriter

    w = SummaryWriter(os.path.join(logdir, "pytorch", "run"))
    for step in range(5):
        w.add_scalar("loss", 1.0 / (step + 1), step)
        w.add_scalars("multi", {"a": step, "b": 2 * step}, step)
        w.add_histogram("weights", rng.normal(size=200) + step, step)
        w.add_image("img", image, step)
        w.add_text("note", f"step **{step}** <b>bold</b>", step)
        w.add_pr_curve("pr", labels, preds, step)
    w.add_custom_scalars({"group": {"loss chart": ["Multiline", ["loss"]]}})
    w.add_embedding(torch.tensor(rng.normal(size=(10, 4)), dtype=torch.float32),
                    metadata=[f"item{i}" for i in range(10)], global_step=0, tag="emb")
    w.add_mesh("mesh", vertices=torch.tensor(vertices), colors=torch.tensor(colors),
               faces=torch.tensor(faces), global_step=0)
    w.add_hparams({"lr": 0.1, "opt": "sgd"}, {"hparam/acc": 0.5}, run_name="hp0")
    w.add_hparams({"lr": 0.01, "opt": "adam"}, {"hparam/acc": 0.7}, run_name="hp1")
    w.close()


def tbx():
    from tensorboardX import SummaryWriter

    w = SummaryWriter(os.path.join(logdir, "tbx", "run"))
    for step in range(5):
        w.add_scalar("loss", 2.0 / (step + 1), step)
        w.add_histogram("weights", rng.normal(size=200) * (step + 1), step)
        w.add_image("img", image, step)
        w.add_text("note", f"tbx step {step}", step)
        w.add_pr_curve("pr", labels, preds, step)
    w.add_custom_scalars_multilinechart(["loss"], category="cat", title="tbx loss")
    w.close()


def tf_logs():
    import tensorflow as tf
    from tensorboard.plugins.hparams import api as hp

    w = tf.summary.create_file_writer(os.path.join(logdir, "tf", "run"))
    with w.as_default():
        for step in range(5):
            tf.summary.scalar("loss", 3.0 / (step + 1), step=step, description="the *loss*")
            tf.summary.histogram("weights", rng.normal(size=200), step=step)
            tf.summary.image("img", np.transpose(image, (1, 2, 0))[None] / 255.0, step=step)
            tf.summary.text("note", tf.constant(f"| a | b |\n|---|---|\n| {step} | x |"), step=step)
    w.close()
    for i, (lr, opt) in enumerate([(0.1, "sgd"), (0.01, "adam")]):
        tw = tf.summary.create_file_writer(os.path.join(logdir, "tf", "hp", f"trial-{i}"))
        with tw.as_default():
            hp.hparams({"lr": lr, "opt": opt}, trial_id=f"trial-{i}")
            for step in range(3):
                tf.summary.scalar("acc", 0.5 + 0.1 * i + 0.01 * step, step=step)
        tw.close()


WRITERS = {"pytorch": pytorch, "tbx": tbx, "tf": tf_logs}
for name in sys.argv[2:] or list(WRITERS):
    WRITERS[name]()
print("ok")
