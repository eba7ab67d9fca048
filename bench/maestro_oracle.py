"""An oracle for the MAESTRO path: builds the upstream MAESTRO (maestro-project/maestro, SCons +
Boost) outside the tree, runs it on a mapping file and a hardware file (or its command-line
hardware options), parses its per-layer cycles and energies, and compares them with ours
(dataflow-translate --import-maestro | dataflow-opt --dataflow-maestro-cost). MAESTRO is never
vendored and CI never builds it: `record` writes the parsed outputs as JSON under
unittests/CostModel/data/maestro/oracle/, which the tests replay.

    # once: build from a checkout of maestro-project/maestro (SCons and Boost from Debian:
    # apt-get install scons libboost-program-options-dev libboost-filesystem-dev)
    /usr/bin/python3 bench/maestro_oracle.py build /path/to/maestro-src [--build-dir /tmp/maestro-bld]
    # one file, MAESTRO's figures as JSON
    /usr/bin/python3 bench/maestro_oracle.py run --maestro /tmp/maestro-bld/maestro \
        --mapping vgg16_ckp_ws.m --hw accelerator_1.m
    # MAESTRO vs ours, layer by layer (cycles exact, energy to MAESTRO's 6 printed digits)
    /usr/bin/python3 bench/maestro_oracle.py compare --maestro /tmp/maestro-bld/maestro \
        --mapping F.m [F2.m ...] --hw accelerator_1.m [--build build]
    # record MAESTRO's outputs for the tests
    /usr/bin/python3 bench/maestro_oracle.py record --maestro /tmp/maestro-bld/maestro \
        --mapping F.m [...] --hw accelerator_1.m [--out unittests/CostModel/data/maestro/oracle]

Hardware options (`--num-pes`, `--noc-bw`, `--offchip-bw`, `--noc-hops`, `--noc-hop-latency`,
`--noc-mc-support`, `--do-implicit-reduction`, `--num-simd-lanes`, `--l1-size`, `--l2-size`) are
passed to MAESTRO as its own --flags; with them MAESTRO runs without a hardware file.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from fractions import Fraction

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE_DATA = os.path.join(REPO, "unittests", "CostModel", "data", "maestro", "oracle")

# MAESTRO's command-line hardware options (maestro-top.cpp / option.hpp) by our flag name.
HW_FLAGS = {
    "num_pes": "num_pes", "noc_bw": "noc_bw_cstr", "offchip_bw": "offchip_bw_cstr",
    "noc_hops": "noc_hops", "noc_hop_latency": "noc_hop_latency",
    "noc_mc_support": "noc_mc_support", "do_implicit_reduction": "do_implicit_reduction",
    "num_simd_lanes": "num_simd_lanes", "l1_size": "l1_size_cstr", "l2_size": "l2_size_cstr",
}


def build(src: str, build_dir: str) -> str:
    """Copies the MAESTRO source to build_dir (the source stays untouched) and runs scons there."""
    if not os.path.isfile(os.path.join(src, "SConstruct")):
        sys.exit(f"{src}: no SConstruct (expected a checkout of maestro-project/maestro)")
    if shutil.which("scons") is None:
        sys.exit("scons not found (apt-get install scons libboost-program-options-dev "
                 "libboost-filesystem-dev libboost-system-dev)")
    if os.path.abspath(build_dir) != os.path.abspath(src):
        shutil.copytree(src, build_dir, dirs_exist_ok=True)
    jobs = os.environ.get("MAESTRO_BUILD_JOBS", "1")
    subprocess.run(["scons", f"-j{jobs}"], cwd=build_dir, check=True)
    binary = os.path.join(build_dir, "maestro")
    print(binary)
    return binary


def parse_stdout(text: str) -> list[dict]:
    """Per-layer blocks of MAESTRO's screen report: each starts at 'Num MACs:'."""
    layers = []
    for block in re.split(r"^Num MACs: ", text, flags=re.M)[1:]:
        rec = {"macs": int(block.split()[0])}
        if m := re.search(r"^Runtime: (\d+) cycles", block, re.M):
            rec["runtime"] = int(m.group(1))
        if m := re.search(r"^Total energy consumption: (\S+) X MAC energy", block, re.M):
            rec["energy_printed"] = m.group(1)
        if m := re.search(r"^Average number of utilized PEs: (\S+)", block, re.M):
            rec["avg_utilized_pes"] = m.group(1)
        layers.append(rec)
    return layers


def parse_csv(text: str) -> list[dict]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    head = [h.strip() for h in rows[0]]
    out = []
    for r in rows[1:]:
        if len(r) < 5:
            continue
        row = dict(zip(head, (c.strip() for c in r)))
        # The access columns repeat their names per tensor; keep them by position too.
        row["_cells"] = [c.strip() for c in r]
        out.append(row)
    return out


def run(maestro: str, mapping: str, hw: str | None, flags: dict, timeout: float = 600) -> dict:
    """Runs MAESTRO in a scratch directory (its CSV is named after the mapping and appended to)."""
    with tempfile.TemporaryDirectory() as tmp:
        # MAESTRO names its CSV after the mapping path minus its first two components.
        nested = os.path.join(tmp, "a", "b")
        os.makedirs(nested)
        shutil.copy(mapping, nested)
        args = [os.path.abspath(maestro), f"--Mapping_file=a/b/{os.path.basename(mapping)}",
                "--print_res=true", "--print_res_csv_file=true", "--print_log_file=false"]
        if hw:
            shutil.copy(hw, os.path.join(tmp, "hw.m"))
            args.append("--HW_file=hw.m")
        for k, v in flags.items():
            args.append(f"--{HW_FLAGS[k]}={v}")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(args, cwd=tmp, capture_output=True, text=True, errors="replace",
                           timeout=timeout)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        stem = os.path.splitext(os.path.basename(mapping))[0]
        csv_path = os.path.join(tmp, stem + ".csv")
        rows = parse_csv(open(csv_path).read()) if os.path.exists(csv_path) else []
    screen = parse_stdout(p.stdout)
    layers = []
    for i, s in enumerate(screen):
        rec = dict(s)
        if i < len(rows):
            r = rows[i]
            rec["name"] = r.get("Layer Number", "")
            rec["csv_runtime"] = int(float(r.get("Runtime (Cycles)", "0")))
            rec["csv_energy_nj"] = r.get("Activity count-based Energy (nJ)", "")
            cells = r["_cells"]
            # input l1r l1w l2r l2w reuse, filter ..., output ... (CSV columns 27-41)
            acc = [cells[k] for k in range(26, 41)]
            rec["accesses"] = {t: dict(zip(("l1_read", "l1_write", "l2_read", "l2_write"),
                                           map(int, map(float, acc[5 * j:5 * j + 4]))))
                               for j, t in enumerate(("input", "filter", "output"))}
        layers.append(rec)
    status = p.returncode
    failure = None
    if status < 0:
        failure = f"signal {signal.Signals(-status).name}"
    elif status != 0:
        last = [l for l in (p.stdout + p.stderr).splitlines() if l.strip()]
        failure = f"exit {status}: " + (last[-1] if last else "")
    return {"mapping": os.path.basename(mapping), "hw": os.path.basename(hw) if hw else None,
            "flags": flags, "status": status, "failure": failure, "layers": layers,
            "warnings": re.findall(r"^\[WARNING:\w+\].*$", p.stdout, re.M),
            "wall_seconds": round(wall, 4),
            "cpu_seconds": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 4)}


def ours(build_dir: str, mapping: str, hw: str) -> tuple[list[dict] | None, str, float]:
    """Our per-layer figures: imported and priced with dataflow-maestro-cost (report JSON), and
    the CPU seconds of the two processes."""
    bindir = os.path.join(build_dir, "bin")
    with tempfile.TemporaryDirectory() as tmp:
        mlir, rep = os.path.join(tmp, "m.mlir"), os.path.join(tmp, "r.json")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        p = subprocess.run([os.path.join(bindir, "dataflow-translate"), "--import-maestro", mapping,
                            f"--maestro-hw={hw}", "-o", mlir], capture_output=True, text=True)
        if p.returncode != 0:
            return None, (p.stderr.strip().splitlines() or ["import failed"])[0], 0.0
        p = subprocess.run([os.path.join(bindir, "dataflow-opt"), mlir, "--dataflow-maestro-cost",
                            f"--dataflow-report=file={rep}", "-o", os.devnull],
                           capture_output=True, text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        if p.returncode != 0:
            return None, (p.stderr.strip().splitlines() or ["cost failed"])[0], seconds
        return json.load(open(rep))["layers"], "", seconds


def printed(x: float) -> str:
    """A double as MAESTRO's std::cout prints it (6 significant digits, %g)."""
    return f"{x:.6g}"


def printed_as_maestro(layer: dict, l2_writes_in: int, l2_writes_filter: int,
                       l2_reads_out: int) -> str:
    """Our energy of one CONV layer (a dataflow-maestro-cost report row) summed and printed as
    MAESTRO prints its "Total energy": each access count x unit energy in double, summed in
    long double (here exactly, with Fraction), 6 significant digits rounded half to even
    (Analysis::printedEnergy in C++). The report gives each tensor's L1 and L2 accesses as
    totals; the split into reads and writes follows the model (docs/cost-model.md, MAESTRO):
    input and filter L2 writes are the tensor as given, their L1 writes their L2 reads; the
    output's L2 reads are MAESTRO's unstrided output, its L1 reads and writes the MACs each."""
    gbuf, regf = layer["accesses"]["gbuf"], layer["accesses"]["regf"]  # filter, input, output
    counts = []
    for total, l2w, l1 in ((gbuf[1], l2_writes_in, regf[1]), (gbuf[0], l2_writes_filter, regf[0])):
        l2r = total - l2w
        counts += [(l2w, 18.61), (l2r, 18.61), (l2r, 1.68), (l1 - l2r, 1.68)]
    counts += [(gbuf[2] - l2_reads_out, 18.61), (l2_reads_out, 18.61), (regf[2] / 2, 1.68),
               (regf[2] / 2, 1.68)]
    total = sum((Fraction(float(c) * u) for c, u in counts), Fraction(layer["ops"]))
    d = Decimal(total.numerator) / Decimal(total.denominator)
    return printed(float(format(d, ".5e")))


def compare(args) -> int:
    flags = hw_flags(args)
    if flags:
        sys.exit("compare: our import takes the hardware file only; pass --hw")
    total = bad = failed = cycles_total = 0
    for mapping in args.mapping:
        ref = run(args.maestro, mapping, args.hw, {})
        mine, err, secs = ours(args.build, mapping, args.hw)
        name = os.path.basename(mapping)
        if ref["failure"]:
            print(f"{name}: MAESTRO fails ({ref['failure']}); ours: "
                  f"{'error: ' + err if mine is None else f'{len(mine)} layers priced'}")
            continue
        if mine is None:
            failed += 1
            print(f"{name}: MAESTRO {len(ref['layers'])} layers; ours refuses: {err}")
            continue
        mm = cyc = 0
        for r, o in zip(ref["layers"], mine):
            total += 1
            cyc += r.get("runtime") == o["time"]
            ok = r.get("runtime") == o["time"] and r.get("energy_printed") == printed(o["energy"])
            if not ok:
                mm += 1
                if args.verbose:
                    print(f"  {r.get('name')}: cycles {r.get('runtime')} vs {o['time']}, energy "
                          f"{r.get('energy_printed')} vs {printed(o['energy'])}")
        if len(mine) != len(ref["layers"]):
            mm += 1
        bad += mm
        cycles_total += cyc
        print(f"{name}: {len(ref['layers'])} layers, {cyc} with MAESTRO's cycles, {mm} mismatches "
              f"(cycles or printed energy); CPU s: MAESTRO {ref['cpu_seconds']:.3f}, ours {secs:.3f} "
              f"(import + cost)")
    print(f"total: {total} layers compared, {cycles_total} with MAESTRO's cycles, {bad} mismatches "
          f"(cycles or printed energy), {failed} files refused by ours")
    return 1 if bad or failed else 0


def hw_flags(args) -> dict:
    return {k: getattr(args, k) for k in HW_FLAGS if getattr(args, k, None) is not None}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="build MAESTRO from a source folder with scons")
    b.add_argument("src")
    b.add_argument("--build-dir", default=os.path.join(tempfile.gettempdir(), "maestro-bld"))
    for name in ("run", "compare", "record"):
        s = sub.add_parser(name)
        s.add_argument("--maestro", required=True, help="the MAESTRO binary")
        s.add_argument("--mapping", nargs="+", required=True)
        s.add_argument("--hw", help="MAESTRO hardware .m file")
        for k in HW_FLAGS:
            s.add_argument("--" + k.replace("_", "-"), dest=k)
        if name == "compare":
            s.add_argument("--build", default=os.path.join(REPO, "build"))
            s.add_argument("-v", "--verbose", action="store_true")
        if name == "record":
            s.add_argument("--out", default=ORACLE_DATA)
    a = p.parse_args()
    if a.cmd == "build":
        build(a.src, a.build_dir)
        return 0
    if a.cmd == "compare":
        return compare(a)
    flags = hw_flags(a)
    results = [run(a.maestro, m, a.hw, flags) for m in a.mapping]
    if a.cmd == "run":
        json.dump(results if len(results) > 1 else results[0], sys.stdout, indent=1)
        print()
        return 0
    os.makedirs(a.out, exist_ok=True)
    for r in results:
        stem = os.path.splitext(r["mapping"])[0]
        hw = os.path.splitext(r["hw"])[0] if r["hw"] else "flags"
        path = os.path.join(a.out, f"{stem}.{hw}.json")
        # Times vary run to run; the tests replay only the figures, one layer a line:
        # name, MACs, cycles, on-screen energy (MAC units, as printed), CSV energy (nJ, as
        # printed) and the 12 access counts (input, filter, output x L1 rd, L1 wr, L2 rd, L2 wr).
        with open(path, "w") as f:
            head = {k: r[k] for k in ("mapping", "hw", "flags", "status", "failure", "warnings")}
            f.write("{\n" + "".join(f" {json.dumps(k)}: {json.dumps(v)},\n" for k, v in head.items()))
            f.write(' "layers": [\n')
            rows = []
            for l in r["layers"]:
                acc = [l["accesses"][t][c] for t in ("input", "filter", "output")
                       for c in ("l1_read", "l1_write", "l2_read", "l2_write")] if "accesses" in l else []
                rows.append("  " + json.dumps([l.get("name", ""), l["macs"], l.get("runtime"),
                                               l.get("energy_printed"), l.get("csv_energy_nj"), acc]))
            f.write(",\n".join(rows) + ("\n" if rows else "") + " ]\n}\n")
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
