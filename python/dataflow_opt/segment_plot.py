"""Plot the segment timeline of a network scheduled with inter-layer pipelining.

    PYTHONPATH=python python3 -m dataflow_opt.segment_plot REPORT.json -o timeline.png
        [--network NAME]

REPORT is the JSON of ``dataflow-opt ... --dataflow-schedule="interlayer=true report=FILE"``
(docs/report-schema.md, keys ``pipeline`` and ``layers[].segment``). Segments run one after
another, each for its time (docs/cost-model.md §6); inside a segment every vertex of a
spatial segment is a row of its own (running at once on its node region) and the layers of
a vertex follow each other, each drawn for its own time. Bars are coloured by segment kind
and labelled with the layer name and its node count. Time is in cycles; when the accelerator
has a clock (the report's ``units.clock_hz``) a second axis and the title give it in seconds.
"""
from __future__ import annotations

import argparse
import sys
from typing import Dict, List, Optional, Tuple

from .report import Network, eng, load

__all__ = ["timeline", "plot_timeline", "main"]

#: Colour per segment kind.
KIND_COLOURS = {"single": "#8c8c8c", "spatial": "#1f77b4", "temporal": "#ff7f0e"}


def timeline(network: Network) -> List[Tuple[str, int, int, int, str, int]]:
    """The bars of the plot: ``(layer, row, start, duration, kind, nodes)`` per layer, times
    in cycles. A segment starts when the previous one ends (its ``time``); row = the layer's
    vertex in its segment; the layers of a vertex follow each other."""
    if network.pipeline is None:
        raise ValueError(f"network '{network.name}' is not scheduled in pipeline segments "
                         "(no 'pipeline' in the report)")
    layers = {layer.name: layer for layer in network.layers}
    bars = []
    start = 0
    for seg in network.pipeline.segments:
        offset: Dict[int, int] = {}
        for name in seg.layers:
            layer = layers[name]
            s = layer.segment
            t0 = start + offset.get(s.spatial, 0)
            bars.append((name, s.spatial, t0, layer.time, seg.kind, len(s.nodes)))
            offset[s.spatial] = offset.get(s.spatial, 0) + layer.time
        start += seg.time
    return bars


def plot_timeline(network: Network, ax=None, title: Optional[str] = None):
    """Draws the timeline on ``ax`` (a new figure when None); returns the axes."""
    import matplotlib
    if ax is None:
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    bars = timeline(network)
    if ax is None:
        rows = 1 + max(b[1] for b in bars)
        _, ax = plt.subplots(figsize=(12, 1.2 + 0.6 * rows))
    for name, row, t0, duration, kind, nodes in bars:
        ax.barh(row, duration, left=t0, height=0.8, color=KIND_COLOURS.get(kind, "#cccccc"),
                edgecolor="black", linewidth=0.5)
        ax.text(t0 + duration / 2, row, f"{name}\n{nodes}n", ha="center", va="center",
                fontsize=6, clip_on=True)
    start = 0
    for seg in network.pipeline.segments:
        ax.axvline(start, color="black", linewidth=0.5, linestyle=":")
        start += seg.time
    ax.axvline(start, color="black", linewidth=0.5, linestyle=":")
    clock = network.units.clock_hz if network.units else None
    ax.set_ylabel("vertex in segment")
    ax.invert_yaxis()
    heading = (f"{network.name}: {len(network.pipeline.segments)} segments, "
               f"{network.pipeline.time} cycles")
    if clock:
        from matplotlib import ticker
        ax.set_xlabel("cycles")
        top = ax.secondary_xaxis("top", functions=(lambda c: c / clock, lambda t: t * clock))
        top.set_xlabel("time (s)")
        top.xaxis.set_major_formatter(ticker.EngFormatter(sep=""))
        heading += f" = {eng(network.pipeline.time / clock)} s at {eng(clock)} Hz"
    else:
        ax.set_xlabel("cycles (the accelerator states no clock: clock_ghz gives seconds)")
    ax.set_title(title or heading)
    ax.legend(handles=[Patch(color=c, label=k) for k, c in KIND_COLOURS.items()],
              loc="upper right", fontsize=7)
    return ax


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report")
    parser.add_argument("-o", "--output", required=True, help="image file (png, svg, pdf)")
    parser.add_argument("--network", help="network name (default: the first)")
    args = parser.parse_args(argv)
    try:
        report = load(args.report)
        network = report.network(args.network) if args.network else report.networks[0]
        ax = plot_timeline(network)
    except (OSError, ValueError, KeyError) as err:
        print(f"segment_plot: {err}", file=sys.stderr)
        return 2
    ax.figure.tight_layout()
    ax.figure.savefig(args.output, dpi=150)
    return 0


if __name__ == "__main__":
    sys.exit(main())
