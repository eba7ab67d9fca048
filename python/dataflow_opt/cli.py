"""``python3 -m dataflow_opt``: model in, schedule report and plots out."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import textwrap
import warnings
from typing import List, Optional, Sequence

from .accelerator import PRESETS

DESCRIPTION = """\
Import a network, schedule it on an accelerator with dataflow-opt's dataflow-schedule
pipeline, and write the report (JSON, a table and/or an HTML page) and plots.

MODEL is one of:
  FILE.onnx            an ONNX model (free batch dim set by --batch)
  FILE.mlir            dataflow dialect IR (e.g. examples/networks/alexnet.mlir)
  torchvision:NAME     a torchvision model built without weights (resnet18, mobilenet_v2,
                       ...); a bare NAME that torchvision knows works too
  zoo:NAME             a network of the built-in zoo (alexnet, vgg16, resnet50, mobilenet,
                       ...; python3 -m dataflow_opt.zoo --list)
"""

EPILOG = f"""\
accelerator presets: {', '.join(PRESETS)}; or a .mlir file holding one dataflow.accelerator.
The binary is $DATAFLOW_OPT, else the repository's build/bin/dataflow-opt, else PATH.

examples:
  python3 -m dataflow_opt torchvision:resnet18 --table --plots out/
  python3 -m dataflow_opt model.onnx -a eyeriss_isscc16 --batch 4 --json report.json
  python3 -m dataflow_opt zoo:alexnet --batch 16 --disable-bypass i,o,f --table
  python3 -m dataflow_opt zoo:alexnet --html alexnet.html

Nodes the importers cannot convert are reported as warnings naming the node (never dropped
silently). Exit status: 0 done, 1 error, 2 bad command line."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python3 -m dataflow_opt", description=DESCRIPTION,
                                epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("model", help="the network (see above)")
    p.add_argument("-a", "--accelerator", default="eyeriss_isca16",
                   help="preset name or .mlir file (default: eyeriss_isca16)")
    p.add_argument("--batch", type=int, help="batch size (default 1; not for .mlir)")
    p.add_argument("--image-size", type=int,
                   help="input H = W for torchvision models (default 224)")
    p.add_argument("--dtype",
                   help="element type of imported networks (default i16; another width "
                        "than the accelerator's word_bits is priced at word_bits, with a "
                        "remark)")
    g = p.add_argument_group("schedule options (dataflow-schedule)")
    g.add_argument("--goal", choices=("e", "d", "ed"), help="energy, delay or energy-delay")
    g.add_argument("--method", choices=("exhaustive", "solver"), help="loop-blocking search")
    g.add_argument("--disable-bypass", metavar="i,o,f",
                   help="data categories kept in the global buffer (default: none, as "
                        "dataflow-opt: every category may bypass it)")
    g.add_argument("--threads", type=int, help="search threads (0 = all cores)")
    g.add_argument("--min-coverage", type=float, metavar="FRACTION",
                   help="fail when less than this fraction of the model's MACs is scheduled "
                        "(e.g. 0.99; imported models)")
    g.add_argument("--hybrid", action="store_true", default=None,
                   help="node grids: hybrid partitioning (nn_dataflow's; default: off)")
    g.add_argument("--interlayer", action="store_true", default=None,
                   help="node grids: inter-layer pipeline segments (default: off)")
    g.add_argument("--systolic-method",
                   choices=("auto", "exhaustive", "static", "constrained", "combined"),
                   help="systolic accelerators: the search (default: auto)")
    g.add_argument("--deconv", choices=("upsample", "split", "combine"),
                   help="systolic accelerators: how transposed convolutions are priced "
                        "(default: split into stride phases first)")
    o = p.add_argument_group("output")
    o.add_argument("--json", metavar="FILE", help="write the JSON report ('-' = stdout)")
    o.add_argument("--html", metavar="FILE",
                   help="write the report as one self-contained HTML page (totals, sortable "
                        "layer table, charts, segment timeline, loop nests)")
    o.add_argument("--table", action="store_true",
                   help="print a per-layer table (the default when no other output is asked)")
    o.add_argument("--plots", metavar="DIR",
                   help="write <network>-{energy,time,utilization}.png to DIR")
    o.add_argument("--emit-mlir", metavar="FILE",
                   help="write the imported network as dataflow IR (before scheduling)")
    o.add_argument("--scheduled-ir", metavar="FILE", help="write the scheduled IR")
    o.add_argument("--import-only", action="store_true",
                   help="stop after the import: write the IR to --emit-mlir FILE, or to "
                        "stdout (no dataflow-opt needed)")
    return p


def load_model(spec: str, batch: Optional[int] = None, image_size: Optional[int] = None,
               dtype: Optional[str] = None):
    """A Network (or, for .mlir, the file's text) for a MODEL argument. Options that do not
    apply to the kind of model are errors, not silently ignored."""
    from . import zoo
    is_tv = not (spec.startswith("zoo:") or spec.endswith(".mlir") or spec.endswith(".onnx"))
    if spec.endswith(".mlir") and (batch, image_size, dtype) != (None, None, None):
        raise ValueError(f"{spec}: --batch, --image-size and --dtype do not apply to .mlir "
                         "input (its shapes and types are in the file)")
    if image_size is not None and not is_tv:
        raise ValueError(f"{spec}: --image-size applies to torchvision models only")
    asked, batch = batch, 1 if batch is None else batch
    image_size = 224 if image_size is None else image_size
    dtype = "i16" if dtype is None else dtype
    if spec.startswith("zoo:"):
        return zoo.get(spec[4:], batch=batch, dtype=dtype)
    if spec.endswith(".mlir"):
        if not os.path.isfile(spec):
            raise ValueError(f"{spec}: no such file")
        with open(spec, encoding="utf-8") as f:
            text = f.read()
        if not text.strip():
            raise ValueError(f"{spec}: the file is empty, it holds no network")
        return text
    if spec.endswith(".onnx"):
        if not os.path.isfile(spec):
            raise ValueError(f"{spec}: no such file")
        from .importers import from_onnx
        return from_onnx(spec, batch=asked, dtype=dtype)  # (None: as the file says)
    name = spec[len("torchvision:"):] if spec.startswith("torchvision:") else spec
    if not spec.startswith("torchvision:") and os.path.exists(spec):
        raise ValueError(f"{spec}: unknown model file type (expected .onnx or .mlir)")
    from .importers import torchvision_model
    return torchvision_model(name, batch=batch, image_size=image_size, dtype=dtype)


def table(report) -> str:
    from .run import gbuf_note
    rows = []
    for net in report.networks:
        rows.append(f"{net.name} on {net.accelerator.name}")
        if net.systolic_totals is not None:
            rows += _systolic_rows(net)
            if net.units is not None:
                rows.append(f"  {net.physical_line()}")
            continue
        rows.append(f"  {'layer':<40} {'kind':<8} {'energy':>14} {'time':>12} {'util':>6}")
        for layer in net.layers:
            rows.append(f"  {layer.name[:40]:<40} {layer.kind:<8} {layer.energy:>14.6g} "
                        f"{layer.time:>12d} {100 * layer.utilization:>5.1f}%")
        t = net.totals
        rows.append(f"  {'total':<40} {'':<8} {t.energy:>14.6g} {t.time:>12d}")
        if net.coverage is not None:
            rows.append(f"  {net.coverage.line()}")
        note = gbuf_note(net)
        if note:
            rows += textwrap.wrap(note, 96, initial_indent="  ", subsequent_indent="  ")
        if net.units is not None:
            rows.append(f"  {net.physical_line()}")
    return "\n".join(rows)


def _systolic_rows(net) -> List[str]:
    """A systolic network: cycles (compute, memory) and DRAM words per layer (no energy)."""
    rows = [f"  {'layer':<40} {'kind':<8} {'method':<12} {'cycles':>12} {'compute':>12} "
            f"{'memory':>12} {'transfer':>12} {'util':>6}"]
    for layer in net.systolic_layers:
        rows.append(f"  {layer.name[:40]:<40} {layer.kind:<8} {layer.method:<12} "
                    f"{layer.cycles:>12.0f} {layer.compute_cycles:>12.0f} "
                    f"{layer.memory_cycles:>12.0f} {layer.transfer:>12.0f} "
                    f"{100 * layer.utilization:>5.1f}%")
    t = net.systolic_totals
    rows.append(f"  {'total':<40} {'':<8} {'':<12} {t.cycles:>12.0f} {'':>12} {'':>12} "
                f"{t.transfer:>12.0f}")
    return rows


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    from .builder import Network
    from .run import DataflowOptError, schedule
    options = {k: getattr(args, k) for k in ("goal", "method", "disable_bypass", "threads",
                                                          "min_coverage", "deconv", "hybrid",
                                                          "interlayer", "systolic_method")
               if getattr(args, k) is not None}
    caught: List[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            net = load_model(args.model, args.batch, args.image_size, args.dtype)
        for w in caught:
            print(f"warning: {w.message}", file=sys.stderr)
        text = net.to_mlir() if isinstance(net, Network) else net
        if args.emit_mlir:
            with open(args.emit_mlir, "w", encoding="utf-8") as f:
                f.write(text)
        if args.import_only:
            if not args.emit_mlir:
                sys.stdout.write(text)
            return 0
        json_path = args.json
        if json_path == "-":
            tmp = tempfile.TemporaryDirectory(prefix="dataflow_opt_")
            json_path = os.path.join(tmp.name, "report.json")
        report = schedule(net, args.accelerator, output=args.scheduled_ir,
                          report_file=json_path, html_file=args.html, **options)
        if args.json == "-":
            with open(json_path, encoding="utf-8") as f:
                sys.stdout.write(f.read())
        if args.plots:
            from .plots import save_all
            for path in save_all(report, args.plots):
                print(f"wrote {path}", file=sys.stderr)
        if args.html:
            print(f"wrote {args.html}", file=sys.stderr)
        if args.table or not (args.json or args.plots or args.html):
            print(table(report))
    except (ValueError, TypeError, OSError, DataflowOptError, ImportError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0

