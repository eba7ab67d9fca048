"""Property test of the MAESTRO path against upstream MAESTRO: random CONV layers with random
mappings of the directive styles MAESTRO's templates use (a spatial map over clusters, temporal
tiles of the other channels in a random order, sliding Y/X maps, Cluster(n), a spatial map
inside), each run through MAESTRO (bench/maestro_oracle.py) and through ours; counts the layers
whose cycles, and cycles plus printed energy, differ. Layers MAESTRO fails on are counted apart.

    /usr/bin/python3 bench/maestro_property.py --maestro /tmp/maestro-bld/maestro \
        --count 1000 [--seed 1] [--build build] [--slice 120 --slice-out FILE.m]

`--slice N` writes the first N layers MAESTRO priced into one mapping file (for
bench/maestro_oracle.py record and the replay in MaestroOracleTest).

`--grouped` makes every layer an NGCONV (G groups of K x C filters) whose dataflow maps G: a
temporal tile among the top level's maps, or G as the top or inner spatial map. (An NGCONV that
maps no G gets MAESTRO's own TemporalMap(G,G) G at import; docs/seed-tools.md, MAESTRO.)

`--rs` draws CONV layers with MAESTRO's row-stationary template (googlenet_rs): output rows (or
columns) over clusters of R (S) PEs that split the filter window, `SpatialMap(1,1) Y;
SpatialMap(1,1) R;` (X with S), with random K and C tiles and loop orders.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import maestro_oracle  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HW = os.path.join(REPO, "unittests", "CostModel", "data", "maestro", "accelerator_1.m")


def random_layer(rng: random.Random, name: str, grouped: bool = False) -> str:
    r = rng.choice([1, 3, 3, 5])
    stride = rng.choice([1, 1, 1, 2])
    k, c = rng.choice([1, 2, 3, 4, 8, 16, 24, 32, 64, 96]), rng.choice([1, 3, 4, 8, 16, 32, 64, 100])
    y = rng.randint(r, r + 24)
    x = rng.randint(r, r + 24)
    chans = ("K", "C", "G") if grouped else ("K", "C")
    g = rng.choice([1, 2, 3, 4, 8, 32]) if grouped else 1
    outer = rng.choice(chans)
    inner = rng.choice([d for d in chans if d != outer] + ["Y", "X"])
    a = rng.choice([1, 1, 2, 4])
    top = [f"SpatialMap({a},{a}) {outer};"]
    for d in chans:
        if d != outer:
            t = rng.choice([1, 2, 4, 8, 16, 32, 64])
            top.append(f"TemporalMap({t},{t}) {d};")
    slide = rng.choice([1, 1, 2])
    top.append(f"TemporalMap(Sz(R)+{slide - 1},{slide}) Y;" if slide > 1 else "TemporalMap(Sz(R),1) Y;")
    top.append(f"TemporalMap(Sz(S)+{slide - 1},{slide}) X;" if slide > 1 else "TemporalMap(Sz(S),1) X;")
    rng.shuffle(top)
    top += ["TemporalMap(Sz(R),Sz(R)) R;", "TemporalMap(Sz(S),Sz(S)) S;"]
    n = rng.choice([1, 2, 4, 8, 16, 32, 64])
    body = top + [f"Cluster({n},P);"]
    if inner in ("Y", "X"):
        w = "R" if inner == "Y" else "S"
        body.append(f"SpatialMap(Sz({w}),1) {inner};")
        other = "X" if inner == "Y" else "Y"
        ow = "S" if inner == "Y" else "R"
        body.append(f"TemporalMap(Sz({ow}),1) {other};")
    else:
        body.append(f"SpatialMap(1,1) {inner};")
        body += ["TemporalMap(Sz(R),1) Y;", "TemporalMap(Sz(S),1) X;"]
    body += ["TemporalMap(Sz(R),Sz(R)) R;", "TemporalMap(Sz(S),Sz(S)) S;"]
    # Sz(R)+n is not MAESTRO syntax: resolve it here.
    body = [b.replace("Sz(R)+", f"{r}+").replace("Sz(S)+", f"{r}+") for b in body]
    body = [resolve_sum(b) for b in body]
    kind, gdim = ("NGCONV", f"G: {g}, ") if grouped else ("CONV", "")
    return (f"Layer {name} {{\nType: {kind}\nStride {{ X: {stride}, Y: {stride} }}\n"
            f"Dimensions {{ {gdim}K: {k}, C: {c}, R: {r}, S: {r}, Y: {y}, X: {x} }}\nDataflow {{\n  "
            + "\n  ".join(body) + "\n}\n}\n")


def random_rs_layer(rng: random.Random, name: str) -> str:
    r = rng.choice([1, 3, 3, 5, 7])
    stride = rng.choice([1, 1, 1, 2])
    k, c = rng.choice([1, 2, 3, 4, 8, 16, 24, 32, 64]), rng.choice([1, 3, 4, 8, 16, 32, 64])
    y, x = rng.randint(r, r + 24), rng.randint(r, r + 24)
    rows = rng.choice([True, True, False])
    o, i, w, other_w = ("Y'", "Y", "R", "S") if rows else ("X'", "X", "S", "R")
    other_o = "X'" if rows else "Y'"
    top = [f"SpatialMap(1,1) {o};", f"TemporalMap(1,1) {other_o};"]
    for d in ("K", "C"):
        t = rng.choice([1, 2, 4, 8, 16])
        top.append(f"TemporalMap({t},{t}) {d};")
    rng.shuffle(top)
    top += [f"TemporalMap({r},{r}) R;", f"TemporalMap({r},{r}) S;"]
    body = top + [f"Cluster({r},P);", f"SpatialMap(1,1) {i};", f"SpatialMap(1,1) {w};",
                  f"TemporalMap({r},{r}) {other_w};"]
    return (f"Layer {name} {{\nType: CONV\nStride {{ X: {stride}, Y: {stride} }}\n"
            f"Dimensions {{ K: {k}, C: {c}, R: {r}, S: {r}, Y: {y}, X: {x} }}\nDataflow {{\n  "
            + "\n  ".join(body) + "\n}\n}\n")


def resolve_sum(line: str) -> str:
    if "+" not in line:
        return line
    head, rest = line.split("(", 1)
    args, tail = rest.split(")", 1)
    a, b = args.split(",")
    if "+" in a:
        p, q = a.split("+")
        a = str(int(p) + int(q))
    return f"{head}({a},{b}){tail}"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--maestro", required=True)
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--build", default=os.path.join(REPO, "build"))
    p.add_argument("--slice", type=int, default=0)
    p.add_argument("--slice-out")
    p.add_argument("--grouped", action="store_true", help="NGCONV layers with G mapped")
    p.add_argument("--rs", action="store_true", help="row-stationary CONV mappings")
    p.add_argument("-v", "--verbose", action="store_true")
    a = p.parse_args()
    rng = random.Random(a.seed)
    failed = nonsense = refused = cyc_bad = exact_bad = priced = 0
    kept: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(a.count):
            layer = random_rs_layer(rng, f"L{i}") if a.rs else random_layer(rng, f"L{i}", a.grouped)
            path = os.path.join(tmp, f"p{i}.m")
            with open(path, "w") as f:
                f.write("Network prop {\n" + layer + "}\n")
            ref = maestro_oracle.run(a.maestro, path, HW, {})
            if ref["failure"] or not ref["layers"]:
                failed += 1
                continue
            # MAESTRO prints 0 cycles and a negative energy when a map is larger than its
            # dimension (e.g. TemporalMap(6,2) Y with Y = 5): not a figure to compare with.
            r0 = ref["layers"][0]
            if r0.get("runtime", 0) <= 0 or r0.get("energy_printed", "-").startswith("-"):
                nonsense += 1
                continue
            mine, err, _ = maestro_oracle.ours(a.build, path, HW)
            if mine is None:
                refused += 1
                if a.verbose:
                    print(f"L{i}: ours refuses: {err}")
                continue
            priced += 1
            r, o = ref["layers"][0], mine[0]
            c_ok = r["runtime"] == o["time"]
            # Our energy summed and printed as MAESTRO does (its long double sum): printing
            # the report's double can land on the other side of a 6-digit tie.
            dims = re.search(r"Dimensions \{([^}]*)\}", layer).group(1)
            k, c, rr, y, x = (int(re.search(rf"\b{d}: (\d+)", dims).group(1))
                              for d in ("K", "C", "R", "Y", "X"))
            # NGCONV: input {G, C, Y, X}, filter {G, K, C, R, S}, output {G, K, C, Y', X'}.
            g = int(m.group(1)) if (m := re.search(r"\bG: (\d+)", dims)) else 1
            out_c = g * k * c if a.grouped else k
            e_mine = maestro_oracle.printed_as_maestro(o, g * c * y * x, g * k * c * rr * rr,
                                                       out_c * (y - rr + 1) * (x - rr + 1))
            e_ok = r["energy_printed"] == e_mine
            cyc_bad += not c_ok
            exact_bad += not (c_ok and e_ok)
            if a.verbose and not (c_ok and e_ok):
                print(f"L{i}: cycles {r['runtime']} vs {o['time']}, energy {r['energy_printed']} vs "
                      f"{e_mine}\n{layer}")
            if len(kept) < a.slice:
                kept.append(layer)
    print(f"{a.count} random layers (seed {a.seed}): MAESTRO fails on {failed} and prints 0 cycles / "
          f"negative energy on {nonsense}; ours refuses {refused}; "
          f"{priced} priced by both: {cyc_bad} differ in cycles, {exact_bad} in cycles or printed energy")
    if a.slice_out and kept:
        with open(a.slice_out, "w") as f:
            f.write(f"// {len(kept)} random layers of bench/maestro_property.py --seed {a.seed}"
                    f"{' --grouped' if a.grouped else ''}{' --rs' if a.rs else ''}\n")
            f.write("Network prop {\n" + "".join(kept) + "}\n")
        print(a.slice_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
