"""Issue 19, "no report without its coverage line": every plot carries the coverage line
of its network (the JSON, table, Python report, HTML and CLI forms are tested in
test/Transforms/Report/report-coverage.mlir, test_html_report.py and
test_import_coverage.py). An imported network that left MACs out says so on each plot."""

import copy
import json
import os

import pytest

pytest.importorskip("matplotlib")

from dataflow_opt import plots  # noqa: E402
from dataflow_opt import report as rp  # noqa: E402

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "report-sample.json")
# (transfer_per_layer is the systolic arrays' plot; its footer is the same _finish)
KINDS = [plots.energy_breakdown, plots.time_per_layer, plots.utilization]


def _texts(fig):
    return [t.get_text() for t in fig.texts]


@pytest.mark.parametrize("plot", KINDS, ids=[k.__name__ for k in KINDS])
def test_every_plot_states_the_coverage(plot):
    r = rp.load(SAMPLE)
    fig = plot(r)
    assert [t for t in _texts(fig) if t.startswith("coverage: ")] == [
        r.network("net").coverage.line()]
    assert r.network("net").coverage.line().startswith("coverage: 57.34e3 MACs scheduled")


@pytest.mark.parametrize("plot", KINDS, ids=[k.__name__ for k in KINDS])
def test_a_partial_import_is_visible_on_every_plot(plot, tmp_path):
    with open(SAMPLE) as f:
        d = json.load(f)
    d = copy.deepcopy(d)
    net = next(n for n in d["networks"] if n["name"] == "net")
    net["coverage"].update(model_macs=4 * 57344, fraction=0.25, left_out=[
        {"name": "attn", "op": "MultiheadAttention", "macs": 3 * 57344,
         "reason": "only self-attention"}])
    path = tmp_path / "partial.json"
    path.write_text(json.dumps(d))
    fig = plot(rp.load(str(path)))
    line = [t for t in _texts(fig) if t.startswith("coverage: ")]
    assert len(line) == 1 and "of the model's 229.4e3 MACs scheduled (25.0%)" in line[0] and \
        "attn (MultiheadAttention" in line[0], line
