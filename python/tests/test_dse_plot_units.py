"""dse_plot's physical units (issue 22): axes labelled with the CSV's energy_unit and in
seconds when every point has a time_s; rows in different energy units refused unless
--energy-unit picks one; the older layouts (no unit columns) still plotted, saying so."""
import csv

import pytest

from dataflow_opt import dse_plot, sweep

# The third layout: the same columns without energy_unit, time_s, power_w and edp_js.
THIRD = ",".join(sweep.HEADER.split(",")[:30])


def row(net, pe, energy, cycles, unit="J", seconds=None, kind="eyeriss", status="ok"):
    """A fourth-layout row on an 8x8-style point of `pe` PEs a side (time_s given or empty)."""
    nodes, tail = ("1x1", "none,false") if kind == "eyeriss" else ("", ",")
    t = "" if seconds is None else repr(seconds)
    return (f"{net},{kind},{nodes},{pe},{pe},512,131072,unlimited,unlimited,{tail},,,,,,,,"
            f"e,exhaustive,-,0,3,{energy},{cycles},,{pe * 100.0},,0.001,{status},{unit},{t},,")


def write(path, rows, header=sweep.HEADER):
    path.write_text(header + "\n" + "\n".join(rows) + "\n")
    return str(path)


def labels(points, tmp_path):
    seconds = dse_plot.in_seconds(points)
    layout = dse_plot.plot(points, dse_plot.pareto_front(points, seconds=seconds),
                           str(tmp_path / "p.png"), "t", seconds=seconds)
    return layout["panels"][0]["xlabel"], layout["panels"][0]["ylabel"]


def test_joules_and_seconds_label_the_axes(tmp_path, capsys):
    # 200 MHz: 1000 cycles = 5 us, 500 cycles = 2.5 us (time_s as dataflow-dse writes it)
    path = write(tmp_path / "j.csv", [row("a", 8, 2e-6, 1000, seconds=5e-06),
                                      row("a", 16, 3e-6, 500, seconds=2.5e-06)])
    points, _ = dse_plot.aggregate(dse_plot.load([path]))
    assert [(p.energy_unit, p.seconds) for p in points] == [("J", 5e-06), ("J", 2.5e-06)]
    assert labels(points, tmp_path) == ("latency (s)", "energy (J)")
    assert dse_plot.main([path, "-o", str(tmp_path / "m.png")]) == 0
    front = list(csv.reader(capsys.readouterr().out.splitlines()))
    assert front[0][-2:] == ["energy_unit", "time_s"]
    assert [r[-2:] for r in front[1:]] == [["J", "2.5e-06"], ["J", "5e-06"]]


def test_relative_energies_without_a_clock_stay_in_cycles(tmp_path):
    path = write(tmp_path / "r.csv", [row("a", 8, 10.0, 1000, unit="relative"),
                                      row("a", 16, 12.0, 500, unit="relative")])
    points, _ = dse_plot.aggregate(dse_plot.load([path]))
    assert labels(points, tmp_path) == ("latency (cycles)", "energy (relative, MAC = 1)")


def test_mixed_units_are_refused_and_one_can_be_chosen(tmp_path, capsys):
    """An `energy = explicit, estimated` sweep: relative and J rows in one CSV."""
    path = write(tmp_path / "mixed.csv", [
        row("a", 8, 12648440.0, 7168, unit="relative", seconds=3.584e-05),
        row("a", 16, 2e-5, 7168, unit="J", seconds=3.584e-05),
        row("a", 32, 3e-5, 3000, unit="J", seconds=1.5e-05)])
    with pytest.raises(ValueError, match=r"different energy units \('J': 2 points, "
                                         r"'relative': 1 point\)"):
        dse_plot.aggregate(dse_plot.load([path]))
    assert dse_plot.main([path, "-o", str(tmp_path / "m.png")]) == 2
    assert "--energy-unit (J or relative)" in capsys.readouterr().err
    joules, _ = dse_plot.aggregate(dse_plot.load([path]), energy_unit="J")
    assert [p.hw[0] for p in joules] == ["16", "32"]
    assert labels(joules, tmp_path) == ("latency (s)", "energy (J)")
    rel, _ = dse_plot.aggregate(dse_plot.load([path]), energy_unit="relative")
    assert [(p.hw[0], p.energy) for p in rel] == [("8", 12648440.0)]
    assert labels(rel, tmp_path)[1] == "energy (relative, MAC = 1)"
    with pytest.raises(ValueError, match="no point in energy unit 'pJ'"):
        dse_plot.aggregate(dse_plot.load([path]), energy_unit="pJ")
    assert dse_plot.main([path, "-o", str(tmp_path / "j.png"), "--energy-unit", "J"]) == 0


def test_the_front_is_taken_in_seconds_when_clocks_differ(tmp_path):
    """A 200 MHz point (1000 cycles, 5 us) and a 500 MHz one (1500 cycles, 3 us): in cycles
    the first dominates, in seconds both are on the front."""
    path = write(tmp_path / "c.csv", [
        row("a", 8, 10.0, 1000, unit="relative", seconds=5e-06),
        row("a", 16, 20.0, 1500, unit="relative", seconds=3e-06, kind="dmaze")])
    points, _ = dse_plot.aggregate(dse_plot.load([path]))
    assert dse_plot.in_seconds(points)
    assert len(dse_plot.pareto_front(points)) == 1
    assert len(dse_plot.pareto_front(points, seconds=True)) == 2


def test_a_point_without_time_s_puts_latency_in_cycles(tmp_path):
    path = write(tmp_path / "n.csv", [row("a", 8, 2e-6, 1000, seconds=5e-06),
                                      row("a", 16, 3e-6, 500)])
    points, _ = dse_plot.aggregate(dse_plot.load([path]))
    assert labels(points, tmp_path) == ("latency (cycles)", "energy (J)")


def test_older_layouts_say_the_unit_is_not_stated(tmp_path):
    third = write(tmp_path / "third.csv", [",".join(row("a", 8, 10.0, 100).split(",")[:30])],
                  header=THIRD)
    first = tmp_path / "first.csv"
    first.write_text("network,pe_h,pe_w,regf_bytes,gbuf_bytes,dram_bandwidth,bus_width,goal,"
                     "method,disable_bypass,hw,layers,energy,cycles,edp,area_proxy,"
                     "search_cpu_s,status\n"
                     "a,8,8,512,131072,unlimited,unlimited,e,exhaustive,-,0,3,10.0,100,,1.5,"
                     "0.001,ok\n")
    for path in (third, str(first)):
        points, _ = dse_plot.aggregate(dse_plot.load([path]))
        assert [(p.energy, p.cycles, p.energy_unit) for p in points] == [(10.0, 100.0, "")]
        assert labels(points, tmp_path) == (
            "latency (cycles)", "energy (accelerator energy units: the CSV states none)")


def test_an_infeasible_point_keeps_its_unit(tmp_path):
    """dataflow-dse writes the point's unit on infeasible rows too, so --energy-unit J drops
    a relative point where nothing fits instead of leaving every network out."""
    path = write(tmp_path / "inf.csv", [
        row("a", 8, "", "", unit="relative", status='"infeasible: layer \'c\': too small"'),
        row("a", 16, 2e-5, 7168, unit="J", seconds=3.584e-05),
        row("a", 32, 3e-5, 3000, unit="J", seconds=1.5e-05)])
    points, left_out = dse_plot.aggregate(dse_plot.load([path]), energy_unit="J")
    assert [(p.hw[0], p.networks) for p in points] == [("16", 1), ("32", 1)] and left_out == 0


def _page_data(page):
    """The JSON the sweep page draws from (its <script id="sweep-data">)."""
    import json
    text = open(page).read()
    start = text.index('id="sweep-data"')
    start = text.index(">", start) + 1
    return json.loads(text[start:text.index("</script>", start)].replace("<\\/", "</"))


def test_the_html_page_plots_the_same_units(tmp_path):
    # The --html page: energy in J, latency in seconds when every point has a clock (the same
    # axes as the PNG), and the cycles kept for the hover text and front table.
    path = write(tmp_path / "j.csv", [row("a", 8, 2e-6, 1000, seconds=5e-06),
                                      row("a", 16, 3e-6, 500, seconds=2.5e-06)])
    page = str(tmp_path / "p.html")
    assert dse_plot.main([path, "--html", page]) == 0
    data = _page_data(page)
    assert (data["energy_name"], data["latency_name"], data["seconds"]) == \
        ("energy (J)", "latency (s)", True)
    assert [(p["cycles"], p["latency"]) for p in data["points"]] == [(1000, 5e-06), (500, 2.5e-06)]
    # Without a clock: cycles, and the relative unit named.
    rel = write(tmp_path / "r.csv", [row("a", 8, 2.0, 1000, unit="relative"),
                                     row("a", 16, 3.0, 500, unit="relative")])
    assert dse_plot.main([rel, "--html", page]) == 0
    data = _page_data(page)
    assert data["latency_name"] == "latency (cycles)" and not data["seconds"]
    assert "relative" in data["energy_name"]
    assert [p["latency"] for p in data["points"]] == [1000, 500]
