"""A typed reader for the JSON report of ``dataflow-opt --dataflow-report`` (schema:
docs/report-schema.md).

    from dataflow_opt.report import load
    report = load("alexnet.json")
    for layer in report.layers:            # the first network's layers
        print(layer.name, layer.energy, layer.time)
    print(report.totals.energy, report.networks[0].accelerator.name)

``python -m dataflow_opt.report FILE`` prints a one-line summary per network;
``--check`` also verifies that every network's totals are the sums of its layers.

A network on a systolic accelerator has ``accelerator`` a :class:`SystolicAccelerator`,
``totals`` None and no ``layers``; its figures are ``systolic_totals`` and
``systolic_layers`` (each layer's ``#dataflow.systolic``).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

__all__ = [
    "SCHEMA_VERSION", "COMPONENTS", "LEVELS", "Accesses", "Figures", "ArrayMapping", "Blocking",
    "Schedule", "Segment", "Layer", "Totals", "Accelerator", "SystolicAccelerator",
    "SystolicLayer", "SystolicTotals", "PipelineSegment", "Pipeline", "Network", "Report",
    "Units", "Physical", "load", "loads", "from_dict", "check_totals",
]

#: The schema version this reader understands.
SCHEMA_VERSION = 2
#: Energy components, in the order of the schema.
COMPONENTS = ("mac", "regf", "itcn", "gbuf", "dram", "noc", "static")
#: Memory levels of the access counts.
LEVELS = ("dram", "gbuf", "itcn", "regf")

Triple = Tuple[float, float, float]


def _get(d: Mapping[str, Any], key: str, where: str) -> Any:
    if not isinstance(d, Mapping) or key not in d:
        raise ValueError(f"report: {where} has no '{key}'")
    return d[key]


def _float(d: Mapping[str, Any], key: str, where: str) -> float:
    v = _get(d, key, where)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f"report: {where}.{key} must be a number, got {v!r}")
    return float(v)


def _int(d: Mapping[str, Any], key: str, where: str) -> int:
    v = _get(d, key, where)
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"report: {where}.{key} must be an integer, got {v!r}")
    return v


def _triple(v: Any, where: str) -> Triple:
    if not isinstance(v, list) or len(v) != 3 or not all(
            isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
        raise ValueError(f"report: {where} must be [fil, ifm, ofm], got {v!r}")
    return (float(v[0]), float(v[1]), float(v[2]))


@dataclass(frozen=True)
class Accesses:
    """Word accesses per level, each ``(fil, ifm, ofm)``."""
    dram: Triple
    gbuf: Triple
    itcn: Triple
    regf: Triple

    @staticmethod
    def from_dict(d: Mapping[str, Any], where: str) -> "Accesses":
        return Accesses(**{lv: _triple(_get(d, lv, where), f"{where}.{lv}") for lv in LEVELS})


def _opt_float(d: Mapping[str, Any], key: str, where: str) -> Optional[float]:
    return None if _get(d, key, where) is None else _float(d, key, where)


@dataclass(frozen=True)
class Physical:
    """A figure in SI units (docs/report-schema.md, "Physical units"): energy in J, time in
    s, average power in W, EDP in J·s; each None when the accelerator does not give what it
    needs (energies in joules or pJ, a clock)."""
    energy_j: Optional[float] = None
    seconds: Optional[float] = None
    power_w: Optional[float] = None
    edp_js: Optional[float] = None

    @staticmethod
    def from_dict(d: Optional[Mapping[str, Any]], where: str) -> "Optional[Physical]":
        if d is None:
            return None
        w = f"{where}.physical"
        return Physical(**{k: _opt_float(d, k, w)
                           for k in ("energy_j", "seconds", "power_w", "edp_js")})


@dataclass(frozen=True)
class Units:
    """How to read a network's energies (``energy``: "J", "pJ", "relative" or None when
    not stated or not priced; ``energy_note`` for people) and what turns its figures into
    SI units: ``joules_per_unit``, ``clock_hz`` and the estimated ``area_mm2``."""
    energy: Optional[str]
    energy_note: str
    joules_per_unit: Optional[float]
    clock_hz: Optional[float]
    area_mm2: Optional[float]

    @staticmethod
    def from_dict(d: Optional[Mapping[str, Any]], where: str) -> "Optional[Units]":
        if d is None:
            return None
        w = f"{where}.units"
        unit = _get(d, "energy", w)
        return Units(energy=None if unit is None else str(unit),
                     energy_note=str(_get(d, "energy_note", w)),
                     joules_per_unit=_opt_float(d, "joules_per_unit", w),
                     clock_hz=_opt_float(d, "clock_hz", w), area_mm2=_opt_float(d, "area_mm2", w))


@dataclass(frozen=True)
class Figures:
    """What a layer and a network's totals share: energy (the accelerator's unit) by
    component, time in cycles, MACs and accesses."""
    energy: float
    time: int
    mac: float
    regf: float
    itcn: float
    gbuf: float
    dram: float
    noc: float
    static: float
    proc_cycles: int
    bus_cycles: int
    dram_cycles: int
    ops: float
    accesses: Accesses
    #: the figures in SI units (J, s, W, J·s); None in reports without them
    physical: Optional[Physical] = None

    @property
    def components(self) -> Dict[str, float]:
        """Energy by component, ``{"mac": ..., ..., "static": ...}``."""
        return {c: getattr(self, c) for c in COMPONENTS}

    @staticmethod
    def _fields(d: Mapping[str, Any], where: str) -> Dict[str, Any]:
        out: Dict[str, Any] = {"energy": _float(d, "energy", where),
                               "time": _int(d, "time", where)}
        for c in COMPONENTS:
            out[c] = _float(d, c, where)
        for c in ("proc_cycles", "bus_cycles", "dram_cycles"):
            out[c] = _int(d, c, where)
        out["ops"] = _float(d, "ops", where)
        out["accesses"] = Accesses.from_dict(_get(d, "accesses", where), f"{where}.accesses")
        out["physical"] = Physical.from_dict(d.get("physical"), where)
        return out


@dataclass(frozen=True)
class Totals(Figures):
    """A network's totals: the sums of its layers' figures, in layer order."""

    @staticmethod
    def from_dict(d: Mapping[str, Any], where: str = "totals") -> "Totals":
        return Totals(**Figures._fields(d, where))


@dataclass(frozen=True)
class ArrayMapping:
    """``#dataflow.mapping``: the row-stationary folding and replication, ``(rows, columns)``."""
    strategy: str
    fold: Tuple[int, int]
    repl: Tuple[int, int]
    ifmaps: int
    ofmaps: int


@dataclass(frozen=True)
class Blocking:
    """``#dataflow.blocking``: factors ``(I, O, B)`` per level (``None`` = still free),
    loop orders outermost first (``None`` = not given), ``bypass`` the data categories
    that skip the global buffer (``None`` = undecided)."""
    dram: Tuple[Optional[int], ...]
    gbuf: Tuple[Optional[int], ...]
    regf: Tuple[Optional[int], ...]
    dram_order: Optional[Tuple[str, ...]]
    gbuf_order: Optional[Tuple[str, ...]]
    bypass: Optional[Tuple[str, ...]]


@dataclass(frozen=True)
class Partition:
    """``#dataflow.partition`` (multi-node accelerators): ``order`` the partition types
    outermost first, ``(h, w)`` per type, and the data-movement flags."""
    order: Tuple[str, ...]
    outp: Tuple[int, int]
    ofmp: Tuple[int, int]
    batp: Tuple[int, int]
    inpp: Tuple[int, int]
    access_forwarding: bool
    buffer_sharing: bool


@dataclass(frozen=True)
class Noc:
    """``#dataflow.noc``: hops per data category ``(fil, ifm, ofm)``."""
    unit_hops: Tuple[float, ...]
    mem_hops: Tuple[float, ...]
    node_hops: Tuple[float, ...]
    total_hops: Tuple[float, ...]
    access_divisor: Tuple[float, ...]

    @staticmethod
    def from_dict(d: Optional[Mapping[str, Any]], where: str) -> "Optional[Noc]":
        if d is None:
            return None
        return Noc(**{k: tuple(float(v) for v in _get(d, k, where))
                      for k in ("unit_hops", "mem_hops", "node_hops", "total_hops",
                                "access_divisor")})


@dataclass(frozen=True)
class Schedule:
    mapping: Optional[ArrayMapping]
    blocking: Optional[Blocking]
    partition: Optional[Partition] = None

    @staticmethod
    def from_dict(d: Mapping[str, Any], where: str) -> "Schedule":
        m = _get(d, "mapping", where)
        b = _get(d, "blocking", where)
        mapping = None if m is None else ArrayMapping(
            strategy=str(_get(m, "strategy", where)), fold=tuple(_get(m, "fold", where)),
            repl=tuple(_get(m, "repl", where)), ifmaps=_int(m, "ifmaps", where),
            ofmaps=_int(m, "ofmaps", where))

        def opt(v):
            return None if v is None else tuple(v)

        blocking = None if b is None else Blocking(
            dram=tuple(_get(b, "dram", where)), gbuf=tuple(_get(b, "gbuf", where)),
            regf=tuple(_get(b, "regf", where)), dram_order=opt(_get(b, "dram_order", where)),
            gbuf_order=opt(_get(b, "gbuf_order", where)), bypass=opt(_get(b, "bypass", where)))
        p = d.get("partition")  # absent in reports written before multi-node support
        partition = None if p is None else Partition(
            order=tuple(_get(p, "order", where)),
            **{t: tuple(_get(p, t, where)) for t in ("outp", "ofmp", "batp", "inpp")},
            access_forwarding=bool(_get(p, "access_forwarding", where)),
            buffer_sharing=bool(_get(p, "buffer_sharing", where)))
        return Schedule(mapping, blocking, partition)


@dataclass(frozen=True)
class Segment:
    """``#dataflow.segment``: the layer's pipeline segment, its vertex (``spatial``) and
    position in it (``temporal``), and its node region (``nodes``: every node, absolute)."""
    index: int
    kind: str
    spatial: int
    temporal: int
    origin: Tuple[int, int]
    dims: Tuple[int, int]
    fold: Optional[Tuple[int, int]]
    nodes: Tuple[Tuple[int, int], ...]

    @staticmethod
    def from_dict(d: Optional[Mapping[str, Any]], where: str) -> "Optional[Segment]":
        if d is None:
            return None
        fold = _get(d, "fold", where)
        return Segment(index=_int(d, "index", where), kind=str(_get(d, "kind", where)),
                       spatial=_int(d, "spatial", where), temporal=_int(d, "temporal", where),
                       origin=tuple(_get(d, "origin", where)), dims=tuple(_get(d, "dims", where)),
                       fold=None if fold is None else tuple(fold),
                       nodes=tuple(tuple(n) for n in _get(d, "nodes", where)))


@dataclass(frozen=True)
class Layer(Figures):
    """One layer: its name and kind (conv, deconv, fc, matmul, pool, eltwise), figures,
    PE utilisation (a fraction) and chosen schedule."""
    name: str = ""
    kind: str = ""
    utilization: float = 0.0
    schedule: Schedule = Schedule(None, None)
    noc_hops: "Optional[Noc]" = None  #: NoC hops of a partitioned layer
    segment: "Optional[Segment]" = None  #: pipeline segment (inter-layer pipelining)

    @staticmethod
    def from_dict(d: Mapping[str, Any], where: str = "layer") -> "Layer":
        name = str(_get(d, "name", where))
        where = f"layer '{name}'"
        return Layer(name=name, kind=str(_get(d, "kind", where)),
                     utilization=_float(d, "utilization", where),
                     schedule=Schedule.from_dict(_get(d, "schedule", where), where),
                     noc_hops=Noc.from_dict(d.get("noc_hops"), where),
                     segment=Segment.from_dict(d.get("segment"), where),
                     **Figures._fields(d, where))


@dataclass(frozen=True)
class Accelerator:
    """The ``dataflow.accelerator`` a network ran on; bandwidths ``None`` = unlimited;
    ``energy`` keyed as ``#dataflow.energy`` (mac, regf, itcn, gbuf, dram, noc_hop,
    static_per_cycle)."""
    name: str
    nodes: Tuple[int, int]
    pe_array: Tuple[int, int]
    regf_bytes: int
    gbuf_bytes: int
    word_bits: int
    memory: str
    dram_bandwidth: Optional[float]
    bus_width: Optional[int]
    energy: Dict[str, float]

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> "Accelerator":
        w = "accelerator"
        bw = _get(d, "dram_bandwidth", w)
        return Accelerator(
            name=str(_get(d, "name", w)), nodes=tuple(_get(d, "nodes", w)),
            pe_array=tuple(_get(d, "pe_array", w)), regf_bytes=_int(d, "regf_bytes", w),
            gbuf_bytes=_int(d, "gbuf_bytes", w), word_bits=_int(d, "word_bits", w),
            memory=str(_get(d, "memory", w)), dram_bandwidth=None if bw is None else float(bw),
            bus_width=_get(d, "bus_width", w),
            energy={k: float(v) for k, v in _get(d, "energy", w).items()})


@dataclass(frozen=True)
class SystolicAccelerator:
    """A ``kind = systolic`` accelerator; ``partition`` None = searched."""
    name: str
    array_size: int
    buffer_bytes: int
    partition: Optional[Triple]
    bandwidth_gbs: float
    clock_ghz: float
    word_bits: int
    dataflow: str

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> "SystolicAccelerator":
        w = "accelerator"
        part = _get(d, "partition", w)
        return SystolicAccelerator(
            name=str(_get(d, "name", w)), array_size=_int(d, "array_size", w),
            buffer_bytes=_int(d, "buffer_bytes", w),
            partition=None if part == "searched" else _triple(part, f"{w}.partition"),
            bandwidth_gbs=_float(d, "bandwidth_gbs", w), clock_ghz=_float(d, "clock_ghz", w),
            word_bits=_int(d, "word_bits", w), dataflow=str(_get(d, "dataflow", w)))


@dataclass(frozen=True)
class SystolicLayer:
    """One layer's ``#dataflow.systolic``: the search, loop order, splits (output channels;
    W, H[, D]), the buffer words it filled, and cycles / DRAM words."""
    name: str
    kind: str
    method: str
    order: str
    channel_splits: int
    spatial_splits: Tuple[int, ...]
    buffer: Triple
    fill_drain: bool
    cycles: float
    compute_cycles: float
    memory_cycles: float
    transfer: float
    utilization: float
    physical: Optional[Physical] = None  #: seconds (no energy: not priced)
    #: "tool" when priced by the original optimizer's rules (tool-rules=true)
    rules: str = "consistent"

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> "SystolicLayer":
        w = f"systolic layer '{d.get('name', '?')}'"
        return SystolicLayer(
            name=str(_get(d, "name", w)), kind=str(_get(d, "kind", w)),
            method=str(_get(d, "method", w)), order=str(_get(d, "order", w)),
            channel_splits=_int(d, "channel_splits", w),
            spatial_splits=tuple(int(v) for v in _get(d, "spatial_splits", w)),
            buffer=_triple(_get(d, "buffer", w), f"{w}.buffer"),
            fill_drain=bool(_get(d, "fill_drain", w)),
            physical=Physical.from_dict(d.get("physical"), w),
            rules=str(d.get("rules", "consistent")),
            **{k: _float(d, k, w) for k in ("cycles", "compute_cycles", "memory_cycles",
                                             "transfer", "utilization")})


@dataclass(frozen=True)
class SystolicTotals:
    cycles: float
    transfer: float
    physical: Optional[Physical] = None
    #: In the accelerator's energy unit; None when the accelerator states no energies.
    energy: Optional[float] = None

    @staticmethod
    def from_dict(d: Mapping[str, Any], where: str) -> "SystolicTotals":
        energy = d.get("energy")
        return SystolicTotals(cycles=_float(d, "cycles", where),
                              transfer=_float(d, "transfer", where),
                              physical=Physical.from_dict(d.get("physical"), where),
                              energy=None if energy is None else _float(d, "energy", where))


@dataclass(frozen=True)
class PipelineSegment:
    """One segment of a pipelined network: index, kind, time, critical time (cycles) and
    its layers (vertex by vertex)."""
    index: int
    kind: str
    time: int
    critical_time: int
    layers: Tuple[str, ...]


@dataclass(frozen=True)
class Pipeline:
    """``#dataflow.pipeline``: a pipelined network's totals and its segments in order."""
    energy: float
    static: float
    time: int
    segments: Tuple[PipelineSegment, ...]

    @staticmethod
    def from_dict(d: Optional[Mapping[str, Any]], where: str) -> "Optional[Pipeline]":
        if d is None:
            return None
        segs = tuple(PipelineSegment(index=_int(x, "index", where), kind=str(_get(x, "kind", where)),
                                     time=_int(x, "time", where),
                                     critical_time=_int(x, "critical_time", where),
                                     layers=tuple(_get(x, "layers", where)))
                     for x in _get(d, "segments", where))
        return Pipeline(energy=_float(d, "energy", where), static=_float(d, "static", where),
                        time=_int(d, "time", where), segments=segs)


def eng(v: float) -> str:
    """Engineering notation as the table report writes it: 4 significant digits, exponent a
    multiple of 3 (5578247424 -> ``5.578e9``)."""
    if v == 0:
        return "0"
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    exponent = math.floor(math.log10(abs(v)))
    e3 = exponent // 3 * 3 if exponent >= 0 else -((-exponent + 2) // 3 * 3)

    def fmt(m):
        a = abs(m)
        return f"{m:.{3 if a < 10 else 2 if a < 100 else 1}f}"
    mantissa = fmt(v / 10.0 ** e3)
    if abs(float(mantissa)) >= 1000:
        e3 += 3
        mantissa = fmt(v / 10.0 ** e3)
    return f"{mantissa}e{e3}" if e3 else mantissa


@dataclass(frozen=True)
class LeftOut:
    """An operation of the model the importer left out, its MACs and why."""
    name: str
    op: str
    macs: int
    reason: str


@dataclass(frozen=True)
class Coverage:
    """How much of the model was scheduled: ``scheduled_macs`` (the network's layers) and,
    for an imported model, ``model_macs``, ``fraction`` and ``left_out``
    (docs/report-schema.md)."""
    scheduled_macs: int
    model_macs: Optional[int] = None
    fraction: Optional[float] = None
    left_out: List[LeftOut] = field(default_factory=list)

    @staticmethod
    def from_dict(d: Optional[Mapping[str, Any]], where: str) -> "Optional[Coverage]":
        if d is None:
            return None
        model = d.get("model_macs")
        frac = d.get("fraction")
        return Coverage(scheduled_macs=_int(d, "scheduled_macs", where),
                        model_macs=None if model is None else _int(d, "model_macs", where),
                        fraction=None if frac is None else _float(d, "fraction", where),
                        left_out=[LeftOut(str(_get(x, "name", where)), str(_get(x, "op", where)),
                                          _int(x, "macs", where), str(_get(x, "reason", where)))
                                  for x in _get(d, "left_out", where)])

    def line(self) -> str:
        """The ``coverage:`` line of the table report."""
        text = f"coverage: {eng(self.scheduled_macs)}"
        if self.model_macs is None:
            return text + " MACs scheduled (no model count: not written by an importer)"
        pct = "-" if self.fraction is None else f"{100 * self.fraction:.1f}"
        text += f" of the model's {eng(self.model_macs)} MACs scheduled ({pct}%)"
        if not self.left_out:
            return text + "; nothing left out"
        return text + "; left out: " + "; ".join(
            f"{x.name} ({x.op}, {eng(x.macs)} MACs): {x.reason}" for x in self.left_out)


@dataclass(frozen=True)
class Network:
    """One scheduled function: its name, accelerator, totals and layers in network order
    (systolic accelerators: ``systolic_totals`` and ``systolic_layers`` instead);
    ``pipeline`` when it is scheduled in pipeline segments."""
    name: str
    accelerator: Union[Accelerator, SystolicAccelerator]
    totals: Optional[Totals]
    layers: List[Layer]
    pipeline: Optional[Pipeline] = None
    systolic_totals: Optional[SystolicTotals] = None
    systolic_layers: List[SystolicLayer] = field(default_factory=list)
    #: the MACs scheduled and, for an imported model, the model's and what was left out
    coverage: Optional[Coverage] = None
    #: how to read its energies and turn its figures into SI units
    units: Optional[Units] = None

    def layer(self, name: str) -> Layer:
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise KeyError(name)

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> "Network":
        name = str(_get(d, "name", "network"))
        where = f"network '{name}'"
        accel = _get(d, "accelerator", where)
        coverage = Coverage.from_dict(d.get("coverage"), f"{where}.coverage")
        units = Units.from_dict(d.get("units"), where)
        if isinstance(accel, Mapping) and accel.get("kind") == "systolic":
            return Network(coverage=coverage, units=units,
                name=name, accelerator=SystolicAccelerator.from_dict(accel), totals=None,
                layers=[Layer.from_dict(x) for x in _get(d, "layers", where)],
                systolic_totals=SystolicTotals.from_dict(_get(d, "systolic_totals", where),
                                                         f"{where}.systolic_totals"),
                systolic_layers=[SystolicLayer.from_dict(x)
                                 for x in _get(d, "systolic_layers", where)])
        return Network(name=name,
                       accelerator=Accelerator.from_dict(_get(d, "accelerator", where)),
                       totals=Totals.from_dict(_get(d, "totals", where), f"{where}.totals"),
                       layers=[Layer.from_dict(x) for x in _get(d, "layers", where)],
                       pipeline=Pipeline.from_dict(d.get("pipeline"), f"{where}.pipeline"),
                       coverage=coverage, units=units)

    def physical_line(self) -> str:
        """The ``physical:`` line of the table report: energy in J, time in cycles and
        seconds, average power, EDP and area, or what the accelerator lacks for each."""
        u = self.units
        if u is None:
            return "physical: not in this report"
        if self.systolic_totals is not None:
            energy, cycles, p = (self.systolic_totals.energy, self.systolic_totals.cycles,
                                 self.systolic_totals.physical)
        else:
            energy, cycles, p = self.totals.energy, float(self.totals.time), self.totals.physical
        p = p or Physical()
        if energy is None:
            text = f"physical: energy {u.energy_note}"
        elif p.energy_j is not None:
            text = f"physical: energy {eng(p.energy_j)} J"
        elif u.energy == "relative":
            text = f"physical: energy {eng(energy)} relative (MAC = 1), no joules"
        else:
            text = f"physical: energy {eng(energy)} in the accelerator's unit (not stated), no joules"
        whole = cycles == int(cycles) and abs(cycles) < 1000
        text += f"; time {int(cycles) if whole else eng(cycles)} cycles"
        if p.seconds is not None and u.clock_hz is not None:
            text += f" = {eng(p.seconds)} s at {eng(u.clock_hz)} Hz"
        else:
            text += " (no clock: clock_ghz gives seconds)"
        if p.power_w is not None:
            text += f"; average power {eng(p.power_w)} W"
        if p.edp_js is not None:
            text += f"; EDP {eng(p.edp_js)} J·s"
        if energy is not None and p.energy_j is None:
            text += "; power and EDP need energies in joules"
        elif energy is not None and p.seconds is None:
            text += "; power and EDP need a clock"
        if u.area_mm2 is not None:
            text += f"; area {eng(u.area_mm2)} mm² (estimated: PEs and buffers)"
        return text


@dataclass(frozen=True)
class Report:
    """A whole report. ``totals`` and ``layers`` are the first network's (None and empty on
    a systolic accelerator, whose figures are ``systolic_totals`` and ``systolic_layers``,
    again the first network's)."""
    schema_version: int
    tool: str
    search_seconds: float
    networks: List[Network]

    @property
    def totals(self) -> Totals:
        return self.networks[0].totals

    @property
    def layers(self) -> List[Layer]:
        return self.networks[0].layers

    @property
    def systolic_totals(self) -> Optional[SystolicTotals]:
        return self.networks[0].systolic_totals

    @property
    def systolic_layers(self) -> List[SystolicLayer]:
        return self.networks[0].systolic_layers

    @property
    def systolic(self) -> bool:
        """True when the first network runs on a systolic accelerator."""
        return self.networks[0].systolic_totals is not None

    def network(self, name: str) -> Network:
        for network in self.networks:
            if network.name == name:
                return network
        raise KeyError(name)


def from_dict(d: Mapping[str, Any]) -> Report:
    """A Report from parsed JSON; ValueError on a missing field or another schema version."""
    version = _int(d, "schema_version", "report")
    if version != SCHEMA_VERSION:
        raise ValueError(f"report: schema_version {version} is not {SCHEMA_VERSION}, the "
                         "version this reader understands")
    networks = [Network.from_dict(n) for n in _get(d, "networks", "report")]
    if not networks:
        raise ValueError("report: 'networks' is empty")
    return Report(schema_version=version, tool=str(_get(d, "tool", "report")),
                  search_seconds=_float(d, "search_seconds", "report"), networks=networks)


def loads(text: str) -> Report:
    return from_dict(json.loads(text))


def load(path: str) -> Report:
    with open(path, encoding="utf-8") as f:
        return from_dict(json.load(f))


def check_totals(network: Network) -> List[str]:
    """The figures of ``network.totals`` that are not exactly the left-to-right sums of its
    layers' (the tool sums in layer order in double precision, so equality is exact)."""
    errors = []

    def expect(what: str, total: float, values: Sequence[float]):
        s = 0 if all(isinstance(v, int) for v in values) else 0.0
        for v in values:
            s += v
        if s != total:
            errors.append(f"network '{network.name}': totals.{what} is {total!r}, "
                          f"the layers sum to {s!r}")

    if network.systolic_totals is not None:
        for f in ("cycles", "transfer"):
            expect(f"systolic_totals.{f}", getattr(network.systolic_totals, f),
                   [getattr(x, f) for x in network.systolic_layers])
        return errors
    layers = network.layers
    summed = ("energy", "time") + COMPONENTS
    if network.pipeline is not None:
        # Pipelined (docs/cost-model.md §6): energy, static energy and time are the
        # pipeline's (static re-based on the pipelined time), the rest still sums.
        p = network.pipeline
        for what, total, value in (("energy", network.totals.energy, p.energy),
                                   ("static", network.totals.static, p.static),
                                   ("time", network.totals.time, p.time)):
            if total != value:
                errors.append(f"network '{network.name}': totals.{what} is {total!r}, "
                              f"the pipeline's is {value!r}")
        summed = tuple(f for f in summed if f not in ("energy", "static", "time"))
    for f in summed + ("proc_cycles", "bus_cycles", "dram_cycles", "ops"):
        expect(f, getattr(network.totals, f), [getattr(x, f) for x in layers])
    for lv in LEVELS:
        for d, data in enumerate(("fil", "ifm", "ofm")):
            expect(f"accesses.{lv}[{data}]", getattr(network.totals.accesses, lv)[d],
                   [getattr(x.accesses, lv)[d] for x in layers])
    return errors


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dataflow_opt.report",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("file", help="report JSON ('-' = stdin)")
    parser.add_argument("--check", action="store_true",
                        help="verify that totals are the sums of the layers")
    args = parser.parse_args(argv)
    try:
        report = loads(sys.stdin.read()) if args.file == "-" else load(args.file)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    status = 0
    for network in report.networks:
        if network.systolic_totals is not None:
            print(f"{network.name} on systolic {network.accelerator.name}: "
                  f"{len(network.systolic_layers)} layer(s) on the array, "
                  f"cycles {network.systolic_totals.cycles!r}, "
                  f"transfer {network.systolic_totals.transfer!r}")
        else:
            print(f"{network.name} on {network.accelerator.name}: {len(network.layers)} "
                  f"layer(s), energy {network.totals.energy!r}, time {network.totals.time}")
        if network.coverage is not None:
            print(f"  {network.coverage.line()}")
        print(f"  {network.physical_line()}")
        if args.check:
            for error in check_totals(network):
                print(f"error: {error}", file=sys.stderr)
                status = 1
    if args.check and status == 0:
        print("totals are the sums of the layers")
    return status


if __name__ == "__main__":
    sys.exit(main())
