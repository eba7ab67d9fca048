#!/usr/bin/env python3
"""Authoring-time converter (not run by the build): MAESTRO's vgg16_ckp_ws example
(vgg16_ckp_ws.csv + vgg16_ckp_ws.stdout.txt) into the per-layer text read by
MaestroReferenceTest.cpp.

Usage: convert_maestro.py <reference/maestro dir> > maestro_vgg16_ckp_ws_reference.txt
One line per layer:
  layer <name> <runtime> <screen_energy_xMAC> <csv_energy_nJ> <macs>
        <in_l1r> <in_l1w> <in_l2r> <in_l2w> <w_l1r> <w_l1w> <w_l2r> <w_l2w>
        <out_l1r> <out_l1w> <out_l2r> <out_l2w> <l2_req> <l1_req> <avg_pes>
"""
import csv, os, re, sys

d = sys.argv[1]
rows = list(csv.reader(open(os.path.join(d, "vgg16_ckp_ws.csv"))))
head = [h.strip() for h in rows[0]]
screen = re.findall(r"Total energy consumption: ([0-9.e+]+) X MAC energy",
                    open(os.path.join(d, "vgg16_ckp_ws.stdout.txt")).read())
print("# MAESTRO @ 4eb08d1, accelerator_1.m + vgg16_ckp_ws.m (see README in the reference folder)")
for r, e in zip(rows[1:], screen):
    r = [x.strip() for x in r]
    col = lambda name, k=0: r[[i for i, h in enumerate(head) if h == name][k]]
    vals = [col("Runtime (Cycles)"), e, col("Activity count-based Energy (nJ)"), col("Num MACs")]
    for t in ("input", "filter", "output"):
        vals += [col(t + " l1 read"), col(t + " l1 write"), col(t + " l2 read"), col(t + " l2 write")]
    vals += [col("L2 SRAM Size Req (Bytes)"), col("L1 SRAM Size Req (Bytes)"),
             col("Avg number of utilized PEs")]
    print("layer", r[1], *vals)
