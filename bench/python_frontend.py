#!/usr/bin/python3
"""CPU seconds of the Python front end: torchvision model -> torch.fx import -> dataflow-opt's
dataflow-schedule -> parsed report, per stage (docs/performance.md, "Python front end").

    /usr/bin/python3 bench/python_frontend.py [--models resnet18 resnet50 mobilenet_v2]
        [--accelerator eyeriss_isca16] [--batch 1] [--repeat 3] [--markdown]

Per model (best of --repeat): 'build' = the torchvision constructor (random init, no weights);
'import' = torch.fx trace + ShapeProp on zeros + building the Network; 'schedule' = the
dataflow-opt child process (parse, attach, decompose-deconv, partition, map, block, bypass,
cost, report; threads=1) plus reading its JSON. 'torch import' is the one-off `import torch,
torchvision` of the process. CPU = user + sys of the process and its children."""

import argparse
import os
import resource
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))


def cpu(children=False):
    r = resource.getrusage(resource.RUSAGE_SELF)
    t = r.ru_utime + r.ru_stime
    if children:
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        t += c.ru_utime + c.ru_stime
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", nargs="+", default=["resnet18", "resnet50", "mobilenet_v2"])
    ap.add_argument("--accelerator", default="eyeriss_isca16")
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()

    t0 = cpu()
    import torchvision  # imports torch: timed as the one-off import
    torch_import = cpu() - t0
    from dataflow_opt import from_torch, schedule

    rows = []
    for model in args.models:
        best = None
        for _ in range(args.repeat):
            t0 = cpu(True)
            m = getattr(torchvision.models, model)(weights=None)
            t1 = cpu(True)
            net = from_torch(m, (args.batch, 3, 224, 224), name=model)
            t2 = cpu(True)
            report = schedule(net, args.accelerator, threads=1)
            t3 = cpu(True)
            r = (t1 - t0, t2 - t1, t3 - t2)
            best = r if best is None else tuple(min(a, b) for a, b in zip(best, r))
        rows.append((model, len(net.layers), report.totals.energy, report.totals.time) + best)

    if args.markdown:
        print(f"torch + torchvision import: {torch_import:.2f} CPU s (once per process)\n")
        print("| model | layers | energy | time (cycles) | build CPU s | import CPU s | "
              "schedule CPU s |")
        print("|---|---|---|---|---|---|---|")
        for m, n, e, t, b, i, s in rows:
            print(f"| {m} | {n} | {e:.6g} | {t} | {b:.2f} | {i:.2f} | {s:.2f} |")
    else:
        print(f"torch import {torch_import:.2f} s")
        for m, n, e, t, b, i, s in rows:
            print(f"{m:<14} {n:>4} layers  energy {e:.6g}  time {t}  build {b:.2f} s  "
                  f"import {i:.2f} s  schedule {s:.2f} s")


if __name__ == "__main__":
    main()
