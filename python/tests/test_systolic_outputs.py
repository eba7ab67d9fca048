"""A systolic accelerator through every Python output: schedule() returns the systolic
figures, the CLI's table prints them, the plots draw them (and warn for energy, which the
systolic model does not have)."""

import os
import warnings

import pytest

from conftest import REPO_ROOT
from dataflow_opt import cli, plots, schedule

DATAFLOW_OPT = os.path.join(REPO_ROOT, "build", "bin", "dataflow-opt")
built = pytest.mark.skipif(not os.access(DATAFLOW_OPT, os.X_OK), reason="dataflow-opt not built")
DCGAN = os.path.join(REPO_ROOT, "examples", "networks", "dcgan.mlir")
SYSTOLIC16 = os.path.join(REPO_ROOT, "examples", "accelerators", "systolic16.mlir")


@pytest.fixture(scope="module")
def report():
    return schedule(DCGAN, SYSTOLIC16, binary=DATAFLOW_OPT)


@built
def test_schedule_returns_the_systolic_report(report):
    assert report.systolic
    assert report.totals is None and report.layers == []
    # schedule() decomposes deconvolutions first: four phases per deconvolution.
    assert len(report.systolic_layers) == 16
    assert report.systolic_layers[0].name == "deconv1.phase_0_0"
    assert report.systolic_totals.cycles == sum(x.cycles for x in report.systolic_layers)
    assert report.systolic_totals.transfer > 0


@built
def test_cli_table_prints_systolic_layers(capsys):
    assert cli.main([DCGAN, "-a", SYSTOLIC16, "--table"]) == 0
    out = capsys.readouterr().out
    assert "dcgan on systolic16" in out
    assert "deconv1.phase_0_0" in out and "static" in out
    total = [line for line in out.splitlines() if line.strip().startswith("total")]
    assert len(total) == 1 and "2878214" in total[0]


@built
def test_plots_draw_systolic_figures(report, tmp_path):
    paths = plots.save_all(report, str(tmp_path))
    assert [os.path.basename(p) for p in paths] == [
        "dcgan-time.png", "dcgan-utilization.png", "dcgan-transfer.png"]
    assert all(os.path.getsize(p) > 0 for p in paths)
    fig = plots.time_per_layer(report)
    ax = fig.axes[0]
    assert len(ax.patches) == 16  # one bar per systolic layer
    assert ax.patches[0].get_height() == report.systolic_layers[0].cycles
    with pytest.warns(UserWarning, match="no energy figures"):
        assert plots.energy_breakdown(report) is None


TIES = os.path.join(REPO_ROOT, "test", "Transforms", "Search", "schedule-systolic-tool-rules.mlir")


@built
def test_tool_rules_reproduce_the_original_through_schedule():
    # The original optimizer's order-tie layers (flowNetS layer 6, test3d layer 12): with
    # tool_rules its figures, by default this project's (the same cycles, less traffic on
    # the first; the consistent 3-D model on the second).
    tool = schedule(TIES, SYSTOLIC16, binary=DATAFLOW_OPT, tool_rules=True,
                    systolic_method="exhaustive")
    got = {x.name: (x.rules, x.order, x.cycles, x.transfer) for x in tool.systolic_layers}
    assert got == {"flownets6": ("tool", "row_major", 5013504.0, 7472128.0),
                   "test3d12": ("tool", "row_major", 5640192.0, 1205248.0)}
    ours = schedule(TIES, SYSTOLIC16, binary=DATAFLOW_OPT, systolic_method="exhaustive")
    first = ours.systolic_layers[0]
    assert first.rules == "consistent"
    assert first.cycles == 5013504.0 and first.transfer < 7472128.0
