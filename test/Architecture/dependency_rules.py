#!/usr/bin/env python3
"""Checks the dependency rules of docs/architecture.md on every #include of the tree.

Each source file belongs to a part (by its path: include/Dataflow/<Part>/..., lib/<Part>/...,
tools/...); each rule names the parts a part may not include. An include of a forbidden part
is printed as `file:line: <part> must not include <header> (<rule>)` and the exit status is 1.
Run by lit (test/Architecture/dependency-rules.test); `--self-test` checks that a planted
violation of every rule is found.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"(Dataflow/[^"]+)"')
FAMILIES_STANDALONE = ("Systolic", "Maestro", "DMaze")
FAMILIES_NNDATAFLOW = ("Eyeriss", "MultiNode", "Pipeline")


def part_of_path(rel):
    """The part a source file belongs to, e.g. 'CostModel/Eyeriss', 'Bridge', 'tools'."""
    p = rel.split("/")
    if p[0] == "include" and len(p) > 2 and p[1] == "Dataflow":
        p = p[2:]
    elif p[0] == "lib":
        p = p[1:]
    elif p[0] == "tools":
        return "tools"
    else:
        return None
    if len(p) < 2:
        return None
    if p[0] == "CostModel":
        return "CostModel/" + p[1] if len(p) > 2 else "CostModel"
    if p[0] == "Transforms":
        return "Transforms/" + p[1] if len(p) > 2 else "Transforms"
    return p[0]


def part_of_include(header):
    """The part an include names: 'Dataflow/CostModel/Eyeriss/Layer.h' -> 'CostModel/Eyeriss'."""
    return part_of_path("include/" + header)


def violation(src, dst, header):
    """The rule an include from part src of part dst breaks, or None."""
    top_src, top_dst = src.split("/")[0], dst.split("/")[0]
    if top_src == "CostModel" and top_dst in ("IR", "Bridge", "Transforms", "Conversion",
                                              "Target", "Registration"):
        return "the cost model is plain C++: nothing in CostModel depends on the compiler"
    if src.startswith("CostModel/Core") and top_dst == "CostModel" and dst != src:
        return "CostModel/Core depends on no model family"
    fam = src.split("/")[1] if top_src == "CostModel" and "/" in src else None
    if fam in FAMILIES_STANDALONE and top_dst == "CostModel":
        dfam = dst.split("/")[1] if "/" in dst else None
        if dfam in FAMILIES_NNDATAFLOW:
            return "Systolic, Maestro and DMaze do not depend on Eyeriss, MultiNode or Pipeline"
        if dfam in FAMILIES_STANDALONE and dfam != fam:
            return "the standalone families do not depend on each other"
    if top_src == "Bridge" and top_dst in ("Transforms", "Registration", "Conversion", "Target"):
        return "the bridge converts between IR and cost model; it does not depend on passes"
    if top_src == "IR" and top_dst in ("CostModel", "Bridge", "Transforms", "Conversion",
                                      "Target", "Registration"):
        return "the dialect depends on nothing else of the project"
    if src == "Transforms/Report" and top_dst in ("CostModel", "Bridge"):
        return "the report never calls a cost model (nor the bridge, which does): it reads " \
               "the costs the IR holds"
    if top_src == "tools" and not header_is_public(header):
        return "tools use only public headers (IR, Bridge, CostModel, Registration, " \
               "Transforms/Passes.h, Transforms/Pipelines.h, Conversion/Passes.h, Target)"
    return None


PUBLIC_TRANSFORMS = {"Dataflow/Transforms/Passes.h", "Dataflow/Transforms/Pipelines.h",
                     "Dataflow/Transforms/AcceleratorFamilies.h"}


def header_is_public(header):
    part = part_of_include(header)
    if part is None:
        return False
    if part.startswith("Transforms"):
        return header in PUBLIC_TRANSFORMS
    return True


def check_file(root, rel, out):
    src = part_of_path(rel)
    if src is None:
        return 0
    bad = 0
    with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if not m or m.group(1).endswith(".inc"):
                continue
            dst = part_of_include(m.group(1))
            if dst is None:
                continue
            why = violation(src, dst, m.group(1))
            if why:
                out.append(f"{rel}:{lineno}: {src} must not include {m.group(1)} ({why})")
                bad += 1
    return bad


MAX_LINES = 500
REASON = "// Over 500 lines:"


def check_length(root, rel, out):
    """A file under lib/ past MAX_LINES says why in its first lines (docs/architecture.md)."""
    if not rel.startswith("lib/"):
        return
    with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
        lines = f.readlines()
    if len(lines) > MAX_LINES and not any(l.startswith(REASON) for l in lines[:12]):
        out.append(f"{rel}:1: {len(lines)} lines and no '{REASON} <why>' line at its top")


def check_tree(root):
    out, files = [], 0
    for top in ("include/Dataflow", "lib", "tools"):
        for dirpath, _, names in os.walk(os.path.join(root, top)):
            for n in sorted(names):
                if n.endswith((".h", ".cpp")):
                    files += 1
                    rel = os.path.relpath(os.path.join(dirpath, n), root)
                    check_file(root, rel, out)
                    check_length(root, rel, out)
    return files, out


def self_test():
    cases = [("CostModel/Eyeriss", "IR", "Dataflow/IR/DataflowOps.h"),
             ("CostModel/Core", "CostModel/Eyeriss", "Dataflow/CostModel/Eyeriss/Layer.h"),
             ("CostModel/Systolic", "CostModel/Eyeriss", "Dataflow/CostModel/Eyeriss/Layer.h"),
             ("CostModel/Maestro", "CostModel/DMaze", "Dataflow/CostModel/DMaze/DMazeModel.h"),
             ("Bridge", "Transforms/Search", "Dataflow/Transforms/Search/ScheduleSupport.h"),
             ("IR", "CostModel/Eyeriss", "Dataflow/CostModel/Eyeriss/Layer.h"),
             ("Transforms/Report", "CostModel/Eyeriss", "Dataflow/CostModel/Eyeriss/Layer.h"),
             ("Transforms/Report", "Bridge", "Dataflow/Bridge/EyerissBridge.h"),
             ("tools", "Transforms/Search", "Dataflow/Transforms/Search/ScheduleSupport.h")]
    ok = [("CostModel/Eyeriss", "CostModel/Core", "Dataflow/CostModel/Core/Status.h"),
          ("Bridge", "CostModel/Eyeriss", "Dataflow/CostModel/Eyeriss/Layer.h"),
          ("tools", "Registration", "Dataflow/Registration/InitAllDataflow.h")]
    failures = [c for c in cases if violation(*c) is None]
    failures += [c for c in ok if violation(*c) is not None]
    for c in failures:
        print("self-test: wrong verdict for", c)
    print(f"self-test: {len(cases)} planted violations found, {len(ok)} allowed includes "
          f"accepted" if not failures else "self-test FAILED")
    return 1 if failures else 0


def main():
    if "--self-test" in sys.argv:
        return self_test()
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
    files, out = check_tree(root)
    for line in out:
        print(line)
    print(f"checked {files} files: {len(out)} forbidden includes or unexplained long files")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
