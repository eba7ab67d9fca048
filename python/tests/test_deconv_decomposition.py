"""Numeric check of dataflow-decompose-deconv.

Runs dataflow-opt on small deconvolutions, interprets the convolutions, slices and
interleaving it emits with numpy (sub-kernel weights taken from the original kernel as
docs describe: phase p uses taps p, p+s, .. in reverse order; the combined convolution
stacks the phases' filters phase-major, smaller sub-kernels zero-padded in front) and
compares with a direct transposed convolution on random data. Skips when the binary is
not built.
"""
import itertools
import os
import re
import shutil
import subprocess

import numpy as np
import pytest

from conftest import REPO_ROOT

OPT = os.environ.get("DATAFLOW_OPT", os.path.join(REPO_ROOT, "build", "bin", "dataflow-opt"))
if not os.path.exists(OPT):
    OPT = shutil.which("dataflow-opt") or OPT

pytestmark = pytest.mark.skipif(not os.path.exists(OPT), reason="dataflow-opt is not built")


def out_size(i, k, s, pb, pe, op):
    return (i - 1) * s - pb - pe + k + op


def tensor_type(shape):
    return "tensor<" + "x".join(str(d) for d in shape) + "xi16>"


def deconv_ir(n, ci, co, ins, k, s, pad, op, groups):
    r = len(ins)
    outs = [out_size(ins[i], k[i], s[i], pad[i], pad[r + i], op[i]) for i in range(r)]
    tin, tout = tensor_type([n, ci] + ins), tensor_type([n, co] + outs)
    lst = lambda v: "[" + ", ".join(map(str, v)) + "]"
    return outs, (
        f"func.func @f(%x: {tin}) -> {tout} {{\n"
        f"  %y = dataflow.deconv %x kernel {lst(k)} stride {lst(s)} pad {lst(pad)} "
        f"output_padding {lst(op)} dilation {lst([1] * r)} groups {groups} "
        f'{{name = "up"}} : {tin} -> {tout}\n'
        f"  return %y : {tout}\n}}\n")


def transposed_conv(x, w, s, pad, outs, groups):
    """x: N x Ci x In..., w: Ci x Co/g x K...; PyTorch's ConvTranspose semantics."""
    n, ci = x.shape[:2]
    cog = w.shape[1]
    r = len(s)
    ins, ks = x.shape[2:], w.shape[2:]
    full = [max((ins[i] - 1) * s[i] + ks[i], pad[i] + outs[i]) for i in range(r)]
    y = np.zeros((n, cog * groups) + tuple(full))
    cig = ci // groups
    for g in range(groups):
        xs = x[:, g * cig:(g + 1) * cig]
        ws = w[g * cig:(g + 1) * cig]
        for tap in itertools.product(*[range(kk) for kk in ks]):
            contrib = np.einsum("nc...,co->no...", xs, ws[(slice(None), slice(None)) + tap])
            idx = tuple(slice(tap[i], tap[i] + (ins[i] - 1) * s[i] + 1, s[i]) for i in range(r))
            y[(slice(None), slice(g * cog, (g + 1) * cog)) + idx] += contrib
    return y[(slice(None), slice(None)) + tuple(slice(pad[i], pad[i] + outs[i]) for i in range(r))]


def conv(x, wc, pad, groups):
    """Stride-1 cross-correlation: x N x Ci x ..., wc Co x Ci/g x K..., pad begins+ends."""
    r = x.ndim - 2
    x = np.pad(x, [(0, 0), (0, 0)] + [(pad[i], pad[r + i]) for i in range(r)])
    co, cig = wc.shape[:2]
    ks = wc.shape[2:]
    outs = [x.shape[2 + i] - ks[i] + 1 for i in range(r)]
    y = np.zeros((x.shape[0], co) + tuple(outs))
    cog = co // groups
    for g in range(groups):
        xs = x[:, g * cig:(g + 1) * cig]
        for tap in itertools.product(*[range(kk) for kk in ks]):
            win = xs[(slice(None), slice(None)) +
                     tuple(slice(tap[i], tap[i] + outs[i]) for i in range(r))]
            y[:, g * cog:(g + 1) * cog] += np.einsum(
                "nc...,oc->no...", win, wc[(slice(g * cog, (g + 1) * cog), slice(None)) + tap])
    return y


def sub_kernel(w, phase, s, taps_pad=None, groups=1):
    """Phase sub-kernel as conv weights Co x Ci/g x Kp..: w[ci, co, p + (Kp-1-t)*s]."""
    ks = w.shape[2:]
    idx = []
    for i, p in enumerate(phase):
        kp = (ks[i] - p + s[i] - 1) // s[i] if ks[i] > p else 0
        idx.append([p + (kp - 1 - t) * s[i] for t in range(kp)])
    sub = w[np.ix_(range(w.shape[0]), range(w.shape[1]), *idx)]
    cig = w.shape[0] // groups
    sub = np.concatenate([np.swapaxes(sub[g * cig:(g + 1) * cig], 0, 1) for g in range(groups)])
    if taps_pad:
        sub = np.pad(sub, [(0, 0), (0, 0)] + [(kmax - sub.shape[2 + i], 0)
                                              for i, kmax in enumerate(taps_pad)])
    return sub


def ints(text):
    return [int(v) for v in re.findall(r"-?\d+", text)]


def interpret(ir, x, w, s, pad, outs, groups):
    vals = {"%arg0": x}
    r = len(s)
    ks = w.shape[2:]
    co = w.shape[1] * groups
    # Phases with outputs and taps, dimension 0 outermost (the combined channel order).
    def count(i, p):
        lo = -((p - pad[i]) // s[i])
        hi = (outs[i] - 1 + pad[i] - p) // s[i]
        return hi - lo + 1
    used = [ph for ph in itertools.product(*[range(si) for si in s])
            if all(count(i, p) > 0 and ks[i] > p for i, p in enumerate(ph))]
    for line in ir.splitlines():
        line = line.strip()
        if m := re.match(r"(%\S+) = tensor\.empty\(\) : tensor<([\dx]+)x", line):
            vals[m[1]] = np.full(ints(m[2].replace("x", " ")), np.nan)
        elif m := re.match(r"(%\S+) = arith\.constant dense<0> : tensor<([\dx]+)x", line):
            vals[m[1]] = np.zeros(ints(m[2].replace("x", " ")))
        elif m := re.match(r"(%\S+) = tensor\.extract_slice (%\S+)\[([^\]]*)\] \[([^\]]*)\] "
                           r"\[([^\]]*)\]", line):
            o, z, st = ints(m[3]), ints(m[4]), ints(m[5])
            vals[m[1]] = vals[m[2]][tuple(slice(a, a + b * c, c) for a, b, c in zip(o, z, st))]
        elif m := re.match(r"(%\S+) = tensor\.insert_slice (%\S+) into (%\S+)\[([^\]]*)\] "
                           r"\[([^\]]*)\] \[([^\]]*)\]", line):
            o, z, st = ints(m[4]), ints(m[5]), ints(m[6])
            dst = vals[m[3]].copy()
            dst[tuple(slice(a, a + (b - 1) * c + 1, c) for a, b, c in zip(o, z, st))] = vals[m[2]]
            vals[m[1]] = dst
        elif m := re.match(r"(%\S+) = dataflow\.conv (%\S+) kernel \[([^\]]*)\] stride "
                           r"\[([^\]]*)\] pad \[([^\]]*)\] dilation \[[^\]]*\] groups (\d+) "
                           r'\{name = "([^"]*)"\}', line):
            kern, stride, cpad, g, name = ints(m[3]), ints(m[4]), ints(m[5]), int(m[6]), m[7]
            assert stride == [1] * r
            if name.endswith(".phases"):
                wc = np.concatenate([sub_kernel(w, ph, s, kern) for ph in used], axis=0)
            else:
                phase = ints(name.split(".phase_")[1].replace("_", " "))
                wc = sub_kernel(w, phase, s, groups=g)
            assert list(wc.shape[2:]) == kern, (name, wc.shape, kern)
            vals[m[1]] = conv(vals[m[2]], wc, cpad, g)
        elif m := re.match(r"return (%\S+)", line):
            return vals[m[1]]
        elif "dataflow.deconv" in line:
            raise AssertionError("deconv left in the output: " + line)
    raise AssertionError("no return in\n" + ir)


CASES = [
    # n, ci, co, ins, k, s, pad, output_padding, groups
    (1, 3, 4, [4, 4], [4, 4], [2, 2], [1, 1, 1, 1], [0, 0], 1),  # DCGAN-style, even K
    (2, 2, 3, [5, 4], [5, 5], [2, 2], [2, 2, 2, 2], [1, 1], 1),  # odd K, output padding
    (1, 2, 2, [3, 5], [3, 4], [3, 2], [0, 1, 2, 0], [1, 0], 1),  # mixed strides, uneven pads
    (1, 2, 2, [4, 4], [1, 1], [2, 2], [0, 0, 0, 0], [1, 1], 1),  # K < s: phases without taps
    (1, 4, 4, [3, 3], [3, 3], [2, 2], [1, 1, 1, 1], [0, 0], 2),  # groups (split only)
    (1, 2, 3, [4, 4], [3, 3], [1, 1], [1, 1, 1, 1], [0, 0], 1),  # stride 1: one phase
    (1, 2, 2, [2, 3, 3], [3, 4, 3], [2, 2, 2], [1, 1, 1, 1, 1, 1], [1, 0, 0], 1),  # 3-D
]


@pytest.mark.parametrize("combine", [False, True])
@pytest.mark.parametrize("case", CASES)
def test_decomposition_matches_transposed_conv(case, combine):
    n, ci, co, ins, k, s, pad, op, groups = case
    if combine and groups != 1:
        pytest.skip("combine needs groups = 1 (a diagnostic test covers it)")
    outs, ir = deconv_ir(n, ci, co, ins, k, s, pad, op, groups)
    flag = "--dataflow-decompose-deconv" + ("=combine=true" if combine else "")
    res = subprocess.run([OPT, flag], input=ir, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    rng = np.random.default_rng(7)
    x = rng.standard_normal([n, ci] + ins)
    w = rng.standard_normal([ci, co // groups] + k)
    want = transposed_conv(x, w, s, pad, outs, groups)
    got = interpret(res.stdout, x, w, s, pad, outs, groups)
    assert got.shape == want.shape
    assert not np.isnan(got).any(), "some output positions were never written"
    np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-10)
