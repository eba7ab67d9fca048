#!/usr/bin/python3
"""Runs every shell command that README.md, python/README.md and docs/*.md show in ```sh
blocks, as written, from the repository root, against a built tree; fails if one fails.

    /usr/bin/python3 scripts/check-doc-commands.py [--build DIR] [--list] [--only TEXT]

The commands run in a scratch copy of the repository's tracked files (so the files they write
do not land in the work tree) whose `build` is a link to the built tree (--build, default
build/). `python3` is the interpreter running this script (Debian's /usr/bin/python3, which
has numpy, onnx and torch); nothing else is added to the environment: no PYTHONPATH, no
build/bin on PATH. Each block runs in one bash (`set -eo pipefail`) starting at the root, so a
`cd` carries to the block's later commands, as for a reader typing them.

Commands that take long, need other machines or build the tree are not run: SKIP below lists
each with its reason, and every skipped command is printed. A doc command that needs a file
names a bundled one (examples/, test/*/Inputs, unittests/CostModel/data) or makes it in an
earlier command of its block; there are no hidden substitutions.
"""
import argparse
import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# A command containing the key is skipped, for the reason given. Keep this list short.
SKIP = {
    "bash scripts/test": "runs the whole test suite, which runs this check",
    "bash scripts/run-example": "installs packages and builds the tree; the README command "
                                "after it schedules the same network",
    "--count 1000": "generates the 1000 networks of a sweep that takes hours",
    "build/bin/dataflow-dse nets --sweep spec.txt": "the 1000-network x 50-point sweep: hours",
    "dse_plot sweep.csv": "plots the sweep of the skipped command before it",
    "#SBATCH": "a Slurm job script",
    "--sshloginfile": "needs other machines",
    "valgrind --tool=callgrind": "minutes under valgrind",
    "callgrind_annotate": "reads the skipped valgrind run's output",
    "bench/dse_sweep.py": "the co-design sweep at scale: tens of minutes",
    "cmake -G Ninja": "configures a build tree (the tree under test is already built)",
    "ninja -C build": "builds the tree (the tree under test is already built)",
    "--count 200 --seed 0 --profile cifar": "generates the networks of a measured sweep",
    "spec20.txt": "a measured sweep whose spec the text describes: minutes",
    "big.csv": "plots the 400,000-row CSV of a 41 s sweep",
    "OLD_BUILD": "needs a second build tree of an older commit",
    "sweep nets --sweep spec.txt": "the same 1000-network sweep on a Dask cluster: hours",
    "--merge results/sweep": "merges the parts of the Slurm array above",
    "/path/to/maestro": "needs a checkout of the upstream MAESTRO outside the repository",
    "apt-get install": "installs packages",
}

DOCS = ["README.md", "python/README.md"] + sorted(
    os.path.relpath(p, REPO) for p in glob.glob(os.path.join(REPO, "docs", "*.md")))


def sh_blocks(rel):
    """(first line number, [lines]) of every ```sh block of a Markdown file."""
    blocks, current, start = [], None, 0
    with open(os.path.join(REPO, rel), encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            stripped = line.rstrip("\n")
            if current is None and re.fullmatch(r"```(sh|bash|shell)\s*", stripped):
                current, start = [], no + 1
            elif current is not None and stripped.startswith("```"):
                blocks.append((start, current))
                current = None
            elif current is not None:
                current.append(stripped)
    return blocks


def complete(text):
    """Whether `text` is a whole shell command (no open quote, no trailing backslash)."""
    if text.endswith("\\"):
        return False
    try:
        shlex.split(text, comments=True)
        return True
    except ValueError:
        return False


def commands(lines, first_no):
    """(line number, command text) of each command of a block; comment lines are dropped."""
    out, buf, start = [], [], 0
    for i, line in enumerate(lines):
        if not buf and (not line.strip() or line.lstrip().startswith("#") and
                        not line.startswith("#!") and not line.startswith("#SBATCH")):
            continue
        if not buf:
            start = first_no + i
        buf.append(line)
        if complete("\n".join(buf)):
            out.append((start, "\n".join(buf)))
            buf = []
    if buf:
        out.append((start, "\n".join(buf)))
    return out


def skip_reason(block_text, cmd):
    for key, reason in SKIP.items():
        if key in cmd or (key.startswith("#") and key in block_text):
            return reason
    return None


def scratch_copy(build, tmp):
    files = subprocess.run(["git", "-C", REPO, "ls-files", "-z"], check=True,
                           capture_output=True).stdout.decode().split("\0")
    root = os.path.join(tmp, "repo")
    for rel in filter(None, files):
        src = os.path.join(REPO, rel)
        if not os.path.isfile(src):
            continue
        dst = os.path.join(root, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copy2(src, dst)
    os.symlink(os.path.abspath(build), os.path.join(root, "build"))
    bindir = os.path.join(tmp, "bin")
    os.makedirs(bindir)
    os.symlink(sys.executable, os.path.join(bindir, "python3"))
    return root, bindir


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(REPO, "build"),
                    help="the built tree (default: build/)")
    ap.add_argument("--build-bin-tool", metavar="PATH",
                    help="a tool in the built tree's bin/ (lit passes dataflow-opt's path); "
                         "the tree is its directory's parent")
    ap.add_argument("--list", action="store_true", help="print the commands, run nothing")
    ap.add_argument("--only", help="run only the commands of docs whose path contains TEXT")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per block")
    ap.add_argument("--docs", nargs="+", metavar="FILE",
                    help="check these Markdown files instead (paths from the repository root "
                         "or absolute; the commands still run in the repository's copy)")
    args = ap.parse_args()
    build = os.path.dirname(os.path.dirname(args.build_bin_tool)) if args.build_bin_tool \
        else args.build
    if not args.list and not os.path.isfile(os.path.join(build, "bin", "dataflow-opt")):
        ap.error(f"{build}: no bin/dataflow-opt; build the tree first (docs/toolchain.md §2)")

    plan = []  # (doc, block line, [(line, cmd, skip reason)])
    for rel in args.docs or DOCS:
        if args.only and args.only not in rel:
            continue
        for first, lines in sh_blocks(rel):
            text = "\n".join(lines)
            cmds = [(no, c, skip_reason(text, c)) for no, c in commands(lines, first)]
            plan.append((rel, first, cmds))
    if args.list:
        for rel, _, cmds in plan:
            for no, c, why in cmds:
                print(f"{rel}:{no}: {'SKIP (' + why + ') ' if why else ''}{c}")
        return 0

    failures, ran, skipped = [], 0, 0
    with tempfile.TemporaryDirectory(prefix="doc-commands-") as tmp:
        root, bindir = scratch_copy(build, tmp)
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
        env["MPLBACKEND"] = "Agg"
        for rel, first, cmds in plan:
            script = ["set -eo pipefail"]
            for no, c, why in cmds:
                if why:
                    skipped += 1
                    print(f"skip {rel}:{no}: {why}")
                    continue
                script.append(f"echo '@@ {no}' >&2")
                script.append(c)
            if len(script) == 1:
                continue
            start = time.time()
            try:
                proc = subprocess.run(["bash", "-c", "\n".join(script)], cwd=root, env=env,
                                      capture_output=True, text=True, timeout=args.timeout)
                code, err = proc.returncode, proc.stderr
            except subprocess.TimeoutExpired as e:
                code = "timeout"
                err = e.stderr.decode() if isinstance(e.stderr, bytes) else (e.stderr or "")
            seconds = time.time() - start
            marks = re.findall(r"^@@ (\d+)$", err, re.M)
            n = sum(1 for _, _, why in cmds if not why)
            if code == 0:
                ran += n
                print(f"ok   {rel}:{first}: {n} command(s), {seconds:.1f} s")
                continue
            at = marks[-1] if marks else str(first)
            ran += len(marks)
            tail = "\n".join(line for line in err.splitlines()
                             if not line.startswith("@@ "))[-1500:]
            failures.append(f"{rel}:{at}: exit {code}\n{tail}")
            print(f"FAIL {rel}:{at}: exit {code}")
    for f in failures:
        print("\n" + f)
    print(f"\n{ran} documented command(s) run, {skipped} skipped, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
