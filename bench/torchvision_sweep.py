#!/usr/bin/python3
"""Every torchvision classification, segmentation and video model through the torch.fx
importer, then scheduled on one Eyeriss node (docs/performance.md, "Every torchvision model").

    /usr/bin/python3 bench/torchvision_sweep.py [--models resnet18 swin_t ...] [--no-schedule]
        [--accelerator examples/accelerators/eyeriss.mlir] [--hybrid] [--timeout 300]
        [--json out.json] [--markdown]

The other columns of issue 19's table: ``--accelerator examples/accelerators/tetris_t16.mlir
--hybrid`` (T-16, TETRIS's hybrid partitioning) and ``--accelerator
examples/accelerators/systolic16.mlir --systolic-method exhaustive`` (the systolic array,
its buffer partition searched).

Each model runs in a child process (one crash or hang costs one row; --timeout seconds of
wall time each). Per model: the smallest input it runs on (classification and segmentation
1x3x64x64, video 1x3x4x32x32, else the next size that runs), 'import s' = CPU seconds of
torch.fx trace + ShapeProp + building the Network (from_torch, no ONNX), 'model MACs' = the
MACs of the framework graph as the importer counts them, 'imported' = the model's MACs less
those of the nodes the importer left out, then the Eyeriss schedule's scheduled MACs,
energy and cycles (threads=1; 'schedule s' is its wall time) or the exact error."""

import argparse
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "python"))

IMAGE_SIZES = (64, 128, 224, 299)
VIDEO_SIZES = ((4, 32), (8, 64), (16, 112), (16, 224))


def cpu(children=False):
    r = resource.getrusage(resource.RUSAGE_SELF)
    t = r.ru_utime + r.ru_stime
    if children:
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        t += c.ru_utime + c.ru_stime
    return t


def all_models():
    """(kind, name) of every classification, segmentation and video model."""
    import torchvision.models as tm
    out = [("classification", n) for n in tm.list_models(module=tm)]
    out += [("segmentation", n) for n in tm.list_models(module=tm.segmentation)]
    out += [("video", n) for n in tm.list_models(module=tm.video)]
    return out


def kind_of(name):
    for k, n in all_models():
        if n == name:
            return k
    raise SystemExit(f"unknown torchvision model {name!r}")


def build(kind, name):
    import torchvision.models as tm
    kwargs = {"weights": None}
    if kind == "segmentation":
        kwargs["weights_backbone"] = None  # else the backbone's weights are downloaded
    return tm.get_model(name, **kwargs)


def input_shape(kind, model):
    """The smallest of the sizes above the model runs on (plain PyTorch, eval, no grad)
    without an adaptive pool upsampling its input (AlexNet and VGG pool to 6x6 / 7x7: on
    64x64 images that would repeat a 1x1 / 2x2 map, which is no model anyone runs)."""
    import torch
    shapes = ([(1, 3, t, s, s) for t, s in VIDEO_SIZES] if kind == "video"
              else [(1, 3, s, s) for s in IMAGE_SIZES])
    upsampling = []

    def hook(mod, args, out):
        if any(i < o for i, o in zip(args[0].shape[2:], out.shape[2:])):
            upsampling.append(type(mod).__name__)
    pools = [m for m in model.modules() if type(m).__name__.startswith("Adaptive")]
    handles = [m.register_forward_hook(hook) for m in pools]
    last = None
    try:
        for shape in shapes:
            upsampling.clear()
            try:
                with torch.no_grad():
                    model.eval()(torch.zeros(shape))
            except Exception as e:  # too small for its pools / fixed image size
                last = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
                continue
            if not upsampling:
                return shape, None
            last = f"{upsampling[0]} upsamples"
    finally:
        for h in handles:
            h.remove()
    return None, last


def one(name, accelerator, do_schedule, hybrid=False, systolic_method=None):
    """One model, in this process: a dict row."""
    import warnings
    kind = kind_of(name)
    row = {"model": name, "kind": kind}
    model = build(kind, name)
    shape, err = input_shape(kind, model)
    if shape is None:
        row["error"] = f"does not run on any input tried: {err}"
        return row
    row["input"] = "x".join(map(str, shape))
    from dataflow_opt import from_torch
    t0 = cpu()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            net = from_torch(model, shape, name=name.replace(".", "_"))
    except Exception as e:
        row["import_s"] = round(cpu() - t0, 2)
        row["error"] = f"import: {type(e).__name__}: {str(e).splitlines()[0]}"
        return row
    row["import_s"] = round(cpu() - t0, 2)
    cov = net.coverage
    row["model_macs"] = int(cov["model_macs"])
    left = sum(int(m) for _, _, m, _ in cov["left_out"])
    row["imported_macs"] = row["model_macs"] - left
    row["left_out"] = sorted(([n, o, int(m), r] for n, o, m, r in cov["left_out"]),
                             key=lambda x: -x[2])[:20]  # those with MACs first
    row["left_out_count"] = len(cov["left_out"])
    row["layers"] = len(net.layers)
    if not do_schedule:
        return row
    from dataflow_opt import schedule
    t0 = time.time()
    try:
        opts = {"hybrid": True} if hybrid else {}
        if systolic_method:
            opts["systolic_method"] = systolic_method
        rep = schedule(net, accelerator, threads=1, echo_warnings=False, **opts)
    except Exception as e:
        row["schedule_s"] = round(time.time() - t0, 2)
        text = str(e).strip().splitlines()
        first = next((ln for ln in text if "error" in ln), text[0] if text else "")
        row["error"] = f"schedule: {type(e).__name__}: {first.strip()[:300]}"
        return row
    row["schedule_s"] = round(time.time() - t0, 2)
    n = rep.networks[0]
    row["scheduled_macs"] = int(n.coverage.scheduled_macs) if n.coverage else None
    # a systolic network has systolic_totals (cycles; energy when the accelerator states it)
    totals = n.totals or n.systolic_totals
    row["energy"] = totals.energy if totals else None
    row["cycles"] = (totals.time if n.totals else totals.cycles) if totals else None
    return row


def pct(a, b):
    return "-" if a is None or not b else f"{100 * a / b:.1f}"


def markdown(rows):
    print("| model | input | import s | model MACs | imported % | scheduled % | energy | "
          "cycles | schedule s | note |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        note = r.get("error", "")
        if not note and r.get("left_out_count"):
            with_macs = [x for x in r["left_out"] if x[2]]
            first = (with_macs or r["left_out"])[0]
            note = (f"{r['left_out_count']} nodes left out"
                    + ("" if with_macs else " (0 MACs: passed through or cut)")
                    + f", e.g. {first[0]} ({first[1]}): {first[3][:70]}")
        e = r.get("energy")
        print(f"| {r['model']} | {r.get('input', '-')} | {r.get('import_s', '-')} | "
              f"{r.get('model_macs', '-'):,} | "
              f"{pct(r.get('imported_macs'), r.get('model_macs'))} | "
              f"{pct(r.get('scheduled_macs'), r.get('model_macs'))} | "
              f"{'-' if e is None else f'{e:.4g}'} | {r.get('cycles', '-')} | "
              f"{r.get('schedule_s', '-')} | {note.replace('|', '/')} |"
              if isinstance(r.get("model_macs"), int) else
              f"| {r['model']} | {r.get('input', '-')} | {r.get('import_s', '-')} | - | - | - | "
              f"- | - | - | {note.replace('|', '/')} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", nargs="+")
    ap.add_argument("--accelerator",
                    default=os.path.join(HERE, "..", "examples", "accelerators", "eyeriss.mlir"))
    ap.add_argument("--hybrid", action="store_true",
                    help="schedule with hybrid partitioning (a multi-node accelerator)")
    ap.add_argument("--systolic-method",
                    choices=("auto", "exhaustive", "static", "constrained", "combined"),
                    help="a systolic accelerator's search (default: auto, static with a fixed "
                         "buffer partition as systolic16's)")
    ap.add_argument("--no-schedule", action="store_true")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--json")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--from-json", help="print the table of an earlier --json run")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, os.path.abspath(args.accelerator),
                             not args.no_schedule, args.hybrid, args.systolic_method)))
        return
    if args.from_json:
        with open(args.from_json) as f:
            markdown(json.load(f))
        return
    names = args.models or [n for _, n in all_models()]
    rows = []
    for name in names:
        cmd = [sys.executable, os.path.abspath(__file__), "--one", name,
               "--accelerator", args.accelerator] + (["--no-schedule"] if args.no_schedule
                                                     else []) + (["--hybrid"] if args.hybrid
                                                                 else []) + \
            (["--systolic-method", args.systolic_method] if args.systolic_method else [])
        t0 = time.time()
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
            last = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else ""
            row = json.loads(last) if last.startswith("{") else {
                "model": name, "error": f"child failed ({p.returncode}): "
                + (p.stderr.strip().splitlines() or [""])[-1][:300]}
        except subprocess.TimeoutExpired:
            row = {"model": name, "error": f"timeout after {args.timeout:g} s"}
        row["wall_s"] = round(time.time() - t0, 1)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
        if args.json:
            with open(args.json, "w") as f:
                json.dump(rows, f, indent=1)
    if args.markdown:
        markdown(rows)


if __name__ == "__main__":
    main()
