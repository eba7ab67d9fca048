"""Self-contained HTML pages (inline CSS and script, no network access at view time).

The schedule report page is written by dataflow-opt itself (``report-format=html``,
lib/Transforms/Report/HtmlReport.cpp); ``python3 -m dataflow_opt MODEL --html FILE`` asks for it.
This module writes the sweep page: the Pareto plot of a ``dataflow-dse`` sweep (energy vs
latency, and area vs latency with ``--with-area``; energy in the points' unit, latency in
seconds when every point has a clock, else cycles) with each point's parameters on hover, for
``python3 -m dataflow_opt.dse_plot CSV --html FILE``. Both pages record script errors in
``<body data-errors="N">`` and set ``data-rendered="1"`` when drawn (docs/html-report.md).
"""
from __future__ import annotations

import json
import math
from typing import Sequence

__all__ = ["pareto_page", "write_pareto"]

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>dataflow-opt sweep: Pareto plot</title>
<style>
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;
     padding:16px 24px;color:#1d2733;background:#f6f7f9}
h1{font-size:22px;margin:0 0 4px}h3{font-size:15px;margin:16px 0 6px}
.meta{color:#5a6675;font-size:13px}
.chart{background:#fff;border:1px solid #d8dde4;border-radius:6px;margin:6px 8px 6px 0;padding:4px;
       display:inline-block;vertical-align:top}
.chart svg text{font-size:11px;fill:#1d2733}
#tip{position:fixed;pointer-events:none;background:#1d2733;color:#fff;font-size:12px;padding:5px 8px;
     border-radius:4px;display:none;white-space:pre;z-index:9}
table{border-collapse:collapse;background:#fff;font-size:12.5px}
th,td{border:1px solid #dde2e8;padding:3px 7px;text-align:right;white-space:nowrap}
th{background:#eef1f5}
</style>
</head>
<body data-errors="0">
<main id="report"></main>
<div id="tip"></div>
<script type="application/json" id="sweep-data">
__DATA__
</script>
<script>
(function () {
"use strict";
var body = document.body, errors = 0;
function fail(message) {
  errors += 1;
  body.setAttribute("data-errors", String(errors));
  var p = document.createElement("pre");
  p.className = "script-error";
  p.textContent = "report script error: " + message;
  body.appendChild(p);
}
window.addEventListener("error", function (e) { fail(e.message); });
var SVGNS = "http://www.w3.org/2000/svg";
function el(tag, attrs, text) {
  var e = document.createElement(tag);
  for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  return e;
}
function sv(tag, attrs, text) {
  var e = document.createElementNS(SVGNS, tag);
  for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  return e;
}
function eng(v) {
  if (v === null || v === undefined || !isFinite(v)) return String(v);
  if (v === 0) return "0";
  var e = Math.floor(Math.log10(Math.abs(v))), e3 = Math.floor(e / 3) * 3;
  var m = v / Math.pow(10, e3), a = Math.abs(m);
  var s = m.toFixed(a < 10 ? 3 : a < 100 ? 2 : 1);
  return e3 ? s + "e" + e3 : s;
}
/* A linear or (over more than a decade) log scale onto [a, b]. */
function scale(values, a, b) {
  var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
  var log = lo > 0 && hi / lo > 10;
  var f = log ? Math.log10 : function (x) { return x; };
  var l = f(lo), h = f(hi);
  if (h === l) { l -= 1; h += 1; }
  var pad = (h - l) * 0.05; l -= pad; h += pad;
  var s = function (x) { return a + (b - a) * (f(x) - l) / (h - l); };
  s.ticks = [];
  if (log) {
    for (var d = Math.floor(l); d <= Math.ceil(h); d++)
      [1, 2, 5].forEach(function (m) { var t = m * Math.pow(10, d); if (f(t) >= l && f(t) <= h) s.ticks.push(t); });
  } else {
    for (var i = 0; i <= 4; i++) s.ticks.push(l + (h - l) * i / 4);
  }
  s.log = log;
  return s;
}
var data = JSON.parse(document.getElementById("sweep-data").textContent);
var tipBox = document.getElementById("tip");
function describe(p) {
  var lines = data.hw_columns.map(function (c, i) { return c + " = " + p.hw[i]; });
  lines.push(data.energy_name + " = " + eng(p.energy), "cycles = " + eng(p.cycles),
             data.seconds ? "time = " + eng(p.latency) + " s" : "no clock: cycles only",
             "area proxy = " + eng(p.area),
             "networks summed = " + p.networks, p.front ? "on the Pareto front" : "dominated");
  return lines.join("\\n");
}
function panel(root, yKey, yName) {
  var W = 560, H = 400, L = 70, R = 34, T = 14, B = 44;
  var pts = data.points;
  var x = scale(pts.map(function (p) { return p.latency; }), L, W - R);
  var y = scale(pts.map(function (p) { return p[yKey]; }), H - B, T);
  var areas = pts.map(function (p) { return p.area; });
  var aLo = Math.min.apply(null, areas), aHi = Math.max.apply(null, areas);
  var box = el("div", {"class": "chart"});
  var svg = sv("svg", {"class": "pareto", width: W, height: H, viewBox: "0 0 " + W + " " + H});
  svg.appendChild(sv("rect", {x: L, y: T, width: W - L - R, height: H - T - B, fill: "#fbfcfd", stroke: "#aab"}));
  x.ticks.forEach(function (t) {
    var px = x(t);
    svg.appendChild(sv("line", {x1: px, y1: T, x2: px, y2: H - B, stroke: "#e3e7ec"}));
    svg.appendChild(sv("text", {x: px, y: H - B + 14, "text-anchor": "middle"}, eng(t)));
  });
  y.ticks.forEach(function (t) {
    var py = y(t);
    svg.appendChild(sv("line", {x1: L, y1: py, x2: W - R, y2: py, stroke: "#e3e7ec"}));
    svg.appendChild(sv("text", {x: L - 4, y: py + 4, "text-anchor": "end"}, eng(t)));
  });
  svg.appendChild(sv("text", {x: (L + W - R) / 2, y: H - 8, "text-anchor": "middle"}, data.latency_name + (x.log ? " (log)" : "")));
  svg.appendChild(sv("text", {x: 14, y: (T + H - B) / 2, "text-anchor": "middle",
                              transform: "rotate(-90 14 " + (T + H - B) / 2 + ")"}, yName + (y.log ? " (log)" : "")));
  var front = pts.filter(function (p) { return p.front; }).sort(function (a, b) { return a.latency - b.latency; });
  if (front.length > 1)
    svg.appendChild(sv("polyline", {points: front.map(function (p) { return x(p.latency) + "," + y(p[yKey]); }).join(" "),
                                    fill: "none", stroke: "#e15759", "stroke-width": 1.5}));
  pts.forEach(function (p) {
    var t = aHi > aLo ? (p.area - aLo) / (aHi - aLo) : 0.5;
    var c = sv("circle", {cx: x(p.latency), cy: y(p[yKey]), r: p.front ? 5.5 : 3.5,
                          fill: "hsl(" + Math.round(220 * (1 - t)) + ",70%,48%)", "fill-opacity": p.front ? 1 : 0.55,
                          stroke: p.front ? "#e15759" : "none", "stroke-width": 2,
                          "class": p.front ? "point front" : "point"});
    c.appendChild(sv("title", {}, describe(p)));
    c.addEventListener("mousemove", function (e) {
      tipBox.textContent = describe(p);
      tipBox.style.display = "block";
      tipBox.style.left = (e.clientX + 14) + "px";
      tipBox.style.top = (e.clientY + 10) + "px";
    });
    c.addEventListener("mouseleave", function () { tipBox.style.display = "none"; });
    svg.appendChild(c);
  });
  box.appendChild(svg);
  root.appendChild(box);
}
try {
  var root = document.getElementById("report");
  root.appendChild(el("h1", {}, "dataflow-opt sweep: Pareto plot"));
  root.appendChild(el("div", {"class": "meta"}, data.title + ". Colour: area proxy (blue small, red large); " +
                      "front points ringed in red and joined; hover a point for its parameters."));
  panel(root, "energy", data.energy_name);
  if (data.with_area) panel(root, "area", "area proxy");
  root.appendChild(el("h3", {}, "The Pareto front (" + data.points.filter(function (p) { return p.front; }).length + " points)"));
  var t = el("table", {"class": "front"}), h = el("tr");
  data.hw_columns.concat([data.energy_name, "cycles", data.seconds ? "time (s)" : "time", "area proxy"]).forEach(function (c) { h.appendChild(el("th", {}, c)); });
  t.appendChild(h);
  data.points.filter(function (p) { return p.front; }).sort(function (a, b) { return a.latency - b.latency; }).forEach(function (p) {
    var tr = el("tr", {"class": "front-row"});
    p.hw.concat([eng(p.energy), eng(p.cycles), data.seconds ? eng(p.latency) : "-", eng(p.area)]).forEach(function (v) { tr.appendChild(el("td", {}, String(v))); });
    t.appendChild(tr);
  });
  root.appendChild(t);
} catch (e) {
  fail(e && e.stack ? e.stack : String(e));
}
body.setAttribute("data-rendered", "1");
})();
</script>
</body>
</html>
"""


def _finite(v: float):
    return v if math.isfinite(v) else None


def pareto_page(points: Sequence, front: Sequence[int], title: str, with_area: bool,
                hw_columns: Sequence[str], seconds: bool = False,
                energy_name: str = "energy") -> str:
    """The sweep page for ``dse_plot``'s points (its ``Point``s) and front (their indices).
    ``seconds``: latency in seconds (every point's ``seconds``: a clock), else cycles;
    ``energy_name``: the energy axis with its unit (``dse_plot.energy_label``)."""
    on_front = set(front)
    data = {
        "title": title,
        "with_area": bool(with_area),
        "hw_columns": list(hw_columns),
        "seconds": bool(seconds),
        "latency_name": "latency (s)" if seconds else "latency (cycles)",
        "energy_name": energy_name,
        "points": [{"hw": list(p.hw), "energy": _finite(p.energy), "cycles": _finite(p.cycles),
                    "latency": _finite(p.seconds if seconds else p.cycles),
                    "area": _finite(p.area), "networks": p.networks, "front": i in on_front}
                   for i, p in enumerate(points)],
    }
    # "</" inside a <script> element would end it; "<\/" is the same JSON string.
    text = json.dumps(data, indent=1).replace("</", "<\\/")
    return _PAGE.replace("__DATA__", text)


def write_pareto(path: str, points: Sequence, front: Sequence[int], title: str, with_area: bool,
                 hw_columns: Sequence[str], seconds: bool = False,
                 energy_name: str = "energy") -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(pareto_page(points, front, title, with_area, hw_columns, seconds, energy_name))
