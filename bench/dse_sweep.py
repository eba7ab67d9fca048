"""The co-design fork's scale through dataflow-dse: 1000 generated networks x 50 hardware points
(issue 10; the MAESTRO co-design fork swept ~1000 NAS models x 50 accelerators, see
docs/seed-tools.md §1.5). Generates the networks
(python3 -m dataflow_opt.dse_networks --profile cifar), writes the 50-point spec below, runs
the sweep into a fresh CSV and prints wall and CPU seconds (user + sys of the dataflow-dse
process) with the tool's own summary line.

    /usr/bin/python3 bench/dse_sweep.py [--build build] [--networks 1000] [--points 50|20]
        [--batch 1]
        [--threads 0] [--disable-bypass i,o,f] [--work DIR] [--plot]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "python"))

from dataflow_opt import dse_networks  # noqa: E402

# 5 PE arrays x 5 global buffers x 2 DRAM bandwidths = 50 points (register files: the base
# Eyeriss' 512 B). Run without GBUF bypass (the Eyeriss ISCA'16 setup, --disable-bypass=i,o,f):
# with bypass allowed, nn_dataflow's model streams batch-1 layers past the buffer and its size
# never matters (docs/design-space-sweeps.md).
SPECS = {
    50: """\
pe_array       = 8x8, 12x14, 16x16, 16x32, 32x32
gbuf_bytes     = 32768..524288 *2
dram_bandwidth = 8, 64
""",
    # The "100 networks x 20 hardware points" in full size (--networks 100 --points 20).
    20: """\
pe_array       = 8x8, 12x14, 16x16, 16x32, 32x32
gbuf_bytes     = 131072, 524288
dram_bandwidth = 8, 64
""",
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--networks", type=int, default=1000)
    ap.add_argument("--points", type=int, choices=sorted(SPECS), default=50)
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--disable-bypass", default="i,o,f")
    ap.add_argument("--work", help="directory for networks, spec and CSV (default: a temp dir)")
    ap.add_argument("--plot", action="store_true", help="also write pareto.png beside the CSV")
    args = ap.parse_args(argv)

    work = args.work or tempfile.mkdtemp(prefix="dse-bench-")
    nets = os.path.join(work, "nets")
    t0 = time.perf_counter()
    dse_networks.emit(nets, args.networks, seed=0, profile="cifar", batch=args.batch)
    gen_s = time.perf_counter() - t0
    spec = os.path.join(work, "spec.txt")
    with open(spec, "w") as f:
        f.write(SPECS[args.points])
    csv = os.path.join(work, "sweep.csv")
    if os.path.exists(csv):
        os.remove(csv)

    cmd = [os.path.join(args.build, "bin", "dataflow-dse"), nets, "--sweep", spec, "-o", csv,
           f"--threads={args.threads}", f"--disable-bypass={args.disable_bypass}",
           "--progress=on"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        return proc.returncode
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = proc.stderr.strip().splitlines()
    with open(csv) as f:
        rows = sum(1 for _ in f) - 1
    load = os.getloadavg()
    print(f"command: {' '.join(cmd)}")
    print(lines[0])
    print(lines[-1])
    print(f"networks generated in {gen_s:.1f} s (python); sweep: {rows} rows, "
          f"{wall:.2f} s wall, {cpu:.2f} s CPU (user+sys); load average {load[0]:.1f}")
    if args.plot:
        from dataflow_opt import dse_plot
        png = os.path.join(work, "pareto.png")
        dse_plot.main([csv, "-o", png])
        print(f"plot: {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
