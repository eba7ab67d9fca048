"""An independent checker of emitted dataflow-dialect text (for tests only).

Parses the func.func line by line with regexes, checks SSA def-before-use, operand types
against their definitions, and recomputes every result type with the formulas of
docs/ir-reference.md (not with the builder's code)."""

import re

TYPE_RE = r"tensor<(?:\d+x)+[a-z0-9]+>"
FUNC_RE = re.compile(r"^func\.func @([A-Za-z_][\w$.]*)\((.*)\) -> (.+?)"
                     r"(?: attributes \{dataflow\.accelerator = @[\w$.]+\})? \{$")
OP_RE = re.compile(r"^  (%[\w$.\-]+) = dataflow\.(\w+) (.*?) \{name = \"((?:[^\"\\]|\\.)*)\"\} : "
                   r"(.+) -> (" + TYPE_RE + r")$")
RET_RE = re.compile(r"^  return (.+) : (.+)$")


def parse_type(t):
    m = re.fullmatch(r"tensor<((?:\d+x)+)([a-z0-9]+)>", t.strip())
    assert m, f"bad type {t!r}"
    return tuple(int(x) for x in m.group(1).split("x")[:-1]), m.group(2)


def split_types(s):
    return [x.strip() for x in re.findall(TYPE_RE, s)]


def ints(s):
    return [int(x) for x in s.split(",")] if s.strip() else []


def window_out(i, k, s, pb, pe, d=1):
    return (i + pb + pe - d * (k - 1) - 1) // s + 1


def check(text):
    """Returns dict(name=..., args=[shapes], results=[shapes], ops=[(op, attrs-str, name)])."""
    lines = [l for l in text.splitlines() if l.strip() and not l.lstrip().startswith("//")]
    m = FUNC_RE.match(lines[0])
    assert m, lines[0]
    env = {}
    args = []
    for a in filter(None, (x.strip() for x in re.split(r",\s*(?=%)", m.group(2)))):
        name, t = a.split(":", 1)
        env[name.strip()] = parse_type(t)
        args.append(env[name.strip()][0])
    arg_names = set(env)
    rtypes = [parse_type(t) for t in split_types(m.group(3))]
    assert lines[-1] == "}", lines[-1]
    ops = []
    used = set()
    for l in lines[1:-2]:
        mo = OP_RE.match(l)
        assert mo, f"unparsable op line: {l}"
        res, op, body, lname, in_t, out_t = mo.groups()
        assert res not in env, f"redefinition of {res}"
        in_types = [parse_type(t) for t in split_types(in_t)]
        out_shape, dtype = parse_type(out_t)
        kind = None
        if op in ("pool", "eltwise", "activation", "norm"):
            kind, body = body.split(" ", 1)
        operand_part = re.match(r"^((?:%[\w$.\-]+(?:, )?)+)(.*)$", body)
        opnds = operand_part.group(1).split(", ")
        rest = operand_part.group(2).strip()
        assert len(opnds) == len(in_types), l
        for o, t in zip(opnds, in_types):
            assert o in env, f"use of undefined {o} in: {l}"
            assert env[o] == t, f"operand type mismatch for {o}: {env[o]} vs {t}"
            assert t[1] == dtype
            used.add(o)
        shapes = [t[0] for t in in_types]
        attrs = dict(re.findall(r"(\w+) (\[[^\]]*\]|\d+)", rest))
        lst = {k: ints(v.strip("[]")) for k, v in attrs.items()}
        if op in ("conv", "deconv"):
            x = shapes[0]
            n = len(x) - 2
            k, s, p, d, g = lst["kernel"], lst["stride"], lst["pad"], lst["dilation"], \
                int(attrs["groups"])
            assert len(k) == len(s) == len(d) == n and len(p) == 2 * n
            assert x[1] % g == 0 and out_shape[1] % g == 0
            if op == "conv":
                sp = [window_out(x[2 + i], k[i], s[i], p[i], p[n + i], d[i]) for i in range(n)]
            else:
                op_ = lst["output_padding"]
                sp = [(x[2 + i] - 1) * s[i] - p[i] - p[n + i] + d[i] * (k[i] - 1) + op_[i] + 1
                      for i in range(n)]
            exp = (x[0], out_shape[1], *sp)
        elif op == "pool":
            assert kind in ("max", "avg")
            x = shapes[0]
            n = len(x) - 2
            w, s, p = lst["window"], lst["stride"], lst["pad"]
            exp = (x[0], x[1], *[window_out(x[2 + i], w[i], s[i], p[i], p[n + i])
                                 for i in range(n)])
        elif op == "concat":
            assert len(shapes) >= 2 and len({(s[0],) + s[2:] for s in shapes}) == 1
            exp = (shapes[0][0], sum(s[1] for s in shapes), *shapes[0][2:])
        elif op == "fc":
            assert len(shapes[0]) in (2, 4)
            exp = (shapes[0][0], out_shape[1])
        elif op == "eltwise":
            # equal shapes, or one value per sample and channel (N x C x 1 x .. x 1)
            full = max(shapes, key=len)
            assert kind in ("add", "mul") and len(shapes) >= 1 and all(
                s == full or (len(s) == len(full) >= 3 and s[:2] == full[:2]
                              and all(d == 1 for d in s[2:])) for s in shapes)
            exp = full
        elif op == "matmul":
            a, b = shapes
            assert len(a) == len(b) and a[-1] == b[-2] and a[:-2] == b[:-2]
            exp = (*a[:-1], b[-1])
        elif op in ("activation", "norm", "softmax"):
            assert kind in {"activation": ("relu", "gelu", "silu", "sigmoid", "tanh"),
                            "norm": ("layer_norm", "rms_norm", "batch_norm"),
                            "softmax": (None,)}[op]
            assert len(shapes) == 1 and 2 <= len(shapes[0]) <= 5
            exp = shapes[0]
        elif op == "view":
            (x,) = shapes
            size = lambda t: eval("*".join(map(str, t)))  # noqa: E731
            assert size(x) == size(out_shape)
            exp = out_shape
        elif op == "slice":
            (x,) = shapes
            ax, off = int(attrs["axis"]), int(attrs["offset"])
            assert 0 <= ax < len(x) and len(out_shape) == len(x)
            assert 0 <= off and off + out_shape[ax] <= x[ax]
            exp = (*x[:ax], out_shape[ax], *x[ax + 1:])
        elif op == "attention":
            q, k, v = shapes
            h = int(attrs["heads"])
            assert len(q) == len(k) == len(v) == 2 and q[1] == k[1] == v[1] and k[0] == v[0]
            assert q[1] % h == 0
            exp = q
        else:
            raise AssertionError(f"unknown op {op}")
        assert tuple(exp) == out_shape, f"{l}\n  expected {exp}"
        assert all(v >= 1 for v in out_shape)
        env[res] = (out_shape, dtype)
        ops.append((op, kind, lname))
    mr = RET_RE.match(lines[-2])
    assert mr, lines[-2]
    rets = mr.group(1).split(", ")
    assert [env[r] for r in rets] == rtypes == [parse_type(t) for t in split_types(mr.group(2))]
    used.update(rets)
    dead = [o for o in env if o not in used and o not in arg_names]
    assert not dead, f"op results neither used nor returned: {dead}"
    return dict(name=m.group(1), args=args, results=[t[0] for t in rtypes], ops=ops)
