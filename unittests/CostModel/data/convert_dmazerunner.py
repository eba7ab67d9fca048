#!/usr/bin/env python3
"""Authoring-time converter (not run by the build): dMazeRunner's bundled
ResNet-18 example (resnet18.json + resnet18_auto_optimize_layers.csv + arch_spec.json)
into the compact text read by DMazeReferenceTest.cpp.

Usage: convert_dmazerunner.py <reference/dmazerunner dir> > dmazerunner_resnet18_reference.txt
Lines:
  arch <pes> <rf_bytes> <bytes_per_data> <banks> <bank_bytes> <dma_init> <dma_per_byte>
       <dma_mhz> <accel_mhz> <e_rf> <e_noc> <e_spm> <e_dram> <e_mac>
  layer <index> <name> CONV <N> <C> <H> <M> <R> <stride> <instances> | GEMM <M> <K> <N> <instances>
  best <edp|energy|cycles> <value> <dram f,..> <spm f,..> <rf f,..> <spatial f,..> <dram order> <spm order>
  search <index> <evaluated> <seconds>
"""
import ast, csv, json, os, sys

d = sys.argv[1]
arch = json.load(open(os.path.join(d, "arch_spec.json")))
a, b = arch["arch_details"], arch["arch_basic"]
print("# dMazeRunner @ a9c2690, resnet18.json, --auto-optimize (see README in the reference folder)")
print("arch", b["CGRA_SIZE"], b["RF_SIZE"], b["BYTES_PER_DATA"], b["TOTAL_BANKS_IN_SPM"],
      b["TOTAL_BYTES_IN_BANK"], a["dma_init_cycles"], a["dma_cycles_per_byte"], a["dma_frequency"],
      a["dataflow_accel_frequency"], a["rf_energy"], a["communication_energy"], a["spm_energy"],
      a["dram_energy"], a["mac_energy"])
model = json.load(open(os.path.join(d, "resnet18.json")))
layers = {}
for l in model.get("CONV", []):
    A, B = l["size_tensor_A"], l["size_tensor_B"]
    layers[l["name"]] = "CONV %d %d %d %d %d %d %d" % (A[0], A[1], A[2], B[0], B[2], l["strides"][0],
                                                   l.get("instances", 1))
for l in model.get("GEMM", []):
    A, B = l["size_tensor_A"], l["size_tensor_B"]
    layers[l["name"]] = "GEMM %d %d %d %d" % (A[0], A[1], B[1], l.get("instances", 1))
for r in csv.DictReader(open(os.path.join(d, "resnet18_auto_optimize_layers.csv"))):
    print("layer", r["index"], r["name"], layers[r["name"]])
    for obj, key in (("edp", "min_edp"), ("energy", "min_energy"), ("cycles", "min_cycles")):
        short = {"edp": "edp", "energy": "energy", "cycles": "cycles"}[obj]
        til = ast.literal_eval(r[short + "_tiling_dram_spm_rf_spatial"])
        orders = ast.literal_eval(r[short + "_ordering_dram_spm"])
        print("best", obj, r[key], *[",".join(map(str, f)) for f in til],
              *[",".join(o) for o in orders])
    print("search", r["index"], r["evaluated"], r["search_s"])
