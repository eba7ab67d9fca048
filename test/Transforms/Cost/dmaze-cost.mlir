// dMazeRunner's bundled example end to end: ResNet-18 (resnet18.json, arch_spec.json)
// imported with the execution methods its optimizer reported (the min-energy ones, then
// the min-cycles ones), each priced by dataflow-dmaze-cost. Every layer reproduces the
// figure dMazeRunner printed for that method, to the 5 digits it prints
// (resnet18_auto_optimize.stdout.txt; the regex is every value that prints so).
// RUN: dataflow-translate --import-dmazerunner %S/../../Target/Inputs/resnet18.json \
// RUN:   --dmazerunner-arch=%S/../../Target/Inputs/arch_spec.json \
// RUN:   --dmazerunner-result=%S/../../Target/Inputs/resnet18_auto_optimize.stdout.txt \
// RUN:   --dmazerunner-objective=energy | dataflow-opt --dataflow-dmaze-cost --dataflow-report="file=%t.json" \
// RUN:   | FileCheck %s --check-prefix=ENERGY
// RUN: FileCheck %s --input-file=%t.json --check-prefix=REPORT
// RUN: dataflow-translate --import-dmazerunner %S/../../Target/Inputs/resnet18.json \
// RUN:   --dmazerunner-arch=%S/../../Target/Inputs/arch_spec.json \
// RUN:   --dmazerunner-result=%S/../../Target/Inputs/resnet18_auto_optimize.stdout.txt \
// RUN:   --dmazerunner-objective=cycles | dataflow-opt --dataflow-dmaze-cost | FileCheck %s --check-prefix=CYCLES

// Minimized energy (pJ) per layer:
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(750455|750456|750457|750458|750459|750460|750461|750462|750463|750464)[0-9][0-9][0-9]}}.0, {{.*}}name = "ResNet18_CONV_1_1"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(625675|625676|625677|625678|625679|625680|625681|625682|625683|625684)[0-9][0-9][0-9]}}.0, {{.*}}name = "ResNet18_CONV_2_1a"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(380295|380296|380297|380298|380299|380300|380301|380302|380303|380304)[0-9][0-9][0-9]}}.0, {{.*}}name = "ResNet18_CONV_3_1a"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(612585|612586|612587|612588|612589|612590|612591|612592|612593|612594)[0-9][0-9][0-9]}}.0, {{.*}}name = "ResNet18_CONV_3_1b"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(369485|369486|369487|369488|369489|369490|369491|369492|369493|369494)[0-9][0-9][0-9]}}.0, {{.*}}name = "ResNet18_CONV_4_1a"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(640255|640256|640257|640258|640259|640260|640261|640262|640263|640264)[0-9][0-9][0-9]}}.0, {{.*}}name = "ResNet18_CONV_4_1b"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(527025|527026|527027|527028|527029|527030|527031|527032|527033|527034)[0-9][0-9][0-9]}}.0, {{.*}}name = "ResNet18_CONV_5_1a"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(996515|996516|996517|996518|996519|996520|996521|996522|996523|996524)[0-9][0-9][0-9]}}.0, {{.*}}name = "ResNet18_CONV_5_1b"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(551525|551526|551527|551528|551529|551530|551531|551532|551533|551534)[0-9][0-9][0-9][0-9]}}.0, {{.*}}name = "ResNet18_FC"

// Minimized execution cycles per layer:
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(153035|153036|153037|153038|153039|153040|153041|153042|153043|153044)[0-9]}}, {{.*}}name = "ResNet18_CONV_1_1"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(681855|681856|681857|681858|681859|681860|681861|681862|681863|681864)}}, {{.*}}name = "ResNet18_CONV_2_1a"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(698245|698246|698247|698248|698249|698250|698251|698252|698253|698254)}}, {{.*}}name = "ResNet18_CONV_3_1a"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(561075|561076|561077|561078|561079|561080|561081|561082|561083|561084)}}, {{.*}}name = "ResNet18_CONV_3_1b"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(845305|845306|845307|845308|845309|845310|845311|845312|845313|845314)}}, {{.*}}name = "ResNet18_CONV_4_1a"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(638845|638846|638847|638848|638849|638850|638851|638852|638853|638854)}}, {{.*}}name = "ResNet18_CONV_4_1b"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(120315|120316|120317|120318|120319|120320|120321|120322|120323|120324)[0-9]}}, {{.*}}name = "ResNet18_CONV_5_1a"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(236515|236516|236517|236518|236519|236520|236521|236522|236523|236524)[0-9]}}, {{.*}}name = "ResNet18_CONV_5_1b"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(250875|250876|250877|250878|250879|250880|250881|250882|250883|250884)[0-9][0-9]}}, {{.*}}name = "ResNet18_FC"

// The report carries the execution method each layer was priced with (CONV_1_1's min-energy one).
// REPORT: "name": "ResNet18_CONV_1_1"
// REPORT: "loop_tiling": {
// REPORT-NEXT: "loops": ["N", "M", "C", "Ox", "Oy", "Fx", "Fy"],
// REPORT-NEXT: "dram": [1, 1, 1, 8, 7, 1, 1],
// REPORT-NEXT: "spm": [1, 1, 1, 1, 1, 1, 7],
// REPORT-NEXT: "rf": [1, 4, 3, 14, 1, 7, 1],
// REPORT-NEXT: "spatial": [1, 16, 1, 1, 16, 1, 1],
// REPORT-NEXT: "dram_order": ["N", "Fy", "Fx", "Oy", "Ox", "M", "C"],
// REPORT-NEXT: "spm_order": ["N", "Fy", "Fx", "Oy", "Ox", "M", "C"]
