"""Issue 19, never silently partial: a two-operand ``torch.einsum`` (MaxViT's attention,
MViT-V2's relative-position terms) multiplies and accumulates. Its MACs are counted in the
model (before, they were not counted at all, so MaxViT-T's attention was missing from
both sides of its coverage) and it imports as a batched ``dataflow.matmul`` of views."""

import warnings

import pytest

import mlir_check
from dataflow_opt.importers import UnsupportedNodeWarning, from_torch
from dataflow_opt.importers.common import einsum_macs, einsum_split

torch = pytest.importorskip("torch")
nn = torch.nn


class Attention(nn.Module):
    """MaxViT's form: q, k, v of shape B x G x H x L x D, scores and output by einsum."""

    def __init__(self, d=8):
        super().__init__()
        self.qkv = nn.Linear(d, 3 * d)

    def forward(self, x):  # x: B x G x L x D, two heads of D/2 (as torchvision's MaxViT)
        b, g, l, d = x.shape
        q, k, v = torch.chunk(self.qkv(x), 3, dim=-1)
        q, k, v = (t.reshape(b, g, l, 2, d // 2).permute(0, 1, 3, 2, 4) for t in (q, k, v))
        s = torch.einsum("B G H I D, B G H J D -> B G H I J", q, k)
        return torch.einsum("B G H I J, B G H J D -> B G H I D", s.softmax(dim=-1), v)


def test_einsum_split_and_macs():
    assert einsum_split("bhid,bhjd->bhij", (2, 3, 4, 5), (2, 3, 6, 5))[:4] == (
        ["b", "h"], ["i"], ["j"], ["d"])
    assert einsum_macs("bhid,bhjd->bhij", (2, 3, 4, 5), (2, 3, 6, 5)) == 2 * 3 * 4 * 6 * 5
    # MViT-V2's relative position: a table without the batch letters
    assert einsum_macs("bythwc,hkc->bythwk", (1, 2, 3, 4, 4, 8), (4, 5, 8)) == \
        2 * 3 * 4 * 4 * 8 * 5
    for eq in ("ii->i", "...ij,...jk->...ik", "ij,jk,kl->il", "ij,kl->i"):
        assert einsum_macs(eq, (2, 2), (2, 2)) == 0


def test_einsum_attention_is_two_matmuls_with_their_macs():
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_torch(Attention(), (1, 2, 5, 8))
    # qkv 1 x 2 x 5 x 24 outputs x 8; per einsum B G H I J D = 1 x 2 x 2 x 5 x 5 x 4
    assert net.coverage == {"model_macs": 10 * 24 * 8 + 2 * (2 * 2 * 5 * 5 * 4),
                            "left_out": []}
    mm = [o for o in net.layers if o.op == "matmul"]
    assert [o.shape for o in mm] == [(4, 5, 5), (4, 5, 4)]
    assert [o.op for o in net.layers].count("softmax") == 1
    mlir_check.check(net.to_mlir())
