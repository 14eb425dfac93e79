"""Lays out TensorFlow's C library and the C API headers in tfjs-node's deps/, from a tensorflow(-cpu) wheel or
from an installed tensorflow package directory (site-packages/tensorflow).

usage: extract-libtensorflow.py SOURCE DEPS_DIR [--link]
SOURCE is a .whl file or a tensorflow package directory. Lays out DEPS_DIR/lib/{libtensorflow.so.2,
libtensorflow_framework.so.2} (+ .so links) and DEPS_DIR/include/ with tensorflow/c/**.h and the headers they
include, as tfjs-node's binding.gyp expects. --link (directory sources only) symlinks the two libraries instead
of copying them (800 MB): the addon then needs that tensorflow to stay installed.
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
# Member of the package (relative to the tensorflow/ folder) -> name in deps/lib.
LIBS = {
    "libtensorflow_cc.so.2": "libtensorflow.so.2",
    "libtensorflow_framework.so.2": "libtensorflow_framework.so.2",
}


class WheelSource:
    def __init__(self, path):
        self.label = path
        self.zip = zipfile.ZipFile(path)
        self.names = set(self.zip.namelist())

    def has(self, rel):
        return "tensorflow/" + rel in self.names

    def read(self, rel):
        return self.zip.read("tensorflow/" + rel)

    def place(self, rel, target, link):
        with self.zip.open("tensorflow/" + rel) as fin, open(target, "wb") as fout:
            shutil.copyfileobj(fin, fout)


class DirectorySource:
    def __init__(self, path):
        self.label = path
        self.root = os.path.realpath(path)

    def has(self, rel):
        return os.path.isfile(os.path.join(self.root, rel))

    def read(self, rel):
        with open(os.path.join(self.root, rel), "rb") as f:
            return f.read()

    def place(self, rel, target, link):
        if link:
            os.symlink(os.path.join(self.root, rel), target)
        else:
            shutil.copyfile(os.path.join(self.root, rel), target)


def main(argv) -> int:
    args = [a for a in argv if a != "--link"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source_path, deps = args
    link = "--link" in argv
    source = DirectorySource(source_path) if os.path.isdir(source_path) else WheelSource(source_path)
    lib_dir = os.path.join(deps, "lib")
    inc_dir = os.path.join(deps, "include")
    for d in (lib_dir, inc_dir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for src, dst in LIBS.items():
        if not source.has(src):
            print(f"{source.label}: no tensorflow/{src} in it", file=sys.stderr)
            return 1
        source.place(src, os.path.join(lib_dir, dst), link)
    headers = 0
    pending, seen = list(ROOT_HEADERS), set()
    while pending:
        rel = pending.pop()
        if rel in seen:
            continue
        seen.add(rel)
        member = "include/" + rel
        if not source.has(member):
            print(f"{source.label}: header {rel} not in it (tensorflow/{member})", file=sys.stderr)
            return 1
        data = source.read(member)
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
    how = "linked" if link and isinstance(source, DirectorySource) else "copied"
    print(f"{how} 2 libraries and copied {headers} headers into {deps}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
