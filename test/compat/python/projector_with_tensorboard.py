"""Writes embeddings with real writers, then prints TensorBoard's own projector plugin answers for that logdir.

Usage: projector_with_tensorboard.py LOGDIR. Runs: pytorch/ (torch.utils.tensorboard add_embedding: labels only,
then a metadata header with a sprite), tbx/ (tensorboardX add_embedding), tf/ (tf.summary writer plus
tensorboard.plugins.projector.visualize_embeddings with a TSV tensor_path and a raw float32 tensor file),
tfckpt/ (a tf.train.Checkpoint with visualize_embeddings naming its variable), ckptonly/ (a checkpoint, no config), badckpt/ (tfckpt/ with its index cut short),
assets/ (the config in plugins/org_tensorflow_tensorboard_projector/), and hostile/ runs whose configs point
at /etc/passwd, at ../ and through a symlink out of the run, or name /etc/passwd as their checkpoint. Prints one JSON object: {"urls": {url: {"status",
"type", "body" (base64)}}} for every projector request below, answered by TensorBoard's ProjectorPlugin.
"""
import base64
import json
import os
import sys

import numpy as np

logdir = sys.argv[1]
rng = np.random.default_rng(11)


def pytorch():
    import torch
    from torch.utils.tensorboard import SummaryWriter

    w = SummaryWriter(os.path.join(logdir, "pytorch"))
    w.add_embedding(torch.tensor(rng.normal(size=(12, 5)), dtype=torch.float32),
                    metadata=[f"item{i}" for i in range(12)], global_step=0, tag="words")
    w.add_embedding(torch.tensor(rng.normal(size=(6, 3)), dtype=torch.float32),
                    metadata=[["a", "x"], ["b", "y"], ["c", "x"], ["d", "y"], ["e", "x"], ["f", "y"]],
                    metadata_header=["name", "kind"], label_img=torch.rand(6, 3, 8, 8), global_step=3,
                    tag="pics")
    w.close()
    for name in ["abs", "dotdot", "symlink", "ckpt"]:
        SummaryWriter(os.path.join(logdir, "hostile", name)).close()


def tbx():
    from tensorboardX import SummaryWriter

    w = SummaryWriter(os.path.join(logdir, "tbx"))
    w.add_embedding(rng.random((7, 4)).astype("float32"), metadata=list("abcdefg"), tag="tbx_emb",
                    global_step=1)
    w.close()


def tf_projector():
    import tensorflow as tf
    from tensorboard.plugins import projector

    run = os.path.join(logdir, "tf")
    w = tf.summary.create_file_writer(run)
    with w.as_default():
        tf.summary.scalar("loss", 1.0, step=0)
    w.close()
    values = rng.normal(size=(9, 3)).astype("float32")
    with open(os.path.join(run, "vectors.tsv"), "w") as f:
        for row in values:
            f.write("\t".join(repr(float(v)) for v in row) + "\n")
    values.astype("<f4").tofile(os.path.join(run, "vectors.bytes"))
    with open(os.path.join(run, "labels.tsv"), "w") as f:
        f.write("".join(f"w{i}\n" for i in range(9)))
    with open(os.path.join(run, "marks.json"), "w") as f:
        json.dump([{"label": "all", "projections": {}}], f)
    config = projector.ProjectorConfig()
    e = config.embeddings.add()
    e.tensor_path = "vectors.tsv"  # no tensor_name: TensorBoard names it after the file
    e.metadata_path = "labels.tsv"
    e.bookmarks_path = "marks.json"
    b = config.embeddings.add()
    b.tensor_name = "binary:0"
    b.tensor_path = "vectors.bytes"
    b.tensor_shape.extend([9, 3])
    projector.visualize_embeddings(run, config)

    assets_run = os.path.join(logdir, "assets")
    w = tf.summary.create_file_writer(assets_run)
    w.close()
    assets = os.path.join(assets_run, "plugins", "org_tensorflow_tensorboard_projector")
    os.makedirs(assets)
    with open(os.path.join(assets, "t.tsv"), "w") as f:
        f.write("1\t2\n3\t4\n")
    with open(os.path.join(assets, "projector_config.pbtxt"), "w") as f:
        f.write('embeddings { tensor_name: "in_assets" tensor_path: "t.tsv" }\n')


def tf_checkpoints():
    import tensorflow as tf
    from tensorboard.plugins import projector

    run = os.path.join(logdir, "tfckpt")
    w = tf.summary.create_file_writer(run)
    w.close()
    with open(os.path.join(run, "metadata.tsv"), "w") as f:
        f.write("".join(f"v{i}\n" for i in range(8)))
    emb = tf.Variable(rng.normal(size=(8, 3)).astype("float32"))
    tf.train.Checkpoint(embedding=emb).save(os.path.join(run, "embedding.ckpt"))
    config = projector.ProjectorConfig()
    e = config.embeddings.add()
    e.tensor_name = "embedding/.ATTRIBUTES/VARIABLE_VALUE"
    e.metadata_path = "metadata.tsv"
    projector.visualize_embeddings(run, config)
    # A damaged copy: the index cut short.
    import shutil
    bad = os.path.join(logdir, "badckpt")
    shutil.copytree(run, bad)
    for name in os.listdir(bad):
        path = os.path.join(bad, name)
        if name.endswith(".index"):
            with open(path, "r+b") as f:
                f.truncate(os.path.getsize(path) // 2)
    # No config at all: TensorBoard lists a run whose directory holds a checkpoint with 2-D variables.
    only = os.path.join(logdir, "ckptonly")
    w = tf.summary.create_file_writer(only)
    w.close()
    tf.train.Checkpoint(a=tf.Variable(rng.normal(size=(5, 2))), b=tf.Variable(np.arange(4.0))).save(
        os.path.join(only, "model"))


def hostile():
    h = os.path.join(logdir, "hostile")
    with open(os.path.join(h, "abs", "projector_config.pbtxt"), "w") as f:
        f.write('embeddings {\n  tensor_name: "p"\n  tensor_path: "/etc/passwd"\n  metadata_path: "/etc/passwd"\n'
                '  bookmarks_path: "/etc/hosts"\n  sprite { image_path: "/etc/passwd" }\n}\n')
    with open(os.path.join(h, "dotdot", "projector_config.pbtxt"), "w") as f:
        f.write('embeddings {\n  tensor_name: "p"\n  tensor_path: "../../pytorch/00000/words/tensors.tsv"\n'
                '  metadata_path: "../abs/projector_config.pbtxt"\n  bookmarks_path: "../../../../../etc/hosts"\n'
                '  sprite { image_path: "sub/../../abs/x.png" }\n}\n')
    with open(os.path.join(h, "ckpt", "projector_config.pbtxt"), "w") as f:
        f.write('model_checkpoint_path: "/etc/passwd"\nembeddings { tensor_name: "p" }\n')
    os.symlink("/etc", os.path.join(h, "symlink", "etc"))
    with open(os.path.join(h, "symlink", "projector_config.pbtxt"), "w") as f:
        f.write('embeddings {\n  tensor_name: "p"\n  tensor_path: "etc/passwd"\n  metadata_path: "etc/passwd"\n}\n')


pytorch()
tbx()
tf_projector()
tf_checkpoints()
hostile()

from werkzeug.test import Client
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer
from tensorboard.plugins import base_plugin
from tensorboard.plugins.projector import projector_plugin

mux = plugin_event_multiplexer.EventMultiplexer()
mux.AddRunsFromDirectory(logdir)
mux.Reload()
provider = data_provider.MultiplexerDataProvider(mux, logdir)
plugin = projector_plugin.ProjectorPlugin(base_plugin.TBContext(data_provider=provider, logdir=logdir))
apps = plugin.get_plugin_apps()

urls = ["/runs", "/info", "/info?run=nope", "/tensor?run=pytorch", "/bookmarks?run=&name=x"]
for run, names in {
    "pytorch": ["words:00000", "pics:00003", "nope"],
    "tbx": ["tbx_emb:00001"],
    "tf": ["vectors.tsv", "binary", "binary:0"],
    "assets": ["in_assets"],
    "tfckpt": ["embedding/.ATTRIBUTES/VARIABLE_VALUE", "embedding"],
    "ckptonly": ["a/.ATTRIBUTES/VARIABLE_VALUE"],
    "badckpt": ["embedding/.ATTRIBUTES/VARIABLE_VALUE"],
    "hostile/abs": ["p"],
    "hostile/dotdot": ["p"],
    "hostile/symlink": ["p"],
    "hostile/ckpt": ["p"],
}.items():
    urls.append(f"/info?run={run}")
    for name in names:
        for route in ["tensor", "metadata", "bookmarks", "sprite_image"]:
            urls.append(f"/{route}?run={run}&name={name}")
        urls.append(f"/tensor?run={run}&name={name}&num_rows=2")
        urls.append(f"/metadata?run={run}&name={name}&num_rows=2")
urls += ["/tensor?run=pytorch&name=words:00000&num_rows=0", "/tensor?run=pytorch&name=words:00000&num_rows=x",
         "/metadata?run=pytorch&name=pics:00003&num_rows=-1", "/metadata?run=pytorch&name=pics:00003&num_rows="]

out = {}
for url in urls:
    route = url.split("?")[0]
    res = Client(apps[route]).get(url)
    out[url] = {"status": res.status_code, "type": res.headers.get("Content-Type"),
                "body": base64.b64encode(res.get_data()).decode("ascii")}
print(json.dumps({"urls": out}))
