"""The HTML reports (docs/html-report.md) rendered in headless Chromium from Debian: each page
loads without script or console errors (the page writes <body data-errors="N"> and
data-rendered="1"), the DOM holds the expected elements (a table row per layer, the charts'
SVG, the segment timeline), and a screenshot is produced.

AlexNet on Eyeriss, ResNet-50 on TETRIS T-16 with inter-layer pipelining, DCGAN on the
systolic array, and a small design-space sweep."""

import json
import os
import re
import subprocess
import sys
import tempfile

import pytest

from conftest import PYTHON_DIR, REPO_ROOT
from dataflow_opt.run import DataflowOptError, find_dataflow_opt

CHROMIUM = "/usr/bin/chromium"
try:
    DATAFLOW_OPT = find_dataflow_opt()
except DataflowOptError:
    DATAFLOW_OPT = None
DATAFLOW_DSE = os.path.join(os.path.dirname(DATAFLOW_OPT), "dataflow-dse") if DATAFLOW_OPT else None

built = pytest.mark.skipif(DATAFLOW_OPT is None, reason="dataflow-opt is not built")
browser = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                             reason=f"{CHROMIUM} is not installed (Debian package chromium, "
                                    "scripts/lib.sh installs it)")

EXAMPLES = os.path.join(REPO_ROOT, "examples")


def chromium(page, *mode):
    """Runs headless Chromium on the file with `mode` (--dump-dom or --screenshot=...);
    returns (stdout, stderr). No network: the page must not need it."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={profile}", "--enable-logging=stderr",
               "--v=0", "--window-size=1280,1600", *mode, f"file://{page}"]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout, proc.stderr


def render(page, tmp_path):
    """The dumped DOM of a page that loaded cleanly, after a screenshot of it was written."""
    dom, log = chromium(page, "--dump-dom")
    # Console messages (an uncaught exception included) are logged as ...:CONSOLE(line)...
    assert not [line for line in log.splitlines() if ":CONSOLE" in line], log
    assert 'data-errors="0"' in dom, re.findall(r'<pre class="script-error">.*?</pre>', dom, re.S)
    assert 'data-rendered="1"' in dom
    assert '<pre class="script-error"' not in dom
    shot = str(tmp_path / (os.path.basename(page) + ".png"))
    chromium(page, f"--screenshot={shot}")
    with open(shot, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    assert os.path.getsize(shot) > 10000  # a drawn page, not a blank one
    return dom


def schedule_html(tmp_path, network, accelerator, options=""):
    html, js = str(tmp_path / "report.html"), str(tmp_path / "report.json")
    for fmt, path in (("html", html), ("json", js)):
        subprocess.run([DATAFLOW_OPT, os.path.join(EXAMPLES, "networks", network),
                        f"--dataflow-attach-accelerator=file="
                        f"{os.path.join(EXAMPLES, 'accelerators', accelerator)}",
                        f"--dataflow-schedule=report={path} report-format={fmt} lower=false "
                        f"progress=off {options}", "-o", os.devnull],
                       check=True, capture_output=True, text=True)
    with open(js, encoding="utf-8") as f:
        return html, json.load(f)


def rows(dom, cls):
    table = re.search(rf'<table class="{cls}">(.*?)</table>', dom, re.S)
    assert table, f"no table {cls}"
    return re.findall(r'<tr class="layer-row">(.*?)</tr>', table.group(1), re.S)


@built
@browser
def test_alexnet_on_eyeriss(tmp_path):
    page, report = schedule_html(tmp_path, "alexnet.mlir", "eyeriss.mlir")
    dom = render(page, tmp_path)
    layers = report["networks"][0]["layers"]
    table = rows(dom, "layers")
    assert len(table) == len(layers) == 19
    assert f">{layers[0]['name']}<" in table[0]
    for cls in ("chart-components", "chart-levels", "chart-accesses", "chart-time"):
        assert f'<svg class="{cls}"' in dom
    # one stacked component bar per non-zero component of each layer
    components = re.search(r'<svg class="chart-components".*?</svg>', dom, re.S).group(0)
    nonzero = sum(1 for l in layers
                  for c in ("mac", "regf", "itcn", "gbuf", "dram", "noc", "static") if l[c] > 0)
    assert components.count('class="bar"') == nonzero
    assert dom.count('class="layer-detail"') == len(layers)
    assert dom.count('class="loop-nest"') == len(layers)
    assert 'class="timeline"' not in dom
    # physical units: Eyeriss's energies are relative, its clock 200 MHz (issue 22)
    assert "Energies are relative (MAC = 1)" in dom and "times are cycles at 200.0e6 Hz" in dom
    seconds = report["networks"][0]["totals"]["physical"]["seconds"]
    assert seconds == report["networks"][0]["totals"]["time"] / 2e8
    assert '<div class="k">time at 200.0e6 Hz</div>' in dom
    assert "no joules: energies are relative (MAC = 1)" in dom
    assert '<div class="k">average power</div>' not in dom
    # the coverage line: every report states the MACs it scheduled (issue 19)
    coverage = report["networks"][0]["coverage"]
    assert re.search(r'<div class="coverage">coverage: [0-9.e]+ MACs scheduled', dom)
    assert coverage["scheduled_macs"] > 0


@built
@browser
def test_resnet50_interlayer_on_t16(tmp_path):
    page, report = schedule_html(tmp_path, "resnet50.mlir", "tetris_t16.mlir",
                                 "interlayer=true hybrid=true method=solver threads=1")
    dom = render(page, tmp_path)
    net = report["networks"][0]
    assert len(rows(dom, "layers")) == len(net["layers"])
    segments = net["pipeline"]["segments"]
    assert '<svg class="timeline"' in dom
    timeline = re.search(r'<svg class="timeline".*?</svg>', dom, re.S).group(0)
    assert timeline.count('class="segment-layer"') == sum(len(s["layers"]) for s in segments)
    assert dom.count('class="segment-grid"') == len(segments)
    assert "node partition: " in dom
    # T-16's energies are joules; it states no clock, so no seconds (issue 22)
    assert '<div class="k">energy</div>' in dom and "no clock: clock_ghz gives seconds" in dom


@built
@browser
def test_dcgan_on_systolic(tmp_path):
    page, report = schedule_html(tmp_path, "dcgan.mlir", "systolic16.mlir")
    dom = render(page, tmp_path)
    layers = report["networks"][0]["systolic_layers"]
    assert len(rows(dom, "layers")) == len(layers) > 0
    assert '<svg class="chart-systolic"' in dom and '<svg class="chart-transfer"' in dom
    assert '<div class="coverage">coverage: ' in dom
    # seconds at the array's 1 GHz; its energies are estimated (45 nm), so joules and the
    # estimator's area (issue 22)
    assert '<div class="k">time at 1.000e9 Hz</div>' in dom
    assert '<div class="k">energy</div>' in dom and '<div class="k">area (estimated)</div>' in dom
    assert "energy not priced" not in dom


@built
@browser
def test_physical_units_page(tmp_path):
    """test/Transforms/Report/report-units.mlir: pJ converted to J, average power, EDP and the
    estimated area as cards, a systolic network in seconds (issue 22)."""
    page = str(tmp_path / "units.html")
    subprocess.run([DATAFLOW_OPT, os.path.join(REPO_ROOT, "test", "Transforms", "Report",
                                               "report-units.mlir"),
                    f"--dataflow-report=format=html file={page}", "-o", os.devnull], check=True)
    dom = render(page, tmp_path)
    cards = re.findall(r'<div class="card"><div class="v">(.*?)</div><div class="k">(.*?)</div>',
                       dom)
    for value, key in (("2.000e-9 J", "energy"), ("2.000e-6 s", "time at 200.0e6 Hz"),
                       ("1.000e-3 W", "average power"), ("4.000e-15 J\u00b7s", "EDP"),
                       ("4.500e-15 J\u00b7s", "EDP"), ("1.152e-6 s", "time at 1.000e9 Hz")):
        assert (value, key) in cards, (value, key, cards)
    assert any(k == "area (estimated)" and v.endswith(" mm\u00b2") for v, k in cards)


@built
@browser
def test_sweep_pareto(tmp_path):
    env = dict(os.environ, PYTHONPATH=PYTHON_DIR)
    nets, csv = str(tmp_path / "nets"), str(tmp_path / "sweep.csv")
    subprocess.run([sys.executable, "-m", "dataflow_opt.dse_networks", "--out", nets, "--count",
                    "3", "--profile", "tiny"], check=True, capture_output=True, env=env)
    subprocess.run([DATAFLOW_DSE, nets, "--set", "pe_array = 8x8, 16x16", "--set",
                    "gbuf_bytes = 32768, 131072", "-o", csv, "--progress", "off"],
                   check=True, capture_output=True)
    page = str(tmp_path / "pareto.html")
    out = subprocess.run([sys.executable, "-m", "dataflow_opt.dse_plot", csv, "--with-area",
                          "--html", page], check=True, capture_output=True, text=True,
                         env=env).stdout
    front = out.strip().splitlines()[1:]
    dom = render(page, tmp_path)
    assert dom.count('<svg class="pareto"') == 2  # energy and area panels
    panel = re.search(r'<svg class="pareto".*?</svg>', dom, re.S).group(0)
    assert panel.count('class="point front"') == len(front)
    assert panel.count("<circle") == 4
    assert dom.count('class="front-row"') == len(front)
    assert "pe_h = " in panel  # the hover text names the point's parameters
    # the default base states a 200 MHz clock and relative energies: seconds, the unit named
    assert "latency (s)" in panel and "energy (relative" in panel


@built
def test_cli_html(tmp_path, capsys):
    from dataflow_opt.cli import main
    page, ir = str(tmp_path / "r.html"), str(tmp_path / "s.mlir")
    assert main(["zoo:mlp_s", "--html", page, "--scheduled-ir", ir, "--threads", "1"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and f"wrote {page}" in err
    with open(page, encoding="utf-8") as f:
        text = f.read()
    assert text.startswith("<!DOCTYPE html>") and 'id="report-data"' in text
    assert "<script src" not in text and "http" not in text.replace(
        "http://www.w3.org/2000/svg", "")  # self-contained
    with open(ir, encoding="utf-8") as f:
        assert "dataflow.layer_schedule" in f.read()  # still lowered after the HTML report
