"""Issue 19: torchvision's MViT imports whole through torch.fx. Its ``_unsqueeze`` (a
function fx keeps opaque that returns the tensor and its former rank) and ``_squeeze`` are
imported below their boundary as views; ``tensor_split`` (the class token split off) and
``unbind`` (q, k and v) are slices; ``x.softmax(dim=-1)`` a softmax; and the class token
put back (``torch.cat`` on the tokens' dim 2) a concat of flat views."""

import warnings

import pytest

from conftest import built

torch = pytest.importorskip("torch")
pytest.importorskip("torchvision")
nn = torch.nn

from torchvision.models.video import mvit  # noqa: E402

from dataflow_opt.importers import UnsupportedNodeWarning, from_torch  # noqa: E402

# torch.fx.wrap registers a name in the globals of the module that calls it: the tests'
# module calls MViT's functions too
torch.fx.wrap("_unsqueeze")
torch.fx.wrap("_squeeze")
_unsqueeze, _squeeze = mvit._unsqueeze, mvit._squeeze


class Unsqueezed(nn.Module):
    """A linear layer, MViT's _unsqueeze to rank 4 (a tuple: the tensor, its rank), a scale,
    _squeeze back and a second linear layer."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 8)
        self.fc2 = nn.Linear(8, 4)

    def forward(self, x):
        y, rank = _unsqueeze(self.fc(x), 4, 1)
        return self.fc2(_squeeze(y * 2, 4, 1, rank))


def test_unsqueeze_tuple_is_a_view():
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_torch(Unsqueezed(), (2, 5, 8))
    # by hand: fc 2 x 5 x 8 x 8, fc2 2 x 5 x 8 x 4
    assert net.coverage == {"model_macs": 640 + 320, "left_out": []}
    assert [(o.op, o.shape) for o in net.layers] == [
        ("view", (10, 8)), ("fc", (10, 8)), ("view", (2, 1, 5, 8)), ("eltwise", (2, 1, 5, 8)),
        ("view", (10, 8)), ("fc", (10, 4))]


def _tiny_mvit():
    torch.manual_seed(0)
    cfg = [mvit.MSBlockConfig(1, 8, 8, [3, 3, 3], [3, 3, 3], [1, 1, 1], [1, 2, 2]),
           mvit.MSBlockConfig(2, 8, 16, [3, 3, 3], [3, 3, 3], [1, 2, 2], [1, 1, 1])]
    return mvit.MViT((32, 32), 4, cfg, residual_pool=False, residual_with_cls_embed=True,
                     rel_pos_embed=False, proj_after_attn=False, num_classes=10).eval()


def test_tiny_mvit_imports_whole():
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_torch(_tiny_mvit(), (1, 3, 4, 32, 32))
    assert net.coverage["model_macs"] > 0 and net.coverage["left_out"] == []
    ops = [o.op for o in net.layers]
    # q, k, v unbound (3 slices per block), the class token split off and put back
    assert ops.count("softmax") == 2 and ops.count("matmul") == 4
    assert ops.count("concat") >= 2


@built
def test_tiny_mvit_schedules_every_mac():
    from dataflow_opt.run import schedule
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = from_torch(_tiny_mvit(), (1, 3, 4, 32, 32))
    cov = schedule(net, "eyeriss_isca16", threads=1, min_coverage=1.0,
                   echo_warnings=False).networks[0].coverage
    assert cov.scheduled_macs == cov.model_macs == net.coverage["model_macs"]


def _tiny_mvit_v2():
    """MViT-V2's form: relative position embeddings (_add_rel_pos, opaque to fx: its
    matmul with the temporal table computed from parameters), residual pooling,
    the projection after the attention."""
    torch.manual_seed(0)
    cfg = [mvit.MSBlockConfig(1, 8, 8, [3, 3, 3], [3, 3, 3], [1, 1, 1], [1, 2, 2]),
           mvit.MSBlockConfig(2, 8, 16, [3, 3, 3], [3, 3, 3], [1, 2, 2], [1, 1, 1])]
    return mvit.MViT((32, 32), 4, cfg, residual_pool=True, residual_with_cls_embed=False,
                     rel_pos_embed=True, proj_after_attn=True, num_classes=10).eval()


def test_tiny_mvit_v2_imports_every_mac():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = from_torch(_tiny_mvit_v2(), (1, 3, 4, 32, 32))
    assert net.coverage["model_macs"] > 0
    # the product with the relative-position table is a matmul (the table a network
    # input); what stays left out inside _add_rel_pos (einsums, crops) does no counted MAC
    assert [(n, m) for n, _, m, _ in net.coverage["left_out"] if m] == []
    tables = [v for v in net.inputs if "_table" in v]
    assert tables and all(len(net.shape(v)) == 3 for v in tables)
