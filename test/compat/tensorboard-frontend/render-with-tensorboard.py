"""Renders a JSON list of cases with TensorBoard's own text rendering, the oracle of markdown-renderer.ts.

stdin: [{"kind": "markdown"|"safe"|"array", "text": str | nested list of str, "markdown": bool}];
stdout: the list of HTML strings plugin_util.markdown_to_safe_html, plugin_util.safe_html or
text_plugin.text_array_to_html return for them.
"""
import json
import sys

import numpy as np
from tensorboard import plugin_util
from tensorboard.plugins.text import text_plugin

out = []
for case in json.load(sys.stdin):
    if case["kind"] == "markdown":
        out.append(plugin_util.markdown_to_safe_html(case["text"]))
    elif case["kind"] == "safe":
        out.append(plugin_util.safe_html(case["text"]))
    else:
        arr = np.array(case["text"], dtype=object)
        out.append(text_plugin.text_array_to_html(arr, case["markdown"]))
json.dump(out, sys.stdout)
