// MAESTRO's bundled example end to end: vgg16_ckp_ws.m on accelerator_1.m imported with
// dataflow-translate, each layer's directives priced by dataflow-maestro-cost. Cycles
// equal MAESTRO's per-layer runtime exactly (vgg16_ckp_ws.csv); energy is MAESTRO's
// on-screen "Total energy consumption" (MAC units), checked to the 6 digits it prints
// (vgg16_ckp_ws.stdout.txt; the regex is every value that prints as that figure). The
// report's network total is MAESTRO's 277,233,292 cycles.
// RUN: dataflow-translate --import-maestro %maestro_data/vgg16_ckp_ws.m \
// RUN:   --maestro-hw=%maestro_data/accelerator_1.m \
// RUN:   | dataflow-opt --dataflow-maestro-cost --dataflow-report="file=%t.json" -o %t.mlir
// RUN: FileCheck %s --input-file=%t.mlir
// RUN: FileCheck %s --input-file=%t.mlir --check-prefix=ACCESS
// RUN: FileCheck %s --input-file=%t.json --check-prefix=REPORT

// CONV1's accesses per [fil, ifm, ofm] are MAESTRO's L1 and L2 reads + writes (CSV columns).
// ACCESS: dataflow.cost = #dataflow.cost<{{.*}} gbuf_access = [3456.0, 598080.0, 6308352.0], itcn_access = [0.0, 0.0, 0.0], regf_access = [85164480.0, 85610304.0, 170325504.0]>{{.*}}name = "CONV1"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(7868035|7868036|7868037|7868038|7868039|7868040|7868041|7868042|7868043|7868044)[0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 1724940, {{.*}}name = "CONV1"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(1527845|1527846|1527847|1527848|1527849|1527850|1527851|1527852|1527853|1527854)[0-9][0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 36273024, {{.*}}name = "CONV2"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(7490855|7490856|7490857|7490858|7490859|7490860|7490861|7490862|7490863|7490864)[0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 17811200, {{.*}}name = "CONV3"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(1495285|1495286|1495287|1495288|1495289|1495290|1495291|1495292|1495293|1495294)[0-9][0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 35622400, {{.*}}name = "CONV4"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(7210475|7210476|7210477|7210478|7210479|7210480|7210481|7210482|7210483|7210484)[0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 17169408, {{.*}}name = "CONV5"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(1440705|1440706|1440707|1440708|1440709|1440710|1440711|1440712|1440713|1440714)[0-9][0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 34338816, {{.*}}name = "CONV6"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(1440705|1440706|1440707|1440708|1440709|1440710|1440711|1440712|1440713|1440714)[0-9][0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 34338816, {{.*}}name = "CONV7"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(6714975|6714976|6714977|6714978|6714979|6714980|6714981|6714982|6714983|6714984)[0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 15921152, {{.*}}name = "CONV8"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(1342345|1342346|1342347|1342348|1342349|1342350|1342351|1342352|1342353|1342354)[0-9][0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 31842304, {{.*}}name = "CONV9"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(1342345|1342346|1342347|1342348|1342349|1342350|1342351|1342352|1342353|1342354)[0-9][0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 31842304, {{.*}}name = "CONV10"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(2934655|2934656|2934657|2934658|2934659|2934660|2934661|2934662|2934663|2934664)[0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 6782976, {{.*}}name = "CONV11"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(2934655|2934656|2934657|2934658|2934659|2934660|2934661|2934662|2934663|2934664)[0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 6782976, {{.*}}name = "CONV12"
// CHECK: dataflow.cost = #dataflow.cost<energy = {{(2934655|2934656|2934657|2934658|2934659|2934660|2934661|2934662|2934663|2934664)[0-9][0-9][0-9]}}.{{[0-9]*}}, {{.*}}, cycles = 6782976, {{.*}}name = "CONV13"

// The report carries the directives each layer was priced with.
// REPORT: "schedule": {
// REPORT:   "mapping": null,
// REPORT-NEXT: "directives": [
// REPORT-NEXT:   {
// REPORT-NEXT:     "kind": "SpatialMap",
// REPORT-NEXT:     "size": 1,
// REPORT-NEXT:     "offset": 1,
// REPORT-NEXT:     "dim": "C"
// REPORT:          "kind": "Cluster",
// REPORT-NEXT:     "size": 64,
// REPORT-NEXT:     "type": "P"
// REPORT: "networks": [
// REPORT:   "name": "vgg16"
// REPORT:   "time": 277233292
