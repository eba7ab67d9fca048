import copy
import filecmp
import os
import subprocess
import sys

import pytest

import mlir_check
from conftest import REPO_ROOT
from dataflow_opt import zoo
from dataflow_opt.zoo import nn_dataflow as nnd
from dataflow_opt.zoo.__main__ import main as zoo_main

EXAMPLES = os.path.join(REPO_ROOT, "examples", "networks")
DATAFLOW_OPT = os.path.join(REPO_ROOT, "build", "bin", "dataflow-opt")
# A directory of nn_dataflow's own network dumps to compare the bundled copies with (not in
# the repository; set NN_DATAFLOW_NETWORKS to run test_json_copies_identical).
SHARED = os.environ.get("NN_DATAFLOW_NETWORKS", "")

NND = nnd.names()


def test_names():
    assert NND == ["alex_net", "googlenet", "lstm_gnmt", "lstm_phoneme", "lstm_showtell",
                   "mlp_l", "mlp_m", "mlp_s", "resnet152", "resnet50", "vgg19_net",
                   "vgg_net", "zfnet"]
    assert zoo.names() == NND + ["mobilenet"]
    assert zoo.canonical("alexnet") == "alex_net" and zoo.canonical("vgg16") == "vgg_net"
    assert zoo.file_stem("vgg19_net") == "vgg19"
    with pytest.raises(ValueError, match="unknown network 'lenet'"):
        zoo.get("lenet", 1)


@pytest.mark.skipif(not os.path.isdir(SHARED),
                    reason="set NN_DATAFLOW_NETWORKS to nn_dataflow's network dumps")
@pytest.mark.parametrize("name", NND)
def test_json_copies_identical(name):
    assert filecmp.cmp(os.path.join(SHARED, name + ".json"),
                       str(nnd.DATA_DIR / (name + ".json")), shallow=False)


@pytest.mark.parametrize("name", NND)
@pytest.mark.parametrize("batch", [1, 16])
def test_nn_dataflow_network(name, batch):
    data = nnd.load(name)
    net = zoo.get(name, batch)
    # one op per JSON layer, plus one concat per distinct multi-producer list (not eltwise)
    assert [o.name for o in net.layers] == [l["name"] for l in data["layers"]]
    cats = {tuple(l["prevs"]) for l in data["layers"]
            if len(l["prevs"]) > 1 and l["type"] != "EltwiseLayer"}
    assert net.count("concat") == len(cats) == len(net.ops) - len(data["layers"])
    assert all(o.auto for o in net.ops if o.op == "concat")
    assert net.inputs == ["input"] + [e["name"] for e in data["ext_inputs"]]
    for l in data["layers"]:
        s = net.shape(l["name"])
        assert s[:2] == (batch, l["nofm"]) and (s[2:] or (1, 1)) == (l["hofm"], l["wofm"])
        o = net.op(l["name"])
        typ = {"ConvLayer": "conv", "FCLayer": "fc", "PoolingLayer": "pool",
               "EltwiseLayer": "eltwise"}[l["type"]]
        assert o.op == typ
        if typ in ("conv", "fc"):
            assert net.shape(o.operands[0])[1] == l["nifm"]
        if typ == "eltwise":
            assert len(o.operands) == l["nreg"]
            assert sum(net.shape(x)[1] for x in set(o.operands)) == l["nifm"]
    r = mlir_check.check(net.to_mlir())
    assert r["name"] == data["network"]
    sinks = [l["name"] for l in data["layers"]
             if not any(l["name"] in m["prevs"] for m in data["layers"])]
    assert net.sinks() == sinks and len(r["results"]) == len(sinks)


@pytest.mark.parametrize("name", NND)
def test_padding_derivation(name):
    """Per spatial dim: p = max(0, (E-1)U + R - H), begin = p // 2, and the dialect formula
    gives back E; the padded input is nn_dataflow's derived input region."""
    data = nnd.load(name)
    net = zoo.get(name, 1)
    for l in data["layers"]:
        if l["type"] not in ("ConvLayer", "PoolingLayer"):
            continue
        o = net.op(l["name"])
        x = net.shape(o.operands[0])
        pad = o.attrs["pad"]
        for d, (H, E, R, U, hi) in enumerate([
                (x[2], l["hofm"], l.get("hfil", l.get("hreg")), l["htrd"], l["hifm"]),
                (x[3], l["wofm"], l.get("wfil", l.get("wreg")), l["wtrd"], l["wifm"])]):
            p = max(0, (E - 1) * U + R - H)
            assert (pad[d], pad[2 + d]) == (p // 2, p - p // 2), l["name"]
            assert (H + p - R) // U + 1 == E
            assert H + p >= hi and (p == 0 or H + p == hi)


def test_known_paddings():
    assert nnd.pad_report("alex_net")[0] == ("conv1_a", (1, 1, 2, 2))
    g = dict(nnd.pad_report("googlenet"))
    assert g["conv1"] == (2, 2, 3, 3) and g["pool1"] == (0, 0, 1, 1)
    assert g["inception_3a_5x5"] == (2, 2, 2, 2)
    r = dict(nnd.pad_report("resnet50"))
    assert r["conv1"] == (2, 2, 3, 3) and r["pool1"] == (0, 0, 1, 1)
    assert "conv3_br" not in r  # 1x1 stride 2 on 56 -> 28 needs none
    assert nnd.pad_report("vgg_net")[0] == ("conv1", (1, 1, 1, 1))
    assert nnd.pad_report("mlp_s") == []


def test_pool_kinds_and_fc_inputs():
    g = zoo.get("googlenet", 1)
    assert g.op("pool5").kind == "avg" and g.op("pool1").kind == "max"
    assert len(g.shape(g.op("fc").operands[0])) == 4  # 1x1 pool output consumed whole
    a = zoo.get("alex_net", 1)
    assert a.shape(a.op("fc1").operands[0]) == (1, 256, 6, 6)
    assert all(a.op(f"pool{i}_a").kind == "max" for i in (1, 2, 3))
    assert zoo.get("resnet50", 1).op("pool5").kind == "avg"


def test_lstm_conversion():
    net = zoo.get("lstm_phoneme", 16)
    assert net.inputs == ["input", "cell_cinit", "cell_hinit"]
    assert net.shape("input") == (16, 26) and net.shape("cell_cinit") == (16, 140)
    assert net.op("cell_cand").operands == ["cell_cand_cat"]
    assert net.op("cell_ogate").operands == ["cell_cand_cat"]  # shared concat
    assert net.op("cell_cand_cat").operands == ["cell_hinit", "We"]
    kinds = {o.name: o.kind for o in net.ops if o.op == "eltwise"}
    assert kinds == {"cell_cout_f": "mul", "cell_cout_i": "mul", "cell_cout": "add",
                     "cell_hout": "mul"}
    st = zoo.get("lstm_showtell", 16)
    # nn_dataflow's one-input EltwiseLayer stays a one-input eltwise (reads its input once).
    assert st.op("Wd").operands == ["cell_hout"]
    assert "%Wd = dataflow.eltwise add %cell_hout {" in st.to_mlir()
    assert zoo.get("resnet50", 1).op("conv2_0_res").kind == "add"


def _corrupt(name, layer, **changes):
    d = copy.deepcopy(nnd.load(name))
    hits = [l for l in d["layers"] if l["name"] == layer]
    assert len(hits) == 1, layer
    hits[0].update(changes)
    return d


@pytest.mark.parametrize("name,layer,changes,match", [
    ("alex_net", "conv1_a", dict(hofm=50), "^conv1_a: cannot derive padding .* expected output 50"),
    ("alex_net", "conv2_a", dict(nifm=96), "^conv2_a \\(alex_net\\): input channels 48 != nifm 96"),
    ("alex_net", "fc1", dict(hfil=5), "^fc1 \\(alex_net\\): FC filter 5x6 does not cover"),
    ("alex_net", "fc1", dict(nifm=255), "^fc1 \\(alex_net\\): input channels 256 != nifm 255"),
    ("alex_net", "pool1_a", dict(nreg=2), "^pool1_a \\(alex_net\\): pooling with nreg = 2"),
    ("alex_net", "pool1_a", dict(nofm=40), "^pool1_a \\(alex_net\\): built shape"),
    ("alex_net", "conv3_a", dict(prevs=["pool2_a", "nope"]), "^conv3_a \\(alex_net\\): unknown producer 'nope'"),
    ("alex_net", "conv3_a", dict(prevs=["pool2_a", "conv1_a"]), "^conv3_a: automatic concat 'conv3_a_cat': concat inputs must agree"),
    ("alex_net", "conv3_a", dict(type="LRNLayer"), "^conv3_a \\(alex_net\\): unsupported layer type"),
    ("alex_net", "conv3_a", dict(hifm=99), "^conv3_a \\(alex_net\\): padded input 15 .* hifm = 99"),
    ("resnet50", "conv2_0_res", dict(nreg=3), "^conv2_0_res \\(resnet50\\): unsupported eltwise region"),
    ("resnet50", "conv2_0_res", dict(prevs=["conv2_br", "pool1"]), "^conv2_0_res: eltwise inputs must have identical shapes"),
    ("alex_net", "conv1_a", dict(prevs=[]), "^conv1_a \\(alex_net\\): no producers"),
])
def test_conversion_errors(name, layer, changes, match):
    with pytest.raises(ValueError, match=match):
        nnd.convert(_corrupt(name, layer, **changes), 1)


def test_mobilenet():
    net = zoo.get("mobilenet", 16)
    convs = [o for o in net.ops if o.op == "conv"]
    assert len(convs) == 27 and len(net.ops) == 29
    dw = [o for o in convs if o.attrs["groups"] > 1]
    assert len(dw) == 13 and all(o.attrs["groups"] == net.shape(o.operands[0])[1] for o in dw)
    assert net.shape("conv1") == (16, 32, 112, 112) and net.op("conv1").attrs["pad"] == (0, 0, 1, 1)
    assert net.shape("conv_pw_13") == (16, 1024, 7, 7) and net.shape("fc") == (16, 1000)
    macs = sum(net.shape(o.name)[1] * net.shape(o.name)[2] * net.shape(o.name)[3]
               * o.attrs["kernel"][0] * o.attrs["kernel"][1]
               * net.shape(o.operands[0])[1] // o.attrs["groups"] for o in convs)
    assert 560e6 < macs + 1024 * 1000 < 575e6  # the paper's 569M mult-adds
    mlir_check.check(net.to_mlir())


def test_tiny_all_ops_any_batch():
    for b in (1, 2, 3):
        mlir_check.check(zoo.get("tiny_all_ops", b).to_mlir())


def test_cli(tmp_path, capsys):
    assert zoo_main(["--emit", str(tmp_path), "--batch", "3", "--only", "mlp_s", "alexnet",
                     "--suffix", "_x"]) == 0
    assert sorted(os.listdir(tmp_path)) == ["alexnet_x.mlir", "mlp_s_x.mlir"]
    first = (tmp_path / "mlp_s_x.mlir").read_text().splitlines()[0]
    assert first.startswith("// Generated") and \
        "python3 -m dataflow_opt.zoo --emit DIR --batch 3 --only mlp_s --suffix _x" in first
    assert zoo_main(["--print", "nope"]) == 1
    assert "unknown network" in capsys.readouterr().err
    assert zoo_main(["--list"]) == 0
    with pytest.raises(SystemExit):
        zoo_main([])


def test_examples_up_to_date(tmp_path):
    out = tmp_path / "networks"
    subprocess.run(["bash", os.path.join(REPO_ROOT, "scripts", "gen-examples"), str(out)],
                   check=True, capture_output=True, env={**os.environ, "PYTHON": sys.executable})
    want = sorted(os.listdir(out))
    have = sorted(f for f in os.listdir(EXAMPLES) if f.endswith(".mlir"))
    assert have == want
    expected = {zoo.file_stem(n) + ".mlir" for n in zoo.names()} | {
        "alexnet_b4.mlir", "tiny_all_ops.mlir", "dcgan.mlir", "c3d.mlir", "bert_base.mlir",
        "vit_b16.mlir", "gpt2_prefill.mlir", "gpt2_decode.mlir", "mobilenet_v2.mlir",
        "deeplab_v3.mlir"}
    assert set(want) == expected
    stale = [f for f in want if (out / f).read_text() != open(os.path.join(EXAMPLES, f)).read()]
    assert not stale, f"examples/networks out of date, run scripts/gen-examples: {stale}"
    for f in want:
        text = (out / f).read_text()
        assert text.startswith("// Generated")
        mlir_check.check(text)
    assert "tensor<4x3x224x224xi16>" in (out / "alexnet_b4.mlir").read_text()


@pytest.mark.skipif(not os.access(DATAFLOW_OPT, os.X_OK), reason="dataflow-opt not built")
@pytest.mark.parametrize("f", sorted(os.listdir(EXAMPLES)) if os.path.isdir(EXAMPLES) else [])
def test_examples_parse_with_dataflow_opt(f):
    r = subprocess.run([DATAFLOW_OPT, os.path.join(EXAMPLES, f)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
