"""Pareto plot of a ``dataflow-dse`` sweep: energy vs latency per hardware point, area as colour
and marker size, the Pareto front (lowest energy for a given latency) drawn and listed.

    python3 -m dataflow_opt.dse_plot SWEEP.csv [SHARD.csv ...] -o pareto.png
        [--network NAME] [--with-area] [--goal e] [--method exhaustive] [--disable-bypass -]

Without ``--network`` a hardware point's figures are the sums over the networks that fit
*every* point (the whole workload run once; a network infeasible somewhere is left out and
counted in the title, so all points are compared on the same work). Several CSVs (the shards of
one sweep) are read as one. The front is printed on stdout as CSV.
"""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

__all__ = ["Point", "load", "aggregate", "pareto_front", "plot", "main"]

HW_COLUMNS = ("pe_h", "pe_w", "regf_bytes", "gbuf_bytes", "dram_bandwidth", "bus_width")
SEARCH_COLUMNS = ("goal", "method", "disable_bypass")


@dataclass
class Point:
    """One hardware point of the plot."""
    hw: Tuple[str, ...]   # HW_COLUMNS values as written
    energy: float
    cycles: float
    area: float
    networks: int         # networks summed

    @property
    def label(self) -> str:
        pe_h, pe_w, regf, gbuf, dram, bus = self.hw
        return f"{pe_h}x{pe_w} rf{regf} gb{gbuf} bw{dram}"


def load(paths: Iterable[str]) -> List[dict]:
    """The rows of one or more sweep CSVs."""
    rows = []
    for path in paths:
        with open(path, newline="") as f:
            reader = csv.DictReader(f)
            missing = set(HW_COLUMNS + SEARCH_COLUMNS + ("network", "energy", "cycles",
                                                         "area_proxy", "status")) - \
                set(reader.fieldnames or ())
            if missing:
                raise ValueError(f"{path}: not a dataflow-dse CSV (missing columns "
                                 f"{sorted(missing)})")
            rows.extend(reader)
    return rows


def aggregate(rows: Sequence[dict], network: Optional[str] = None,
              search: Optional[Dict[str, str]] = None) -> Tuple[List[Point], int]:
    """Points per hardware point (in increasing parameter order), and how many networks were
    left out as infeasible somewhere. With ``network``, that network's points where it fits.
    ``search`` selects goal / method / disable_bypass (default: the only ones present)."""
    combos = {tuple(r[c] for c in SEARCH_COLUMNS) for r in rows}
    if search:
        want = tuple(search.get(c) for c in SEARCH_COLUMNS)
        rows = [r for r in rows if all(w is None or r[c] == w
                                       for c, w in zip(SEARCH_COLUMNS, want))]
    elif len(combos) > 1:
        raise ValueError(f"the CSV holds several search settings {sorted(combos)}; "
                         "choose one with --goal/--method/--disable-bypass")
    if network is not None:
        rows = [r for r in rows if r["network"] == network]
        if not rows:
            raise ValueError(f"no row for network {network!r}")
    def numeric(hw):
        return tuple(float("inf") if v == "unlimited" else float(v) for v in hw)

    hws = sorted({tuple(r[c] for c in HW_COLUMNS) for r in rows}, key=numeric)
    nets = sorted({r["network"] for r in rows})
    by = {(r["network"], tuple(r[c] for c in HW_COLUMNS)): r for r in rows}
    if network is not None:  # one network: the points it fits
        hws = [hw for hw in hws if by[(network, hw)]["status"] == "ok"]
        common = [network] if hws else []
    else:  # networks that have an ok row on every hardware point
        common = [n for n in nets
                  if all(by.get((n, hw), {}).get("status") == "ok" for hw in hws)]
    points = []
    for hw in hws:
        energy = sum(float(by[(n, hw)]["energy"]) for n in common)
        cycles = sum(float(by[(n, hw)]["cycles"]) for n in common)
        area = float(next(r["area_proxy"] for (n, h), r in by.items() if h == hw))
        points.append(Point(hw, energy, cycles, area, len(common)))
    return points, (len(nets) - len(common)) if network is None else 0


def pareto_front(points: Sequence[Point], with_area: bool = False) -> List[int]:
    """Indices of the points no other point dominates in (cycles, energy), or in (cycles,
    energy, area) with ``with_area``, all minimised (equal points are all on the front), in
    increasing cycles."""
    def objectives(p: Point):
        return (p.cycles, p.energy, p.area) if with_area else (p.cycles, p.energy)

    front = []
    for i, p in enumerate(points):
        mine = objectives(p)
        dominated = any(all(a <= b for a, b in zip(objectives(q), mine)) and
                        objectives(q) != mine for q in points)
        if not dominated:
            front.append(i)
    return sorted(front, key=lambda i: (points[i].cycles, points[i].energy))


def plot(points: Sequence[Point], front: Sequence[int], out: str, title: str,
         with_area: bool = False) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 6))
    areas = [p.area for p in points]
    lo, hi = min(areas), max(areas)
    sizes = [30 + 170 * ((a - lo) / (hi - lo) if hi > lo else 0.5) for a in areas]
    sc = ax.scatter([p.cycles for p in points], [p.energy for p in points], c=areas, s=sizes,
                    cmap="viridis", alpha=0.8, edgecolors="k", linewidths=0.3)
    fig.colorbar(sc, ax=ax, label="area proxy (MAESTRO cost-table units)")
    fx = [points[i].cycles for i in front]
    fy = [points[i].energy for i in front]
    if with_area:  # a 3-objective front is no curve in this plane: ring its points
        ax.scatter(fx, fy, s=260, facecolors="none", edgecolors="tab:red", linewidths=1,
                   label="Pareto front (energy, latency, area)")
    else:
        ax.step(fx, fy, where="post", color="tab:red", lw=1, label="Pareto front")
    for i in front:
        ax.annotate(points[i].label, (points[i].cycles, points[i].energy), fontsize=6,
                    xytext=(3, 3), textcoords="offset points")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("latency (cycles)")
    ax.set_ylabel("energy (accelerator energy units)")
    ax.set_title(title, fontsize=9)
    ax.legend(loc="upper right", fontsize=8)
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m dataflow_opt.dse_plot",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", nargs="+", help="dataflow-dse CSV(s)")
    ap.add_argument("-o", "--output", required=True, help="image file (png, svg, pdf)")
    ap.add_argument("--network", help="plot one network instead of the workload sum")
    ap.add_argument("--with-area", action="store_true",
                    help="the front minimises area too (default: energy and latency only)")
    ap.add_argument("--goal")
    ap.add_argument("--method")
    ap.add_argument("--disable-bypass", dest="disable_bypass")
    args = ap.parse_args(argv)
    search = {k: v for k, v in (("goal", args.goal), ("method", args.method),
                                ("disable_bypass", args.disable_bypass)) if v is not None}
    try:
        points, left_out = aggregate(load(args.csv), args.network, search or None)
    except (OSError, ValueError, KeyError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not points or points[0].networks == 0:
        print("error: no network fits every hardware point; nothing to plot", file=sys.stderr)
        return 2
    front = pareto_front(points, args.with_area)
    what = args.network or f"sum over {points[0].networks} networks"
    title = f"{what} on {len(points)} hardware points ({len(front)} on the Pareto front)"
    if left_out:
        title += f"; {left_out} networks infeasible on some point left out"
    plot(points, front, args.output, title, args.with_area)
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(HW_COLUMNS + ("energy", "cycles", "area_proxy"))
    for i in front:
        p = points[i]
        w.writerow(p.hw + (repr(p.energy), repr(p.cycles), repr(p.area)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
