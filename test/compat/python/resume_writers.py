"""Writes logdirs of resumed and restarted training with real writers' own Python APIs.

Used by test/compat/resume-writers.test.ts, which compares what our server and `trainboard inspect` read from
them with what TensorBoard's EventAccumulator reads. Usage: resume_writers.py LOGDIR [torch|tbx|tf ...]
(default: all). Each run writes a scalar `loss` (value = step, plus 1000 in the resumed writer) and `lr`:
- torch_purge: torch SummaryWriter steps 0..29, then a new writer on the same log_dir with purge_step=20
  writing steps 20..39 (PyTorch writes a SessionLog START at step 20 in the new file);
- torch_two_writers: two torch writers open at once in one directory, interleaved, steps 0..19 each;
- tbx_restart: tensorboardX steps 0..19, then a new writer in a new file going back to step 10 (10..29);
- tbx_purge: tensorboardX steps 0..29, then purge_step=15 writing steps 15..24;
- tf_restart: tf.summary file writer steps 0..19, then a new writer going back to step 5 (5..24).
"""

import os
import sys
import time


def torch_runs(logdir):
    from torch.utils.tensorboard import SummaryWriter

    d = os.path.join(logdir, "torch_purge")
    w = SummaryWriter(log_dir=d)
    for s in range(30):
        w.add_scalar("loss", float(s), s)
        w.add_scalar("lr", 0.5, s)
    w.close()
    time.sleep(1.1)  # a resumed job starts later: its file sorts after the first
    w = SummaryWriter(log_dir=d, purge_step=20)
    for s in range(20, 40):
        w.add_scalar("loss", 1000.0 + s, s)
    w.close()

    d = os.path.join(logdir, "torch_two_writers")
    a = SummaryWriter(log_dir=d, filename_suffix=".a")
    b = SummaryWriter(log_dir=d, filename_suffix=".b")
    for s in range(20):
        a.add_scalar("loss", float(s), s)
        b.add_scalar("loss", 1000.0 + s, s)
    a.close()
    b.close()


def tbx_runs(logdir):
    from tensorboardX import SummaryWriter

    d = os.path.join(logdir, "tbx_restart")
    w = SummaryWriter(logdir=d)
    for s in range(20):
        w.add_scalar("loss", float(s), s)
    w.close()
    time.sleep(1.1)
    w = SummaryWriter(logdir=d)
    for s in range(10, 30):
        w.add_scalar("loss", 1000.0 + s, s)
    w.close()

    d = os.path.join(logdir, "tbx_purge")
    w = SummaryWriter(logdir=d)
    for s in range(30):
        w.add_scalar("loss", float(s), s)
    w.close()
    time.sleep(1.1)
    w = SummaryWriter(logdir=d, purge_step=15)
    for s in range(15, 25):
        w.add_scalar("loss", 1000.0 + s, s)
    w.close()


def tf_runs(logdir):
    import tensorflow as tf

    d = os.path.join(logdir, "tf_restart")
    for start, stop, offset in ((0, 20, 0.0), (5, 25, 1000.0)):
        w = tf.summary.create_file_writer(d)
        with w.as_default():
            for s in range(start, stop):
                tf.summary.scalar("loss", offset + s, step=s)
        w.close()
        time.sleep(1.1)


def main():
    logdir = sys.argv[1]
    which = sys.argv[2:] or ["torch", "tbx", "tf"]
    for name in which:
        {"torch": torch_runs, "tbx": tbx_runs, "tf": tf_runs}[name](logdir)


if __name__ == "__main__":
    main()
