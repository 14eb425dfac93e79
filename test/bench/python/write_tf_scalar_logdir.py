"""Writes a scalar logdir with TensorFlow's own summary writer (tf.summary.scalar inside a tf.function), as
TensorBoard users' logs are written: RUNS runs (run-000/train, ...) of TAGS tags (loss_00, ...) over STEPS steps,
for each step every tag. Resumable: a run whose marker exists in MARKERS is skipped, so an interrupted generation
goes on where it stopped. With --copy, TensorFlow writes run-000 only and its event file is copied into every
other run directory under a name as TensorFlow gives one (events.out.tfevents.TIME.HOST.PID.N.v2, the TIME of each
copy one second later than the last): every byte is still TensorFlow's, and 1,000 runs take seconds instead of
the 49 min TensorFlow took to write them one by one. Usage: write_tf_scalar_logdir.py [--copy] OUT MARKERS RUNS
TAGS STEPS. Prints {"seconds": s, "written": runs written by TensorFlow, "copied": runs copied}."""

import json
import os
import re
import shutil
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import tensorflow as tf  # noqa: E402

argv = sys.argv[1:]
copy = argv[:1] == ["--copy"]
if copy:
    argv = argv[1:]
out, markers = argv[0], argv[1]
runs, tags, steps = int(argv[2]), int(argv[3]), int(argv[4])
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


def clear(run_dir):
    if os.path.isdir(run_dir):
        for f in os.listdir(run_dir):
            os.remove(os.path.join(run_dir, f))


def copy_name(name, r):
    # events.out.tfevents.TIME.HOST.PID.N.v2 -> the same with TIME + r (a later file, as TensorFlow would name it)
    m = re.fullmatch(r"(events\.out\.tfevents\.)(\d+)(\..*)", name)
    if not m:
        raise SystemExit(f"unexpected TensorFlow event file name {name}")
    return f"{m.group(1)}{int(m.group(2)) + r}{m.group(3)}"


t0 = time.time()
written = copied = 0
source = None
for r in range(runs):
    run_dir = os.path.join(out, f"run-{r:03d}", "train")
    done = os.path.join(markers, f"run-{r:03d}")
    if os.path.exists(done):
        continue
    clear(run_dir)
    if copy and r > 0:
        if source is None:
            src_dir = os.path.join(out, "run-000", "train")
            files = os.listdir(src_dir)
            if len(files) != 1:
                raise SystemExit(f"{src_dir}: expected one event file written by TensorFlow, found {files}")
            source = os.path.join(src_dir, files[0])
        os.makedirs(run_dir, exist_ok=True)
        shutil.copyfile(source, os.path.join(run_dir, copy_name(os.path.basename(source), r)))
        copied += 1
    else:
        w = tf.summary.create_file_writer(run_dir, max_queue=100000, flush_millis=600000)
        with w.as_default():
            run_writer()(tf.constant(float(r)))
        w.close()
        written += 1
    open(done, "w").close()
print(json.dumps({"seconds": time.time() - t0, "written": written, "copied": copied}))
