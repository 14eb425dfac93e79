"""Writes a scalar logdir with TensorFlow's own summary writer (tf.summary.scalar inside a tf.function), as
TensorBoard users' logs are written: RUNS runs (run-000/train, ...) of TAGS tags (loss_00, ...) over STEPS steps,
for each step every tag. Resumable: a run whose marker exists in MARKERS is skipped, so an interrupted generation
goes on where it stopped. Usage: write_tf_scalar_logdir.py OUT MARKERS RUNS TAGS STEPS. Prints {"seconds": s}."""

import json
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import tensorflow as tf  # noqa: E402

out, markers = sys.argv[1], sys.argv[2]
runs, tags, steps = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
os.makedirs(markers, exist_ok=True)
names = [f"loss_{t:02d}" for t in range(tags)]


def run_writer():
    # functions traced per writer (a traced function keeps the writer resource it was traced with); the step is
    # traced on its own, not inside the loop, so the tags carry no "while/" name scope
    @tf.function
    def write_step(step, seed):
        s = tf.cast(step, tf.float32)
        for t in range(tags):
            v = tf.exp(-s / steps) * (1 + t / 10) + 0.01 * tf.sin(s * 0.7 + seed)
            tf.summary.scalar(names[t], v, step=step)

    @tf.function
    def write(seed):
        for step in tf.range(steps, dtype=tf.int64):
            write_step(step, seed)

    return write


t0 = time.time()
for r in range(runs):
    run_dir = os.path.join(out, f"run-{r:03d}", "train")
    done = os.path.join(markers, f"run-{r:03d}")
    if os.path.exists(done):
        continue
    if os.path.isdir(run_dir):
        for f in os.listdir(run_dir):
            os.remove(os.path.join(run_dir, f))
    w = tf.summary.create_file_writer(run_dir, max_queue=100000, flush_millis=600000)
    with w.as_default():
        run_writer()(tf.constant(float(r)))
    w.close()
    open(done, "w").close()
print(json.dumps({"seconds": time.time() - t0}))
