"""schedule() passes the systolic deconvolution choice (deconv=upsample|split|combine) through
to dataflow-schedule-systolic instead of always splitting the deconvolutions first; without
it the deconvolutions are split (decompose_deconv=True, as before)."""

import os

import pytest

from conftest import REPO_ROOT
from dataflow_opt import cli, schedule

DATAFLOW_OPT = os.path.join(REPO_ROOT, "build", "bin", "dataflow-opt")
built = pytest.mark.skipif(not os.access(DATAFLOW_OPT, os.X_OK), reason="dataflow-opt not built")
DCGAN = os.path.join(REPO_ROOT, "examples", "networks", "dcgan.mlir")
SYSTOLIC16 = os.path.join(REPO_ROOT, "examples", "accelerators", "systolic16.mlir")


def names(report):
    return [layer.name for layer in report.systolic_layers]


@built
def test_upsample_keeps_each_deconvolution_whole():
    report = schedule(DCGAN, SYSTOLIC16, binary=DATAFLOW_OPT, deconv="upsample")
    assert names(report) == ["deconv1", "deconv2", "deconv3", "deconv4"]


@built
def test_split_and_combine_and_the_default():
    split = schedule(DCGAN, SYSTOLIC16, binary=DATAFLOW_OPT, deconv="split")
    assert len(split.systolic_layers) == 16 and names(split)[:2] == [
        "deconv1.phase_0_0", "deconv1.phase_0_1"]
    combine = schedule(DCGAN, SYSTOLIC16, binary=DATAFLOW_OPT, deconv="combine")
    assert names(combine) == [f"deconv{i}.phases" for i in range(1, 5)]
    # Without deconv= schedule() splits them first (decompose_deconv=True): as deconv=split.
    default = schedule(DCGAN, SYSTOLIC16, binary=DATAFLOW_OPT)
    assert names(default) == names(split)
    assert default.systolic_totals.cycles == split.systolic_totals.cycles
    # The three choices price differently.
    assert len({split.systolic_totals.cycles, combine.systolic_totals.cycles,
                schedule(DCGAN, SYSTOLIC16, binary=DATAFLOW_OPT,
                         deconv="upsample").systolic_totals.cycles}) == 3


@built
def test_cli_deconv_flag(capsys):
    assert cli.main([DCGAN, "-a", SYSTOLIC16, "--table", "--deconv", "upsample"]) == 0
    out = capsys.readouterr().out
    assert "deconv1" in out and "phase_0_0" not in out


def test_deconv_errors():
    with pytest.raises(ValueError, match="deconv must be one of upsample, split, combine"):
        schedule(DCGAN, SYSTOLIC16, binary="/bin/false", deconv="phases")
    with pytest.raises(ValueError, match="applies to systolic accelerators"):
        schedule(DCGAN, "eyeriss_isca16", binary="/bin/false", deconv="split")
