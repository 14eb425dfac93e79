"""Times real TensorBoard's Python loader reading run directories: the anchor of test/bench/parse.bench.ts.

Usage: tensorboard_load_rate.py RUN_DIR [RUN_DIR ...]. For each run it builds a plugin_event_accumulator
EventAccumulator (TensorBoard's --load_fast=false ingestion, default reservoir sizes) and times Reload(), which
reads, CRC-checks and decodes every record. Prints one JSON object: {"seconds": s, "runs": n, "scalars": k},
where k counts the scalar points TensorBoard kept (its reservoir samples them down to 1000 per tag).
"""

import json
import sys
import time

from tensorboard.backend.event_processing import plugin_event_accumulator as pea


def main():
    start = time.perf_counter()
    kept = 0
    for run in sys.argv[1:]:
        acc = pea.EventAccumulator(run)
        acc.Reload()
        kept += sum(len(acc.Tensors(tag)) for tag in acc.Tags()[pea.TENSORS])
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "runs": len(sys.argv) - 1, "scalars": kept}))


if __name__ == "__main__":
    main()
