"""Run the ``dataflow-opt`` binary's ``dataflow-schedule`` pipeline from Python.

    from dataflow_opt import schedule, zoo
    report = schedule(zoo.get("alexnet", batch=1), "eyeriss_isca16", goal="e")
    print(report.totals.energy, [l.name for l in report.layers])

The binary is ``$DATAFLOW_OPT`` when set, else the repository's ``build/bin/dataflow-opt``,
else ``dataflow-opt`` on ``PATH`` (:func:`find_dataflow_opt`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from typing import Dict, Optional, Union

from . import report as _report
from .accelerator import PRESETS, Accelerator
from .builder import Network

__all__ = ["schedule", "find_dataflow_opt", "DataflowOptError", "OPTIONS"]

_REPO_BINARY = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "build", "bin", "dataflow-opt")


class DataflowOptError(RuntimeError):
    """dataflow-opt is missing or failed (the message holds its diagnostics)."""


def find_dataflow_opt() -> str:
    env = os.environ.get("DATAFLOW_OPT")
    if env:
        if not (os.path.isfile(env) and os.access(env, os.X_OK)):
            raise DataflowOptError(f"DATAFLOW_OPT={env!r} is not an executable file")
        return env
    if os.access(_REPO_BINARY, os.X_OK):
        return _REPO_BINARY
    found = shutil.which("dataflow-opt")
    if found:
        return found
    raise DataflowOptError(
        "dataflow-opt not found: set DATAFLOW_OPT to the binary, build it in the repository "
        f"({_REPO_BINARY}: bash scripts/run-example builds it), or put it on PATH")


def _flag(name: str, v) -> str:
    if not isinstance(v, bool):
        raise ValueError(f"schedule option {name} must be True or False, got {v!r}")
    return "true" if v else "false"


def _choice(choices):
    def conv(name, v):
        if v not in choices:
            raise ValueError(f"schedule option {name} must be one of {', '.join(choices)}, "
                             f"got {v!r}")
        return v
    return conv


def _bypass(name, v):
    items = v.split(",") if isinstance(v, str) else list(v)
    items = [x.strip() for x in items if x.strip()]
    bad = [x for x in items if x not in ("i", "o", "f")]
    if bad or len(set(items)) != len(items):
        raise ValueError(f"schedule option {name} takes distinct data categories among i, o, f "
                         f"(e.g. 'i,o,f' or ['i', 'o']), got {v!r}")
    return ",".join(items)


def _threads(name, v):
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise ValueError(f"schedule option {name} must be an integer >= 0 (0 = all cores), "
                         f"got {v!r}")
    return str(v)


def _fraction(name, v):
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
        raise ValueError(f"schedule option {name} must be a fraction in [0, 1], got {v!r}")
    return repr(float(v))


#: The bypass default of schedule(), the same as dataflow-opt's (its passes and the
#: dataflow-schedule pipeline): no data category is forced to stay in the global buffer, so
#: each bypasses it wherever that saves DRAM fetches (nn_dataflow's command-line default;
#: docs/cost-model.md §4). nn_dataflow's verification setup (Eyeriss ISCA'16, the command in
#: README.md) is ``disable_bypass="i,o,f"``; test/Docs/bypass-default.test compares the two.
DEFAULT_DISABLE_BYPASS = ""

#: Python keyword -> (pipeline option, converter). docs/import-and-embed.md lists them.
OPTIONS = {
    "goal": ("goal", _choice(("e", "d", "ed"))),
    "method": ("method", _choice(("exhaustive", "solver"))),
    "disable_bypass": ("disable-bypass", _bypass),
    "threads": ("threads", _threads),
    "hybrid": ("hybrid", _flag),
    "batch_partition": ("batch-partition", _flag),
    "ifmaps_partition": ("ifmaps-partition", _flag),
    "access_forwarding": ("access-forwarding", _flag),
    "buffer_sharing": ("buffer-sharing", _flag),
    "interlayer": ("interlayer", _flag),
    "min_coverage": ("min-coverage", _fraction),
    "deconv": ("deconv", _choice(("upsample", "split", "combine"))),
    "systolic_method": ("systolic-method",
                        _choice(("auto", "exhaustive", "static", "constrained", "combined"))),
    "fill_drain": ("fill-drain", _flag),
    "tool_rules": ("tool-rules", _flag),
}

_SYSTOLIC_KIND = re.compile(r"\bkind\s*=\s*systolic\b")


def pipeline_options(options: Dict[str, object]) -> str:
    """The ``--dataflow-schedule="..."`` text for validated keyword options."""
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise TypeError(f"unknown schedule option(s) {', '.join(unknown)}; known: "
                        f"{', '.join(OPTIONS)}")
    parts = []
    for key, v in options.items():
        opt, conv = OPTIONS[key]
        text = conv(key, v)
        if text != "":
            parts.append(f"{opt}={text}")
    return " ".join(parts)


def _accelerator_text(accelerator) -> str:
    if isinstance(accelerator, Accelerator):
        return accelerator.to_mlir("accelerator")
    if isinstance(accelerator, str):
        if accelerator in PRESETS:
            return PRESETS[accelerator].to_mlir(accelerator)
        if os.path.isfile(accelerator):
            with open(accelerator, encoding="utf-8") as f:
                return f.read()
        raise ValueError(f"accelerator {accelerator!r} is neither a preset "
                         f"({', '.join(PRESETS)}) nor a file")
    raise TypeError(f"accelerator must be a preset name, a file or an Accelerator, got "
                    f"{type(accelerator).__name__}")


def _network_text(network) -> str:
    if isinstance(network, Network):
        return network.to_mlir()
    if isinstance(network, str):
        if "func.func" in network or "dataflow." in network:
            return network  # MLIR text
        if not network.strip():
            raise ValueError("network is empty: give MLIR text, a .mlir file or a Network")
        if os.path.isfile(network):
            with open(network, encoding="utf-8") as f:
                text = f.read()
            if not text.strip():
                raise ValueError(f"{network}: the file is empty, it holds no network")
            return text
        raise ValueError(f"network {network[:60]!r} is neither MLIR text nor a file")
    raise TypeError(f"network must be a Network, MLIR text or a .mlir file, got "
                    f"{type(network).__name__}")


def schedule(network: Union[Network, str], accelerator: Union[str, Accelerator],
             *, output: Optional[str] = None, report_file: Optional[str] = None,
             html_file: Optional[str] = None, decompose_deconv: bool = True, binary: Optional[str] = None,
             echo_warnings: bool = True, **options) -> "_report.Report":
    """Schedule every network of ``network`` (a :class:`Network`, MLIR text or a ``.mlir``
    file) on ``accelerator`` (a preset name, an :class:`Accelerator` or a ``.mlir`` file with
    one ``dataflow.accelerator``) and return the parsed report (:mod:`dataflow_opt.report`).

    ``options`` (validated, else ``ValueError``/``TypeError``): ``goal`` e|d|ed, ``method``
    exhaustive|solver, ``disable_bypass`` e.g. ``"i,o,f"`` (default
    :data:`DEFAULT_DISABLE_BYPASS`, dataflow-opt's: every category may bypass the global
    buffer), ``threads`` (0 = all cores),
    ``hybrid``, ``batch_partition``, ``ifmaps_partition``, ``access_forwarding``,
    ``buffer_sharing``, ``interlayer`` (inter-layer pipeline segments on a node grid, as
    dataflow-schedule's ``interlayer=true``), ``min_coverage`` (fail when a network imported from a model schedules
    less than this fraction of the model's MACs). ``output``: also write the scheduled IR there; ``report_file``: keep
    the JSON report there (exactly as dataflow-opt wrote it); ``html_file``: also write the
    HTML report there (``dataflow-report`` with ``format=html``). ``decompose_deconv``: run
    ``dataflow-decompose-deconv`` first (the scheduler prices transposed convolutions only as
    their stride-phase convolutions, reported as ``<name>.phase_<p>..``). On a systolic
    accelerator ``deconv`` (upsample|split|combine) says how its transposed convolutions are
    priced instead (``dataflow-schedule-systolic``'s ``deconv=``; docs/cost-model.md): given,
    schedule() leaves them to the scheduler whatever ``decompose_deconv`` says; on another
    accelerator it is a ``ValueError``. ``systolic_method``
    (auto|exhaustive|static|constrained|combined), ``fill_drain`` and ``tool_rules`` (price
    as the original systolic-array optimizer does) are dataflow-schedule's systolic options.
    Warnings the binary
    prints go to ``sys.stderr`` when ``echo_warnings``. A failure raises
    :class:`DataflowOptError` with the binary's diagnostics."""
    options.setdefault("disable_bypass", DEFAULT_DISABLE_BYPASS)
    opts = pipeline_options(options)
    if not isinstance(decompose_deconv, bool):
        raise ValueError(f"decompose_deconv must be True or False, got {decompose_deconv!r}")
    exe = binary or find_dataflow_opt()
    net_text, acc_text = _network_text(network), _accelerator_text(accelerator)
    if "deconv" in options:
        if not _SYSTOLIC_KIND.search(acc_text):
            raise ValueError(f"schedule option deconv={options['deconv']!r} applies to systolic "
                             f"accelerators (kind = systolic) only; this one is not")
        decompose_deconv = False  # the systolic scheduler prices them as deconv= says
    with tempfile.TemporaryDirectory(prefix="dataflow_opt_") as tmp:
        net_path = os.path.join(tmp, "network.mlir")
        acc_path = os.path.join(tmp, "accelerator.mlir")
        rep_path = report_file or os.path.join(tmp, "report.json")
        if report_file and os.path.exists(report_file):
            os.remove(report_file)  # a stale report must not pass for this run's
        with open(net_path, "w", encoding="utf-8") as f:
            f.write(net_text)
        with open(acc_path, "w", encoding="utf-8") as f:
            f.write(acc_text)
        lower = bool(output) and not html_file  # else lowered after the HTML report
        pipeline = " ".join(x for x in (opts, "progress=off", f"report={rep_path}",
                                        f"lower={'true' if lower else 'false'}") if x)
        cmd = [exe, net_path, f"--dataflow-attach-accelerator=file={acc_path}"]
        if decompose_deconv:
            cmd.append("--dataflow-decompose-deconv")
        cmd.append(f"--dataflow-schedule={pipeline}")
        if html_file:
            cmd.append(f"--dataflow-report=file={html_file} format=html")
            if output:
                cmd.append("--dataflow-lower-to-schedule")
        cmd += ["-o", output or os.devnull]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0 or not os.path.exists(rep_path):
            raise DataflowOptError(f"dataflow-opt failed (exit {proc.returncode}):\n"
                                   + _rename(proc.stderr, net_path, acc_path).strip())
        if echo_warnings and proc.stderr.strip():
            sys.stderr.write(_rename(proc.stderr, net_path, acc_path))
        return _report.load(rep_path)


def gbuf_note(network: "_report.Network") -> Optional[str]:
    """Why a network's global-buffer energy is 0 on every layer, or None when it is not."""
    layers = network.layers
    if not layers or not isinstance(network.accelerator, _report.Accelerator) or \
            any(layer.gbuf != 0 for layer in layers):
        return None
    if network.accelerator.energy.get("gbuf", 1.0) == 0:
        return (f"note: global-buffer energy is 0 on every layer because @"
                f"{network.accelerator.name} prices a buffer access at 0")
    bypassed = [layer for layer in layers if layer.schedule.blocking is not None and
                set(layer.schedule.blocking.bypass or ()) == {"fil", "ifm", "ofm"}]
    if len(bypassed) != len(layers):
        return None
    return ("note: global-buffer energy is 0 on every layer because every layer bypasses the "
            "buffer for fil, ifm and ofm: bypass is allowed by default (disable-bypass unset), "
            "and a category stays in the buffer only where that saves DRAM fetches "
            "(nn_dataflow's rule, docs/cost-model.md §4), which no schedule here does; "
            "--disable-bypass i,o,f keeps all three in the buffer")


def _rename(text: str, net_path: str, acc_path: str) -> str:
    return text.replace(net_path, "<network>").replace(acc_path, "<accelerator>")


