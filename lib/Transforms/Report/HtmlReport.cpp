//===- HtmlReport.cpp - the report as one self-contained HTML page --------===//
// Over 500 lines: the page's stylesheet and inline script are two string constants; split, one script would be spread over files.
//
// The JSON report (JsonReport.cpp, docs/report-schema.md) embedded in a page whose inline
// script draws it: totals, a sortable layer table, SVG bar charts, the segment timeline and
// each layer's loop nest. No network access at view time; nothing is priced here. The page
// records script errors in <body data-errors="N"> and sets data-rendered="1" when done
// (docs/html-report.md).
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"

using namespace mlir;
using namespace dataflow;
using namespace dataflow::report;

namespace {

constexpr const char kHead[] = R"HTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>dataflow-opt report</title>
<style>
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;padding:16px 24px;color:#1d2733;background:#f6f7f9}
h1{font-size:22px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #d0d6de;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}
.meta{color:#5a6675;font-size:13px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0}
.card{background:#fff;border:1px solid #d8dde4;border-radius:6px;padding:8px 12px;min-width:120px}
.card .v{font-size:18px;font-weight:600}.card .k{font-size:12px;color:#5a6675}
table{border-collapse:collapse;background:#fff;font-size:12.5px}
th,td{border:1px solid #dde2e8;padding:3px 7px;text-align:right;white-space:nowrap}
th{background:#eef1f5;position:sticky;top:0}
th.sortable{cursor:pointer}th.sortable:hover{background:#dfe5ee}
td.l,th.l{text-align:left}
tr.layer-row{cursor:pointer}tr.layer-row:hover td{background:#f0f5ff}
.scroll{max-height:460px;overflow:auto;border:1px solid #d8dde4;display:inline-block;max-width:100%}
.chart{background:#fff;border:1px solid #d8dde4;border-radius:6px;margin:6px 0;padding:4px;max-width:100%;overflow-x:auto}
.chart svg text{font-size:11px;fill:#1d2733}
.legend span{display:inline-block;margin-right:12px;font-size:12px}
.legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px;border-radius:2px}
details.layer-detail{background:#fff;border:1px solid #d8dde4;border-radius:4px;margin:3px 0;padding:3px 8px}
details.layer-detail summary{cursor:pointer;font-weight:600}
details.layer-detail table{margin:6px 0}
.bound{font-weight:600}
.note{color:#7a4b00;background:#fff6e0;border:1px solid #f0d9a0;padding:4px 8px;border-radius:4px;display:inline-block}
</style>
</head>
)HTML";

constexpr const char kScript[] = R"HTML(<script>
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
var COMP = ["mac", "regf", "itcn", "gbuf", "dram", "noc", "static"];
var COMP_COLOR = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c9c9c"];
var LEVELS = ["dram", "gbuf", "itcn", "regf"];
var DATA = ["fil", "ifm", "ofm"], DATA_COLOR = ["#4e79a7", "#f28e2b", "#59a14f"];
var BOUND = ["proc_cycles", "bus_cycles", "dram_cycles"], BOUND_NAME = ["compute", "bus", "DRAM"];
var BOUND_COLOR = ["#4e79a7", "#edc948", "#e15759"];
var SEG_COLOR = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
                 "#ff9da7", "#9c755f", "#bab0ac"];
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
function tip(node, text) { node.appendChild(sv("title", {}, text)); return node; }
/* Engineering notation, 4 significant digits (as the table report). */
function eng(v) {
  if (v === null || v === undefined) return "-";
  if (v === 0) return "0";
  var e = Math.floor(Math.log10(Math.abs(v))), e3 = Math.floor(e / 3) * 3;
  var m = v / Math.pow(10, e3), a = Math.abs(m);
  var s = m.toFixed(a < 10 ? 3 : a < 100 ? 2 : 1);
  if (Math.abs(parseFloat(s)) >= 1000) { e3 += 3; s = (v / Math.pow(10, e3)).toFixed(3); }
  return e3 ? s + "e" + e3 : s;
}
function pct(f) { return (100 * f).toFixed(1) + "%"; }
function boundOf(l) {
  var best = 0;
  for (var i = 1; i < 3; i++) if (l[BOUND[i]] > l[BOUND[best]]) best = i;
  return best;
}
/* The coverage line (issue 19): MACs scheduled against the model's, and what was left out. */
function coverageLine(sec, net) {
  var c = net.coverage;
  if (!c) return;
  var text = "coverage: " + eng(c.scheduled_macs) + " MACs scheduled";
  if (c.model_macs === null || c.model_macs === undefined)
    text += " (no model count: not written by an importer)";
  else
    text += " of " + eng(c.model_macs) + " in the model (" + pct(c.fraction) + ")";
  sec.appendChild(el("div", {"class": "coverage"}, text));
  if (!c.left_out || !c.left_out.length) return;
  var ul = el("ul", {"class": "left-out"});
  c.left_out.forEach(function (l) {
    ul.appendChild(el("li", {}, l.name + " (" + l.op + ", " + eng(l.macs) + " MACs): " + l.reason));
  });
  sec.appendChild(ul);
}
function card(parent, value, key) {
  var c = el("div", {"class": "card"});
  c.appendChild(el("div", {"class": "v"}, value));
  c.appendChild(el("div", {"class": "k"}, key));
  parent.appendChild(c);
}
/* The unit of the network's energy figures (docs/report-schema.md, "Physical units"). */
function unitLabel(net) {
  var u = net.units;
  if (u.energy === "relative") return "relative (MAC = 1)";
  if (u.energy) return "in " + u.energy;
  return "in @" + net.accelerator.name + "'s unit (not stated)";
}
/* Physical units: cards for what the accelerator gives, one line for what it lacks. */
function physical(sec, cards, net, p, energy) {
  var u = net.units, missing = [];
  if (p.energy_j !== null) card(cards, eng(p.energy_j) + " J", "energy");
  else missing.push(energy === null ? "energy " + u.energy_note
                    : "no joules: energies are " + (u.energy === "relative" ? "relative (MAC = 1)" : "in an unstated unit"));
  if (p.seconds !== null) card(cards, eng(p.seconds) + " s", "time at " + eng(u.clock_hz) + " Hz");
  else missing.push("no clock: clock_ghz gives seconds");
  if (p.power_w !== null) card(cards, eng(p.power_w) + " W", "average power");
  if (p.edp_js !== null) card(cards, eng(p.edp_js) + " J\u00b7s", "EDP");
  if (u.area_mm2 !== null) card(cards, eng(u.area_mm2) + " mm\u00b2", "area (estimated)");
  if (missing.length) sec.appendChild(el("div", {"class": "physical-missing meta"}, missing.join("; ")));
}
function legend(parent, names, colors) {
  var d = el("div", {"class": "legend"});
  names.forEach(function (n, i) {
    var s = el("span");
    var sw = el("i"); sw.style.background = colors[i];
    s.appendChild(sw); s.appendChild(document.createTextNode(n));
    d.appendChild(s);
  });
  parent.appendChild(d);
}
function factors(v) { return v ? v.map(function (f) { return f === null ? "?" : String(f); }).join(", ") : "-"; }
/* The non-trivial partition types, outermost first, with their node split. */
function partitionText(p) {
  if (!p) return "-";
  var parts = p.order.filter(function (t) { return p[t][0] * p[t][1] > 1; });
  return parts.length ? parts.map(function (t) { return t + " " + p[t][0] + "x" + p[t][1]; }).join(", ") : "-";
}
function regionText(s) {
  return "[" + s.origin.join(",") + "] " + (s.fold ? s.nodes.length + " nodes zig-zag" : s.dims[0] + "x" + s.dims[1]);
}

/* Horizontal stacked bars: rows [{label, parts: [numbers], title}] */
function stackedBars(parent, cls, rows, names, colors, unit) {
  var box = el("div", {"class": "chart"});
  legend(box, names, colors);
  var labelW = 170, barW = 560, rowH = 16, top = 4, W = labelW + barW + 110;
  var H = top + rows.length * rowH + 6;
  var max = 0;
  rows.forEach(function (r) { var s = 0; r.parts.forEach(function (p) { s += p || 0; }); r.sum = s; max = Math.max(max, s); });
  var svg = sv("svg", {"class": cls, width: W, height: H, viewBox: "0 0 " + W + " " + H});
  rows.forEach(function (r, i) {
    var y = top + i * rowH, x = labelW;
    svg.appendChild(sv("text", {x: labelW - 6, y: y + 11, "text-anchor": "end"}, r.label.length > 26 ? r.label.slice(0, 25) + "…" : r.label));
    r.parts.forEach(function (p, k) {
      var w = max > 0 ? barW * (p || 0) / max : 0;
      if (w <= 0) return;
      var rect = sv("rect", {x: x, y: y + 2, width: w, height: rowH - 4, fill: colors[k], "class": "bar"});
      tip(rect, r.label + ": " + names[k] + " " + eng(p) + (unit ? " " + unit : ""));
      svg.appendChild(rect);
      x += w;
    });
    svg.appendChild(sv("text", {x: x + 4, y: y + 11}, eng(r.sum)));
  });
  box.appendChild(svg);
  parent.appendChild(box);
}

/* Time per layer: its bounds side by side (keys of each row), the binding one named. */
function boundChart(parent, cls, rows, keys, names, colors, totalKey) {
  var box = el("div", {"class": "chart"});
  legend(box, names, colors);
  var n = keys.length, lane = n > 2 ? 5 : 6, labelW = 170, barW = 520;
  var rowH = n * lane + 6, W = labelW + barW + 170, H = 4 + rows.length * rowH + 6;
  var max = 0;
  rows.forEach(function (r) { keys.forEach(function (k) { max = Math.max(max, r[k]); }); });
  var svg = sv("svg", {"class": cls, width: W, height: H, viewBox: "0 0 " + W + " " + H});
  rows.forEach(function (r, i) {
    var y = 4 + i * rowH, b = 0;
    keys.forEach(function (k, j) { if (r[k] > r[keys[b]]) b = j; });
    svg.appendChild(sv("text", {x: labelW - 6, y: y + rowH / 2 + 3, "text-anchor": "end"}, r.name.length > 26 ? r.name.slice(0, 25) + "…" : r.name));
    keys.forEach(function (key, k) {
      var w = max > 0 ? barW * r[key] / max : 0;
      svg.appendChild(tip(sv("rect", {x: labelW, y: y + 2 + lane * k, width: Math.max(w, 0.5), height: lane, fill: colors[k], "class": "bar"}),
                          r.name + ": " + names[k] + " " + eng(r[key])));
    });
    svg.appendChild(sv("text", {x: labelW + barW + 6, y: y + rowH / 2 + 3}, eng(r[totalKey]) + " (" + names[b].replace(/ cycles$/, "") + " bound)"));
  });
  box.appendChild(svg);
  parent.appendChild(box);
}

/* Sortable table: columns [{name, get, fmt, left}] */
function sortableTable(parent, cls, rows, cols, onRow) {
  var wrap = el("div", {"class": "scroll"});
  var table = el("table", {"class": cls});
  var thead = el("thead"), hr = el("tr");
  var tbody = el("tbody");
  var state = {col: -1, dir: 1};
  function fill() {
    tbody.textContent = "";
    rows.forEach(function (r) {
      var tr = el("tr", {"class": "layer-row"});
      cols.forEach(function (c) {
        var v = c.get(r);
        tr.appendChild(el("td", c.left ? {"class": "l"} : {}, c.fmt ? c.fmt(v, r) : String(v)));
      });
      if (onRow) tr.addEventListener("click", function () { onRow(r); });
      tbody.appendChild(tr);
    });
  }
  cols.forEach(function (c, i) {
    var th = el("th", {"class": "sortable" + (c.left ? " l" : ""), title: "click to sort"}, c.name);
    th.addEventListener("click", function () {
      state.dir = state.col === i ? -state.dir : (c.left ? 1 : -1);
      state.col = i;
      rows.sort(function (a, b) {
        var x = c.get(a), y = c.get(b);
        if (x === y) return 0;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (x < y ? -1 : 1) * state.dir;
      });
      fill();
    });
    hr.appendChild(th);
  });
  thead.appendChild(hr);
  table.appendChild(thead);
  table.appendChild(tbody);
  fill();
  wrap.appendChild(table);
  parent.appendChild(wrap);
  return table;
}

/* The segment timeline: segments on the x axis by time, each segment's layers in lanes with
   their node regions; under it, each segment's node grid with the regions drawn. */
function timeline(parent, net) {
  var segs = net.pipeline.segments, byName = {};
  net.layers.forEach(function (l) { byName[l.name] = l; });
  var total = 0;
  segs.forEach(function (s) { total += s.time; });
  var lanes = 1;
  segs.forEach(function (s) { lanes = Math.max(lanes, s.layers.length); });
  var W = 900, left = 10, axisH = 24, laneH = lanes > 8 ? 14 : 20, H = 6 + lanes * laneH + axisH;
  var box = el("div", {"class": "chart"});
  var svg = sv("svg", {"class": "timeline", width: W + 2 * left, height: H, viewBox: "0 0 " + (W + 2 * left) + " " + H});
  var x = left;
  segs.forEach(function (s, i) {
    var w = total > 0 ? W * s.time / total : W / segs.length;
    s.layers.forEach(function (name, k) {
      var l = byName[name], region = l && l.segment ? regionText(l.segment) : "";
      var r = sv("rect", {x: x, y: 4 + k * laneH, width: Math.max(w - 1, 0.5), height: laneH - 2,
                          fill: SEG_COLOR[(i + k) % SEG_COLOR.length], "fill-opacity": 0.8, "class": "segment-layer"});
      tip(r, "segment " + s.index + " (" + s.kind + ", " + s.time + " cycles): " + name + " nodes " + region);
      svg.appendChild(r);
      if (w > 60) svg.appendChild(sv("text", {x: x + 3, y: 4 + k * laneH + laneH - 6, fill: "#fff"}, (name + " " + region).slice(0, Math.floor(w / 6.2))));
    });
    x += w;
  });
  var ay = 6 + lanes * laneH;
  svg.appendChild(sv("line", {x1: left, y1: ay, x2: left + W, y2: ay, stroke: "#555"}));
  for (var t = 0; t <= 4; t++) {
    var tx = left + W * t / 4;
    svg.appendChild(sv("line", {x1: tx, y1: ay, x2: tx, y2: ay + 4, stroke: "#555"}));
    svg.appendChild(sv("text", {x: Math.min(Math.max(tx, left + 20), left + W - 30), y: ay + 16, "text-anchor": "middle"}, eng(total * t / 4) + (t === 4 ? " cycles" : "")));
  }
  box.appendChild(svg);
  parent.appendChild(box);
  /* node regions per segment */
  var grid = net.accelerator.nodes, gbox = el("div", {"class": "chart node-regions"});
  var cell = Math.max(4, Math.min(14, Math.floor(120 / Math.max(grid[0], grid[1]))));
  segs.forEach(function (s, i) {
    var gw = grid[1] * cell, gh = grid[0] * cell;
    var g = sv("svg", {"class": "segment-grid", width: gw + 8, height: gh + 22, viewBox: "0 0 " + (gw + 8) + " " + (gh + 22)});
    g.appendChild(sv("text", {x: 4, y: 12}, "seg " + s.index));
    g.appendChild(sv("rect", {x: 4, y: 16, width: gw, height: gh, fill: "#eef1f5", stroke: "#aab"}));
    s.layers.forEach(function (name, k) {
      var l = byName[name];
      if (!l || !l.segment) return;
      /* one cell per node: a zig-zag region (fold) is not a rectangle */
      var color = SEG_COLOR[(i + k) % SEG_COLOR.length];
      l.segment.nodes.forEach(function (nd) {
        g.appendChild(tip(sv("rect", {x: 4 + nd[1] * cell, y: 16 + nd[0] * cell, width: cell, height: cell,
                                      fill: color, "fill-opacity": 0.75, stroke: "#fff", "stroke-width": 0.5, "class": "region"}),
                          name + ": nodes " + regionText(l.segment)));
      });
    });
    gbox.appendChild(g);
  });
  parent.appendChild(el("div", {"class": "meta"}, "Node regions of each segment on the " + grid[0] + "x" + grid[1] + " node grid (hover for the layer):"));
  parent.appendChild(gbox);
}

/* One layer's loop nest across levels, mapping, partition, NoC and segment. */
function layerDetail(parent, l, idPrefix) {
  var d = el("details", {"class": "layer-detail", id: idPrefix + l.name});
  d.appendChild(el("summary", {}, l.name + " (" + l.kind + ")"));
  var s = l.schedule || {}, b = s.blocking;
  if (b) {
    var t = el("table", {"class": "loop-nest"});
    var h = el("tr");
    ["level", "I", "O", "B", "order (outer first)"].forEach(function (n, i) { h.appendChild(el("th", i === 0 || i === 4 ? {"class": "l"} : {}, n)); });
    t.appendChild(h);
    [["DRAM", b.dram, b.dram_order], ["GBUF", b.gbuf, b.gbuf_order], ["REGF", b.regf, null]].forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("td", {"class": "l"}, row[0]));
      for (var i = 0; i < 3; i++) tr.appendChild(el("td", {}, row[1] && row[1][i] !== null ? String(row[1][i]) : "?"));
      tr.appendChild(el("td", {"class": "l"}, row[2] ? row[2].join(" ") : "-"));
      t.appendChild(tr);
    });
    d.appendChild(t);
    d.appendChild(el("div", {}, "GBUF bypass: " + (b.bypass && b.bypass.length ? b.bypass.join(", ") : "none")));
  }
  if (s.mapping) d.appendChild(el("div", {}, "PE mapping: " + s.mapping.strategy + ", fold " + factors(s.mapping.fold) +
                                              ", repl " + factors(s.mapping.repl) + ", ifmaps " + s.mapping.ifmaps + ", ofmaps " + s.mapping.ofmaps));
  if (s.partition) d.appendChild(el("div", {}, "node partition: " + partitionText(s.partition) +
                                                (s.partition.access_forwarding ? ", access forwarding" : "") +
                                                (s.partition.buffer_sharing ? ", buffer sharing" : "")));
  if (l.noc_hops) d.appendChild(el("div", {}, "NoC hops [fil, ifm, ofm]: " + l.noc_hops.total_hops.map(eng).join(", ")));
  if (l.segment) d.appendChild(el("div", {}, "segment " + l.segment.index + " (" + l.segment.kind + "), nodes " + regionText(l.segment)));
  if (s.loop_tiling) d.appendChild(el("div", {}, "dMazeRunner tiling: loops " + s.loop_tiling.loops.join(" ") + "; DRAM " + factors(s.loop_tiling.dram) +
                                                 "; SPM " + factors(s.loop_tiling.spm) + "; RF " + factors(s.loop_tiling.rf) + "; spatial " + factors(s.loop_tiling.spatial)));
  if (s.directives) d.appendChild(el("div", {}, "MAESTRO directives: " + s.directives.map(function (x) {
    return x.kind + "(" + x.size + (x.dim ? "," + x.offset + ") " + x.dim : ") " + x.type);
  }).join("; ")));
  var acc = el("table", {"class": "accesses"}), ah = el("tr");
  ["word accesses", "fil", "ifm", "ofm"].forEach(function (n, i) { ah.appendChild(el("th", i ? {} : {"class": "l"}, n)); });
  acc.appendChild(ah);
  LEVELS.forEach(function (lv) {
    var tr = el("tr");
    tr.appendChild(el("td", {"class": "l"}, lv.toUpperCase()));
    (l.accesses[lv] || []).forEach(function (v) { tr.appendChild(el("td", {}, eng(v))); });
    acc.appendChild(tr);
  });
  d.appendChild(acc);
  if (l.search_incomplete) d.appendChild(el("div", {"class": "note"}, "the search was cut by its time limit"));
  parent.appendChild(d);
}

function systolicSection(sec, net) {
  var t = net.systolic_totals, a = net.accelerator;
  var cards = el("div", {"class": "cards"});
  card(cards, eng(t.cycles), "cycles");
  card(cards, eng(t.transfer), "DRAM words");
  card(cards, a.array_size + "x" + a.array_size, "array (" + a.dataflow.replace(/_/g, " ") + ")");
  card(cards, eng(a.buffer_bytes), "buffer bytes");
  sec.appendChild(cards);
  physical(sec, cards, net, t.physical, null);
  coverageLine(sec, net);
  sec.appendChild(el("div", {"class": "meta"}, t.energy === undefined ? "A systolic accelerator is priced in cycles and DRAM words (no energy)." : "Energy " + eng(t.energy) + " (" + net.units.energy_note + ") from the accelerator's energies."));
  sec.appendChild(el("h3", {}, "Layers"));
  sortableTable(sec, "layers", net.systolic_layers.slice(), [
    {name: "layer", get: function (r) { return r.name; }, left: true},
    {name: "kind", get: function (r) { return r.kind; }, left: true},
    {name: "method", get: function (r) { return r.method; }, left: true},
    {name: "order", get: function (r) { return r.order; }, left: true},
    {name: "channel splits", get: function (r) { return r.channel_splits; }},
    {name: "spatial splits", get: function (r) { return r.spatial_splits.join("x"); }},
    {name: "cycles", get: function (r) { return r.cycles; }, fmt: eng},
    {name: "s", get: function (r) { return r.physical.seconds; }, fmt: eng},
    {name: "compute", get: function (r) { return r.compute_cycles; }, fmt: eng},
    {name: "memory", get: function (r) { return r.memory_cycles; }, fmt: eng},
    {name: "DRAM words", get: function (r) { return r.transfer; }, fmt: eng},
    {name: "util", get: function (r) { return r.utilization; }, fmt: pct}]);
  sec.appendChild(el("h3", {}, "Cycles per layer: compute and memory, the larger binds"));
  boundChart(sec, "chart-systolic", net.systolic_layers, ["compute_cycles", "memory_cycles"],
             ["compute cycles", "memory cycles"], ["#4e79a7", "#e15759"], "cycles");
  sec.appendChild(el("h3", {}, "DRAM words per layer"));
  stackedBars(sec, "chart-transfer", net.systolic_layers.map(function (r) {
    return {label: r.name, parts: [r.transfer]};
  }), ["DRAM words"], ["#76b7b2"], "words");
}

function networkSection(root, net, n) {
  var sec = el("section", {"class": "network", id: "network-" + n});
  var a = net.accelerator;
  sec.appendChild(el("h2", {}, net.name + " on @" + a.name));
  if (a.kind === "systolic") { systolicSection(sec, net); root.appendChild(sec); return; }
  var unit = unitLabel(net);
  sec.appendChild(el("div", {"class": "meta"},
    "nodes " + a.nodes.join("x") + ", PE array " + a.pe_array.join("x") + ", REGF " + a.regf_bytes + " B, GBUF " +
    a.gbuf_bytes + " B, " + a.word_bits + "-bit words, " + a.memory + " memory. Energies are " + unit +
    " (as the accelerator's #dataflow.energy gives them); times are cycles" +
    (net.units.clock_hz !== null ? " at " + eng(net.units.clock_hz) + " Hz" : "") + "."));
  var tt = net.totals, cards = el("div", {"class": "cards"});
  card(cards, eng(tt.energy), "energy (" + unit + ")");
  card(cards, eng(tt.time), "cycles (sum over layers)");
  if (net.pipeline && (net.pipeline.energy !== tt.energy || net.pipeline.time !== tt.time)) {
    card(cards, eng(net.pipeline.energy), "pipeline energy");
    card(cards, eng(net.pipeline.time), "pipeline cycles");
  }
  if (net.pipeline) card(cards, String(net.pipeline.segments.length), "pipeline segments");
  card(cards, eng(tt.ops), "MACs");
  card(cards, String(net.layers.length), "layers");
  sec.appendChild(cards);
  physical(sec, cards, net, tt.physical, tt.energy);
  coverageLine(sec, net);
  var seg = function (l) { return l.segment ? l.segment.index : null; };
  sec.appendChild(el("h3", {}, "Layers (click a header to sort, a row for its loop nest)"));
  var details = el("div", {"class": "details"});
  var prefix = "n" + n + "-";
  sortableTable(sec, "layers", net.layers.slice(), [
    {name: "layer", get: function (r) { return r.name; }, left: true},
    {name: "kind", get: function (r) { return r.kind; }, left: true},
    {name: "energy", get: function (r) { return r.energy; }, fmt: eng},
    {name: "% energy", get: function (r) { return tt.energy ? r.energy / tt.energy : 0; }, fmt: pct},
    {name: "J", get: function (r) { return r.physical.energy_j; }, fmt: eng},
    {name: "cycles", get: function (r) { return r.time; }, fmt: eng},
    {name: "s", get: function (r) { return r.physical.seconds; }, fmt: eng},
    {name: "bound", get: function (r) { return BOUND_NAME[boundOf(r)]; }, left: true},
    {name: "util", get: function (r) { return r.utilization; }, fmt: pct},
    {name: "partition", get: function (r) { return partitionText(r.schedule && r.schedule.partition); }, left: true},
    {name: "segment", get: seg, fmt: function (v) { return v === null ? "-" : String(v); }}],
    function (r) {
      var d = document.getElementById(prefix + r.name);
      if (d) { d.open = true; d.scrollIntoView({block: "nearest"}); }
    });
  sec.appendChild(el("h3", {}, "Energy by component per layer"));
  stackedBars(sec, "chart-components", net.layers.map(function (l) {
    return {label: l.name, parts: COMP.map(function (c) { return l[c]; })};
  }), COMP, COMP_COLOR, unit);
  sec.appendChild(el("h3", {}, "Energy by component and level (whole network)"));
  stackedBars(sec, "chart-levels", LEVELS.map(function (lv) {
    return {label: lv.toUpperCase(), parts: [tt[lv]]};
  }).concat([{label: "MAC", parts: [tt.mac]}, {label: "NoC", parts: [tt.noc]}, {label: "static", parts: [tt["static"]]}]),
  ["energy"], ["#4e79a7"], unit);
  sec.appendChild(el("h3", {}, "Word accesses per level by data category (whole network)"));
  stackedBars(sec, "chart-accesses", LEVELS.map(function (lv) {
    return {label: lv.toUpperCase(), parts: tt.accesses[lv]};
  }), DATA, DATA_COLOR, "words");
  sec.appendChild(el("h3", {}, "Time per layer and its bound"));
  boundChart(sec, "chart-time", net.layers, BOUND, BOUND_NAME.map(function (n) { return n + " cycles"; }), BOUND_COLOR, "time");
  if (net.pipeline) {
    sec.appendChild(el("h3", {}, "Segment timeline (" + net.pipeline.segments.length + " segments, " + eng(net.pipeline.time) + " cycles)"));
    timeline(sec, net);
  }
  sec.appendChild(el("h3", {}, "Loop nest per layer (DRAM / GBUF / REGF blocking factors of loops I, O, B and orders)"));
  net.layers.forEach(function (l) { layerDetail(details, l, prefix); });
  if (details.firstChild) details.firstChild.open = true;
  sec.appendChild(details);
  root.appendChild(sec);
}

try {
  var report = JSON.parse(document.getElementById("report-data").textContent);
  var root = document.getElementById("report");
  root.appendChild(el("h1", {}, "dataflow-opt schedule report"));
  root.appendChild(el("div", {"class": "meta"}, "schema version " + report.schema_version + ", search " +
                      report.search_seconds.toFixed(2) + " s, " + report.networks.length + " network(s)"));
  report.networks.forEach(function (net, n) { networkSection(root, net, n); });
} catch (e) {
  fail(e && e.stack ? e.stack : String(e));
}
body.setAttribute("data-rendered", "1");
})();
</script>
)HTML";

/// JSON inside <script>: "</" would end the element early; "<\/" is the same JSON string.
void writeEscaped(raw_ostream &os, StringRef json) {
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') {
      os << "<\\/";
      ++i;
    } else {
      os << json[i];
    }
  }
}

} // namespace

void report::writeHtml(raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds) {
  std::string json;
  llvm::raw_string_ostream jsonStream(json);
  writeJson(jsonStream, networks, searchSeconds);
  os << kHead << "<body data-errors=\"0\">\n<main id=\"report\"></main>\n"
     << "<script type=\"application/json\" id=\"report-data\">\n";
  writeEscaped(os, json);
  os << "</script>\n" << kScript << "</body>\n</html>\n";
}
