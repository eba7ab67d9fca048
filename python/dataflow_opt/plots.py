"""Plots of a schedule report (matplotlib, Agg: no display needed).

    from dataflow_opt import plots
    plots.energy_breakdown(report, "energy.png")   # per layer, stacked by component/level
    plots.time_per_layer(report, "time.png")
    plots.utilization(report, "util.png")
    plots.save_all(report, "out/")                 # the three, named <network>-<kind>.png

On a systolic accelerator (``kind = systolic``) the figures are the layers'
``systolic_layers``: ``time_per_layer`` draws each layer's cycles with its compute and memory
bounds, ``utilization`` the array utilisation, ``transfer_per_layer`` the DRAM words; the
systolic model has no energy, so ``energy_breakdown`` warns (``UserWarning``) and draws
nothing, and ``save_all`` writes ``-time``, ``-utilization`` and ``-transfer`` instead.

Physical units (docs/report-schema.md): energies are drawn in joules when the accelerator's
unit is physical (J, pJ), else in its unit, named on the axis (``relative (MAC = 1)``); time
axes carry seconds beside the cycles when the accelerator has a clock; every figure's footer
has the report's ``physical:`` line (energy in J, seconds, average power, EDP, area).

Each function takes a :class:`dataflow_opt.report.Report` (or one of its networks) and a
path; the format follows the extension (``.png``, ``.svg``, ``.pdf``). With ``path=None`` it
returns the ``matplotlib.figure.Figure`` instead (one axes, one bar per layer). Uses
``matplotlib.figure.Figure`` directly, so the global pyplot backend is left alone.
"""

from __future__ import annotations

import os
import re
import warnings
from typing import List, Optional, Union

from .report import COMPONENTS, Network, Report

__all__ = ["energy_scale", "energy_breakdown", "time_per_layer", "utilization", "transfer_per_layer",
           "save_all"]

#: Label of each energy component in the legend (docs/report-schema.md).
COMPONENT_LABELS = {"mac": "MAC", "regf": "register file", "itcn": "array interconnect",
                    "gbuf": "global buffer", "dram": "DRAM", "noc": "NoC",
                    "static": "static"}


def _network(report: Union[Report, Network], network=None) -> Network:
    if isinstance(report, Network):
        return report
    if network is None:
        return report.networks[0]
    return report.network(network)


def _figure(n_layers: int):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(max(6.0, 0.22 * n_layers + 2.0), 4.5), dpi=100)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot(1, 1, 1)


def _systolic(net: Network) -> bool:
    return net.systolic_totals is not None


def _layers(net: Network) -> list:
    """The layers the plots draw: ``systolic_layers`` on a systolic accelerator."""
    return net.systolic_layers if _systolic(net) else net.layers


def _finish(fig, ax, net: Network, title: str, path: Optional[str]):
    names = [layer.name for layer in _layers(net)]
    ax.set_xticks(range(len(names)))
    ax.set_xticklabels(names, rotation=90, fontsize=6 if len(names) > 30 else 8)
    ax.set_xlim(-0.6, len(names) - 0.4)
    ax.set_title(f"{net.name} on {net.accelerator.name}: {title}")
    footer = []
    if net.coverage is not None:  # never a plot that looks whole when the model is not
        footer.append(net.coverage.line())
    if net.units is not None:
        footer.append(net.physical_line())
    for i, text in enumerate(footer):
        fig.text(0.01, 0.005 + 0.03 * (len(footer) - 1 - i),
                 text if len(text) <= 160 else text[:157] + "...", fontsize=6,
                 ha="left", va="bottom")
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout(rect=(0, 0.03 * len(footer), 1, 1) if footer else None)
    if path is None:
        return fig
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    fig.savefig(path)
    return path


def energy_scale(net: Network):
    """(factor, axis label): the factor turning the report's energies into what the energy
    axis shows, joules when the accelerator's unit is physical, else its unit (1)."""
    u = net.units
    if u is not None and u.joules_per_unit is not None:
        return u.joules_per_unit, "energy (J)"
    if u is not None and u.energy == "relative":
        return 1.0, "energy (relative, MAC = 1)"
    return 1.0, "energy (accelerator unit, not stated)"


def _seconds_axis(ax, net: Network):
    """A right-hand axis in seconds beside the cycles, when the accelerator has a clock."""
    hz = net.units.clock_hz if net.units is not None else None
    if hz is None:
        return None
    sec = ax.secondary_yaxis("right", functions=(lambda c: c / hz, lambda t: t * hz))
    sec.set_ylabel(f"time (s at {hz / 1e6:g} MHz)")
    return sec


def energy_breakdown(report, path: Optional[str] = None, network=None):
    """Stacked bars: each layer's energy by component (MAC, register file, array
    interconnect, global buffer, DRAM, NoC, static), in joules when the accelerator's energy
    unit is physical, else in its unit (``energy_scale``)."""
    net = _network(report, network)
    if _systolic(net):
        warnings.warn(f"network {net.name} runs on systolic accelerator "
                      f"{net.accelerator.name}: the systolic model has no energy figures "
                      "(cycles and DRAM traffic only); no energy plot", UserWarning)
        return None
    scale, label = energy_scale(net)
    fig, ax = _figure(len(net.layers))
    x = range(len(net.layers))
    bottom = [0.0] * len(net.layers)
    for c in COMPONENTS:
        vals = [getattr(layer, c) * scale for layer in net.layers]
        if not any(vals):
            continue
        ax.bar(x, vals, bottom=bottom, label=COMPONENT_LABELS[c], width=0.8)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylabel(label)
    ax.legend(fontsize=7)
    return _finish(fig, ax, net, "energy per layer", path)


def time_per_layer(report, path: Optional[str] = None, network=None):
    """Bars: each layer's time in cycles (systolic: also its compute and memory bounds)."""
    net = _network(report, network)
    if _systolic(net):
        layers = net.systolic_layers
        fig, ax = _figure(len(layers))
        x = range(len(layers))
        ax.bar(x, [layer.cycles for layer in layers], width=0.8, color="tab:orange",
               label="cycles")
        ax.plot(x, [layer.compute_cycles for layer in layers], "v", color="tab:blue",
                label="compute bound")
        ax.plot(x, [layer.memory_cycles for layer in layers], "^", color="tab:red",
                label="memory bound")
        ax.set_ylabel("time (cycles)")
        _seconds_axis(ax, net)
        ax.legend(fontsize=7)
        return _finish(fig, ax, net, "time per layer", path)
    fig, ax = _figure(len(net.layers))
    ax.bar(range(len(net.layers)), [layer.time for layer in net.layers], width=0.8,
           color="tab:orange")
    ax.set_ylabel("time (cycles)")
    _seconds_axis(ax, net)
    return _finish(fig, ax, net, "time per layer", path)


def utilization(report, path: Optional[str] = None, network=None):
    """Bars: each layer's PE-array utilisation in percent."""
    net = _network(report, network)
    layers = _layers(net)
    fig, ax = _figure(len(layers))
    ax.bar(range(len(layers)), [100.0 * layer.utilization for layer in layers],
           width=0.8, color="tab:green")
    ax.set_ylim(0, 100)
    ax.set_ylabel("PE utilisation (%)")
    return _finish(fig, ax, net, "PE-array utilisation", path)


def transfer_per_layer(report, path: Optional[str] = None, network=None):
    """Bars: each systolic layer's DRAM traffic in words (a systolic network only)."""
    net = _network(report, network)
    if not _systolic(net):
        raise ValueError(f"network {net.name} is not on a systolic accelerator; its DRAM "
                         "energy is in energy_breakdown")
    layers = net.systolic_layers
    fig, ax = _figure(len(layers))
    ax.bar(range(len(layers)), [layer.transfer for layer in layers], width=0.8,
           color="tab:purple")
    ax.set_ylabel("DRAM traffic (words)")
    return _finish(fig, ax, net, "DRAM traffic per layer", path)


def save_all(report, directory: str, fmt: str = "png") -> List[str]:
    """The three plots for every network of the report: ``<network>-energy.<fmt>``,
    ``-time``, ``-utilization`` (systolic: ``-time``, ``-utilization``, ``-transfer``);
    returns the paths."""
    nets = [report] if isinstance(report, Network) else report.networks
    paths = []
    for net in nets:
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", net.name)
        if _systolic(net):
            paths.append(time_per_layer(net, os.path.join(directory, f"{stem}-time.{fmt}")))
            paths.append(utilization(net, os.path.join(directory, f"{stem}-utilization.{fmt}")))
            paths.append(transfer_per_layer(net,
                                            os.path.join(directory, f"{stem}-transfer.{fmt}")))
            continue
        paths.append(energy_breakdown(net, os.path.join(directory, f"{stem}-energy.{fmt}")))
        paths.append(time_per_layer(net, os.path.join(directory, f"{stem}-time.{fmt}")))
        paths.append(utilization(net, os.path.join(directory, f"{stem}-utilization.{fmt}")))
    return paths
