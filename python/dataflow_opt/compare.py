"""Compare a dataflow-opt report with a reference run of nn_dataflow.

    python3 -m dataflow_opt.compare REPORT.json REFERENCE.json [--tolerance 0.005]
        [--expect-better LAYER ...] [--artefact LAYER ...] [--upstream-layout LAYER ...]
        [--total-no-higher] [--segments]

REFERENCE is one of test/Reference/data/*.json (scripts/extract-reference.py copies them from
nn_dataflow's output). Every layer's energy ("cost") and time, and the network totals, must be
within the relative tolerance; the table shows both figures and the difference. Exit code 1 on
any mismatch, 2 on unusable input.

Multi-node runs have layers whose energy legitimately differs from the tool's
(docs/cost-model.md, "Multi-node partitioning"). Each must be named explicitly, never covered
by a wider tolerance; its time must still be within the tolerance:
  --expect-better LAYER    our search found a cheaper schedule than the tool did: ours must be
                           strictly lower;
  --artefact LAYER         nn_dataflow's NoC hops for this layer are its memoisation artefact
                           (docs/cost-model.md §5.6, over-counted): ours must be
                           strictly lower;
  --upstream-layout LAYER  a producer of this layer chose a different (cheaper) partition, so
                           its ifmap layout differs from the tool's: either direction is allowed,
                           and the difference is shown;
  --total-no-higher        the network's total energy must not exceed the tool's.

Inter-layer pipelining runs (the reference records each layer's sched_seq = segment, vertex,
position):
  --segments               every layer must be in the same segment, vertex and position as
                           in the tool's schedule, or the total energy must be lower than the
                           tool's (a better grouping); the segments found are listed."""
from __future__ import annotations

import argparse
import json
import sys


def rel(ours: float, ref: float) -> float:
    if ref == 0:
        return 0.0 if ours == 0 else float("inf")
    return (ours - ref) / ref


def compare_segments(report: dict, reference: dict, out=sys.stdout) -> int:
    """0 when the report groups the layers into the reference's segments (or differs but
    has a lower total energy), else 1."""
    layers = {layer["name"]: layer for layer in report["layers"]}
    ours, theirs = {}, {}
    for name, ref in reference["layers"].items():
        seg = layers[name].get("segment")
        ours[name] = None if seg is None else (seg["index"], seg["spatial"], seg["temporal"])
        theirs[name] = tuple(ref["sched_seq"])

    def groups(seqs):
        by = {}
        for name, seq in seqs.items():
            by.setdefault(seq[0] if seq else None, []).append((seq, name))
        return [[n for _, n in sorted(v)] for _, v in sorted(by.items(), key=lambda kv: kv[0])]

    ours_g, theirs_g = groups(ours), groups(theirs)
    differ = sorted(n for n in ours if ours[n] != theirs[n])
    print(f"segments (ours): {' | '.join(' '.join(g) for g in ours_g)}", file=out)
    if not differ:
        print(f"segments: the reference's {len(theirs_g)} segments, every layer at the same "
              f"segment, vertex and position", file=out)
        return 0
    print(f"segments (ref):  {' | '.join(' '.join(g) for g in theirs_g)}", file=out)
    lower = report["totals"]["energy"] < reference["total_cost"]
    print(f"segments differ for {len(differ)} layers ({', '.join(differ)}); total energy "
          f"{'lower than' if lower else 'NOT lower than'} the reference's", file=out)
    return 0 if lower else 1


def compare(report: dict, reference: dict, tolerance: float, out=sys.stdout,
            expect_better=(), artefact=(), upstream_layout=(), total_no_higher=False) -> int:
    layers = {layer["name"]: layer for layer in report["layers"]}
    missing = sorted(set(reference["layers"]) - set(layers))
    extra = sorted(set(layers) - set(reference["layers"]))
    if missing or extra:
        print(f"layer names differ: missing {missing}, not in the reference {extra}", file=out)
        return 1
    allowed = {**{n: "upstream-layout" for n in upstream_layout},
               **{n: "expect-better" for n in expect_better},
               **{n: "artefact" for n in artefact}}
    unknown = sorted(set(allowed) - set(reference["layers"]))
    if unknown:
        print(f"allow-list names unknown layers: {unknown}", file=out)
        return 1
    bad = 0
    print(f"{'layer':<12} {'energy (ours)':>16} {'energy (ref)':>16} {'diff':>9} "
          f"{'time (ours)':>12} {'time (ref)':>12} {'diff':>9}", file=out)
    rows = [(name, layers[name]["energy"], ref["cost"], layers[name]["time"], ref["time"])
            for name, ref in reference["layers"].items()]
    rows.append(("TOTAL", report["totals"]["energy"], reference["total_cost"],
                 report["totals"]["time"], reference["total_time"]))
    for name, energy, ref_energy, time, ref_time in rows:
        de, dt = rel(energy, ref_energy), rel(time, ref_time)
        kind = allowed.get(name)
        flag = ""
        if abs(dt) > tolerance:
            flag = "  <-- time outside tolerance"
        elif kind in ("expect-better", "artefact"):
            flag = f"  ({kind}: ours lower)" if energy < ref_energy else \
                f"  <-- {kind}: ours must be lower"
        elif kind == "upstream-layout":
            flag = "  (upstream-layout)"
        elif abs(de) > tolerance:
            flag = "  <-- outside tolerance"
        elif name == "TOTAL" and total_no_higher and energy > ref_energy:
            flag = "  <-- total above the reference"
        if "<--" in flag:
            bad += 1
        print(f"{name:<12} {energy:>16.6g} {ref_energy:>16.6g} {de:>+9.2e} "
              f"{time:>12d} {ref_time:>12d} {dt:>+9.2e}{flag}", file=out)
    checked = [(e, re_, t, rt) for n, e, re_, t, rt in rows if n not in allowed]
    worst = max(max(abs(rel(e, re_)), abs(rel(t, rt))) for e, re_, t, rt in checked)
    n = len(reference["layers"])
    if bad:
        print(f"{bad} of {n} layers + total outside {tolerance:.1%} (worst {worst:.3e})", file=out)
        return 1
    total = rows[-1]
    note = f"; {len(allowed)} listed layers as expected" if allowed else ""
    print(f"{n} layers and the total within {tolerance:.1%} (worst relative difference "
          f"{worst:.3e}{note}; total energy {rel(total[1], total[2]):+.3e})", file=out)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report")
    parser.add_argument("reference")
    parser.add_argument("--tolerance", type=float, default=0.005)
    parser.add_argument("--network", help="network name in the report (default: the first)")
    parser.add_argument("--expect-better", action="append", default=[], metavar="LAYER")
    parser.add_argument("--artefact", action="append", default=[], metavar="LAYER")
    parser.add_argument("--upstream-layout", action="append", default=[], metavar="LAYER")
    parser.add_argument("--total-no-higher", action="store_true")
    parser.add_argument("--segments", action="store_true")
    args = parser.parse_args(argv)
    try:
        with open(args.report) as f:
            report = json.load(f)
        with open(args.reference) as f:
            reference = json.load(f)
    except (OSError, ValueError) as err:
        print(f"compare: {err}", file=sys.stderr)
        return 2
    networks = report.get("networks", [])
    if args.network:
        networks = [n for n in networks if n["name"] == args.network]
    if not networks:
        print("compare: no such network in the report", file=sys.stderr)
        return 2
    status = compare(networks[0], reference, args.tolerance, expect_better=args.expect_better,
                     artefact=args.artefact, upstream_layout=args.upstream_layout,
                     total_no_higher=args.total_no_higher)
    if args.segments:
        status |= compare_segments(networks[0], reference)
    return status


if __name__ == "__main__":
    sys.exit(main())
