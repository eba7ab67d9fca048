"""dataflow_opt.schedule(): options (validated and passed to dataflow-schedule), inputs
(Network, MLIR text, files; presets, Accelerator objects, accelerator files), errors."""

import os
import stat

import pytest

from dataflow_opt import Network, preset, schedule, zoo
from dataflow_opt import report as rp
from dataflow_opt.run import DataflowOptError, find_dataflow_opt, pipeline_options
from conftest import REPO_ROOT, built


def test_pipeline_options_are_validated():
    assert pipeline_options({}) == ""
    assert pipeline_options(dict(goal="ed", method="solver", disable_bypass=["i", "f"],
                                 threads=2, hybrid=True, batch_partition=False)) == \
        "goal=ed method=solver disable-bypass=i,f threads=2 hybrid=true batch-partition=false"
    assert pipeline_options(dict(disable_bypass="i, o,f")) == "disable-bypass=i,o,f"
    for bad, msg in [(dict(goal="x"), "goal must be one of e, d, ed"),
                     (dict(method="random"), "method must be one of"),
                     (dict(disable_bypass="i,x"), "distinct data categories"),
                     (dict(disable_bypass="i,i"), "distinct data categories"),
                     (dict(threads=-1), "threads must be an integer >= 0"),
                     (dict(threads=True), "threads must be an integer"),
                     (dict(hybrid="yes"), "hybrid must be True or False")]:
        with pytest.raises(ValueError, match=msg):
            pipeline_options(bad)
    with pytest.raises(TypeError, match="unknown schedule option.*gaol.*known: goal"):
        pipeline_options(dict(gaol="e"))
    assert pipeline_options(dict(hybrid=True, interlayer=True)) == "hybrid=true interlayer=true"
    with pytest.raises(ValueError, match="interlayer must be True or False"):
        pipeline_options(dict(interlayer=1))


def test_missing_binary_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("DATAFLOW_OPT", str(tmp_path / "nope"))
    with pytest.raises(DataflowOptError, match="DATAFLOW_OPT=.*nope.* is not an executable"):
        find_dataflow_opt()
    monkeypatch.delenv("DATAFLOW_OPT")
    monkeypatch.setattr("dataflow_opt.run._REPO_BINARY", str(tmp_path / "absent"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DataflowOptError, match="dataflow-opt not found: set DATAFLOW_OPT"):
        schedule(zoo.get("tiny_all_ops", 1), "eyeriss_isca16")


def test_binary_lookup_order(monkeypatch, tmp_path):
    fake = tmp_path / "dataflow-opt"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("DATAFLOW_OPT", str(fake))
    assert find_dataflow_opt() == str(fake)
    with pytest.raises(DataflowOptError, match=r"dataflow-opt failed \(exit 3\)"):
        schedule(zoo.get("tiny_all_ops", 1), "eyeriss_isca16")
    monkeypatch.delenv("DATAFLOW_OPT")
    monkeypatch.setattr("dataflow_opt.run._REPO_BINARY", str(tmp_path / "absent"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_dataflow_opt() == str(fake)


def test_bad_arguments(tmp_path):
    with pytest.raises(ValueError, match="neither a preset"):
        schedule(zoo.get("tiny_all_ops", 1), "no_such_accelerator")
    with pytest.raises(TypeError, match="accelerator must be"):
        schedule(zoo.get("tiny_all_ops", 1), 3)
    with pytest.raises(ValueError, match="neither MLIR text nor a file"):
        schedule("no/such/file.mlir", "eyeriss_isca16")
    # #24: an empty file or string is said to be empty.
    empty = tmp_path / "empty.mlir"
    empty.write_text("")
    with pytest.raises(ValueError, match="empty.mlir: the file is empty, it holds no network"):
        schedule(str(empty), "eyeriss_isca16")
    with pytest.raises(ValueError, match="network is empty"):
        schedule(" \n", "eyeriss_isca16")
    with pytest.raises(ValueError, match="decompose_deconv must be True or False"):
        schedule(zoo.get("tiny_all_ops", 1), "eyeriss_isca16", decompose_deconv="no")


@built
def test_schedule_inputs_agree():
    net = zoo.get("alexnet", batch=1)
    a = schedule(net, "eyeriss_isca16", threads=1)
    b = schedule(net.to_mlir(), preset("eyeriss_isca16"), threads=1)
    c = schedule(os.path.join(REPO_ROOT, "examples", "networks", "alexnet.mlir"),
                 os.path.join(REPO_ROOT, "examples", "accelerators", "eyeriss.mlir"), threads=1)
    assert a.networks[0].accelerator.name == "eyeriss_isca16"
    assert b.networks[0].accelerator.name == "accelerator"
    assert a.totals == b.totals
    assert [x.name for x in a.layers] == [x.name for x in c.layers]  # batch 16 there
    assert c.layers[0].ops == 16 * a.layers[0].ops
    assert rp.check_totals(a.networks[0]) == []


@built
def test_options_reach_the_pipeline():
    net = zoo.get("alexnet", batch=1)
    # On ISSCC'16 Eyeriss (static energy per cycle) the delay goal trades energy for time.
    e = schedule(net, "eyeriss_isscc16", goal="e", threads=1)
    d = schedule(net, "eyeriss_isscc16", goal="d", threads=1)
    assert e.totals.energy < d.totals.energy and d.totals.time < e.totals.time
    e = schedule(net, "eyeriss_isca16", threads=1)
    kept = schedule(net, "eyeriss_isca16", disable_bypass="i,o,f", threads=1)
    assert all(x.schedule.blocking.bypass for x in e.layers)  # batch 1: all bypass
    assert all(x.schedule.blocking.bypass == () for x in kept.layers)
    assert kept.totals.energy > e.totals.energy


@built
def test_interlayer_pipelines_a_grid_network():
    # interlayer=True reaches dataflow-schedule: the report carries the pipeline's segments,
    # and every MAC is still priced (T-16, a zoo MLP).
    net = zoo.get("mlp_s", batch=16)
    t16 = os.path.join(REPO_ROOT, "examples", "accelerators", "tetris_t16.mlir")
    flat = schedule(net, t16, hybrid=True, threads=1)
    piped = schedule(net, t16, hybrid=True, interlayer=True, threads=1)
    assert flat.networks[0].pipeline is None
    assert piped.networks[0].pipeline is not None and piped.networks[0].pipeline.segments
    assert piped.networks[0].coverage.scheduled_macs == flat.networks[0].coverage.scheduled_macs


@built
def test_dataflow_opt_errors_are_raised_with_diagnostics():
    # An output dimension over the IR's maximum (docs/robustness.md) fails in dataflow-opt's
    # verifier, located on the op. (A dilated convolution with stride 2, this test's case
    # before, is priced since: docs/cost-model.md "Dilated and 3-D convolution".)
    net = Network("big", batch=1)
    net.conv("conv", net.input("x", 3, 8, 8), 1 << 40, 3)
    with pytest.raises(DataflowOptError,
                       match=r"(?s)exit 1.*<network>:2:11: error: 'dataflow.conv' op output "
                             r"dimension 1 is 1099511627776, more than the maximum"):
        schedule(net, "eyeriss_isca16")


@built
def test_strided_and_depth_dilated_convolutions_schedule():
    # Stride 2 with dilation 2 (one stride-1 phase over the even inputs) and a 3-D conv with
    # depth dilation 2 (its D T slices read other input slices, the same convolutions):
    # every MAC is priced. By hand: 4 x 4 outputs x 9 x 3 x 4 = 1728 and 4 x 8 x 8 outputs x
    # 27 x 3 x 4 = 82944.
    net = Network("dilated", batch=1)
    net.conv("conv", net.input("x", 3, 8, 8), 4, 3, stride=2, dilation=2)
    assert schedule(net, "eyeriss_isca16").networks[0].coverage.scheduled_macs == 1728
    net = Network("dilated3d", batch=1)
    net.conv("conv", net.input_tensor("x", (1, 3, 4, 8, 8)), 4, 3, dilation=(2, 1, 1))
    assert schedule(net, "eyeriss_isca16").networks[0].coverage.scheduled_macs == 82944


@built
def test_other_element_widths_are_priced_at_the_word_size(capsys):
    """i8 on 16-bit Eyeriss: priced as 16-bit words (the same figures as i16), with a remark
    (issue 19; dataflow-attach-accelerator's strict-word-size=true refuses it)."""
    costs = []
    for dtype in ("i8", "i16"):
        net = Network("bytes", batch=1, dtype=dtype)
        net.fc("fc", net.input("x", 4), 2)
        costs.append(schedule(net, "eyeriss_isca16", threads=1).totals)
    assert costs[0] == costs[1]
    assert "remark: priced at accelerator @eyeriss_isca16's 16-bit words: argument #0 has " \
           "8-bit elements" in capsys.readouterr().err
