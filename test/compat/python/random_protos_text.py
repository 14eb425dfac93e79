"""Prints random GraphDefs and RunMetadata with their text as TensorBoard prints them (`str(message)`).

Usage: random_protos_text.py SEED COUNT
Values reach the corners text format has: map keys sharing prefixes, non-ASCII and control characters in
strings and bytes, float32 and float64 values needing 6/9 or 15/17 digits, nan/inf/-0.0, int64 and uint64 near
their limits, empty sub-messages, every AttrValue kind, function libraries, proto2 optionals of GraphDebugInfo.
Prints one JSON line: [{"type": "GraphDef"|"RunMetadata", "hex": serialized bytes, "text": str(message)}].
"""
import json
import random
import struct
import sys

from tensorboard.compat.proto import config_pb2, graph_pb2, types_pb2

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
KEYS = ["T", "_output_shapes", "_class", "a", "ab", "abc", "b", "shape", "dtype", "value", "é", "ü_x", "", "Z", "_"]
CHARS = "ab/_:^é中\n\t\"'\\\x01\x7f "


def text():
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 6)))


def raw_bytes():
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 6)))


def f32():
    k = rng.random()
    if k < 0.2:
        return rng.choice([0.0, -0.0, 1.0, 0.1, 1e-7, 1234567.0, 3.4028234663852886e38, 1e-45, float("inf"), float("nan")])
    if k < 0.6:
        return struct.unpack("f", struct.pack("I", rng.getrandbits(32)))[0]
    return struct.unpack("f", struct.pack("f", rng.uniform(-1e6, 1e6)))[0]


def f64():
    if rng.random() < 0.3:
        return rng.choice([0.0, -0.0, 0.1, 1e300, 5e-324, float("-inf"), 2.0**53 + 1])
    return struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0]


def i64():
    return rng.choice([0, -1, 1, 2**63 - 1, -(2**63), 2**53 + 1, rng.randint(-(2**63), 2**63 - 1)])


def dtype():
    return rng.choice([1, 2, 3, 7, 9, 20, 101, 133, 77])  # 77 is not a DataType: printed as a number


def shape(s):
    for _ in range(rng.randint(0, 3)):
        d = s.dim.add(size=rng.choice([-1, 0, 3, 2**40]))
        if rng.random() < 0.3:
            d.name = text()
    s.unknown_rank = rng.random() < 0.2


def tensor(t):
    t.dtype = dtype()
    shape(t.tensor_shape)
    t.float_val.extend(f32() for _ in range(rng.randint(0, 2)))
    t.double_val.extend(f64() for _ in range(rng.randint(0, 2)))
    t.int64_val.extend(i64() for _ in range(rng.randint(0, 2)))
    t.string_val.extend(raw_bytes() for _ in range(rng.randint(0, 2)))
    t.uint64_val.extend(rng.choice([0, 2**64 - 1, 2**63]) for _ in range(rng.randint(0, 2)))
    if rng.random() < 0.3:
        t.tensor_content = raw_bytes()
    if rng.random() < 0.2:
        t.resource_handle_val.add(device=text(), hash_code=2**64 - 5).dtypes_and_shapes.add(dtype=1)


def attr(v, depth=0):
    kind = rng.choice(["s", "i", "f", "b", "type", "shape", "tensor", "list", "func", "placeholder", "empty"])
    if kind == "s":
        v.s = raw_bytes()
    elif kind == "i":
        v.i = i64()
    elif kind == "f":
        v.f = f32()
    elif kind == "b":
        v.b = rng.random() < 0.5
    elif kind == "type":
        v.type = dtype()
    elif kind == "shape":
        shape(v.shape)
    elif kind == "tensor":
        tensor(v.tensor)
    elif kind == "list":
        v.list.SetInParent()
        v.list.s.extend(raw_bytes() for _ in range(rng.randint(0, 2)))
        v.list.i.extend(i64() for _ in range(rng.randint(0, 2)))
        v.list.f.extend(f32() for _ in range(rng.randint(0, 2)))
        v.list.type.extend(dtype() for _ in range(rng.randint(0, 2)))
        for _ in range(rng.randint(0, 1)):
            shape(v.list.shape.add())
    elif kind == "func":
        v.func.name = text()
        if depth < 2:
            for k in rng.sample(KEYS, rng.randint(0, 3)):
                attr(v.func.attr[k], depth + 1)
    elif kind == "placeholder":
        v.placeholder = text()


def node(n):
    n.name = text()
    n.op = rng.choice(["Const", "PartitionedCall", "MatMul", text()])
    n.input.extend(text() for _ in range(rng.randint(0, 3)))
    if rng.random() < 0.5:
        n.device = text()
    for k in rng.sample(KEYS, rng.randint(0, 8)):
        attr(n.attr[k])
    if rng.random() < 0.2:
        n.experimental_debug_info.original_node_names.append(text())
    if rng.random() < 0.2:
        n.experimental_type.type_id = rng.choice([0, 3, 1000, 10203])
        n.experimental_type.args.add(type_id=210, s=text())


def graph(g):
    for _ in range(rng.randint(0, 4)):
        node(g.node.add())
    if rng.random() < 0.7:
        g.versions.producer = rng.randint(0, 2000)
        g.versions.bad_consumers.extend(rng.randint(-5, 5) for _ in range(rng.randint(0, 2)))
    if rng.random() < 0.5:
        fn = g.library.function.add()
        fn.signature.name = text()
        fn.signature.input_arg.add(name=text(), type=1, type_attr="T")
        fn.signature.attr.add(name="T", type="type").default_value.type = 1
        for k in rng.sample(KEYS, rng.randint(0, 3)):
            fn.ret[k] = text()
        for k in rng.sample([0, 1, 2, 10, 4294967295], rng.randint(0, 3)):
            attr(fn.arg_attr[k].attr["_output_shapes"])
            fn.resource_arg_unique_id[k] = rng.randint(0, 2**32 - 1)
        node(fn.node_def.add())
        g.library.gradient.add(function_name=text(), gradient_func=text())
    if rng.random() < 0.3:
        g.debug_info.files.append(text())
        g.debug_info.frames_by_id[rng.getrandbits(64)].line = rng.choice([0, 7])
        g.debug_info.traces[rng.choice(KEYS)].frame_id.append(2**64 - 1)
        g.debug_info.name_to_trace_id[rng.choice(KEYS)] = rng.getrandbits(64)


def run_metadata(m):
    for _ in range(rng.randint(0, 2)):
        dev = m.step_stats.dev_stats.add(device=text())
        for t in rng.sample([0, 1, 7, 4294967295], rng.randint(0, 3)):
            dev.thread_names[t] = text()
        for _ in range(rng.randint(0, 2)):
            ns = dev.node_stats.add(node_name=text(), all_start_nanos=rng.randint(0, 2**62), thread_id=rng.randint(0, 2**32 - 1))
            out = ns.output.add(slot=rng.randint(-1, 3))
            out.tensor_description.dtype = dtype()
            out.tensor_description.allocation_description.ptr = rng.getrandbits(64)
            ns.memory_stats.persistent_tensor_alloc_ids.extend(i64() for _ in range(rng.randint(0, 2)))
            ns.memory.add(allocator_name=text(), peak_bytes=i64()).allocation_records.add(alloc_bytes=-3)
    if rng.random() < 0.5:
        n = m.cost_graph.node.add(name=text(), id=rng.randint(-3, 3), compute_cost=i64(), is_final=True)
        n.control_input.extend([1, -2])
        n.output_info.add(size=7, dtype=1)
        m.cost_graph.cost.add(cost=f32(), dimension=text())
    for _ in range(rng.randint(0, 2)):
        graph(m.partition_graphs.add())
    for _ in range(rng.randint(0, 2)):
        fg = m.function_graphs.add()
        graph(fg.pre_optimization_graph)
        if rng.random() < 0.5:
            graph(fg.post_optimization_graph)
    if rng.random() < 0.3:
        m.session_metadata.name = text()
        m.session_metadata.version = i64()


out = []
for i in range(count):
    if i % 2 == 0:
        msg = graph_pb2.GraphDef()
        graph(msg)
        kind = "GraphDef"
    else:
        msg = config_pb2.RunMetadata()
        run_metadata(msg)
        kind = "RunMetadata"
    out.append({"type": kind, "hex": msg.SerializeToString().hex(), "text": str(msg)})
print(json.dumps(out))
