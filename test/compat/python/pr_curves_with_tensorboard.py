"""Writes PR curves with real writers, then prints TensorBoard's own PR curves plugin answers for that logdir.

Usage: pr_curves_with_tensorboard.py LOGDIR
Runs: tf/ (tf.summary writer with tensorboard.plugins.pr_curve.summary.pb, two tags), tbx/ (tensorboardX
add_pr_curve, one tag), tf1/ (summary.op in a TF1 graph, tf.compat.v1 FileWriter). Prints one JSON line: {"tags": <tags_impl>, "curves": {tag: <pr_curves_impl over the
runs holding the tag>}}, cleansed as TensorBoard's HTTP layer does.
"""
import json
import os
import sys

import numpy as np

logdir = sys.argv[1]
rng = np.random.default_rng(7)


def write_tf(path):
    import tensorflow as tf
    from tensorboard.plugins.pr_curve import summary as pr_summary

    writer = tf.summary.create_file_writer(path)
    with writer.as_default():
        for step in range(4):
            labels = rng.integers(0, 2, 60).astype(bool)
            preds = np.clip(labels * 0.3 + rng.random(60) * 0.7, 0, 1)
            pb = pr_summary.pb("tf_pr", labels, preds, num_thresholds=11, display_name="TF curve",
                               description="*precision* against recall")
            tf.summary.experimental.write_raw_pb(pb.SerializeToString(), step=step * 10)
            # predictions all below 0.5: the tail thresholds have TP + FP = 0 and are trimmed
            low = pr_summary.pb("tf_low", labels, preds * 0.4, num_thresholds=21)
            tf.summary.experimental.write_raw_pb(low.SerializeToString(), step=step * 10)
    writer.close()


def write_tf1_op(path):
    """tensorboard.plugins.pr_curve.summary.op in a TF1 graph, written by tf.compat.v1's FileWriter."""
    import tensorflow as tf
    from tensorboard.plugins.pr_curve import summary as pr_summary

    tf1 = tf.compat.v1
    graph = tf.Graph()
    with graph.as_default():
        labels = tf1.placeholder(tf.bool, [None])
        preds = tf1.placeholder(tf.float32, [None])
        op = pr_summary.op("op_pr", labels, preds, num_thresholds=7)
        writer = tf1.summary.FileWriter(path)
        with tf1.Session(graph=graph) as sess:
            for step in range(2):
                lab = rng.integers(0, 2, 40).astype(bool)
                pre = np.clip(lab * 0.3 + rng.random(40) * 0.7, 0, 1).astype(np.float32)
                writer.add_summary(sess.run(op, {labels: lab, preds: pre}), step)
        writer.close()


def write_tbx(path):
    from tensorboardX import SummaryWriter

    w = SummaryWriter(path)
    for step in range(3):
        labels = rng.integers(0, 2, 50)
        preds = np.clip(labels * 0.4 + rng.random(50) * 0.6, 0, 1)
        w.add_pr_curve("tbx_pr", labels, preds, step)
    w.close()


write_tf(os.path.join(logdir, "tf"))
write_tbx(os.path.join(logdir, "tbx"))
write_tf1_op(os.path.join(logdir, "tf1"))

from tensorboard import context
from tensorboard.backend import json_util
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer
from tensorboard.plugins import base_plugin
from tensorboard.plugins.pr_curve import pr_curves_plugin

mux = plugin_event_multiplexer.EventMultiplexer(tensor_size_guidance={"pr_curves": 100})
mux.AddRunsFromDirectory(logdir)
mux.Reload()
provider = data_provider.MultiplexerDataProvider(mux, logdir)
plugin = pr_curves_plugin.PrCurvesPlugin(base_plugin.TBContext(data_provider=provider, logdir=logdir))
ctx = context.RequestContext()
tags = plugin.tags_impl(ctx, "")
curves = {}
for tag in sorted({t for run_tags in tags.values() for t in run_tags}):
    runs = sorted(r for r, run_tags in tags.items() if tag in run_tags)
    curves[tag] = {"runs": runs, "body": plugin.pr_curves_impl(ctx, "", runs, tag)}
print(json.dumps(json_util.Cleanse({"tags": tags, "curves": curves})))
