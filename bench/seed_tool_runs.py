"""The two seed tools' bundled examples through dataflow-translate + dataflow-opt: dMazeRunner's
ResNet-18 (our auto-optimized search per goal vs the optima and search time dMazeRunner
recorded) and MAESTRO's VGG-16 (the given vgg16_ckp_ws mapping vs our directive search within
the same L1/L2). CPU seconds are user + sys of the dataflow-opt processes.

    /usr/bin/python3 bench/seed_tool_runs.py [--build build] [--only dmaze|maestro]
        [--maestro-goal runtime|energy|edp]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INPUTS = os.path.join(REPO, "test", "Target", "Inputs")
MAESTRO_DATA = os.path.join(REPO, "unittests", "CostModel", "data", "maestro")


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def translate(build, args, out):
    subprocess.run([os.path.join(build, "bin", "dataflow-translate")] + args + ["-o", out], check=True)


def opt(build, src, passes, report):
    before = cpu()
    subprocess.run([os.path.join(build, "bin", "dataflow-opt"), src] + passes +
                   [f"--dataflow-report=file={report}", "-o", os.devnull], check=True)
    seconds = cpu() - before
    with open(report) as f:
        return json.load(f)["layers"], seconds


def dmaze(build, tmp):
    src = os.path.join(tmp, "resnet18.mlir")
    translate(build, ["--import-dmazerunner", os.path.join(INPUTS, "resnet18.json"),
                      f"--dmazerunner-arch={os.path.join(INPUTS, 'arch_spec.json')}"], src)
    ref, secs = {}, {}
    name = None
    for line in open(os.path.join(INPUTS, "resnet18_auto_optimize.stdout.txt")):
        if m := re.match(r"compiling layer \d+: (\S+)", line):
            name = m.group(1)
        elif m := re.match(r"Optimized energy-delay product \(EDP\): (\S+)", line):
            ref[(name, "edp")] = float(m.group(1))
        elif m := re.match(r"Minimized energy: (\S+)", line):
            ref[(name, "energy")] = float(m.group(1))
        elif m := re.match(r"Minimized execution cycles: (\S+)", line):
            ref[(name, "cycles")] = float(m.group(1))
        elif m := re.match(r"Time spent in exploration: (\S+)", line):
            secs[name] = float(m.group(1))
    rows, total_cpu = {}, 0.0
    for goal in ("edp", "energy", "cycles"):
        layers, seconds = opt(build, src, [f"--dataflow-dmaze-map=goal={goal}", "--dataflow-dmaze-cost"],
                              os.path.join(tmp, f"dmaze-{goal}.json"))
        total_cpu += seconds
        for l in layers:
            v = {"edp": l["energy"] * l["time"], "energy": l["energy"], "cycles": l["time"]}[goal]
            rows.setdefault(l["name"], {})[goal] = v
    print("| layer | dMazeRunner search (s) | min EDP ours / dMazeRunner | min energy (pJ) ours / dMazeRunner "
          "| min cycles ours / dMazeRunner |")
    print("|---|---|---|---|---|")
    for n, r in rows.items():
        print(f"| {n} | {secs[n]:.2f} | " + " | ".join(
            f"{r[g]:.5g} / {ref[(n, g)]:.5g}" for g in ("edp", "energy", "cycles")) + " |")
    print(f"\nours: three searches (goal edp, energy, cycles; each the whole auto-optimized space) "
          f"{total_cpu:.2f} CPU s in total; dMazeRunner: {sum(secs.values()):.2f} s for one search\n")


def maestro(build, tmp, goal):
    hw = f"--maestro-hw={os.path.join(MAESTRO_DATA, 'accelerator_1.m')}"
    given_src, model_src = os.path.join(tmp, "given.mlir"), os.path.join(tmp, "model.mlir")
    translate(build, ["--import-maestro", os.path.join(MAESTRO_DATA, "vgg16_ckp_ws.m"), hw], given_src)
    translate(build, ["--import-maestro", os.path.join(MAESTRO_DATA, "vgg16_model.m"), hw], model_src)
    given, _ = opt(build, given_src, ["--dataflow-maestro-cost"], os.path.join(tmp, "given.json"))
    found, seconds = opt(build, model_src, [f"--dataflow-maestro-map=goal={goal} respect-buffers=true",
                                            "--dataflow-maestro-cost"], os.path.join(tmp, "found.json"))
    print(f"goal {goal}:\n")
    print("| layer | vgg16_ckp_ws cycles | energy (MAC units) | searched, within L1/L2: cycles | energy | speed-up |")
    print("|---|---|---|---|---|---|")
    tg = tf = eg = ef = 0
    for g, f in zip(given, found):
        tg += g["time"]; tf += f["time"]; eg += g["energy"]; ef += f["energy"]
        print(f"| {g['name']} | {g['time']:,} | {g['energy']:.4g} | {f['time']:,} | {f['energy']:.4g} | "
              f"{g['time'] / f['time']:.2f}x |")
    print(f"| total | {tg:,} | {eg:.4g} | {tf:,} | {ef:.4g} | {tg / tf:.2f}x |")
    print(f"\nsearch + cost of 13 layers: {seconds:.1f} CPU s\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default=os.path.join(REPO, "build"))
    p.add_argument("--only", choices=["dmaze", "maestro"])
    p.add_argument("--maestro-goal", default="runtime", choices=["runtime", "energy", "edp"])
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if a.only in (None, "dmaze"):
            dmaze(a.build, tmp)
        if a.only in (None, "maestro"):
            maestro(a.build, tmp, a.maestro_goal)


if __name__ == "__main__":
    main()
