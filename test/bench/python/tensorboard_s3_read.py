"""Times real TensorBoard reading an s3:// logdir: the anchor of test/bench/s3-read.bench.ts.

Usage: tensorboard_s3_read.py s3://BUCKET/PREFIX. TensorBoard 2.21 reads s3:// only through its TensorFlow stub's
boto3 filesystem (TensorFlow itself dropped S3 support; tensorflow-io is not in the venv), so this selects the stub
the way TensorBoard's own compat layer does (a `tensorboard.compat.notf` module present) before importing the
loader. Endpoint and credentials come from S3_ENDPOINT and the standard AWS variables. It builds TensorBoard's
EventMultiplexer with every tensor kept (size guidance 0: no reservoir sampling, so every point is served, as
ours), adds the runs under the prefix and times Reload(). botocore's event hooks count the requests and the
bytes of the GetObject bodies. Prints one JSON object: {"seconds", "runs", "points" (scalar points), "requests", "bytes"}.
"""

import json
import sys
import time
import types

sys.modules["tensorboard.compat.notf"] = types.ModuleType("tensorboard.compat.notf")

import boto3  # noqa: E402

from tensorboard.backend.event_processing import plugin_event_accumulator as pea  # noqa: E402
from tensorboard.backend.event_processing import plugin_event_multiplexer as pem  # noqa: E402


def main():
    counts = {"requests": 0, "bytes": 0}

    def on_request(**_kwargs):
        counts["requests"] += 1

    def on_get_object(parsed=None, **_kwargs):
        if parsed and "ContentLength" in parsed:
            counts["bytes"] += int(parsed["ContentLength"])

    boto3.setup_default_session()
    events = boto3.DEFAULT_SESSION.events
    events.register("before-send.s3", on_request)
    events.register("after-call.s3.GetObject", on_get_object)

    start = time.perf_counter()
    mux = pem.EventMultiplexer(size_guidance={pea.TENSORS: 0})
    mux.AddRunsFromDirectory(sys.argv[1])
    mux.Reload()
    seconds = time.perf_counter() - start
    points = 0
    runs = mux.Runs()
    for run, tags in runs.items():
        for tag in tags.get(pea.TENSORS, []):
            if mux.SummaryMetadata(run, tag).plugin_data.plugin_name == "scalars":
                points += len(mux.Tensors(run, tag))
    print(
        json.dumps(
            {
                "seconds": seconds,
                "runs": len(runs),
                "points": points,
                "requests": counts["requests"],
                "bytes": counts["bytes"],
            }
        )
    )


if __name__ == "__main__":
    main()
