#!/usr/bin/env python3
"""Convert nn_dataflow reference runs into the compact text form read by CostModelTests.

Authoring-time helper (not run by the build). Usage:
  convert_reference.py <reference dir> <out dir> <run>...
Reads <run>.json (the tool's output) and networks/<net>.json (layer shapes) and writes
<run>.txt with one record per line:
  run <name>
  hw <arrayH> <arrayW> <gbufWords> <regfWords> <busWidth> <dramBandwidth>
  cost <mac> <dram> <gbuf> <itcn> <regf> <hop> <idle>
  opt <batch> <bypassFIL> <bypassIFM> <bypassOFM> <goal> <ntops>
  total <cost> <time> <ops> <accDRAM> <accGBUF> <accITCN> <accREGF>
  layer <name> <Conv|FC|Pool|Eltwise> C M E F R S U V nreg
  sched <name> <cost> <time> <ops> <proc> <bus> <dram> tvals[3][3] orders[2][3]
        fetch[2][3] access[4][3] size[2][3] unit_size[2][3] unit_cnt[2][3]
        <cost_op> <cost_access> <cost_static>
  part <name> order[4] dims[OUTP, OFMP, BATP, INPP][h, w]
  nodes <nodesH> <nodesW> <2D|3D>
  popt <hybrid> <batch> <ifmaps> <accfwd> <bufshr> <solve>
  input <nofm> <hofm> <wofm>
  ext <name> <nofm> <hofm> <wofm>
  prevs <layer> <prev>...            (network producers; __INPUT__ = network input)
  schedorder <layer>...              (the tool's scheduling order)
  inputpart order[4] dims[4][2]      (the chosen input layout's partition)
  noc <name> <num_nodes> <cost_noc> unit_nhops[3] mem_nhops[3] node_nhops[3]
      total_nhops[3] accfwd_reduction[3] bufshr_grp_size[3] bufshr_subgrp_size[3]
      bufshr_rot_fetch[3] bufshr_wide_fetch[3] bufshr_rot_round_cnt[3] bufshr_rot_unit_cnt[3]
      bufshr_bs_t[3] bufshr_bs_ord[3]
"""
import json
import os
import sys

TYPES = {'ConvLayer': 'Conv', 'FCLayer': 'FC', 'PoolingLayer': 'Pool',
         'EltwiseLayer': 'Eltwise'}


def num(v):
    if isinstance(v, bool):
        return '1' if v else '0'
    if isinstance(v, float):
        return repr(v) if v == v and abs(v) != float('inf') else str(v)
    return str(v)


def flat(x):
    if isinstance(x, (list, tuple)):
        for e in x:
            yield from flat(e)
    else:
        yield x


def convert(ref_dir, out_dir, run):
    d = json.load(open(os.path.join(ref_dir, run + '.json')))
    net = json.load(open(os.path.join(ref_dir, 'networks', d['net'] + '.json')))
    r, c, o = d['resource'], d['cost'], d['options']
    lines = ['run ' + run]
    lines.append('hw %d %d %d %d %s %s' % (r['dim_array'][0], r['dim_array'][1],
                                         r['size_gbuf'], r['size_regf'],
                                         num(float(r['array_bus_width'])),
                                         num(float(r['dram_bandwidth']))))
    lines.append('cost ' + ' '.join(num(float(v)) for v in
                                    [c['mac_op']] + c['mem_hier'] + [c['noc_hop'], c['idl_unit']]))
    lines.append('opt %d %s %s %d' % (d['batch'], ' '.join(num(b) for b in o['sw_gbuf_bypass']),
                                      o['opt_goal'], o['ntops']))
    lines.append('total ' + ' '.join(num(float(v)) for v in
                                     [d['total_cost'], d['total_time'], d['total_ops']]
                                     + d['total_accesses']))
    for l in net['layers']:
        t = TYPES[l['type']]
        if t in ('Conv', 'FC'):
            vals = [l['nifm'], l['nofm'], l['hofm'], l['wofm'], l['hfil'], l['wfil'],
                    l['htrd'], l['wtrd'], 1]
        else:
            vals = [l['nifm'], l['nofm'], l['hofm'], l['wofm'], l['hreg'], l['wreg'],
                    l['htrd'], l['wtrd'], l['nreg']]
        lines.append('layer %s %s %s' % (l['name'], t, ' '.join(str(v) for v in vals)))
    for name, sched in d['schedules'].items():
        s = sched[0]
        vals = [s['cost'], s['time'], s['ops'], s['proc_time'], s['bus_time'], s['dram_time']]
        vals += list(flat(s['tvals'])) + list(flat(s['orders'])) + list(flat(s['fetch']))
        vals += list(flat(s['access'])) + list(flat(s['size'])) + list(flat(s['unit_size']))
        vals += list(flat(s['unit_cnt']))
        vals += [s['cost_op'], s['cost_access'], s['cost_static']]
        lines.append('sched %s %s' % (name, ' '.join(num(v) for v in vals)))
        # Partition: order of OUTP, OFMP, BATP, INPP, then (h, w) per type.
        lines.append('part %s %s' % (name, ' '.join(num(v) for v in flat(s['part']))))
    # Multi-node records (docs/cost-model.md §5).
    pr = r['proc_region']
    dr = r['dram_region']
    lines.append('nodes %d %d %s' % (pr[0][0], pr[0][1],
                                     '3D' if dr[0] == pr[0] else '2D'))
    lines.append('popt ' + ' '.join(num(bool(o[k])) for k in
                                    ['partition_hybrid', 'partition_batch', 'partition_ifmaps',
                                     'hw_access_forwarding', 'hw_gbuf_sharing',
                                     'sw_solve_loopblocking']))
    lines.append('input %d %d %d' % (net['input']['nofm'], net['input']['hofm'],
                                     net['input']['wofm']))
    for e in net.get('ext_inputs', []):
        lines.append('ext %s %d %d %d' % (e['name'], e['nofm'], e['hofm'], e['wofm']))
    for l in net['layers']:
        lines.append('prevs %s %s' % (l['name'], ' '.join(l['prevs'])))
    lines.append('schedorder ' + ' '.join(d['schedules'].keys()))
    lines.append('inputpart ' + ' '.join(num(v) for v in flat(d['input_layout'][2][0])))
    for name, sched in d['schedules'].items():
        s = sched[0]
        vals = [s['num_nodes'], s['cost_noc']]
        for k in ['unit_nhops', 'mem_nhops', 'node_nhops', 'total_nhops', 'accfwd_reduction',
                  'bufshr_grp_size', 'bufshr_subgrp_size', 'bufshr_rot_fetch',
                  'bufshr_wide_fetch', 'bufshr_rot_round_cnt', 'bufshr_rot_unit_cnt',
                  'bufshr_bs_t', 'bufshr_bs_ord']:
            vals += list(flat(s[k]))
        lines.append('noc %s %s' % (name, ' '.join(num(v) for v in vals)))
    # Inter-layer pipelining records (docs/cost-model.md §6).
    if 'segment_time' in d:
        lines.append('segtime ' + ' '.join(num(v) for v in d['segment_time']))
        lines.append('pipetotal ' + ' '.join(num(float(d[k])) for k in
                                            ['total_op_cost', 'total_access_cost',
                                             'total_noc_cost', 'total_static_cost',
                                             'total_noc_hops']))
        for name, sched in d['schedules'].items():
            s = sched[0]
            lines.append('seq %s %s' % (name, ' '.join(str(v) for v in sched[2])))
            lines.append('remote %s %s %s %s' % (name, ' '.join(num(v) for v in
                                                                s['remote_gbuf_access']),
                                                 num(s['cost_noc']), num(s['time'])))
    with open(os.path.join(out_dir, run + '.txt'), 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    for run in sys.argv[3:]:
        convert(sys.argv[1], sys.argv[2], run)
