"""Writes meshes with real writers, then prints TensorBoard's own answers to the mesh plugin's routes.

Usage: mesh_with_tensorboard.py LOGDIR
Runs: torch/ (PyTorch add_mesh: a batch of two colored tetrahedra at steps 0 and 5, with a three.js config, and
a point cloud without faces or colors), tbx/ (tensorboardX add_mesh), tf/ (tensorboard.plugins.mesh.summary_v2
under a tf.summary writer). TensorBoard's WSGI app answers /tags, /meshes for every run and tag it lists, /data
for every content type, sample and step, and a few requests it answers 4xx or empty. Prints one JSON line:
[{"path", "status", "content_type", "body"}], binary bodies in base64.
"""
import base64
import json
import os
import sys
import urllib.parse

import numpy as np

logdir = sys.argv[1]
vertices = np.array(
    [[[1.0, 1, 1], [-1, -1, 1], [1, -1, -1], [-1, 1, -1]], [[0.5, 0.25, 1e-7], [-2, 3, 1], [1, -1, 7], [3.1, 1, -1]]],
    dtype=np.float32,
)
colors = np.array(
    [[[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 0, 255]], [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]],
    dtype=np.uint8,
)
faces = np.array([[[0, 2, 3], [0, 3, 1], [0, 1, 2], [1, 3, 2]]] * 2, dtype=np.int32)
config = {"camera": {"cls": "PerspectiveCamera", "fov": 75}, "lights": [{"cls": "AmbientLight", "intensity": 0.5}]}
cloud = np.random.default_rng(3).normal(size=(1, 20, 3)).astype(np.float32)


def write_torch(path):
    import torch
    from torch.utils.tensorboard import SummaryWriter

    w = SummaryWriter(path)
    for step in (0, 5):
        w.add_mesh("tetra", vertices=torch.tensor(vertices + step), colors=torch.tensor(colors),
                   faces=torch.tensor(faces), config_dict=config, global_step=step)
    w.add_mesh("cloud", vertices=torch.tensor(cloud), global_step=2)
    w.close()


def write_tbx(path):
    from tensorboardX import SummaryWriter

    w = SummaryWriter(path)
    w.add_mesh("tbx_mesh", vertices=vertices[:1], colors=colors[:1], faces=faces[:1], global_step=1)
    w.close()


def write_tf(path):
    import tensorflow as tf
    from tensorboard.plugins.mesh import summary_v2 as mesh_summary

    writer = tf.summary.create_file_writer(path)
    with writer.as_default():
        for step in range(2):
            mesh_summary.mesh("tf_mesh", vertices=vertices * (step + 1), faces=faces, colors=colors,
                              config_dict=config, step=step, description="a *tetrahedron*")
    writer.close()


write_torch(os.path.join(logdir, "torch"))
write_tbx(os.path.join(logdir, "tbx"))
write_tf(os.path.join(logdir, "tf"))

from werkzeug import test as werkzeug_test

from tensorboard import default, program
from tensorboard.backend import application
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer

tb = program.TensorBoard(plugins=default.get_plugins())
tb.configure(argv=[None, "--logdir", logdir])
mux = plugin_event_multiplexer.EventMultiplexer()
mux.AddRunsFromDirectory(logdir)
mux.Reload()
provider = data_provider.MultiplexerDataProvider(mux, logdir)
app = application.TensorBoardWSGIApp(tb.flags, tb.plugin_loaders, provider, tb.assets_zip_provider, mux)
client = werkzeug_test.Client(app)
out = []


def get(route, **params):
    path = route + ("?" + urllib.parse.urlencode(params) if params else "")
    res = client.get(path)
    data = res.get_data()
    ctype = res.headers.get("Content-Type")
    text = ctype.startswith("application/json") or ctype.startswith("text/")
    out.append({"path": path, "status": res.status_code, "content_type": ctype,
                "body": data.decode("utf-8") if text else base64.b64encode(data).decode("ascii")})
    return data


listing = json.loads(get("/data/plugins_listing"))
tags = json.loads(get("/data/plugin/mesh/tags"))
for run in sorted(tags):
    for tag, info in sorted(tags[run].items()):
        meshes = json.loads(get("/data/plugin/mesh/meshes", run=run, tag=tag))
        for step in sorted({m["step"] for m in meshes}):
            for ct in ("VERTEX", "FACE", "COLOR"):
                for sample in range(info["samples"]):
                    get("/data/plugin/mesh/data", run=run, tag=tag, content_type=ct, sample=sample, step=step)
get("/data/plugin/mesh/data", run="torch", tag="tetra", content_type="VERTEX")
get("/data/plugin/mesh/data", run="torch", tag="tetra", content_type="NORMAL", step=0)
get("/data/plugin/mesh/meshes", run="torch", tag="nope")
get("/data/plugin/mesh/data", run="nope", tag="tetra", content_type="FACE", step=0)
print(json.dumps(out))
