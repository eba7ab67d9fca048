"""Fails when a file of the repository cites a file the repository does not contain.

    /usr/bin/python3 test/Docs/check-citations.py [ROOT]

Checks every tracked text file (`git ls-files`; every file when ROOT is not a git work tree):
- no absolute path into the machine the project was developed on (`/work/...`) and no path to
  a sibling folder of the repository (`../shared/...`, `shared/reference/...`);
- no citation of the reference notes the repository never shipped (`nn_dataflow-model`,
  `seed-tools-model`); the project's own pages are docs/cost-model.md, docs/seed-tools.md;
- every `path/NAME.md` exists (from the root or from the citing file), and every bare
  `NAME.md` names a Markdown file of the repository;
- every relative Markdown link `[text](path)` of a `.md` file resolves from that file.
Prints `file:line: reason` for each finding and exits 1 if there is any, else prints the
number of files checked and exits 0.
"""
import os
import re
import subprocess
import sys

# Files that may keep a finding, each with the reason. Nothing else is skipped.
EXEMPT = {
    # This check names the patterns it looks for, and its test plants each of them.
    "test/Docs/check-citations.py": "the check itself",
    "test/Docs/no-external-citations.test": "plants bad citations on purpose",
}
# Pages cited before they land, each with the reason; nothing else may be missing.
PENDING = {
}
# libFuzzer corpus entries (named by the SHA-1 of their bytes) are mutated inputs, not text.
FUZZ_ENTRY = re.compile(r"test/Fuzz/corpus/[0-9a-f]{40}$")

FORBIDDEN = [
    (re.compile(r"/work/"), "absolute path outside the repository"),
    (re.compile(r"\.\./shared\b|\bshared/(?:reference|design)\b"),
     "path to a folder outside the repository"),
    (re.compile(r"nn_dataflow-model|seed-tools-model"),
     "cites a reference note the repository does not ship (use docs/cost-model.md or "
     "docs/seed-tools.md)"),
]
# A Markdown file named with or without a path (`docs/cost-model.md`, `../README.md`, `x.md`).
MD_REF = re.compile(r"(?<![\w./%-])((?:\.\.?/|[\w.-]+/)*[\w-]+\.md)\b")
MD_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")


def tracked_files(root):
    if os.path.isdir(os.path.join(root, ".git")) or os.path.isfile(os.path.join(root, ".git")):
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True,
                             capture_output=True).stdout.decode()
        return [f for f in out.split("\0") if f]
    found = []
    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if x not in (".git", "build")]
        found += [os.path.relpath(os.path.join(d, n), root) for n in names]
    return sorted(found)


def main(argv):
    root = os.path.abspath(argv[1] if len(argv) > 1 else
                           os.path.join(os.path.dirname(__file__), "..", ".."))
    files = tracked_files(root)
    md_names = {os.path.basename(f) for f in files if f.endswith(".md")}
    problems, checked = [], 0
    for rel in files:
        if rel in EXEMPT or FUZZ_ENTRY.match(rel):
            continue
        path = os.path.join(root, rel)
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            continue  # a tracked file deleted in the work tree
        if b"\0" in data:
            continue  # binary
        text = data.decode("utf-8", errors="replace")
        checked += 1
        for no, line in enumerate(text.splitlines(), 1):
            for pattern, reason in FORBIDDEN:
                if pattern.search(line):
                    problems.append(f"{rel}:{no}: {reason}: {line.strip()[:120]}")
            for m in MD_REF.finditer(line):
                ref = m.group(1)
                if os.path.basename(ref) in PENDING:
                    continue
                if "/" in ref:  # from the repository root or from the citing file
                    ok = any(os.path.isfile(os.path.join(base, ref))
                             for base in (root, os.path.dirname(path)))
                else:
                    ok = ref in md_names
                if not ok:
                    problems.append(f"{rel}:{no}: no file {ref} in the repository")
            if rel.endswith(".md"):
                for m in MD_LINK.finditer(line):
                    target = m.group(1)
                    if re.match(r"[a-z]+:", target):
                        continue  # http:, https:, mailto:
                    if not os.path.exists(os.path.join(os.path.dirname(path), target)):
                        problems.append(f"{rel}:{no}: link target {target} does not exist")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} citation(s) of files the repository does not contain")
        return 1
    print(f"checked {checked} files: every cited file is in the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
