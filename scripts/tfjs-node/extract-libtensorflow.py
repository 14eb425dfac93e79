"""Extracts TensorFlow's C library and the C API headers from a tensorflow(-cpu) wheel into tfjs-node's deps/.

usage: extract-libtensorflow.py WHEEL DEPS_DIR
Lays out DEPS_DIR/lib/{libtensorflow.so.2, libtensorflow_framework.so.2} (+ .so links) and DEPS_DIR/include/
with tensorflow/c/**.h and the ctstring headers they include, as tfjs-node's binding.gyp expects.
"""
import os
import re
import shutil
import sys
import zipfile

# The headers tfjs-node's binding includes; everything they include (transitively) comes along.
ROOT_HEADERS = (
    "tensorflow/c/c_api.h",
    "tensorflow/c/eager/c_api.h",
    "tensorflow/c/tf_datatype.h",
    "tensorflow/c/tf_status.h",
    "tensorflow/c/tf_tensor.h",
    "tensorflow/core/platform/ctstring_internal.h",
)
INCLUDE = re.compile(rb'^\s*#\s*include\s+"([^"]+)"', re.M)


def main() -> int:
    wheel, deps = sys.argv[1], sys.argv[2]
    lib_dir = os.path.join(deps, "lib")
    inc_dir = os.path.join(deps, "include")
    for d in (lib_dir, inc_dir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    libs = {
        "tensorflow/libtensorflow_cc.so.2": "libtensorflow.so.2",
        "tensorflow/libtensorflow_framework.so.2": "libtensorflow_framework.so.2",
    }
    headers = 0
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        for src, dst in libs.items():
            if src not in names:
                print(f"{wheel}: no {src} in the wheel", file=sys.stderr)
                return 1
            with z.open(src) as fin, open(os.path.join(lib_dir, dst), "wb") as fout:
                shutil.copyfileobj(fin, fout)
        pending, seen = list(ROOT_HEADERS), set()
        while pending:
            rel = pending.pop()
            if rel in seen:
                continue
            seen.add(rel)
            name = "tensorflow/include/" + rel
            if name not in names:
                print(f"{wheel}: header {rel} not in the wheel", file=sys.stderr)
                return 1
            data = z.read(name)
            target = os.path.join(inc_dir, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as fout:
                fout.write(data)
            headers += 1
            pending.extend(m.decode() for m in INCLUDE.findall(data))
    # -ltensorflow / -ltensorflow_framework at link time; the .so.2 names at run time.
    # libtensorflow_cc.so.2's SONAME is libtensorflow_cc.so.2: give the loader that name too.
    os.symlink("libtensorflow.so.2", os.path.join(lib_dir, "libtensorflow.so"))
    os.symlink("libtensorflow.so.2", os.path.join(lib_dir, "libtensorflow_cc.so.2"))
    os.symlink("libtensorflow_framework.so.2", os.path.join(lib_dir, "libtensorflow_framework.so"))
    print(f"extracted 2 libraries and {headers} headers into {deps}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
