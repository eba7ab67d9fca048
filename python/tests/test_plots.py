"""dataflow_opt.plots on the checked-in sample report (no binary needed): the bars are the
report's numbers, and the files are written and non-empty."""

import os

import pytest

pytest.importorskip("matplotlib")

from dataflow_opt import plots  # noqa: E402
from dataflow_opt import report as rp  # noqa: E402

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "report-sample.json")


def _bars(ax):
    return [(round(p.get_x() + p.get_width() / 2), p.get_y(), p.get_height())
            for p in ax.patches]


def test_energy_breakdown_is_stacked_by_component():
    r = rp.load(SAMPLE)
    net = r.network("net")
    ax = plots.energy_breakdown(r).axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    shown = [c for c in rp.COMPONENTS if any(getattr(x, c) for x in net.layers)]
    assert legend == [plots.COMPONENT_LABELS[c] for c in shown]
    bars = _bars(ax)
    assert len(bars) == len(shown) * len(net.layers)
    for i, layer in enumerate(net.layers):
        stack = [b for b in bars if b[0] == i]
        assert [h for _, _, h in stack] == pytest.approx([getattr(layer, c) for c in shown])
        assert stack[-1][1] + stack[-1][2] == pytest.approx(sum(layer.components.values()))
    assert [t.get_text() for t in ax.get_xticklabels()] == ["conv1", "fc_from_loc"]


def test_time_and_utilization_bars():
    r = rp.load(SAMPLE)
    ax = plots.time_per_layer(r).axes[0]
    assert [h for _, _, h in _bars(ax)] == [x.time for x in r.layers]
    ax = plots.utilization(r, network="partial").axes[0]
    assert [h for _, _, h in _bars(ax)] == [100 * x.utilization
                                           for x in r.network("partial").layers]
    assert "partial" in ax.get_title()


def test_files_are_written(tmp_path):
    r = rp.load(SAMPLE)
    paths = plots.save_all(r, str(tmp_path / "out"))
    assert [os.path.basename(p) for p in paths] == [
        "net-energy.png", "net-time.png", "net-utilization.png",
        "partial-energy.png", "partial-time.png", "partial-utilization.png"]
    for p in paths:
        with open(p, "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n"
        assert os.path.getsize(p) > 1000
    svg = plots.energy_breakdown(r, str(tmp_path / "e.svg"))
    assert open(svg).read().lstrip().startswith("<?xml")


def test_physical_units_on_the_axes():
    """Issue 22: @net is relative at 0.5 GHz, @partial in joules at 1 GHz (report.mlir)."""
    r = rp.load(SAMPLE)
    ax = plots.energy_breakdown(r).axes[0]
    assert ax.get_ylabel() == "energy (relative, MAC = 1)"
    fig = plots.energy_breakdown(r, network="partial")
    ax = fig.axes[0]
    assert ax.get_ylabel() == "energy (J)"
    pool = r.network("partial").layers[0]
    assert sum(h for _, _, h in _bars(ax)) == pytest.approx(pool.mac + pool.dram)
    # the footer carries the physical line
    texts = [t.get_text() for t in fig.texts]
    assert r.network("partial").physical_line() in texts
    assert any("average power 11.72e-3 W" in t for t in texts)
    # time: cycles on the left, seconds on the right (the clock's)
    fig = plots.time_per_layer(r)
    right = fig.axes[0].child_axes
    assert len(right) == 1 and right[0].get_ylabel() == "time (s at 500 MHz)"
    assert fig.axes[0].get_ylabel() == "time (cycles)"


def test_no_clock_no_seconds_axis():
    import json
    with open(SAMPLE) as f:
        d = json.load(f)
    d["networks"][0]["units"]["clock_hz"] = None
    fig = plots.time_per_layer(rp.from_dict(d))
    assert fig.axes[0].child_axes == []
