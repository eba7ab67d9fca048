"""The Dask sweep driver (python3 -m dataflow_opt.sweep): the merge that cannot duplicate rows,
the shards on a local Dask cluster (two worker processes on 127.0.0.1) against plain
dataflow-dse, resume of finished and half-written shards, the output lock, and the Slurm
job-array recipe of docs/design-space-sweeps.md run for every array index without Slurm."""
import os
import re
import subprocess
import sys

import pytest

from dataflow_opt import dse_networks, sweep

from conftest import PYTHON_DIR, REPO_ROOT

HEADER = sweep.HEADER
DSE = os.path.join(REPO_ROOT, "build", "bin", "dataflow-dse")
HAVE_DSE = os.access(DSE, os.X_OK)
needs_dse = pytest.mark.skipif(not HAVE_DSE, reason="dataflow-dse is not built")


def row(net, pe, energy="1.5", cpu="0.001", hw=0, status="ok"):
    return (f"{net},eyeriss,1x1,{pe},{pe},64,8192,unlimited,unlimited,none,false,,,,,,,,"
            f"e,exhaustive,-,{hw},3,{energy},10,15,99.5,,{cpu},{status},"
            + ("relative,5e-08,," if status == "ok" else "relative,,,") + "\n")


def write(path, *rows, header=HEADER):
    path.write_text(header + "\n" + "".join(rows))
    return str(path)


def without_cpu(path, sort=True):
    """The rows without search_cpu_s (column 29, a measurement)."""
    cpu = sweep._CPU
    lines = [",".join(l.split(",")[:cpu] + l.split(",")[cpu + 1:])
             for l in open(path).read().splitlines()]
    return sorted(lines) if sort else lines


# ------------------------------------------------------------------------- merge
def test_merge_keeps_each_key_once(tmp_path):
    a = write(tmp_path / "a.csv", row("n1", 8), row("n2", 8))
    # n1 again, timed differently and at another hw index (another spec): the same result
    b = write(tmp_path / "b.csv", row("n1", 8, cpu="9.9", hw=4), row("n1", 16),
              row("n3", 8, status='"infeasible: layer \'x\': a, b"'))
    out = tmp_path / "out.csv"
    assert sweep.merge([a, b], str(out)) == (4, 1)
    lines = out.read_text().splitlines()
    assert lines[0] == HEADER
    assert [l.split(",")[0:4:3] for l in lines[1:]] == [["n1", "8"], ["n2", "8"],
                                                        ["n1", "16"], ["n3", "8"]]
    assert lines[1].split(",")[sweep._CPU] == "0.001"  # the first row of a key is kept
    assert lines[4].endswith('"infeasible: layer \'x\': a, b",relative,,,')  # written as read


def test_merge_refuses_a_conflicting_duplicate_and_keeps_the_output(tmp_path):
    a = write(tmp_path / "a.csv", row("n1", 8))
    b = write(tmp_path / "b.csv", row("n2", 8), row("n1", 8, energy="2.5"))
    out = tmp_path / "out.csv"
    out.write_text("old\n")
    with pytest.raises(sweep.SweepError, match=r"b\.csv:3: network 'n1' .* as .*a\.csv:2 "
                                               "with other figures"):
        sweep.merge([a, b], str(out))
    assert out.read_text() == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["a.csv", "b.csv", "out.csv"]  # no temporary left


def test_merge_drops_an_interrupted_line_and_refuses_foreign_files(tmp_path, capsys):
    a = tmp_path / "a.csv"
    a.write_text(HEADER + "\n" + row("n1", 8) + "n2,8,8,64")
    assert sweep.merge([str(a)], str(tmp_path / "o.csv")) == (1, 0)
    assert "a.csv:3: ignoring an incomplete last line" in capsys.readouterr().err
    bad = write(tmp_path / "bad.csv", "x\n", header="name,energy")
    with pytest.raises(sweep.SweepError, match="bad.csv:1: not a dataflow-dse CSV"):
        sweep.merge([bad], str(tmp_path / "o.csv"))
    short = write(tmp_path / "short.csv", "n1,8\n")
    with pytest.raises(sweep.SweepError, match="short.csv:2: a row with 2 columns"):
        sweep.merge([short], str(tmp_path / "o.csv"))


def test_shard_command():
    cmd = sweep.shard_command("/b/dataflow-dse", ["/n"], {"sweep": "/s.txt", "set": ["a=1", "b=2"],
                              "goal": None, "disable_bypass": "i,o", "threads": 2}, 3, 8, "/p.csv")
    assert cmd == ["/b/dataflow-dse", "/n", "--sweep=/s.txt", "--set=a=1", "--set=b=2",
                   "--disable-bypass=i,o", "--threads=2", "--shard=3/8", "-o", "/p.csv",
                   "--progress", "off"]


def test_output_lock_refuses_a_second_writer(tmp_path):
    out = str(tmp_path / "s.csv")
    with sweep.OutputLock(out):
        with pytest.raises(sweep.SweepError, match=r"'.*s\.csv' is being written by another "
                           r"run \(dataflow_opt.sweep pid %d on host" % os.getpid()):
            sweep.OutputLock(out).__enter__()
    assert not os.path.exists(out + ".lock")


# ------------------------------------------------------------------------- Dask
@pytest.fixture(scope="module")
def workload(tmp_path_factory):
    d = tmp_path_factory.mktemp("sweep")
    assert dse_networks.main(["--out", str(d / "nets"), "--count", "12", "--seed", "9"]) == 0
    (d / "spec.txt").write_text("pe_array = 8x8, 16x16\ngbuf_bytes = 256, 65536\n")
    if HAVE_DSE:  # the reference: plain dataflow-dse, the bypass setting of the docs' recipe
        subprocess.run([DSE, str(d / "nets"), "--sweep", str(d / "spec.txt"),
                        "--disable-bypass=i,o,f", "-o", str(d / "plain.csv"), "--progress",
                        "off"], check=True)
    return d


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address="127.0.0.1:0") as c:
        yield c


@needs_dse
def test_dask_sweep_equals_plain_dataflow_dse_and_resumes(workload, cluster, tmp_path):
    out = tmp_path / "dask.csv"
    options = {"sweep": str(workload / "spec.txt"), "disable_bypass": "i,o,f"}
    log = open(tmp_path / "log.txt", "w")
    first = sweep.run([str(workload / "nets")], str(out), options,
                      scheduler=cluster.scheduler_address, shards=5, dse=DSE, log=log)
    assert (first["shards"], first["skipped"], first["rows"]) == (5, 0, 48)
    plain = workload / "plain.csv"
    assert without_cpu(out, sort=False) == without_cpu(plain, sort=False)  # even the order

    # Shard 2 interrupted half-way (marker gone, part cut mid-row); the rest are skipped.
    parts = str(out) + ".parts"
    os.remove(os.path.join(parts, "part-2-of-5.done"))
    part = os.path.join(parts, "part-2-of-5.csv")
    text = open(part).read()
    open(part, "w").write(text[:len(text) // 2])
    again = sweep.run([str(workload / "nets")], str(out), options,
                      scheduler=cluster.scheduler_address, shards=5, dse=DSE, log=log)
    assert (again["skipped"], again["rows"]) == (4, 48)
    assert without_cpu(out) == without_cpu(plain)
    assert len(open(part).read().splitlines()) == len(text.splitlines())

    # Another spec is another sweep: the markers no longer match, every shard reruns
    # (dataflow-dse's resume keeps the rows the parts hold), the merge has the new rows.
    options2 = dict(options, set=["dram_bandwidth = 8"])
    third = sweep.run([str(workload / "nets")], str(out), options2,
                      scheduler=cluster.scheduler_address, shards=5, dse=DSE, log=log)
    assert (third["skipped"], third["rows"]) == (0, 96)


@needs_dse
def test_dask_sweep_refuses_a_locked_output_and_reports_a_task_that_raised(workload, cluster,
                                                                           tmp_path):
    out = str(tmp_path / "locked.csv")
    with sweep.OutputLock(out):
        with pytest.raises(sweep.SweepError, match="is being written by another run"):
            sweep.run([str(workload / "nets")], out, {"sweep": str(workload / "spec.txt")},
                      scheduler=cluster.scheduler_address, dse=DSE)
    missing = str(tmp_path / "no" / "dataflow-dse")  # the workers cannot start it
    with pytest.raises(sweep.SweepError, match=r"2 of 2 shards failed.*\(the task raised\):\n"
                                               r"FileNotFoundError"):
        sweep.run([str(workload / "nets")], out, {"sweep": str(workload / "spec.txt")},
                  scheduler=cluster.scheduler_address, shards=2, dse=missing,
                  log=open(os.devnull, "w"))
    assert not os.path.exists(out)


@needs_dse
def test_cli_on_its_own_local_cluster_and_a_failing_shard(workload, cluster, tmp_path, capsys):
    pytest.importorskip("distributed")
    out = tmp_path / "cli.csv"
    common = [str(workload / "nets"), "--sweep", str(workload / "spec.txt"), "--dataflow-dse", DSE]
    assert sweep.main(common + ["--disable-bypass=i,o,f", "-o", str(out), "--shards", "3",
                                "--local-workers", "2"]) == 0
    assert without_cpu(out) == without_cpu(workload / "plain.csv")
    assert "[sweep] merged 3 parts" in capsys.readouterr().err
    # Every shard done: merged again without starting a cluster.
    assert sweep.main(common + ["--disable-bypass=i,o,f", "-o", str(out), "--shards", "3",
                                "--local-workers", "2"]) == 0
    assert "[sweep] 3 shards; 3 already done, 0 to run\n" in capsys.readouterr().err
    assert without_cpu(out) == without_cpu(workload / "plain.csv")
    bad = tmp_path / "bad.csv"
    assert sweep.main(common + ["-o", str(bad), "--goal", "fast", "--shards", "2",
                                "--scheduler", cluster.scheduler_address]) == 1
    err = capsys.readouterr().err
    assert "2 of 2 shards failed" in err and "fast" in err
    assert not bad.exists()


# ------------------------------------------------------------------------- Slurm
def slurm_recipe():
    """The job-array script of docs/design-space-sweeps.md."""
    doc = open(os.path.join(REPO_ROOT, "docs", "design-space-sweeps.md")).read()
    m = re.search(r"```sh\n(#!/bin/bash\n#SBATCH --array=0-(\d+)[^\n]*\n.*?)```", doc, re.S)
    assert m, "the Slurm recipe is missing from docs/design-space-sweeps.md"
    return m.group(1), int(m.group(2)) + 1


@needs_dse
def test_slurm_recipe_runs_every_array_task_and_merges(workload, tmp_path):
    script, tasks = slurm_recipe()
    (tmp_path / "job.sh").write_text(script)
    os.symlink(workload / "nets", tmp_path / "nets")
    (tmp_path / "spec.txt").write_text((workload / "spec.txt").read_text())
    os.mkdir(tmp_path / "results")
    env = dict(os.environ, PATH=os.path.dirname(DSE) + os.pathsep + os.environ["PATH"],
               SLURM_CPUS_PER_TASK="1", PYTHONPATH=PYTHON_DIR)
    for i in range(tasks):  # what sbatch would start, one array index at a time
        subprocess.run(["bash", "job.sh"], cwd=tmp_path, check=True,
                       env=dict(env, SLURM_ARRAY_TASK_ID=str(i)))
    merge = re.search(r"^(?:PYTHONPATH=python )?(python3 -m dataflow_opt\.sweep --merge .*)$",
                      open(os.path.join(REPO_ROOT, "docs", "design-space-sweeps.md")).read(),
                      re.M)
    assert merge, "the merge command is missing from docs/design-space-sweeps.md"
    cmd = merge.group(1).replace("python3", sys.executable, 1)
    subprocess.run(["bash", "-c", cmd], cwd=tmp_path, check=True, env=env)
    assert without_cpu(tmp_path / "sweep.csv") == \
        without_cpu(workload / "plain.csv")
