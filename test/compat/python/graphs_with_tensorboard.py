"""Writes op graphs and run metadata with real writers, then prints TensorBoard's own answers to the graphs routes.

Usage: graphs_with_tensorboard.py LOGDIR
Runs: trace/ (tf.summary.trace_export of one tf.function calling another: RunMetadata with function_graphs),
trace2/ (two tf.functions traced in one trace_export: graphs merged with graph_N prefixes), tf_graph/
(tf.summary.graph), tf1/ (tf.compat.v1 FileWriter with the session graph and add_run_metadata of a FULL_TRACE
run), keras/ (Keras 3's TensorBoard callback with write_graph), torch/ (PyTorch add_graph), tbx/ (tensorboardX
add_graph). Then TensorBoard's WSGI app (its Python loader, every plugin) answers /data/plugin/graphs/info and,
for every run and tag it lists, /graph (with and without the frontend's limit_attr_size, conceptual for Keras
tags) and /run_metadata, plus requests it answers 4xx. Prints one JSON line: [{"path", "status",
"content_type", "body"}] with the body as text.
"""
import json
import os
import sys
import urllib.parse

import numpy as np

logdir = sys.argv[1]


def write_trace(path):
    import tensorflow as tf

    @tf.function
    def inner(x):
        return tf.nn.relu(x) * 2.0

    @tf.function
    def outer(x, y):
        return inner(tf.matmul(x, y)) + tf.constant([[0.5]])

    writer = tf.summary.create_file_writer(path)
    tf.summary.trace_on(graph=True, profiler=False)
    outer(tf.ones([1, 3]), tf.ones([3, 1]))
    with writer.as_default():
        tf.summary.trace_export(name="outer_trace", step=0)
    writer.close()


def write_trace_two(path):
    import tensorflow as tf

    @tf.function
    def f(x):
        return tf.reduce_sum(x * x, name="sum_sq")

    @tf.function
    def g(x):
        return tf.reduce_mean(tf.sin(x), name="mean_sin")

    writer = tf.summary.create_file_writer(path)
    tf.summary.trace_on(graph=True)
    f(tf.ones([4]))
    g(tf.ones([2, 2]))
    with writer.as_default():
        tf.summary.trace_export(name="two_functions", step=3)
    writer.close()


def write_tf_graph(path):
    import tensorflow as tf

    @tf.function(input_signature=[tf.TensorSpec([None, 4], tf.float32)])
    def model(x):
        w = tf.constant(np.arange(16, dtype=np.float32).reshape(4, 4) / 7.0)
        return tf.nn.softmax(tf.matmul(x, w), name="probs")

    writer = tf.summary.create_file_writer(path)
    with writer.as_default():
        tf.summary.graph(model.get_concrete_function().graph)
    writer.close()


def write_tf1(path):
    import tensorflow as tf

    tf1 = tf.compat.v1
    graph = tf.Graph()
    with graph.as_default():
        x = tf1.placeholder(tf.float32, [None, 3], name="x")
        w = tf1.get_variable("w", initializer=tf.constant([[0.1], [-0.25], [1e-7]]))
        y = tf.identity(tf.matmul(x, w) + 3.0, name="y")
        init = tf1.global_variables_initializer()
        with tf1.Session(graph=graph) as sess:
            writer = tf1.summary.FileWriter(path, sess.graph)
            sess.run(init)
            options = tf1.RunOptions(trace_level=tf1.RunOptions.FULL_TRACE)
            meta = tf1.RunMetadata()
            sess.run(y, {x: np.ones([2, 3], np.float32)}, options=options, run_metadata=meta)
            writer.add_run_metadata(meta, "step1", global_step=1)
            writer.close()


def write_keras(path):
    import keras

    model = keras.Sequential(
        [keras.Input((4,), name="features"), keras.layers.Dense(3, activation="relu"), keras.layers.Dense(1)]
    )
    model.compile(optimizer="sgd", loss="mse")
    cb = keras.callbacks.TensorBoard(log_dir=path, write_graph=True)
    model.fit(np.ones([8, 4]), np.zeros([8, 1]), epochs=1, batch_size=4, verbose=0, callbacks=[cb])


def write_torch(path):
    import torch
    from torch.utils.tensorboard import SummaryWriter

    class Net(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = torch.nn.Linear(4, 3)
            self.out = torch.nn.Linear(3, 1)

        def forward(self, x):
            return torch.sigmoid(self.out(torch.relu(self.fc(x))))

    torch.manual_seed(0)
    w = SummaryWriter(path)
    w.add_graph(Net(), torch.ones(2, 4))
    w.close()


def write_tbx(path):
    import torch
    from tensorboardX import SummaryWriter

    torch.manual_seed(0)
    w = SummaryWriter(path)
    w.add_graph(torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.Tanh()), torch.ones(1, 3))
    w.close()


for name, writer in [
    ("trace", write_trace),
    ("trace2", write_trace_two),
    ("tf_graph", write_tf_graph),
    ("tf1", write_tf1),
    ("keras", write_keras),
    ("torch", write_torch),
    ("tbx", write_tbx),
]:
    writer(os.path.join(logdir, name))

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
    path = "/data/plugin/graphs/" + route
    if params:
        path += "?" + urllib.parse.urlencode(params)
    res = client.get(path)
    out.append(
        {
            "path": path,
            "status": res.status_code,
            "content_type": res.headers.get("Content-Type"),
            "body": res.get_data().decode("utf-8"),
        }
    )
    return res


info = json.loads(get("info").get_data())
frontend = {"limit_attr_size": "1024", "large_attrs_key": "_too_large_attrs"}
for run, item in sorted(info.items()):
    if item["run_graph"]:
        get("graph", run=run)
        get("graph", run=run, **frontend)
        get("graph", run=run, limit_attr_size="16", large_attrs_key="_too_large_attrs")
    for tag, t in sorted(item["tags"].items()):
        if t["op_graph"]:
            get("graph", run=run, tag=tag)
            get("graph", run=run, tag=tag, **frontend)
        if t["conceptual_graph"]:
            get("graph", run=run, tag=tag, conceptual="true", **frontend)
        if t["profile"]:
            get("run_metadata", run=run, tag=tag)
get("graph")
get("run_metadata", run="trace")
print(json.dumps(out))
