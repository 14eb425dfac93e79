"""Writes a logdir holding several hparams experiments and a session with empty hparams, with tf.summary's own
hparams API (tensorboard.plugins.hparams.api).

Used by test/compat/hparams-experiments-match-tensorboard.test.ts. Usage: write_hparams_experiments.py LOGDIR
- runs `exp_b` and `exp_a` (written in that order) each hold an `hp.hparams_config` experiment, with different
  hparams and metrics;
- sessions `exp_a/s0`, `exp_a/s1` (hparams lr, opt), `exp_b/s0` (hparam units) and `empty/s0` (no hparams),
  each with a scalar `loss` at steps 0 and 1.
"""

import sys

import tensorflow as tf
from tensorboard.plugins.hparams import api as hp


def config(path, hparams, metric):
    with tf.summary.create_file_writer(path).as_default():
        hp.hparams_config(hparams=hparams, metrics=[hp.Metric(metric, display_name=metric)])


def session(path, values):
    with tf.summary.create_file_writer(path).as_default():
        hp.hparams(values)
        for step in range(2):
            tf.summary.scalar("loss", 1.0 / (step + 1 + len(path)), step=step)


def main():
    logdir = sys.argv[1]
    lr = hp.HParam("lr", hp.RealInterval(0.001, 0.1))
    opt = hp.HParam("opt", hp.Discrete(["adam", "sgd"]))
    units = hp.HParam("units", hp.Discrete([16, 32]))
    config(logdir + "/exp_b", [units], "loss")
    config(logdir + "/exp_a", [lr, opt], "loss")
    session(logdir + "/exp_a/s0", {lr: 0.01, opt: "adam"})
    session(logdir + "/exp_a/s1", {lr: 0.05, opt: "sgd"})
    session(logdir + "/exp_b/s0", {units: 16})
    session(logdir + "/empty/s0", {})


if __name__ == "__main__":
    main()
