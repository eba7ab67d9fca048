"""dataflow_opt.report: the typed reader of dataflow-report's JSON (docs/report-schema.md).

The checked-in sample is the report of test/Transforms/Report/report.mlir (hand-written costs) with
search_seconds set to 0.25; test_binary_matches_sample regenerates it with the built binary,
so a change to the JSON that does not update the sample (and bump the schema version when
readers would notice) fails here.
"""

import json
import os
import subprocess

import pytest

from conftest import REPO_ROOT
from dataflow_opt import report as rp

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "report-sample.json")
INPUT = os.path.join(REPO_ROOT, "test", "Transforms", "Report", "report.mlir")
DATAFLOW_OPT = os.path.join(REPO_ROOT, "build", "bin", "dataflow-opt")
built = pytest.mark.skipif(not os.access(DATAFLOW_OPT, os.X_OK), reason="dataflow-opt not built")


def sample_dict():
    with open(SAMPLE) as f:
        return json.load(f)


def test_sample_reads_typed():
    r = rp.load(SAMPLE)
    assert r.schema_version == 2 and r.tool == "dataflow-opt" and r.search_seconds == 0.25
    assert [n.name for n in r.networks] == ["net", "partial"]
    net = r.network("net")
    # the top-level totals and layers are the first network's
    assert r.totals == net.totals and r.layers == net.layers
    # totals are exact left-to-right double sums
    assert net.totals.energy == 10.6 + 20.7 == 31.299999999999997
    assert net.totals.static == 0.1 + 0.2
    assert net.totals.time == 3500 and isinstance(net.totals.time, int)
    assert net.totals.accesses.gbuf == (288.5, 0.25, 1024.125)
    assert net.totals.components == {"mac": 4.0, "regf": 6.0, "itcn": 2.0, "gbuf": 3.0,
                                     "dram": 16.0, "noc": 0.0, "static": 0.1 + 0.2}


def test_sample_layers_and_schedules():
    r = rp.load(SAMPLE)
    conv, fc = r.layers
    assert (conv.name, conv.kind, conv.energy, conv.time) == ("conv1", "conv", 10.6, 1000)
    assert (conv.proc_cycles, conv.bus_cycles, conv.dram_cycles) == (1000, 10, 0)
    assert conv.utilization == 0.5625 and conv.ops == 4608.0
    assert conv.schedule.mapping == rp.ArrayMapping("row_stationary", (1, 2), (1, 1), 1, 2)
    assert conv.schedule.blocking == rp.Blocking(
        dram=(1, 2, 1), gbuf=(4, 1, 2), regf=(1, 4, 1), dram_order=("I", "B", "O"),
        gbuf_order=("B", "I", "O"), bypass=("ifm",))
    assert fc.name == "fc_from_loc" and fc.schedule.blocking.bypass == ()
    # a partial schedule: no mapping, free factors, no orders, undecided bypass
    pool = r.network("partial").layer("pool1")
    assert pool.schedule.mapping is None
    b = pool.schedule.blocking
    assert b.dram == (None, None, 2) and b.regf == (None, 1, None)
    assert b.dram_order is None and b.gbuf_order is None and b.bypass is None


def test_sample_accelerators():
    r = rp.load(SAMPLE)
    acc = r.network("net").accelerator
    assert (acc.name, acc.nodes, acc.pe_array, acc.memory) == ("acc", (1, 1), (16, 16), "3D")
    assert acc.dram_bandwidth is None and acc.bus_width is None
    assert acc.energy["dram"] == 200.0 and acc.energy["static_per_cycle"] == 0.1
    narrow = r.network("partial").accelerator
    assert narrow.dram_bandwidth == 25.6 and narrow.bus_width == 8 and narrow.memory == "2D"
    assert narrow.energy["mac"] == 2e-12


def test_totals_are_layer_sums():
    r = rp.load(SAMPLE)
    for network in r.networks:
        assert rp.check_totals(network) == []


def test_check_totals_finds_a_wrong_total():
    d = sample_dict()
    d["networks"][0]["totals"]["dram"] = 17.0
    d["networks"][0]["totals"]["accesses"]["itcn"][2] = 3.0
    errors = rp.check_totals(rp.from_dict(d).networks[0])
    assert len(errors) == 2
    assert "totals.dram is 17.0, the layers sum to 16.0" in errors[0]
    assert "accesses.itcn[ofm]" in errors[1]


def test_rejects_other_versions_and_missing_fields():
    d = sample_dict()
    d["schema_version"] = 1  # before physical units: readers of 2 refuse it
    with pytest.raises(ValueError, match="schema_version 1 is not 2"):
        rp.from_dict(d)
    d = sample_dict()
    del d["networks"][0]["layers"][1]["time"]
    with pytest.raises(ValueError, match="layer 'fc_from_loc' has no 'time'"):
        rp.from_dict(d)
    d = sample_dict()
    d["networks"][0]["layers"][0]["accesses"]["dram"] = [1, 2]
    with pytest.raises(ValueError, match=r"must be \[fil, ifm, ofm\]"):
        rp.from_dict(d)
    d = sample_dict()
    d["networks"] = []
    with pytest.raises(ValueError, match="empty"):
        rp.from_dict(d)


def test_cli_check(capsys, tmp_path):
    assert rp.main(["--check", SAMPLE]) == 0
    out = capsys.readouterr().out
    assert "net on acc: 2 layer(s), energy 31.299999999999997, time 3500" in out
    assert out.rstrip().endswith("totals are the sums of the layers")
    d = sample_dict()
    d["networks"][1]["totals"]["time"] = 65
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(d))
    assert rp.main(["--check", str(bad)]) == 1
    assert "totals.time is 65, the layers sum to 64" in capsys.readouterr().err


@built
def test_binary_matches_sample(tmp_path):
    out = tmp_path / "report.json"
    subprocess.run([DATAFLOW_OPT, INPUT, f"--dataflow-report=file={out}", "-o", os.devnull],
                   check=True)
    generated = json.loads(out.read_text())
    assert generated["search_seconds"] >= 0
    generated["search_seconds"] = 0.25
    assert generated == sample_dict()
    r = rp.load(str(out))
    assert all(rp.check_totals(n) == [] for n in r.networks)


@built
def test_binary_table_totals_line(tmp_path):
    out = subprocess.run([DATAFLOW_OPT, INPUT, "--dataflow-report=format=table", "-o",
                          os.devnull], check=True, capture_output=True, text=True).stdout
    totals = [line for line in out.splitlines() if line.startswith("total")]
    assert len(totals) == 2 and "31.30" in totals[0] and "750.0e-12" in totals[1]


def test_partitioned_layer_reads_typed():
    """A multi-node layer's partition and NoC hops (report keys added in schema 1)."""
    from dataflow_opt.report import Layer
    d = sample_dict()["layers"][0]
    d = dict(d, noc_hops={"unit_hops": [0, 1536, 0], "mem_hops": [0, 1536, 0],
                     "node_hops": [0, 0, 0], "total_hops": [0, 1536, 0],
                     "access_divisor": [1, 1, 1]})
    d["schedule"] = dict(d["schedule"], partition={
        "order": ["outp", "batp", "inpp", "ofmp"], "outp": [1, 1], "ofmp": [2, 2],
        "batp": [1, 1], "inpp": [1, 1], "access_forwarding": False, "buffer_sharing": False})
    layer = Layer.from_dict(d)
    assert layer.schedule.partition.ofmp == (2, 2)
    assert layer.noc_hops.total_hops == (0.0, 1536.0, 0.0)
    assert Layer.from_dict(sample_dict()["layers"][0]).noc_hops is None


@built
def test_systolic_network_reads_typed(tmp_path, capsys):
    # The DCGAN example on the systolic array: systolic_totals / systolic_layers, the sums
    # check, and the CLI summary.
    out = tmp_path / "dcgan.json"
    subprocess.run([DATAFLOW_OPT, os.path.join(REPO_ROOT, "examples", "networks", "dcgan.mlir"),
                    "--dataflow-attach-accelerator=file=" +
                    os.path.join(REPO_ROOT, "examples", "accelerators", "systolic16.mlir"),
                    f"--dataflow-schedule=progress=off lower=false deconv=split report={out}",
                    "-o", os.devnull], check=True)
    r = rp.load(str(out))
    (net,) = r.networks
    assert isinstance(net.accelerator, rp.SystolicAccelerator)
    assert net.accelerator.partition == (0.3, 0.3, 0.4)
    assert net.accelerator.dataflow == "output_stationary"
    assert net.totals is None and net.layers == []
    assert len(net.systolic_layers) == 16
    first = net.systolic_layers[0]
    assert (first.name, first.method, first.order) == ("deconv1.phase_0_0", "static",
                                                      "channel_major")
    assert first.cycles == max(first.compute_cycles, first.memory_cycles)
    assert rp.check_totals(net) == []
    broken = json.loads(out.read_text())
    broken["networks"][0]["systolic_totals"]["cycles"] += 1
    assert rp.check_totals(rp.from_dict(broken).networks[0]) != []
    assert rp.main([str(out), "--check"]) == 0
    assert "dcgan on systolic systolic16: 16 layer(s) on the array" in capsys.readouterr().out


@built
def test_systolic_energy_physical_line(tmp_path):
    # A systolic accelerator with energies: the Python reader prints the same physical:
    # line as the C++ table (test/Transforms/Report/report-systolic-energy.mlir).
    src = os.path.join(REPO_ROOT, "test", "Transforms", "Report", "report-systolic-energy.mlir")
    out = tmp_path / "sa.json"
    subprocess.run([DATAFLOW_OPT, src, f"--dataflow-report=file={out}", "-o", os.devnull],
                   check=True)
    table = subprocess.run([DATAFLOW_OPT, src, "--dataflow-report=format=table file=-", "-o",
                            os.devnull], check=True, capture_output=True, text=True).stdout
    (net,) = rp.load(str(out)).networks
    assert net.systolic_totals.energy == 4000.0
    line = net.physical_line()
    assert line.startswith("physical: energy 4.000e-9 J; time 400 cycles")
    assert line in table.splitlines()


def test_sample_units_and_physical():
    """Schema 2: each network's units and each figure in SI units (docs/report-schema.md,
    "Physical units"). @acc is relative at 0.5 GHz, @narrow in joules at 1 GHz."""
    r = rp.load(SAMPLE)
    net, partial = r.networks
    assert net.units == rp.Units("relative", "relative (MAC = 1)", None, 5e8, None)
    # relative energies: seconds but no joules, power or EDP
    assert net.totals.physical == rp.Physical(None, 3500 / 5e8, None, None)
    assert [l.physical.seconds for l in net.layers] == [1000 / 5e8, 2500 / 5e8]
    assert partial.units.energy == "J" and partial.units.joules_per_unit == 1.0
    p = partial.totals.physical
    assert (p.energy_j, p.seconds) == (7.5e-10, 64 / 1e9)
    assert p.power_w == 7.5e-10 / (64 / 1e9) and p.edp_js == 7.5e-10 * (64 / 1e9)
    assert partial.physical_line() == (
        "physical: energy 750.0e-12 J; time 64 cycles = 64.00e-9 s at 1.000e9 Hz; "
        "average power 11.72e-3 W; EDP 48.00e-18 J·s")
    assert net.physical_line().endswith("power and EDP need energies in joules")


def test_physical_line_without_clock_or_unit():
    """No energy_unit and no clock: the line says what is missing instead of a number."""
    d = sample_dict()
    n = d["networks"][0]
    n["units"] = dict(n["units"], energy=None, clock_hz=None,
                      energy_note="the accelerator's unit, not stated (energy_unit gives it)")
    n["totals"]["physical"] = {"energy_j": None, "seconds": None, "power_w": None, "edp_js": None}
    line = rp.from_dict(d).networks[0].physical_line()
    assert line == ("physical: energy 31.30 in the accelerator's unit (not stated), no joules; "
                    "time 3.500e3 cycles (no clock: clock_ghz gives seconds); "
                    "power and EDP need energies in joules")
