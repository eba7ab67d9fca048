"""A ``dataflow-dse`` sweep sharded over a Dask cluster.

    python3 -m dataflow_opt.sweep NETWORKS... --sweep spec.txt -o sweep.csv
        [--scheduler ADDRESS | --local-workers N] [--shards K] [--parts DIR]
        [--set 'key = values']... [--accelerator F] [--goal G] [--method M]
        [--disable-bypass i,o,f] [--threads T] [--dataflow-dse PATH]
    python3 -m dataflow_opt.sweep --merge PART.csv... -o sweep.csv

Each of the K shards is one task, ``dataflow-dse ... --shard i/K -o DIR/part-i-of-K.csv``, run
by a Dask worker (``--scheduler``: an existing cluster, whose workers see the same paths; else
a local cluster of N worker processes on 127.0.0.1). A shard whose task succeeded is marked
(``part-i-of-K.done``, holding a fingerprint of the command, the spec and the networks) and
skipped by a rerun; an unfinished one resumes through dataflow-dse's own resume. When every
shard is done the parts are merged into the output: rows keyed on network, point and search
options, an identical repeat dropped, a repeat with other figures an error (:func:`merge`).
``--merge`` only merges (e.g. the parts of a Slurm job array). The output is written whole
(a temporary file renamed) under the same lock as dataflow-dse's (``<csv>.lock``).
See docs/design-space-sweeps.md.
"""
from __future__ import annotations

import argparse
import csv
import fcntl
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

__all__ = ["find_dataflow_dse", "shard_command", "merge", "run", "main", "SweepError",
           "KEY_COLUMNS"]

_REPO_BINARY = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "build", "bin", "dataflow-dse")

HEADER = ("network,kind,nodes,pe_h,pe_w,regf_bytes,gbuf_bytes,dram_bandwidth,bus_width,"
          "partitioning,interlayer,array_size,buffer_bytes,bandwidth_gbs,systolic_method,"
          "map_goal,technology,dram_type,goal,method,disable_bypass,hw,layers,energy,cycles,"
          "edp,area_proxy,area_mm2,search_cpu_s,status,energy_unit,time_s,power_w,edp_js")
_COLUMNS = HEADER.split(",")
KEY_COLUMNS = _COLUMNS.index("hw")          # network .. disable_bypass: a row's identity
_HW, _CPU = _COLUMNS.index("hw"), _COLUMNS.index("search_cpu_s")  # not compared on merge


class SweepError(RuntimeError):
    """A sweep or merge that cannot go on (the message says why)."""


def find_dataflow_dse() -> str:
    """``$DATAFLOW_DSE``, else the repository's ``build/bin/dataflow-dse``, else PATH."""
    env = os.environ.get("DATAFLOW_DSE")
    if env:
        if not (os.path.isfile(env) and os.access(env, os.X_OK)):
            raise SweepError(f"DATAFLOW_DSE={env!r} is not an executable file")
        return env
    if os.access(_REPO_BINARY, os.X_OK):
        return _REPO_BINARY
    found = shutil.which("dataflow-dse")
    if found:
        return found
    raise SweepError("dataflow-dse not found: set DATAFLOW_DSE or --dataflow-dse, build it "
                     f"in the repository ({_REPO_BINARY}), or put it on PATH")


# ------------------------------------------------------------------------- merge
def _rows(path: str) -> Iterable[Tuple[int, str, List[str]]]:
    """(line number, line with newline, fields) of a sweep CSV's complete rows."""
    with open(path, newline="") as f:
        first = f.readline()
        if first and first.rstrip("\r\n") != HEADER:
            raise SweepError(f"{path}:1: not a dataflow-dse CSV of this version "
                             "(its header differs)")
        for number, line in enumerate(f, start=2):
            if not line.endswith("\n"):
                print(f"[sweep] note: {path}:{number}: ignoring an incomplete last line "
                      "(an interrupted run)", file=sys.stderr)
                return
            fields = next(csv.reader([line]))
            if len(fields) != len(_COLUMNS):
                raise SweepError(f"{path}:{number}: a row with {len(fields)} columns, "
                                 f"expected {len(_COLUMNS)}")
            yield number, line, fields


def merge(parts: Sequence[str], out: str) -> Tuple[int, int]:
    """Writes the rows of ``parts`` (in order) to ``out``, each (network, point, options) key
    once: a repeat with the same figures (all columns but ``hw`` and ``search_cpu_s``) is
    dropped, one with other figures raises :class:`SweepError` naming both lines. ``out`` is
    written to a temporary file and renamed. Returns (rows written, repeats dropped)."""
    seen: Dict[Tuple[str, ...], Tuple[str, int, Tuple[str, ...]]] = {}
    dropped = 0
    tmp = f"{out}.merging.{os.getpid()}"
    try:
        with open(tmp, "w", newline="") as w:
            w.write(HEADER + "\n")
            for path in parts:
                for number, line, fields in _rows(path):
                    key = tuple(fields[:KEY_COLUMNS])
                    figures = tuple(v for i, v in enumerate(fields[KEY_COLUMNS:], KEY_COLUMNS)
                                    if i not in (_HW, _CPU))
                    if key in seen:
                        where, at, theirs = seen[key]
                        if theirs != figures:
                            raise SweepError(
                                f"{path}:{number}: network {key[0]!r} at the same point and "
                                f"options as {where}:{at} with other figures; the parts mix "
                                "results of different runs")
                        dropped += 1
                        continue
                    seen[key] = (path, number, figures)
                    w.write(line)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return len(seen), dropped


# ------------------------------------------------------------------------- lock
class OutputLock:
    """dataflow-dse's lock protocol (tools/dataflow-dse/SweepLock.h) in Python: an exclusive
    flock on ``<csv>.lock`` with the holder's name in it, removed when done."""

    def __init__(self, csv_path: str):
        self.csv, self.path, self.fd = csv_path, csv_path + ".lock", None

    def __enter__(self):
        for _ in range(100):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 511, 0).decode(errors="replace").strip() or \
                    "a process that has not written its name yet"
                os.close(fd)
                raise SweepError(f"'{self.csv}' is being written by another run ({holder}; "
                                 f"lock file '{self.path}'); wait for it to finish or write "
                                 "to another file") from None
            held, now = os.fstat(fd), None
            try:
                now = os.stat(self.path)
            except FileNotFoundError:
                pass
            if now is not None and (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino):
                me = (f"dataflow_opt.sweep pid {os.getpid()} on host {socket.gethostname()}, "
                      f"started {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n")
                os.ftruncate(fd, 0)
                os.pwrite(fd, me.encode(), 0)
                self.fd = fd
                return self
            os.close(fd)  # removed or replaced while we waited: lock the file now there
        raise SweepError(f"cannot lock '{self.path}': it keeps being replaced")

    def __exit__(self, *exc):
        if self.fd is not None:
            os.unlink(self.path)
            os.close(self.fd)
            self.fd = None


# ------------------------------------------------------------------------- shards
_PASSED = ("sweep", "set", "accelerator", "goal", "method", "disable_bypass", "threads")


def shard_command(dse: str, networks: Sequence[str], options: Dict[str, object], index: int,
                  count: int, part: str) -> List[str]:
    """The dataflow-dse command of shard ``index`` of ``count`` writing ``part``."""
    cmd = [dse, *networks]
    for name in _PASSED:
        value = options.get(name)
        if value is None:
            continue
        flag = "--" + name.replace("_", "-")
        for v in (value if isinstance(value, list) else [value]):
            cmd.append(f"{flag}={v}")
    return cmd + [f"--shard={index}/{count}", "-o", part, "--progress", "off"]


def _fingerprint(networks: Sequence[str], options: Dict[str, object], count: int) -> str:
    """What a finished shard's marker must match: the options, the shard count, and the
    contents of the spec, the base accelerator and the network files."""
    h = hashlib.sha256()
    h.update(json.dumps({k: options.get(k) for k in _PASSED if k != "threads"},
                        sort_keys=True).encode())
    h.update(f"shards={count}".encode())
    files = [p for p in (options.get("sweep"), options.get("accelerator")) if p]
    for n in networks:
        if os.path.isdir(n):
            files += [os.path.join(n, f) for f in sorted(os.listdir(n)) if f.endswith(".mlir")]
        else:
            files.append(n)
    for path in files:
        h.update(path.encode() + b"\0")
        with open(path, "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()


def _part(parts_dir: str, i: int, count: int) -> str:
    return os.path.join(parts_dir, f"part-{i}-of-{count}.csv")


def run(networks: Sequence[str], out: str, options: Dict[str, object], *,
        scheduler: Optional[str] = None, local_workers: int = 2,
        shards: Optional[int] = None, parts_dir: Optional[str] = None,
        dse: Optional[str] = None, log=None) -> Dict[str, object]:
    """Runs the sweep on a Dask cluster and merges it into ``out``. Returns a summary
    (shards, shards skipped as done, rows, seconds)."""
    from distributed import Client, LocalCluster, as_completed

    log = log or sys.stderr
    dse = os.path.abspath(dse) if dse and os.sep in dse else (dse or find_dataflow_dse())
    networks = [os.path.abspath(n) for n in networks]
    options = dict(options)
    for name in ("sweep", "accelerator"):
        if options.get(name):
            options[name] = os.path.abspath(str(options[name]))
    out = os.path.abspath(out)
    parts_dir = os.path.abspath(parts_dir or out + ".parts")
    start = time.monotonic()
    with OutputLock(out):
        os.makedirs(parts_dir, exist_ok=True)
        client = cluster = None
        failed: List[Tuple[int, int, str]] = []
        try:
            if scheduler:
                client = Client(scheduler)
            if shards is None:  # 4 per worker thread
                threads = local_workers if client is None else sum(
                    w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
                shards = 4 * max(1, threads)
            if shards < 1:
                raise SweepError(f"--shards must be >= 1, got {shards}")
            stamp = _fingerprint(networks, options, shards)
            todo, skipped = [], 0
            for i in range(shards):
                marker = _part(parts_dir, i, shards)[:-4] + ".done"
                if os.path.exists(marker) and open(marker).read().strip() == stamp:
                    skipped += 1
                else:
                    todo.append(i)
            if todo and client is None:  # a local cluster only when there is work
                cluster = LocalCluster(n_workers=local_workers, threads_per_worker=1,
                                       processes=True, host="127.0.0.1",
                                       dashboard_address="127.0.0.1:0")
                client = Client(cluster)
            workers = len(client.scheduler_info()["workers"]) if client else 0
            print(f"[sweep] {shards} shards; {skipped} already done, {len(todo)} to run"
                  f"{f' on {workers} workers' if todo else ''}", file=log)
            futures = {}
            for i in todo:
                cmd = shard_command(dse, networks, options, i, shards,
                                    _part(parts_dir, i, shards))
                f = client.submit(subprocess.run, cmd, capture_output=True, text=True,
                                  key=f"dataflow-dse-shard-{i}-of-{shards}-{stamp[:12]}",
                                  pure=False)
                futures[f] = i
            for n, f in enumerate(as_completed(futures) if futures else [], start=1):
                i = futures[f]
                try:
                    proc = f.result()
                    code, err = proc.returncode, proc.stderr.strip()
                except Exception as e:  # the task itself failed (no binary, a lost worker)
                    code, err = None, f"{type(e).__name__}: {e}"
                if code == 0:
                    with open(_part(parts_dir, i, shards)[:-4] + ".done", "w") as m:
                        m.write(stamp + "\n")
                else:
                    failed.append((i, code, err))
                state = "ok" if code == 0 else "failed"
                print(f"[sweep] {n}/{len(todo)} shards ({state}: {i}/{shards}), "
                      f"{time.monotonic() - start:.1f} s", file=log)
        finally:
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()
        if failed:
            i, code, err = sorted(failed)[0]
            how = f"exit {code}" if code is not None else "the task raised"
            raise SweepError(f"{len(failed)} of {shards} shards failed; rerun to retry them "
                             f"(the others are kept). Shard {i}/{shards} ({how}):\n{err}")
        rows, dropped = merge([_part(parts_dir, i, shards) for i in range(shards)], out)
    seconds = time.monotonic() - start
    print(f"[sweep] merged {shards} parts into '{out}': {rows} rows"
          f"{f', {dropped} repeats dropped' if dropped else ''}; {seconds:.1f} s", file=log)
    return {"shards": shards, "skipped": skipped, "rows": rows, "seconds": seconds}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m dataflow_opt.sweep",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*", help="network .mlir files or directories (or, with "
                    "--merge, the part CSVs)")
    ap.add_argument("-o", "--output", required=True, help="the merged CSV")
    ap.add_argument("--merge", action="store_true", help="only merge the given part CSVs")
    ap.add_argument("--sweep", help="hardware sweep spec file (as dataflow-dse)")
    ap.add_argument("--set", action="append", help="a spec line 'key=values' (repeatable)")
    ap.add_argument("--accelerator", help="base accelerator (as dataflow-dse)")
    ap.add_argument("--goal")
    ap.add_argument("--method")
    ap.add_argument("--disable-bypass", dest="disable_bypass")
    ap.add_argument("--threads", type=int, default=1, help="dataflow-dse threads per task")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler "
                       "(e.g. tcp://host:8786); its workers must see the same paths")
    where.add_argument("--local-workers", type=int, default=2,
                       help="worker processes of a local cluster on 127.0.0.1 (default 2)")
    ap.add_argument("--shards", type=int, help="tasks (default: 4 per worker thread)")
    ap.add_argument("--parts", help="directory of the part CSVs (default: OUTPUT.parts)")
    ap.add_argument("--dataflow-dse", dest="dse", help="the dataflow-dse binary")
    args = ap.parse_args(argv)
    if not args.inputs:
        ap.error("no networks given" if not args.merge else "no part CSVs given")
    try:
        if args.merge:
            with OutputLock(args.output):
                rows, dropped = merge(args.inputs, args.output)
            print(f"[sweep] merged {len(args.inputs)} parts into '{args.output}': {rows} rows"
                  f"{f', {dropped} repeats dropped' if dropped else ''}", file=sys.stderr)
            return 0
        options = {k: getattr(args, k) for k in _PASSED}
        run(args.inputs, args.output, options, scheduler=args.scheduler,
            local_workers=args.local_workers, shards=args.shards, parts_dir=args.parts,
            dse=args.dse)
    except (SweepError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
