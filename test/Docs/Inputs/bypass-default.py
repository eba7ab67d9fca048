"""One bypass default (#26): dataflow-opt's pipeline, the Python schedule() and the Python CLI
give the same figures when no bypass option is given, and the same again with i,o,f.

    bypass-default.py DATAFLOW_OPT REPO
"""
import json
import os
import subprocess
import sys
import tempfile

from dataflow_opt import schedule
from dataflow_opt.cli import main as cli_main

exe, repo = sys.argv[1], sys.argv[2]
net = os.path.join(repo, "examples", "networks", "alexnet.mlir")
acc = os.path.join(repo, "examples", "accelerators", "eyeriss.mlir")


def cli_energy(options):
    with tempfile.TemporaryDirectory() as tmp:
        rep = os.path.join(tmp, "r.json")
        subprocess.run([exe, net, f"--dataflow-attach-accelerator=file={acc}",
                        f"--dataflow-schedule={options} report={rep} lower=false progress=off",
                        "-o", os.devnull], check=True)
        with open(rep) as f:
            return json.load(f)["totals"]["energy"]


for label, options, kwargs in (("default", "", {}),
                               ("i,o,f", "disable-bypass=i,o,f", {"disable_bypass": "i,o,f"})):
    pipeline = cli_energy(options)
    python = schedule(net, acc, binary=exe, **kwargs).totals.energy
    print(f"{label}: dataflow-opt {pipeline!r} schedule() {python!r} "
          f"{'same' if pipeline == python else 'DIFFERENT'}")

# The Python CLI prints the note exactly when every layer's global-buffer energy is 0.
os.environ["DATAFLOW_OPT"] = exe
for spec, extra in (("zoo:mlp_s", []), ("zoo:mlp_s", ["--disable-bypass", "i,o,f"]),
                    ("zoo:alexnet", [])):
    print(f"cli {spec} {' '.join(extra)}".rstrip() + ":")
    sys.stdout.flush()
    cli_main([spec, "--batch", "1", "--table"] + extra)
