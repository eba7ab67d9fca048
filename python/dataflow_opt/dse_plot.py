"""Pareto plot of a ``dataflow-dse`` sweep: energy vs latency per hardware point, area as colour
and marker size, the Pareto front (lowest energy for a given latency) drawn and listed.

    python3 -m dataflow_opt.dse_plot SWEEP.csv [SHARD.csv ...] -o pareto.png [--html pareto.html]
        [--network NAME] [--with-area] [--goal e] [--method exhaustive] [--disable-bypass -]
        [--labels N] [--progress on|off|auto]

Without ``--network`` a hardware point's figures are the sums over the networks that fit
*every* point (the whole workload run once; a network infeasible somewhere is left out and
counted in the title, so all points are compared on the same work). Several CSVs (the shards of
one sweep) are read as one; a row repeated across them counts once. With ``--with-area`` the
front is the one in (energy, latency, area proxy), drawn in a second panel (area vs latency) as
well. The front is printed on stdout as CSV; progress goes to stderr (``auto``: for inputs over
8 MB).

Units: the CSV's ``energy_unit`` and ``time_s`` columns (its fourth layout) give the axes
their units: energy in J (or pJ, or relative to a MAC, as the rows say) and latency in seconds
when every plotted point has them (else cycles). Rows in different energy units (e.g. a sweep
with ``energy = explicit, estimated``) are never summed or plotted on one axis: the plot is
refused with the units found, and ``--energy-unit UNIT`` plots the points of one. CSVs of the
older layouts (no unit columns) still load; their axis says the unit is not stated.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import textwrap
import time
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

__all__ = ["Point", "Table", "load", "aggregate", "pareto_front", "plot", "energy_label",
           "main"]

HW_COLUMNS = ("pe_h", "pe_w", "regf_bytes", "gbuf_bytes", "dram_bandwidth", "bus_width")
# The other kinds' point columns (CSVs with a kind column); part of a point when present.
KIND_COLUMNS = ("kind", "nodes", "partitioning", "interlayer", "array_size", "buffer_bytes",
                "bandwidth_gbs", "systolic_method", "map_goal", "technology", "dram_type")
SEARCH_COLUMNS = ("goal", "method", "disable_bypass")
_NEEDED = HW_COLUMNS + SEARCH_COLUMNS + ("network", "energy", "cycles", "area_proxy", "status")
_AUTO_PROGRESS_BYTES = 8 << 20
# The energy axis per `energy_unit` (the JSON report's units.energy; docs/report-schema.md).
_ENERGY_LABELS = {"J": "energy (J)", "pJ": "energy (pJ)",
                  "relative": "energy (relative, MAC = 1)",
                  "unstated": "energy (the base accelerator's unit, not stated)",
                  "": "energy (accelerator energy units: the CSV states none)"}


@dataclass
class Point:
    """One hardware point of the plot."""
    hw: Tuple[str, ...]   # HW_COLUMNS values as written
    energy: float
    cycles: float
    area: float
    networks: int         # networks summed
    energy_unit: str = ""  # the CSV's energy_unit ("" in older layouts)
    seconds: float = float("nan")  # the summed time_s (NaN where a row has none)

    @property
    def label(self) -> str:
        pe_h, pe_w, regf, gbuf, dram, bus = self.hw[:6]
        if len(self.hw) > 6:
            kind, nodes, part, inter, size, buf, gbs, smethod, goal, nm, dram_type = self.hw[6:]
            node = f" {nm}nm {dram_type}" if nm else ""  # a swept estimator node
            if kind == "systolic":
                return f"sa{size} buf{buf} {gbs}GB/s {smethod}{node}"
            if kind != "eyeriss":
                return f"{kind} {pe_h}x{pe_w} rf{regf} gb{gbuf} {goal}"
            if nodes != "1x1" or inter == "true":
                return (f"{nodes}x{pe_h}x{pe_w} rf{regf} gb{gbuf} {part}"
                        + (" il" if inter == "true" else "") + node)
            return f"{pe_h}x{pe_w} rf{regf} gb{gbuf} bw{dram}{node}"
        return f"{pe_h}x{pe_w} rf{regf} gb{gbuf} bw{dram}"


class _Progress:
    """'[dse_plot] ...' lines on stderr, at most one a second (and the last one)."""

    def __init__(self, on: bool):
        self.on, self.start, self.last = on, time.monotonic(), 0.0

    def __call__(self, message: str, force: bool = False) -> None:
        now = time.monotonic()
        if self.on and (force or now - self.last >= 1.0):
            self.last = now
            print(f"[dse_plot] {message}, {now - self.start:.1f} s", file=sys.stderr, flush=True)


@dataclass
class Table:
    """The rows of one or more sweep CSVs, column by column: strings for the key columns
    (network, hardware point as a tuple, search options as a tuple), numpy arrays for the
    figures (NaN where a row is infeasible)."""
    network: List[str]
    hw: List[Tuple[str, ...]]   # HW_COLUMNS values, then KIND_COLUMNS' when the CSV has them
    search: List[Tuple[str, ...]]
    ok: np.ndarray
    energy: np.ndarray
    cycles: np.ndarray
    area: np.ndarray
    unit: Optional[List[str]] = None   # energy_unit per row ("" where the CSV has none)
    seconds: Optional[np.ndarray] = None  # time_s per row (NaN where empty or absent)

    def __len__(self) -> int:
        return len(self.network)


def _number(text: str) -> float:
    return float(text) if text else float("nan")


def load(paths: Iterable[str], progress: Optional[_Progress] = None) -> Table:
    """The rows of one or more sweep CSVs (csv.reader into columns: no object per row)."""
    progress = progress or _Progress(False)
    network, hw, search, status, energy, cycles, area = [], [], [], [], [], [], []
    unit, seconds = [], []
    for path in paths:
        with open(path, newline="") as f:
            reader = csv.reader(f)
            header = next(reader, [])
            missing = set(_NEEDED) - set(header)
            if missing:
                raise ValueError(f"{path}: not a dataflow-dse CSV (missing columns "
                                 f"{sorted(missing)})")
            at = {name: header.index(name) for name in _NEEDED}
            i_net, i_st = at["network"], at["status"]
            i_e, i_c, i_a = at["energy"], at["cycles"], at["area_proxy"]
            i_hw = [at[c] for c in HW_COLUMNS]
            if "kind" in header:
                # technology and dram_type came later (CSV columns of issue 22): empty
                # cells in CSVs written before them
                i_hw += [header.index(c) if c in header else -1 for c in KIND_COLUMNS]
            i_s = [at[c] for c in SEARCH_COLUMNS]
            # energy_unit and time_s came with the fourth layout (issue 22)
            i_u = header.index("energy_unit") if "energy_unit" in header else -1
            i_t = header.index("time_s") if "time_s" in header else -1
            hws: Dict[Tuple[str, ...], Tuple[str, ...]] = {}  # one tuple object per point
            for n, r in enumerate(reader, start=1):
                if len(r) != len(header):
                    raise ValueError(f"{path}:{n + 1}: a row with {len(r)} columns, expected "
                                     f"{len(header)}")
                if r[i_st] == "ok" and not r[i_e]:
                    continue  # a row without energy (systolic on a base without estimates)
                network.append(r[i_net])
                h = tuple(r[i] if i >= 0 else "" for i in i_hw)
                hw.append(hws.setdefault(h, h))
                s = tuple(r[i] for i in i_s)
                search.append(hws.setdefault(s, s))
                status.append(r[i_st] == "ok")
                energy.append(r[i_e])
                cycles.append(r[i_c])
                area.append(r[i_a])
                unit.append(r[i_u] if i_u >= 0 else "")
                seconds.append(r[i_t] if i_t >= 0 else "")
                if n % 50000 == 0:
                    progress(f"{os.path.basename(path)}: {n:,} rows read")
            progress(f"{os.path.basename(path)}: {len(network):,} rows in all", force=True)
    ok = np.array(status, dtype=bool)
    return Table(network, hw, search, ok,
                 np.array([_number(v) for v in energy], dtype=float),
                 np.array([_number(v) for v in cycles], dtype=float),
                 np.array([_number(v) for v in area], dtype=float), unit,
                 np.array([_number(v) for v in seconds], dtype=float))


def _numeric(hw: Tuple[str, ...]) -> Tuple[Tuple[int, float, str], ...]:
    """Sort key: numbers by value ('unlimited' last), then words and empty cells by text."""
    def one(v: str) -> Tuple[int, float, str]:
        if v == "unlimited":
            return (0, float("inf"), "")
        try:
            return (0, float(v), "")
        except ValueError:
            return (1, 0.0, v)
    return tuple(one(v) for v in hw)


def _point_units(table: Table, rows: np.ndarray) -> Dict[Tuple[str, ...], str]:
    """The energy unit of each hardware point of ``rows`` (its rows' nonempty energy_unit:
    dataflow-dse writes it on infeasible rows too; a point whose rows state none, as in the
    older layouts, has '')."""
    units: Dict[Tuple[str, ...], str] = {}
    for i in rows:
        h, u = table.hw[i], table.unit[i] if table.unit else ""
        if u or h not in units:
            units[h] = u or units.get(h, "")
    return units


def aggregate(table: Table, network: Optional[str] = None,
              search: Optional[Dict[str, str]] = None,
              energy_unit: Optional[str] = None) -> Tuple[List[Point], int]:
    """Points per hardware point (in increasing parameter order), and how many networks were
    left out as infeasible somewhere. With ``network``, that network's points where it fits.
    ``search`` selects goal / method / disable_bypass (default: the only ones present). Sums
    run over the networks in name order, one after another (as plain Python would).
    ``energy_unit`` keeps the points in that unit; without it, points in different units
    (the CSV's energy_unit) are a ValueError naming them: their energies are not comparable."""
    combos = set(table.search)
    keep = np.ones(len(table), dtype=bool)
    if search:
        want = tuple(search.get(c) for c in SEARCH_COLUMNS)
        chosen = {s for s in combos if all(w is None or v == w for v, w in zip(s, want))}
        keep &= np.fromiter((s in chosen for s in table.search), bool, len(table))
    elif len(combos) > 1:
        raise ValueError(f"the CSV holds several search settings {sorted(combos)}; "
                         "choose one with --goal/--method/--disable-bypass")
    if network is not None:
        keep &= np.fromiter((n == network for n in table.network), bool, len(table))
        if not keep.any():
            raise ValueError(f"no row for network {network!r}")
    rows = np.flatnonzero(keep)
    units = _point_units(table, rows)
    stated = sorted({u for u in units.values() if u})
    if energy_unit is not None:
        if energy_unit not in stated:
            raise ValueError(f"no point in energy unit {energy_unit!r} (the CSV has "
                             f"{', '.join(repr(u) for u in stated) or 'none'})")
        rows = np.array([i for i in rows if units[table.hw[i]] in (energy_unit, "")],
                        dtype=np.int64)
    elif len(stated) > 1:
        count = {u: sum(1 for v in units.values() if v == u) for u in stated}
        counts = ", ".join(f"{u!r}: {n} point{'s' if n != 1 else ''}" for u, n in count.items())
        raise ValueError(f"the rows are in different energy units ({counts}); their energies "
                         "cannot be compared or summed: plot one unit with --energy-unit "
                         f"({' or '.join(stated)})")
    nets = sorted({table.network[i] for i in rows})
    hws = sorted({table.hw[i] for i in rows}, key=_numeric)
    net_id = {n: k for k, n in enumerate(nets)}
    hw_id = {h: k for k, h in enumerate(hws)}
    # One (network, point) matrix; a row repeated (shards read twice) counts once: the last.
    present = np.zeros((len(nets), len(hws)), dtype=bool)
    ok = np.zeros_like(present)
    energy = np.zeros(present.shape)
    cycles = np.zeros(present.shape)
    seconds = np.zeros(present.shape)
    area = np.full(len(hws), np.nan)
    ni = np.fromiter((net_id[table.network[i]] for i in rows), np.int64, len(rows))
    hi = np.fromiter((hw_id[table.hw[i]] for i in rows), np.int64, len(rows))
    present[ni, hi] = True
    ok[ni, hi] = table.ok[rows]
    energy[ni, hi] = table.energy[rows]
    cycles[ni, hi] = table.cycles[rows]
    seconds[ni, hi] = (table.seconds[rows] if table.seconds is not None
                       else np.full(len(rows), np.nan))
    area[hi] = table.area[rows]
    if network is not None:  # one network: the points it fits
        fits = ok[0]
        common = np.array([bool(fits.any())])
        hws = [h for h, f in zip(hws, fits) if f]
        energy, cycles, area = energy[:, fits], cycles[:, fits], area[fits]
        seconds = seconds[:, fits]
    else:  # networks that have an ok row on every hardware point
        common = ok.all(axis=1)
    # cumsum adds one network after another, in name order (no pairwise reordering)
    e_sum = np.cumsum(energy[common], axis=0)[-1] if common.any() else np.zeros(len(hws))
    c_sum = np.cumsum(cycles[common], axis=0)[-1] if common.any() else np.zeros(len(hws))
    s_sum = (np.cumsum(seconds[common], axis=0)[-1] if common.any()
             else np.full(len(hws), np.nan))
    count = int(common.sum())
    points = [Point(h, float(e), float(c), float(a), count, units.get(h, ""), float(t))
              for h, e, c, a, t in zip(hws, e_sum, c_sum, area, s_sum)]
    return points, (len(nets) - count) if network is None else 0


def in_seconds(points: Sequence[Point]) -> bool:
    """Whether latency is plotted in seconds: every point has a time_s (a clock)."""
    return bool(points) and all(np.isfinite(p.seconds) for p in points)


def energy_label(points: Sequence[Point]) -> str:
    """The energy axis' label: the points' unit (aggregate leaves one)."""
    units = {p.energy_unit for p in points if p.energy_unit}
    if len(units) > 1:  # aggregate never leaves this; a caller's own mix is refused here too
        raise ValueError(f"points in different energy units {sorted(units)}")
    unit = units.pop() if units else ""
    return _ENERGY_LABELS.get(unit, f"energy ({unit})")


def pareto_front(points: Sequence[Point], with_area: bool = False,
                 seconds: bool = False) -> List[int]:
    """Indices of the points no other point dominates in (latency, energy), or in (latency,
    energy, area) with ``with_area``, all minimised (equal points are all on the front), in
    increasing latency; latency is cycles, or seconds with ``seconds``."""
    if not points:
        return []
    x_of = (lambda p: p.seconds) if seconds else (lambda p: p.cycles)
    cols = [[x_of(p) for p in points], [p.energy for p in points]]
    if with_area:
        cols.append([p.area for p in points])
    x = np.array(cols, dtype=float).T                       # (points, objectives)
    le = (x[:, None, :] <= x[None, :, :]).all(axis=2)       # le[q, p]: q <= p everywhere
    lt = (x[:, None, :] < x[None, :, :]).any(axis=2)        # and better somewhere
    dominated = (le & lt).any(axis=0)
    front = [i for i in range(len(points)) if not dominated[i]]
    return sorted(front, key=lambda i: (x_of(points[i]), points[i].energy))


def _axis_scale(ax, axis: str, values: Sequence[float]) -> None:
    """Log scale over more than a decade (ticks at 1, 2 and 5 per decade), else linear;
    engineering labels either way (short, no 'x 10^9' on every tick), none on minor ticks."""
    from matplotlib import ticker
    lo, hi = min(values), max(values)
    a = ax.xaxis if axis == "x" else ax.yaxis
    if lo > 0 and hi / lo > 10:
        (ax.set_xscale if axis == "x" else ax.set_yscale)("log")
        a.set_major_locator(ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    else:
        a.set_major_locator(ticker.MaxNLocator(5))
    a.set_major_formatter(ticker.EngFormatter(places=None, sep=""))
    a.set_minor_formatter(ticker.NullFormatter())


# Label offsets tried in turn (points): beside the marker first, then further out with a line.
_OFFSETS = [(8, 6), (8, -14), (-8, 6), (-8, -14)] + \
    [(dx, dy) for dy in (24, -32, 40, -48, 56, -64, 72, 88, 104, 120) for dx in (20, -20)]


def _annotate(fig, ax, points: Sequence[Point], front: Sequence[int], y_of,
              limit: int, x_of=lambda p: p.cycles) -> Tuple[str, list]:
    """Labels the front's distinct positions (coincident points share one label, '+k'), at
    most ``limit``, spread along the front; each label takes the first offset where it
    overlaps no other label and stays inside the axes. Returns a note for the unlabelled
    (or '') and the labels' boxes (display coordinates)."""
    groups: Dict[Tuple[float, float], List[int]] = {}
    for i in front:
        groups.setdefault((x_of(points[i]), y_of(points[i])), []).append(i)
    positions = list(groups.items())
    chosen = positions
    if len(positions) > limit:
        step = (len(positions) - 1) / max(1, limit - 1)
        chosen = [positions[round(k * step)] for k in range(limit)] if limit > 0 else []
    from matplotlib.text import Text
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed = []
    for (x, y), members in chosen:
        text = points[members[0]].label + (f" (+{len(members) - 1})" if len(members) > 1 else "")
        for dx, dy in _OFFSETS:
            far = abs(dx) > 8
            t = ax.annotate(text, (x, y), fontsize=7, xytext=(dx, dy), textcoords="offset points",
                            ha="left" if dx > 0 else "right",
                            bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.8),
                            arrowprops=dict(arrowstyle="-", lw=0.4, color="0.3") if far else None)
            t.update_positions(renderer)
            box = Text.get_window_extent(t, renderer)  # the text, without its leader line
            inside = (box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0 and
                      box.y1 <= frame.y1)
            if inside and not any(box.overlaps(b) for b in placed):
                placed.append(box)
                break
            t.remove()
    if len(placed) < len(positions):
        return (f"labels: {len(placed)} of {len(positions)} front positions (all on stdout)",
                placed)
    return "", placed


def plot(points: Sequence[Point], front: Sequence[int], out: str, title: str,
         with_area: bool = False, labels: int = 12, seconds: bool = False) -> dict:
    """Draws and saves the figure (latency in seconds with ``seconds``, else cycles). Returns
    its layout, for checks: the figure's box, the title's, per panel the axes' box, its
    labels' boxes (display coordinates) and its axis labels."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = 2 if with_area else 1
    fig, axes = plt.subplots(1, panels, figsize=(7.5 * panels, 6), dpi=120, layout="constrained",
                             squeeze=False)
    areas = [p.area for p in points]
    lo, hi = min(areas), max(areas)
    sizes = [30 + 170 * ((a - lo) / (hi - lo) if hi > lo else 0.5) for a in areas]
    x_of = (lambda p: p.seconds) if seconds else (lambda p: p.cycles)
    xlabel = "latency (s)" if seconds else "latency (cycles)"
    xs = [x_of(p) for p in points]
    for k, (ax, y_of, ylabel) in enumerate([
            (axes[0][0], lambda p: p.energy, energy_label(points)),
            (axes[0][-1], lambda p: p.area, "area proxy (MAESTRO cost-table units)")][:panels]):
        ys = [y_of(p) for p in points]
        sc = ax.scatter(xs, ys, c=areas, s=sizes, cmap="viridis", alpha=0.8, edgecolors="k",
                        linewidths=0.3)
        fx = [x_of(points[i]) for i in front]
        fy = [y_of(points[i]) for i in front]
        if with_area:  # a 3-objective front is no curve in a plane: ring its points
            ax.scatter(fx, fy, s=260, facecolors="none", edgecolors="tab:red", linewidths=1,
                       label="Pareto front (energy, latency, area)")
        else:
            ax.step(fx, fy, where="post", color="tab:red", lw=1, label="Pareto front")
        _axis_scale(ax, "x", xs)
        _axis_scale(ax, "y", ys)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.grid(True, which="major", lw=0.3, alpha=0.5)
        ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), fontsize=8, frameon=False)
    from matplotlib import ticker
    fig.colorbar(sc, ax=axes[0][-1], label="area proxy (MAESTRO cost-table units)",
                 format=ticker.EngFormatter(sep=""))
    heading = fig.suptitle(textwrap.fill(title, 90 * panels), fontsize=10)
    fig.canvas.draw()  # the final layout, so that labels are placed where they will be
    fig.set_layout_engine("none")
    renderer = fig.canvas.get_renderer()
    layout = {"figure": fig.bbox, "title": heading.get_window_extent(renderer),
              "panels": []}
    for k, (ax, y_of) in enumerate([(axes[0][0], lambda p: p.energy),
                                    (axes[0][-1], lambda p: p.area)][:panels]):
        note, boxes = _annotate(fig, ax, points, front, y_of, labels, x_of)
        layout["panels"].append({"axes": ax.get_window_extent(renderer), "labels": boxes,
                                 "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel()})
        if note:
            ax.text(1.0, 1.01, note, transform=ax.transAxes, ha="right", va="bottom",
                    fontsize=7, color="0.3")
    fig.savefig(out)
    plt.close(fig)
    return layout


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m dataflow_opt.dse_plot",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", nargs="+", help="dataflow-dse CSV(s)")
    ap.add_argument("-o", "--output", help="image file (png, svg, pdf)")
    ap.add_argument("--html", metavar="FILE",
                    help="also (or instead) write a self-contained HTML page: the plot with "
                         "each point's parameters on hover")
    ap.add_argument("--network", help="plot one network instead of the workload sum")
    ap.add_argument("--with-area", action="store_true",
                    help="the front minimises area too (default: energy and latency only)")
    ap.add_argument("--goal")
    ap.add_argument("--method")
    ap.add_argument("--disable-bypass", dest="disable_bypass")
    ap.add_argument("--energy-unit", dest="energy_unit",
                    help="plot the points whose energies are in this unit (the CSV's "
                         "energy_unit: J, pJ, relative, unstated); needed when it holds "
                         "several")
    ap.add_argument("--labels", type=int, default=12,
                    help="label at most this many front positions (default 12)")
    ap.add_argument("--progress", choices=("on", "off", "auto"), default="auto",
                    help="progress on stderr (auto: inputs over 8 MB)")
    args = ap.parse_args(argv)
    if not (args.output or args.html):
        ap.error("give -o/--output FILE, --html FILE or both")
    search = {k: v for k, v in (("goal", args.goal), ("method", args.method),
                                ("disable_bypass", args.disable_bypass)) if v is not None}
    try:
        size = sum(os.path.getsize(p) for p in args.csv)
        progress = _Progress(args.progress == "on" or
                             (args.progress == "auto" and size > _AUTO_PROGRESS_BYTES))
        table = load(args.csv, progress)
        points, left_out = aggregate(table, args.network, search or None, args.energy_unit)
    except (OSError, ValueError, KeyError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not points or points[0].networks == 0:
        print("error: no network fits every hardware point; nothing to plot", file=sys.stderr)
        return 2
    seconds = in_seconds(points)
    front = pareto_front(points, args.with_area, seconds)
    progress(f"{len(points)} hardware points, {len(front)} on the front", force=True)
    what = args.network or f"sum over {points[0].networks} networks"
    title = f"{what} on {len(points)} hardware points ({len(front)} on the Pareto front)"
    if left_out:
        title += f"; {left_out} networks infeasible on some point left out"
    title += f"; {energy_label(points)}, latency in {'s' if seconds else 'cycles'}"
    if args.output:
        plot(points, front, args.output, title, args.with_area, args.labels, seconds)
        progress(f"wrote {args.output}", force=True)
    if args.html:
        from .html_report import write_pareto
        write_pareto(args.html, points, front, title, args.with_area, HW_COLUMNS, seconds,
                     energy_label(points))
        progress(f"wrote {args.html}", force=True)
    w = csv.writer(sys.stdout, lineterminator="\n")
    columns = HW_COLUMNS + (KIND_COLUMNS if points and len(points[0].hw) > 6 else ())
    w.writerow(columns + ("energy", "cycles", "area_proxy", "energy_unit", "time_s"))
    for i in front:
        p = points[i]
        w.writerow(p.hw + (repr(p.energy), repr(p.cycles), repr(p.area), p.energy_unit,
                           repr(p.seconds) if np.isfinite(p.seconds) else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
