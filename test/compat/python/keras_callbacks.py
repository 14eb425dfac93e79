"""Keras 3's own callback classes driven with fixed logs sequences: the oracle of test/compat/keras-callbacks-*.

Reads {"cases": [...]} as JSON on stdin and prints {"results": [...]} as JSON. Non-finite numbers travel as
{"$f": "nan" | "inf" | "-inf"}. Each case names a Keras callback, its keyword arguments and the epochs' logs
(and, where the callback acts on batches, each epoch's batch logs); the driver calls set_model on a tiny
compiled model, on_train_begin, on_epoch_begin / on_train_batch_end / on_epoch_end as fit() would, stops when
model.stop_training is set, and reports what the callback did (stop epoch, saved paths, learning rates,
warnings, CSV text). Saving is recorded by replacing model.save / save_weights on the instance: the decision
and the path are Keras's, the file writing is not what is under test.
"""
import json
import math
import os
import re
import sys
import tempfile
import warnings

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
import keras  # noqa: E402


def decode(o):
    if isinstance(o, dict) and set(o) == {"$f"}:
        return float(o["$f"])
    return o


def encode(v):
    if isinstance(v, float) and not math.isfinite(v):
        return {"$f": "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")}
    if isinstance(v, dict):
        return {k: encode(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [encode(x) for x in v]
    if isinstance(v, (np.floating,)):
        return encode(float(v))
    if isinstance(v, (np.integer,)):
        return int(v)
    return v


def floats(logs):
    """Keras hands callbacks Python floats (fit() pythonifies its logs); JSON would give 1 as an int."""
    return {k: float(v) for k, v in logs.items()}


def tiny_model(lr):
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid")])
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=lr),
        loss="binary_crossentropy",
        metrics=["accuracy", keras.metrics.Precision(), keras.metrics.Recall(), keras.metrics.AUC()],
        run_eagerly=True,
    )
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype="float32")
    y = np.array([0, 1, 1, 1], dtype="float32")
    model.fit(x, y, validation_data=(x, y), epochs=1, verbose=0)  # builds the compiled metrics
    return model


SCHEDULES = {
    "halve_odd": lambda epoch, lr: lr * 0.5 if epoch % 2 == 1 else lr,
    "exp_decay": lambda epoch, lr: lr * math.exp(-0.1),
    "table": lambda epoch, lr: [0.1, 0.05, 0.05, 0.01, 0.001, 0.0001][epoch % 6],
}


def make(case, model, tmp):
    kind, kw = case["callback"], dict(case.get("kwargs", {}))
    if kind == "EarlyStopping":
        return keras.callbacks.EarlyStopping(**kw)
    if kind == "ReduceLROnPlateau":
        return keras.callbacks.ReduceLROnPlateau(**kw)
    if kind == "LearningRateScheduler":
        return keras.callbacks.LearningRateScheduler(SCHEDULES[kw.pop("schedule")], **kw)
    if kind == "TerminateOnNaN":
        return keras.callbacks.TerminateOnNaN(**kw)
    if kind == "ModelCheckpoint":
        suffix = ".weights.h5" if kw.get("save_weights_only") else ".keras"
        return keras.callbacks.ModelCheckpoint(os.path.join(tmp, kw.pop("filepath") + suffix), **kw)
    if kind == "CSVLogger":
        return keras.callbacks.CSVLogger(os.path.join(tmp, "log.csv"), **kw)
    raise ValueError(kind)


def run(case, models):
    lr = case.get("learning_rate", 0.1)
    model = models.setdefault("m", tiny_model(lr))
    model.optimizer.learning_rate = lr
    model.stop_training = False
    saved = []
    model.save = lambda filepath, overwrite=True, **k: saved.append(filepath)
    model.save_weights = lambda filepath, overwrite=True, **k: saved.append(filepath)
    result = {}
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            cb = make(case, model, tmp)
            cb.set_model(model)
            if case.get("append_to"):
                with open(os.path.join(tmp, "log.csv"), "w") as f:
                    f.write(case["append_to"])
            cb.on_train_begin()
            epochs_run, lrs, stop_batch = 0, [], None
            for epoch, logs in enumerate(case["epochs"]):
                cb.on_epoch_begin(epoch)
                for batch, blogs in enumerate(case.get("batches", [[]] * len(case["epochs"]))[epoch]):
                    cb.on_train_batch_end(batch, floats(blogs))
                    if model.stop_training:
                        stop_batch = [epoch, batch]
                        break
                if stop_batch is not None:
                    break
                cb.on_epoch_end(epoch, floats(logs))
                epochs_run += 1
                lrs.append(float(keras.ops.convert_to_numpy(model.optimizer.learning_rate)))
                if model.stop_training:
                    break
            cb.on_train_end()
            result.update(epochs_run=epochs_run, learning_rates=lrs, stop_batch=stop_batch)
            for attr in ("stopped_epoch", "best_epoch", "best", "wait"):
                if hasattr(cb, attr):
                    v = getattr(cb, attr)
                    result[attr] = None if v is None else float(v) if attr == "best" else int(v)
            result["saved"] = [os.path.relpath(p, tmp) for p in saved]
            if case["callback"] == "CSVLogger":
                with open(os.path.join(tmp, "log.csv"), newline="") as f:
                    result["csv"] = f.read()
        except Exception as e:  # noqa: BLE001 - the error is part of Keras's behaviour under test
            result["error"] = f"{type(e).__name__}: {e}"
        result["warnings"] = [str(w.message) for w in caught if "monitor" in str(w.message).lower()
                              or "available" in str(w.message).lower()]
    return encode(result)


def directions():
    import inspect
    out = {}
    for name, cls in inspect.getmembers(keras.metrics, inspect.isclass):
        if not issubclass(cls, keras.metrics.Metric) or cls is keras.metrics.Metric:
            continue
        for args in ((), (0.5,), ([0],)):
            try:
                m = cls(*args) if name not in ("IoU", "OneHotIoU") else cls(num_classes=2, target_class_ids=[0])
                break
            except Exception:  # noqa: BLE001
                m = None
        if m is not None:
            d = getattr(m, "_direction", None)
            # The tiny model already made 'auc', 'precision'...: Keras numbers later instances 'auc_1'.
            out[re.sub(r"_\d+$", "", m.name)] = None if d is None else ("max" if d == "up" else "min")
    return out


def main():
    request = json.loads(sys.stdin.read(), object_hook=decode)
    models = {}
    out = {"results": [run(c, models) for c in request.get("cases", [])]}
    if request.get("directions"):
        out["directions"] = directions()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
