#!/usr/bin/env python3
"""torchvision's segmentation models at full size (issue 18): DeepLabV3's dilations 2 and 4
on 65x65 maps and its ASPP's 12/24/36 have dilation phases of two sizes, which
dataflow-split-dilated-conv splits into bands (docs/cost-model.md "Dilation phases").

Imports each model with from_torch (torch.fx, no weights) at SIZE x SIZE and schedules it on
one Eyeriss node, on T-16 (hybrid partitioning) and on systolic16 (exhaustive), printing
the MACs in the model, the MACs scheduled, energy (the accelerator's unit), cycles and the
CPU seconds of the dataflow-opt runs. Run from the repository root with DATAFLOW_OPT set to
a built dataflow-opt, e.g.:

  DATAFLOW_OPT=build/bin/dataflow-opt /usr/bin/python3 bench/segmentation_full_size.py --size 520
"""
import argparse
import os
import resource
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "python"))

MODELS = ["deeplabv3_resnet50", "deeplabv3_resnet101", "deeplabv3_mobilenet_v3_large",
          "fcn_resnet50", "fcn_resnet101", "lraspp_mobilenet_v3_large"]
ACCELERATORS = [("eyeriss", {}), ("tetris_t16", {"hybrid": True}),
                ("systolic16", {"systolic_method": "exhaustive"})]


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=520, help="input height and width (default 520)")
    ap.add_argument("--models", nargs="+", default=MODELS, help="default: all six")
    args = ap.parse_args()
    import torchvision
    from dataflow_opt import from_torch, schedule
    print("| model | accelerator | model MACs | scheduled MACs | energy | cycles | CPU s |")
    print("|---|---|---|---|---|---|---|")
    for name in args.models:
        ctor = getattr(torchvision.models.segmentation, name)
        model = ctor(weights=None, weights_backbone=None, aux_loss=False).eval()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            net = from_torch(model, (1, 3, args.size, args.size), name=name)
        macs = int(net.coverage["model_macs"])
        for acc, opts in ACCELERATORS:
            path = os.path.join(HERE, "..", "examples", "accelerators", acc + ".mlir")
            t0 = child_cpu()
            try:
                rep = schedule(net, path, threads=1, echo_warnings=False, **opts)
            except Exception as e:  # a located error: print it, go on
                first = str(e).strip().splitlines()[0][:200]
                print(f"| {name} | {acc} | {macs:,} | error: {first} | | | |")
                continue
            n = rep.networks[0]
            tot = n.totals or n.systolic_totals
            cycles = tot.time if n.totals else tot.cycles
            unit = "J" if acc != "eyeriss" else "MAC units"
            print(f"| {name} | {acc} | {macs:,} | {int(n.coverage.scheduled_macs):,} | "
                  f"{tot.energy:.4g} {unit} | {int(cycles):,} | {child_cpu() - t0:.2f} |",
                  flush=True)


if __name__ == "__main__":
    main()
