"""dataflow_opt.segment_plot and the report's pipeline keys (docs/report-schema.md):
the timeline bars of a pipelined network, check_totals on it, and the plot itself."""

import dataclasses
import json
import os

import pytest

from dataflow_opt import report as rp
from dataflow_opt import segment_plot as sp

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "report-sample.json")


def segment(index, kind, spatial, temporal, origin, dims, nodes):
    return {"index": index, "kind": kind, "spatial": spatial, "temporal": temporal,
            "origin": origin, "dims": dims, "fold": None, "nodes": nodes}


def pipelined(kinds):
    """The sample's first network (conv1 1000 cycles, fc_from_loc 2500) in pipeline
    segments: 'spatial' puts both side by side in one segment, 'temporal' one after the
    other in one vertex, 'two' each in a segment of its own."""
    with open(SAMPLE) as f:
        d = json.load(f)
    net = d["networks"][0]
    conv, fc = net["layers"]
    if kinds == "spatial":
        conv["segment"] = segment(0, "spatial", 0, 0, [0, 0], [1, 2], [[0, 0], [0, 1]])
        fc["segment"] = segment(0, "spatial", 1, 0, [1, 0], [1, 2], [[1, 0], [1, 1]])
        segs = [{"index": 0, "kind": "spatial", "time": 2500, "critical_time": 2600,
                 "layers": ["conv1", "fc_from_loc"]}]
    elif kinds == "temporal":
        conv["segment"] = segment(0, "temporal", 0, 0, [0, 0], [2, 2], [[0, 0], [0, 1], [1, 0], [1, 1]])
        fc["segment"] = segment(0, "temporal", 0, 1, [0, 0], [2, 2], [[0, 0], [0, 1], [1, 0], [1, 1]])
        segs = [{"index": 0, "kind": "temporal", "time": 3500, "critical_time": 3500,
                 "layers": ["conv1", "fc_from_loc"]}]
    else:
        conv["segment"] = segment(0, "single", 0, 0, [0, 0], [2, 2], [[0, 0], [0, 1], [1, 0], [1, 1]])
        fc["segment"] = segment(1, "single", 0, 0, [0, 0], [2, 2], [[0, 0], [0, 1], [1, 0], [1, 1]])
        segs = [{"index": 0, "kind": "single", "time": 1000, "critical_time": 1000,
                 "layers": ["conv1"]},
                {"index": 1, "kind": "single", "time": 2500, "critical_time": 2500,
                 "layers": ["fc_from_loc"]}]
    time = sum(s["time"] for s in segs)
    net["pipeline"] = {"energy": 31.0, "static": 0.0, "time": time, "segments": segs}
    net["totals"]["energy"], net["totals"]["static"], net["totals"]["time"] = 31.0, 0.0, time
    return rp.from_dict(d).networks[0]


def test_pipeline_keys_read_typed():
    net = pipelined("spatial")
    assert net.pipeline.time == 2500 and net.pipeline.segments[0].critical_time == 2600
    assert net.layer("fc_from_loc").segment.nodes == ((1, 0), (1, 1))
    assert net.layer("conv1").segment.kind == "spatial"
    assert rp.check_totals(net) == []
    # Without a pipeline the same totals are not the layers' sums: check_totals says so.
    plain = rp.from_dict(dict(json.load(open(SAMPLE)))).networks[0]
    assert plain.pipeline is None and plain.layers[0].segment is None


def test_check_totals_uses_the_pipeline():
    net = pipelined("two")
    bad = rp.Network(net.name, net.accelerator, net.totals, net.layers,
                     rp.Pipeline(net.pipeline.energy, net.pipeline.static, 99,
                                 net.pipeline.segments))
    assert rp.check_totals(bad) == [
        "network 'net': totals.time is 3500, the pipeline's is 99"]


@pytest.mark.parametrize("kinds,expected", [
    # side by side: both start at 0, on rows 0 and 1
    ("spatial", [("conv1", 0, 0, 1000, "spatial", 2), ("fc_from_loc", 1, 0, 2500, "spatial", 2)]),
    # one vertex: the second layer follows the first on row 0
    ("temporal", [("conv1", 0, 0, 1000, "temporal", 4),
                  ("fc_from_loc", 0, 1000, 2500, "temporal", 4)]),
    # two segments: the second starts when the first ends
    ("two", [("conv1", 0, 0, 1000, "single", 4), ("fc_from_loc", 0, 1000, 2500, "single", 4)]),
])
def test_timeline_bars(kinds, expected):
    assert sp.timeline(pipelined(kinds)) == expected


def test_timeline_needs_a_pipeline():
    plain = rp.load(SAMPLE).networks[0]
    with pytest.raises(ValueError, match="not scheduled in pipeline segments"):
        sp.timeline(plain)


def test_plot_writes_an_image(tmp_path):
    pytest.importorskip("matplotlib")
    net = pipelined("spatial")
    ax = sp.plot_timeline(net)
    assert len(ax.patches) == 2
    out = tmp_path / "timeline.png"
    ax.figure.savefig(out)
    assert out.stat().st_size > 1000


def test_plot_gives_seconds_when_the_accelerator_has_a_clock():
    """The sample's accelerator runs at 500 MHz: 2500 cycles = 5 us (issue 22)."""
    pytest.importorskip("matplotlib")
    net = pipelined("spatial")
    assert net.units.clock_hz == 500e6
    ax = sp.plot_timeline(net)
    assert ax.get_title().endswith("2500 cycles = 5.000e-6 s at 500.0e6 Hz")
    assert [c.get_xlabel() for c in ax.child_axes] == ["time (s)"]
    # a report without units (or a clock): cycles only, and it says so
    ax = sp.plot_timeline(dataclasses.replace(net, units=None))
    assert ax.get_title().endswith("2500 cycles") and not ax.child_axes
    assert "no clock" in ax.get_xlabel()
