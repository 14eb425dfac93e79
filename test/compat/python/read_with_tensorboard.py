"""Reads a logdir with real TensorBoard's Python code and prints, as JSON, what TensorBoard sees.

Used by test/compat/tensorboard-reads-our-writer.test.ts: the TypeScript side writes event files with our
writer, runs this script, and compares. Usage: read_with_tensorboard.py LOGDIR [SPEC_JSON]

For every run (a directory holding tfevents files) it loads the events with plugin_event_accumulator and reports
each tag's plugin name, content and points decoded with tensor_util; the Keras model JSON goes through the graphs
plugin's keras_util.keras_model_to_graph_def; images are decoded with Pillow; hparams plugin data is parsed with
the hparams plugin's own metadata module. SPEC_JSON may list histogram inputs ({"histograms": {name: {"data":
[...], "buckets": k}}}): their rows from TensorBoard's histogram_pb are reported as the reference layout.
"""

import io
import json
import math
import os
import sys

from google.protobuf import json_format
from tensorboard.backend.event_processing import plugin_event_accumulator as pea
from tensorboard.plugins.graph import keras_util
from tensorboard.plugins.hparams import metadata as hparams_metadata
from tensorboard.plugins.histogram import summary_v2 as histogram_v2
from tensorboard.util import tensor_util


def clean(x):
    """JSON-safe numbers: NaN and infinities as TensorBoard's API spells them."""
    if isinstance(x, float):
        if math.isnan(x):
            return "NaN"
        if math.isinf(x):
            return "Infinity" if x > 0 else "-Infinity"
        return x
    if isinstance(x, list):
        return [clean(v) for v in x]
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    return x


def decode_points(plugin, events):
    points = []
    for ev in events:
        t = ev.tensor_proto
        if plugin == "scalars":
            value = tensor_util.make_ndarray(t).item()
            points.append({"step": ev.step, "wall_time": ev.wall_time, "value": float(value), "dtype": t.dtype})
        elif plugin == "histograms":
            rows = tensor_util.make_ndarray(t).tolist()
            points.append({"step": ev.step, "wall_time": ev.wall_time, "rows": rows, "dtype": t.dtype})
        elif plugin == "text":
            arr = tensor_util.make_ndarray(t)
            strings = [s.decode("utf-8") for s in arr.flatten().tolist()]
            points.append({"step": ev.step, "shape": list(arr.shape), "strings": strings})
        elif plugin == "images":
            from PIL import Image

            cells = list(t.string_val)
            decoded = []
            for png in cells[2:]:
                img = Image.open(io.BytesIO(png))
                decoded.append({"size": list(img.size), "mode": img.mode, "pixels": img.tobytes().hex()})
            points.append({"step": ev.step, "width": cells[0].decode(), "height": cells[1].decode(), "images": decoded})
        elif plugin == "graph_keras_model":
            model = json.loads(t.string_val[0].decode("utf-8"))
            graph = keras_util.keras_model_to_graph_def(model)
            nodes = [[n.name, list(n.input), n.attr["keras_class"].s.decode()] for n in graph.node]
            points.append({"step": ev.step, "nodes": nodes})
        else:
            points.append({"step": ev.step, "dtype": t.dtype, "shape": [d.size for d in t.tensor_shape.dim]})
    return points


def hparams_data(tag, content):
    if tag == hparams_metadata.EXPERIMENT_TAG:
        msg = hparams_metadata.parse_experiment_plugin_data(content)
    elif tag == hparams_metadata.SESSION_START_INFO_TAG:
        msg = hparams_metadata.parse_session_start_info_plugin_data(content)
    elif tag == hparams_metadata.SESSION_END_INFO_TAG:
        msg = hparams_metadata.parse_session_end_info_plugin_data(content)
    else:
        return None
    return json_format.MessageToDict(msg)


def read_run(path):
    acc = pea.EventAccumulator(path, size_guidance={pea.TENSORS: 0})
    acc.Reload()
    tags = {}
    for tag in acc.Tags()[pea.TENSORS]:
        md = acc.SummaryMetadata(tag)
        plugin = md.plugin_data.plugin_name
        entry = {
            "plugin": plugin,
            "content": md.plugin_data.content.decode("latin1"),
            "description": md.summary_description,
            "points": decode_points(plugin, acc.Tensors(tag)),
        }
        if plugin == hparams_metadata.PLUGIN_NAME:
            entry["hparams"] = hparams_data(tag, md.plugin_data.content)
        tags[tag] = entry
    return {"file_version": acc.file_version, "tags": tags}


def main():
    logdir = sys.argv[1]
    spec = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else {}
    runs = {}
    for dirpath, _dirs, files in sorted(os.walk(logdir)):
        if any("tfevents" in f for f in files):
            run = os.path.relpath(dirpath, logdir).replace(os.sep, "/")
            runs[run] = read_run(dirpath)
    reference = {}
    for name, h in spec.get("histograms", {}).items():
        pb = histogram_v2.histogram_pb("x", h["data"], buckets=h.get("buckets"))
        reference[name] = tensor_util.make_ndarray(pb.value[0].tensor).tolist()
    print(json.dumps(clean({"runs": runs, "histogram_reference": reference})))


if __name__ == "__main__":
    main()
