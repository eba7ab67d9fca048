import json
import math
import os
import re
import shlex

import pytest

from conftest import REPO_ROOT
from dataflow_opt.accelerator import PRESETS, Accelerator, Energy, format_float, preset

# The reference runs' recorded outputs (docs/cost-model.md §8), each with its command line.
REFERENCE_DATA = os.path.join(REPO_ROOT, "test", "Reference", "data")
# run -> preset
RUNS = {
    "eyeriss_isca16_alexnet_b16": "eyeriss_isca16",
    "eyeriss_alexnet_b16_bypass": "eyeriss_isca16",
    "eyeriss_isscc16_alexnet_b4": "eyeriss_isscc16",
    "tetris_L1_alexnet_b16": "tetris_l1",
    "tetris_T16_alexnet_b16_base": "tetris_t16",
    "tetris_T16_vgg_b16_base": "tetris_t16",
    "mesh8x8_2D_alexnet_b16_hybrid_solve": "mesh8x8_2d",
    "mesh8x8_2D_gbuf8k_alexnet_b16_hybrid_bs": "mesh8x8_2d_gbuf8k",
    "mesh4x4_2D_lstm_phoneme_b16_base": "mesh4x4_2d",
}


def energy(**kw):
    base = dict(mac=1, regf=1, itcn=2, gbuf=6, dram=200, noc_hop=0, static_per_cycle=0)
    base.update(kw)
    return Energy(**base)


def test_doc_example_exact():
    doc = open(os.path.join(REPO_ROOT, "docs", "ir-reference.md")).read()
    block = re.search(r"```mlir\n(dataflow\.accelerator .*?\n\})\n```", doc, re.S).group(1)
    assert PRESETS["eyeriss_isca16"].to_mlir("eyeriss") == block + "\n"


def test_format_float_round_trips_and_is_mlir_float():
    for x in [0, 1, 200, 4.6e-10, 2e-12, 0.6e-12, 1.5e-10, 1e16, 1e-300, 0.1, 123456.789,
              5e-324, 1.7976931348623157e308]:
        s = format_float(x)
        assert float(s) == float(x)
        assert re.fullmatch(r"[0-9]+\.[0-9]*(e[-+]?[0-9]+)?", s), s
    assert format_float(460e-12) == "4.6e-10"
    assert format_float(200) == "200.0"
    assert format_float(2e-12) == "2.0e-12"
    assert format_float(1e16) == "1.0e+16"
    for bad in [math.inf, math.nan, True]:
        with pytest.raises(ValueError):
            format_float(bad)


def test_isscc16_text():
    text = PRESETS["eyeriss_isscc16"].to_mlir("isscc")
    assert text == (
        "dataflow.accelerator @isscc {\n"
        "  nodes = [1, 1], pe_array = [12, 14],\n"
        "  regf_bytes = 522, gbuf_bytes = 110592, word_bits = 16,\n"
        '  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,\n'
        "  energy = #dataflow.energy<mac = 2.0e-12, regf = 1.0e-12, itcn = 4.0e-12, "
        "gbuf = 1.5e-11, dram = 4.6e-10, noc_hop = 0.0, static_per_cycle = 1.5e-10>\n"
        "}\n")


def test_limited_bandwidth_and_quoted_symbol():
    a = Accelerator(nodes=(2, 3), pe_array=[4, 5], regf_bytes=64, gbuf_bytes=1024,
                    energy=energy(), memory="2D", dram_bandwidth=25.6, bus_width=8)
    t = a.to_mlir("my-acc")
    assert t.startswith('dataflow.accelerator @"my-acc" {\n  nodes = [2, 3], pe_array = [4, 5],')
    assert "dram_bandwidth = 25.6, bus_width = 8," in t
    assert Accelerator(nodes=(1, 1), pe_array=(1, 1), regf_bytes=1, gbuf_bytes=1,
                       energy=energy(), dram_bandwidth=16).to_mlir("a").count("16.0,") == 1


@pytest.mark.parametrize("kw,match", [
    (dict(nodes=(0, 1)), "nodes"),
    (dict(nodes=(1, 1, 1)), "nodes"),
    (dict(pe_array=(16,)), "pe_array"),
    (dict(regf_bytes=0), "regf_bytes"),
    (dict(gbuf_bytes=1.5), "gbuf_bytes"),
    (dict(word_bits=0), "word_bits"),
    (dict(memory="3d"), "memory"),
    (dict(dram_bandwidth=0), "dram_bandwidth"),
    (dict(dram_bandwidth=math.inf), "dram_bandwidth"),
    (dict(bus_width=2.5), "bus_width"),
    (dict(bus_width=0), "bus_width"),
    (dict(energy=None), "energy"),
])
def test_accelerator_errors(kw, match):
    args = dict(nodes=(1, 1), pe_array=(16, 16), regf_bytes=512, gbuf_bytes=131072,
                energy=energy())
    args.update(kw)
    with pytest.raises(ValueError, match=match):
        Accelerator(**args)


@pytest.mark.parametrize("field", ["mac", "dram", "static_per_cycle"])
def test_energy_errors(field):
    with pytest.raises(ValueError, match=field):
        energy(**{field: -1.0})
    with pytest.raises(ValueError, match=field):
        energy(**{field: math.nan})


def test_preset_copy_and_unknown():
    p = preset("tetris_t16")
    p.gbuf_bytes = 1
    assert PRESETS["tetris_t16"].gbuf_bytes == 133032
    with pytest.raises(ValueError, match="unknown accelerator preset"):
        preset("tpu")


def test_presets_hardcoded():
    t = PRESETS["tetris_t16"]
    assert (t.nodes, t.pe_array, t.regf_bytes, t.gbuf_bytes, t.memory) == \
        ((4, 4), (14, 14), 512, 133032, "3D")
    assert t.energy == Energy(mac=2e-12, regf=0.6e-12, itcn=4e-12, gbuf=14e-12, dram=80e-12,
                              noc_hop=40e-12, static_per_cycle=200e-12)
    m = PRESETS["mesh8x8_2d_gbuf8k"]
    assert (m.nodes, m.pe_array, m.regf_bytes, m.gbuf_bytes, m.memory) == \
        ((8, 8), (8, 8), 64, 8192, "2D")
    assert m.energy == energy(noc_hop=10)  # nn_dataflow CLI defaults
    for p in PRESETS.values():
        assert p.dram_bandwidth is None and p.bus_width is None and p.word_bits == 16


def _parse_cmd(cmd):
    toks = shlex.split(cmd)
    opts, i = {}, 0
    while i < len(toks):
        if toks[i].startswith("--"):
            key, vals = toks[i][2:], []
            i += 1
            while i < len(toks) and not toks[i].startswith("-"):
                vals.append(toks[i])
                i += 1
            opts[key] = vals
        else:
            i += 1
    return opts


def test_presets_match_reference_command_lines():
    for run, name in RUNS.items():
        with open(os.path.join(REFERENCE_DATA, run + ".json")) as f:
            o = _parse_cmd(json.load(f)["command"])
        p = PRESETS[name]
        assert list(p.nodes) == [int(x) for x in o["nodes"]], run
        assert list(p.pe_array) == [int(x) for x in o["array"]], run
        assert p.regf_bytes == int(o["regf"][0]) and p.gbuf_bytes == int(o["gbuf"][0]), run
        assert p.memory == o["mem-type"][0], run
        hier = [float(x) for x in o.get("hier-cost", ["200", "6", "2", "1"])]
        e = p.energy
        assert [e.dram, e.gbuf, e.itcn, e.regf] == hier, run
        assert e.mac == float(o.get("op-cost", ["1"])[0]), run
        assert e.noc_hop == float(o.get("hop-cost", ["10"])[0]), run
        assert e.static_per_cycle == float(o.get("unit-idle-cost", ["0"])[0]), run
        assert p.word_bits == int(o.get("word", ["16"])[0]), run


def test_cli(tmp_path):
    from dataflow_opt.accelerator import main
    assert main(["--emit", str(tmp_path)]) == 0
    assert sorted(p.stem for p in tmp_path.iterdir()) == sorted(PRESETS)
    text = (tmp_path / "tetris_t16.mlir").read_text()
    assert text.startswith("// Generated") and "dataflow.accelerator @tetris_t16 {" in text


DATAFLOW_OPT = os.path.join(REPO_ROOT, "build", "bin", "dataflow-opt")


@pytest.mark.skipif(not os.access(DATAFLOW_OPT, os.X_OK), reason="dataflow-opt not built")
def test_presets_parse_with_dataflow_opt(tmp_path):
    import subprocess
    f = tmp_path / "all.mlir"
    f.write_text("".join(a.to_mlir(n) for n, a in PRESETS.items()))
    r = subprocess.run([DATAFLOW_OPT, str(f)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
