"""torchvision ResNet-18, ResNet-50 and MobileNetV2 (built without weights) go from PyTorch to
a scheduled report: torch.fx import -> dataflow-opt's dataflow-schedule -> parsed JSON.
ResNet-18 also goes through ONNX, and both importers must give the same costs layer by layer.
Batch 1 on eyeriss_isca16 with threads=1: each search takes well under a second of CPU
(docs/performance.md, "Python front end")."""

import io

import pytest

from conftest import built

torch = pytest.importorskip("torch")
tv = pytest.importorskip("torchvision")

from dataflow_opt import report as rp  # noqa: E402
from dataflow_opt import schedule, torchvision_model  # noqa: E402

pytestmark = built

# model -> (conv, fc, eltwise, pool) layer counts of the imported network
EXPECTED = {
    "resnet18": (20, 1, 8, 2),
    "resnet50": (53, 1, 16, 2),
    "mobilenet_v2": (52, 1, 10, 1),
}
# Multiply-accumulates of the convolutions and the classifier at 224 x 224, in G, as
# torchvision's model documentation lists them ("GFLOPS" column, 2 decimals): an independent
# count the report's ops must match.
PUBLISHED_GMACS = {"resnet18": 1.81, "resnet50": 4.09, "mobilenet_v2": 0.30}


@pytest.mark.parametrize("model", sorted(EXPECTED))
def test_torchvision_to_report(model):
    net = torchvision_model(model, batch=1)
    assert net.import_warnings == []
    counts = tuple(net.count(k) for k in ("conv", "fc", "eltwise", "pool"))
    assert counts == EXPECTED[model]
    report = schedule(net, "eyeriss_isca16", threads=1)
    assert len(report.networks) == 1 and report.networks[0].name == model
    assert [x.name for x in report.layers] == [o.name for o in net.layers]
    assert [x.kind for x in report.layers] == [o.op for o in net.layers]
    assert rp.check_totals(report.networks[0]) == []
    assert all(x.energy > 0 and x.time > 0 for x in report.layers)
    gmacs = sum(x.ops for x in report.layers if x.kind in ("conv", "fc")) / 1e9
    assert round(gmacs, 2) == PUBLISHED_GMACS[model]
    assert all(0 < x.utilization <= 1 for x in report.layers if x.kind == "conv")
    # every MAC of the convolutions is counted: ops of a conv = N*M*E*F*(C/groups)*R*S.
    # The model computes ops as nn_dataflow does, unit_ops * loop counts with occupancy
    # factors in doubles (docs/cost-model.md section 4), so it can be off by an ulp
    # (115605504.00000001 for ResNet's 3x3 256-channel convs): compare to 1e-12.
    for op in net.layers:
        if op.op == "conv":
            n, m, e, f = op.shape
            c = net.shape(op.operands[0])[1]
            r, s = op.attrs["kernel"]
            assert report.networks[0].layer(op.name).ops == pytest.approx(
                n * m * e * f * (c // op.attrs["groups"]) * r * s, rel=1e-12), op.name


def test_resnet18_onnx_and_fx_agree():
    from dataflow_opt import from_onnx
    m = tv.models.resnet18(weights=None).eval()
    buf = io.BytesIO()
    torch.onnx.export(m, torch.zeros(1, 3, 224, 224), buf, opset_version=13)
    via_onnx = schedule(from_onnx(buf.getvalue(), name="resnet18"), "eyeriss_isca16",
                        threads=1)
    via_fx = schedule(torchvision_model("resnet18"), "eyeriss_isca16", threads=1)
    assert len(via_onnx.layers) == len(via_fx.layers) == 31
    for a, b in zip(via_onnx.layers, via_fx.layers):
        assert (a.kind, a.energy, a.time) == (b.kind, b.energy, b.time), (a.name, b.name)
    assert via_onnx.totals.energy == via_fx.totals.energy


def test_schedule_keeps_report_and_ir(tmp_path):
    net = torchvision_model("resnet18")
    out, rep = str(tmp_path / "r18.mlir"), str(tmp_path / "r18.json")
    report = schedule(net, "eyeriss_isca16", output=out, report_file=rep, threads=1)
    assert rp.load(rep).totals == report.totals
    text = open(out).read()
    assert "dataflow.accelerator @eyeriss_isca16" in text
    assert "dataflow.cost" in text and "dataflow.layer_schedule" in text  # lowered
