"""Writes runs whose numbers TensorBoard keeps exactly, with real writers' own Python APIs.

Used by test/compat/exact-numbers-match-tensorboard.test.ts. Usage: write_exact_numbers.py LOGDIR STEP...
Runs `tbx` (tensorboardX) and `torch` (PyTorch), each with scalar `loss` at steps 0, 1, 2, 3 and every STEP
(int64 steps beyond 2^53, negative ones), values 0.0, -0.0, 1e-05, nan, 0.1 (float32), 3.0e20 and wall
times 1700000000.0, 1700000000.5, -0.0; histogram `weights`, text `note` and (tensorboardX) image `img` at 0
and every STEP.
"""

import sys

import numpy as np


def write(writer, big, images):
    steps = [0, 1, 2, 3] + big
    values = [0.0, -0.0, 1e-05, float("nan"), 0.1, 3.0e20]
    walls = [1700000000.0, 1700000000.5, -0.0, 1700000001.25]
    for i, step in enumerate(steps):
        writer.add_scalar("loss", values[i % len(values)], step, walltime=walls[i % len(walls)])
    for i, step in enumerate([0] + big):
        wall = 1700000100.0 + i
        writer.add_histogram("weights", np.arange(5, dtype=np.float64) * (i + 1), step, walltime=wall)
        writer.add_text("note", f"note {i}", step, walltime=wall)
        if images:
            writer.add_image("img", np.full((3, 2, 2), i * 10, dtype=np.uint8), step, walltime=wall)
    writer.close()


def main():
    logdir, big = sys.argv[1], [int(s) for s in sys.argv[2:]]
    from tensorboardX import SummaryWriter as TbxWriter
    from torch.utils.tensorboard import SummaryWriter as TorchWriter

    write(TbxWriter(logdir + "/tbx"), big, images=True)
    write(TorchWriter(logdir + "/torch"), big, images=False)


if __name__ == "__main__":
    main()
