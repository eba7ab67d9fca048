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
    with open(os.path.join(out_dir, run + '.txt'), 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    for run in sys.argv[3:]:
        convert(sys.argv[1], sys.argv[2], run)
