#!/usr/bin/env python3
"""A property test of our systolic model against the original optimizer on random layers:
random 2-D and 3-D convolution shapes are run through the tool (a local checkout of
horizon-research/systolic-array-dataflow-optimizer, translated to Python-2 numeric semantics
exactly as bench/systolic_oracle.py does) with the static (2-D only; the tool's 3-D static
path crashes) and exhaustive methods, and the per-layer results are written in the oracle's
data-file format; unittests/CostModel/Systolic/SystolicRandomTest.cpp replays them.

    /usr/bin/python3 bench/systolic_random.py --checkout ~/src/systolic-array-dataflow-optimizer \\
        --seed 21 --layers 150 -o unittests/CostModel/data/systolic_random.txt

Nothing is fetched. The shapes are drawn with Python's `random` from --seed, so a run is
repeatable. Hardware: the tool's runner.sh (see systolic_oracle.py). A layer the tool crashes
on (no buffer partition fits: an IndexError on its empty result list) is recorded as
`random CASE LAYER crash KIND W H D Ci Co Kw Kh Kd stride deconv | <exception>`.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import systolic_oracle as oracle  # noqa: E402

SYSTEM = {"bufsize": 1572864, "memory_bandwidth": 25.6, "sa_size": 16, "bit_width": 16}

# Runs every layer of argv[2] (JSON) through the translated tree in argv[1] with one method;
# prints one JSON list: per layer the result dict or {"crash": text}.
CHILD = r'''
import json, os, sys, traceback
work, layers_file, method, static = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
system = json.loads(sys.argv[5])
sys.path.insert(0, work)
os.chdir(work)
import dnn_optimizer
out = []
for layer in json.load(open(layers_file)):
    meta = {"method": method, "schedule": {"static": static, "split": False, "combine": False},
            "buffer_partition": [3, 3, 4], "system_info": dict(system), "dnn": [layer]}
    try:
        r = dnn_optimizer.opti_dnn(meta, dict(system))[0]["result"]
        out.append({k: (v.item() if hasattr(v, "item") else v) for k, v in r.items()
                    if k in ("total_cycle", "total_transfer")})
    except Exception as e:
        out.append({"crash": "%s: %s" % (type(e).__name__, e)})
print(json.dumps(out))
'''


def random_layers(rng, count):
    """2-D and 3-D convolutions (about one in four 3-D), no deconvolutions."""
    layers = []
    for _ in range(count):
        if rng.random() < 0.25:
            w, h, d = (rng.randint(4, 128), rng.randint(4, 96), rng.randint(2, 48))
            k = rng.choice([1, 3, 3, 5])
            layers.append({"ifmap": [w, h, d, rng.randint(1, 160)],
                           "out_channel": rng.randint(1, 160), "kernel": [k, k, k],
                           "stride": rng.choice([1, 1, 2]), "Deconv?": False, "type": "3D"})
        else:
            w, h = rng.randint(4, 1024), rng.randint(4, 640)
            k = rng.choice([1, 3, 3, 5, 7, 11])
            layers.append({"ifmap": [w, h, rng.randint(1, 512)],
                           "out_channel": rng.randint(1, 512), "kernel": [k, k],
                           "stride": rng.choice([1, 1, 2, 4]), "Deconv?": False, "type": "2D"})
    return layers


def run(checkout, layers, timeout):
    cases = [("static", "Constrained", True, lambda l: l["type"] == "2D"),
             ("exhaustive", "Exhaustive", False, lambda l: True)]
    lines = []
    with tempfile.TemporaryDirectory(prefix="systolic_random_") as work:
        oracle.prepare(checkout, work)
        for case, method, static, wanted in cases:
            picked = [(i, l) for i, l in enumerate(layers) if wanted(l)]
            path = os.path.join(work, case + "_layers.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump([l for _, l in picked], f)
            p = subprocess.run([sys.executable, "-c", CHILD, work, path, method,
                                "1" if static else "0", json.dumps(SYSTEM)],
                               capture_output=True, text=True, timeout=timeout)
            if p.returncode != 0:
                raise SystemExit(f"{case}: the tool's run failed:\n{p.stderr[-2000:]}")
            results = json.loads(p.stdout.strip().splitlines()[-1])
            for (i, layer), r in zip(picked, results):
                rec = oracle.records("random", case, [layer],
                                     [{"total_cycle": 0, "total_transfer": 0} if "crash" in r
                                      else r])[0]
                fields = rec.split()
                fields[2] = str(i)
                if "crash" in r:  # the layer's fields without figures, then the exception
                    fields = fields[:3] + ["crash"] + fields[4:-2] + ["|", r["crash"]]
                lines.append(" ".join(fields))
            print(f"{case}: {len(picked)} layers", file=sys.stderr)
    return lines


HEADER = """# Random layers through the systolic-array dataflow optimizer
# (horizon-research/systolic-array-dataflow-optimizer), written by bench/systolic_random.py
# --seed {seed} --layers {count}. Hardware (runner.sh): --bufsize 1572864 --bit_width 16
# --memory_bandwidth 25.6 --sa_size 16; static with --buffer_partition 3 3 4.
# columns: network case layer sub kind W H D Ci Co Kw Kh Kd stride deconv total_cycle total_transfer
#      or: network case layer crash kind W H D Ci Co Kw Kh Kd stride deconv | <exception>
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--checkout", required=True, help="a local checkout of the tool")
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--layers", type=int, default=150)
    ap.add_argument("--timeout", type=float, default=1200, help="seconds per method")
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args(argv)
    layers = random_layers(random.Random(args.seed), args.layers)
    text = HEADER.format(seed=args.seed, count=args.layers) + \
        "\n".join(run(args.checkout, layers, args.timeout)) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
