"""The ``dataflow.accelerator`` op (docs/ir-reference.md) and presets.

The presets reproduce the hardware of nn_dataflow's reference runs (docs/cost-model.md §8;
each run's command line is kept in ``test/Reference/data/<run>.json``): every value comes from
the run's command line, with nn_dataflow's CLI defaults (``--op-cost 1 --hier-cost 200 6 2 1
--hop-cost 10 --unit-idle-cost 0 --word 16``, unlimited DRAM bandwidth and bus width) where not given.
nn_dataflow's ``--hier-cost`` order is DRAM, GBUF, ITCN, REGF.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from typing import Dict, Optional, Sequence, Tuple

from .builder import mlir_symbol

__all__ = ["Energy", "Accelerator", "PRESETS", "preset", "preset_names", "format_float"]


def format_float(x) -> str:
    """``repr(float(x))`` (shortest text that round-trips exactly), made a valid MLIR float
    literal: MLIR needs a ``.`` in a decimal float, so ``2e-12`` becomes ``2.0e-12``."""
    if isinstance(x, bool):
        raise ValueError(f"expected a number, got {x!r}")
    f = float(x)
    if not math.isfinite(f):
        raise ValueError(f"MLIR float literals must be finite, got {x!r}")
    r = repr(f)
    if "." not in r:
        mant, _, exp = r.partition("e")
        r = mant + ".0" + ("e" + exp if exp else "")
    return r


@dataclass
class Energy:
    """Energy per MAC / per access / per word-hop / per cycle, in one arbitrary unit."""

    mac: float
    regf: float
    itcn: float
    gbuf: float
    dram: float
    noc_hop: float
    static_per_cycle: float

    def __post_init__(self):
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) \
                    or v < 0:
                raise ValueError(f"energy {f.name} must be a finite non-negative number, "
                                 f"got {v!r}")
            setattr(self, f.name, float(v))

    def to_mlir(self) -> str:
        return "#dataflow.energy<" + ", ".join(
            f"{f.name} = {format_float(getattr(self, f.name))}" for f in fields(self)) + ">"


def _pair(name, v) -> Tuple[int, int]:
    t = tuple(v) if isinstance(v, (list, tuple)) else None
    if t is None or len(t) != 2 or not all(isinstance(x, int) and not isinstance(x, bool)
                                           and x >= 1 for x in t):
        raise ValueError(f"{name} must be two positive integers, got {v!r}")
    return t  # type: ignore[return-value]


def _pos_int(name, v) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise ValueError(f"{name} must be a positive integer, got {v!r}")
    return v


@dataclass
class Accelerator:
    """Every field of ``dataflow.accelerator``. ``dram_bandwidth`` (bytes/cycle, whole chip)
    and ``bus_width`` (words/cycle) are ``None`` for unlimited."""

    nodes: Tuple[int, int]
    pe_array: Tuple[int, int]
    regf_bytes: int
    gbuf_bytes: int
    energy: Energy
    word_bits: int = 16
    memory: str = "2D"
    dram_bandwidth: Optional[float] = None
    bus_width: Optional[int] = None

    def __post_init__(self):
        self.nodes = _pair("nodes", self.nodes)
        self.pe_array = _pair("pe_array", self.pe_array)
        _pos_int("regf_bytes", self.regf_bytes)
        _pos_int("gbuf_bytes", self.gbuf_bytes)
        _pos_int("word_bits", self.word_bits)
        if not isinstance(self.energy, Energy):
            raise ValueError(f"energy must be an Energy, got {self.energy!r}")
        if self.memory not in ("2D", "3D"):
            raise ValueError(f'memory must be "2D" or "3D", got {self.memory!r}')
        if self.dram_bandwidth is not None:
            bw = self.dram_bandwidth
            if isinstance(bw, bool) or not isinstance(bw, (int, float)) or \
                    not math.isfinite(bw) or bw <= 0:
                raise ValueError(f"dram_bandwidth must be a positive finite number or None "
                                 f"(unlimited), got {bw!r}")
            self.dram_bandwidth = float(bw)
        if self.bus_width is not None:
            _pos_int("bus_width (None = unlimited)", self.bus_width)

    @classmethod
    def from_nn_dataflow(cls, nodes: Sequence[int], array: Sequence[int], regf: int, gbuf: int,
                         mem_type: str = "2D", word: int = 16, op_cost: float = 1.0,
                         hier_cost: Sequence[float] = (200.0, 6.0, 2.0, 1.0),
                         hop_cost: float = 10.0, unit_idle_cost: float = 0.0) -> "Accelerator":
        """From nn_dataflow_search's options (same names and defaults); ``hier_cost`` is
        DRAM, GBUF, ITCN, REGF."""
        if len(hier_cost) != 4:
            raise ValueError(f"hier_cost must be 4 numbers (DRAM GBUF ITCN REGF), "
                             f"got {hier_cost!r}")
        dram, gbuf_e, itcn, regf_e = hier_cost
        return cls(nodes=tuple(nodes), pe_array=tuple(array), regf_bytes=regf,
                   gbuf_bytes=gbuf, word_bits=word, memory=mem_type,
                   energy=Energy(mac=op_cost, regf=regf_e, itcn=itcn, gbuf=gbuf_e, dram=dram,
                                 noc_hop=hop_cost, static_per_cycle=unit_idle_cost))

    def to_mlir(self, sym_name: str) -> str:
        bw = "unlimited" if self.dram_bandwidth is None else format_float(self.dram_bandwidth)
        bus = "unlimited" if self.bus_width is None else str(self.bus_width)
        return (
            f"dataflow.accelerator {mlir_symbol(sym_name)} {{\n"
            f"  nodes = [{self.nodes[0]}, {self.nodes[1]}], "
            f"pe_array = [{self.pe_array[0]}, {self.pe_array[1]}],\n"
            f"  regf_bytes = {self.regf_bytes}, gbuf_bytes = {self.gbuf_bytes}, "
            f"word_bits = {self.word_bits},\n"
            f"  memory = \"{self.memory}\", dram_bandwidth = {bw}, bus_width = {bus},\n"
            f"  energy = {self.energy.to_mlir()}\n"
            f"}}\n")


# Floats below are parsed from the reference command lines' own spelling (e.g. "460e-12") so
# they are bit-identical to what nn_dataflow's argparse produced.
_F = float
PRESETS: Dict[str, Accelerator] = {
    # eyeriss_isca16_alexnet_b16 / eyeriss_alexnet_b16_bypass
    "eyeriss_isca16": Accelerator.from_nn_dataflow(
        (1, 1), (16, 16), regf=512, gbuf=131072, mem_type="3D", op_cost=1,
        hier_cost=(200, 6, 2, 1), hop_cost=0, unit_idle_cost=0),
    # eyeriss_isscc16_alexnet_b4
    "eyeriss_isscc16": Accelerator.from_nn_dataflow(
        (1, 1), (12, 14), regf=522, gbuf=110592, mem_type="3D", op_cost=_F("2e-12"),
        hier_cost=(_F("460e-12"), _F("15e-12"), _F("4e-12"), _F("1e-12")), hop_cost=0,
        unit_idle_cost=_F("1.5e-10")),
    # tetris_L1_alexnet_b16
    "tetris_l1": Accelerator.from_nn_dataflow(
        (1, 1), (16, 16), regf=1024, gbuf=576056, mem_type="3D", op_cost=_F("2e-12"),
        hier_cost=(_F("240e-12"), _F("28e-12"), _F("4e-12"), _F("1e-12")), hop_cost=0,
        unit_idle_cost=_F("320e-12")),
    # tetris_T16_* (alexnet and vgg)
    "tetris_t16": Accelerator.from_nn_dataflow(
        (4, 4), (14, 14), regf=512, gbuf=133032, mem_type="3D", op_cost=_F("2e-12"),
        hier_cost=(_F("80e-12"), _F("14e-12"), _F("4e-12"), _F("0.6e-12")),
        hop_cost=_F("40e-12"), unit_idle_cost=_F("200e-12")),
    # mesh8x8_2D_alexnet_b16_hybrid_solve (CLI default costs)
    "mesh8x8_2d": Accelerator.from_nn_dataflow(
        (8, 8), (8, 8), regf=64, gbuf=32768, mem_type="2D"),
    # mesh8x8_2D_gbuf8k_alexnet_b16_hybrid_bs (CLI default costs)
    "mesh8x8_2d_gbuf8k": Accelerator.from_nn_dataflow(
        (8, 8), (8, 8), regf=64, gbuf=8192, mem_type="2D"),
    # mesh4x4_2D_lstm_phoneme_b16_base (CLI default costs)
    "mesh4x4_2d": Accelerator.from_nn_dataflow(
        (4, 4), (8, 8), regf=64, gbuf=32768, mem_type="2D"),
}


def preset_names():
    return list(PRESETS)


def preset(name: str) -> Accelerator:
    """A copy of a preset (safe to modify)."""
    import copy
    if name not in PRESETS:
        raise ValueError(f"unknown accelerator preset {name!r}; known: {', '.join(PRESETS)}")
    return copy.deepcopy(PRESETS[name])


def main(argv=None) -> int:
    """``python3 -m dataflow_opt.accelerator --emit DIR`` writes ``DIR/<preset>.mlir`` for every
    preset; ``--print NAME`` prints one."""
    import argparse
    import os
    import sys
    ap = argparse.ArgumentParser(prog="python3 -m dataflow_opt.accelerator")
    ap.add_argument("--emit", metavar="DIR")
    ap.add_argument("--print", metavar="NAME", choices=list(PRESETS))
    args = ap.parse_args(argv)
    if args.print:
        sys.stdout.write(PRESETS[args.print].to_mlir(args.print))
    elif args.emit:
        os.makedirs(args.emit, exist_ok=True)
        for name, acc in PRESETS.items():
            path = os.path.join(args.emit, f"{name}.mlir")
            with open(path, "w") as f:
                f.write(f"// Generated by dataflow_opt (python/), do not edit: "
                        f"python3 -m dataflow_opt.accelerator --print {name}\n")
                f.write(acc.to_mlir(name))
            print(path)
    else:
        ap.error("give --emit DIR or --print NAME")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
