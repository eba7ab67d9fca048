"""Compare a dataflow-opt report with a reference run of nn_dataflow.

    python3 -m dataflow_opt.compare REPORT.json REFERENCE.json [--tolerance 0.005]

REFERENCE is one of test/Reference/data/*.json (scripts/extract-reference.py copies them from
nn_dataflow's output). Every layer's energy ("cost") and time, and the network totals, must be
within the relative tolerance; the table shows both figures and the difference. Exit code 1 on
any mismatch, 2 on unusable input."""
from __future__ import annotations

import argparse
import json
import sys


def rel(ours: float, ref: float) -> float:
    if ref == 0:
        return 0.0 if ours == 0 else float("inf")
    return (ours - ref) / ref


def compare(report: dict, reference: dict, tolerance: float, out=sys.stdout) -> int:
    layers = {layer["name"]: layer for layer in report["layers"]}
    missing = sorted(set(reference["layers"]) - set(layers))
    extra = sorted(set(layers) - set(reference["layers"]))
    if missing or extra:
        print(f"layer names differ: missing {missing}, not in the reference {extra}", file=out)
        return 1
    bad = 0
    print(f"{'layer':<10} {'energy (ours)':>16} {'energy (ref)':>16} {'diff':>9} "
          f"{'time (ours)':>12} {'time (ref)':>12} {'diff':>9}", file=out)
    rows = [(name, layers[name]["energy"], ref["cost"], layers[name]["time"], ref["time"])
            for name, ref in reference["layers"].items()]
    rows.append(("TOTAL", report["totals"]["energy"], reference["total_cost"],
                 report["totals"]["time"], reference["total_time"]))
    for name, energy, ref_energy, time, ref_time in rows:
        de, dt = rel(energy, ref_energy), rel(time, ref_time)
        flag = ""
        if abs(de) > tolerance or abs(dt) > tolerance:
            bad += 1
            flag = "  <-- outside tolerance"
        print(f"{name:<10} {energy:>16.6g} {ref_energy:>16.6g} {de:>+9.2e} "
              f"{time:>12d} {ref_time:>12d} {dt:>+9.2e}{flag}", file=out)
    worst = max(max(abs(rel(e, re_)), abs(rel(t, rt))) for _, e, re_, t, rt in rows)
    n = len(reference["layers"])
    if bad:
        print(f"{bad} of {n} layers + total outside {tolerance:.1%} (worst {worst:.3e})", file=out)
        return 1
    print(f"{n} layers and the total within {tolerance:.1%} (worst relative difference "
          f"{worst:.3e})", file=out)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report")
    parser.add_argument("reference")
    parser.add_argument("--tolerance", type=float, default=0.005)
    parser.add_argument("--network", help="network name in the report (default: the first)")
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
    return compare(networks[0], reference, args.tolerance)


if __name__ == "__main__":
    sys.exit(main())
