// dMazeRunner's MobileNetV2 report imported as the tool wrote it: its depthwise layers
// are named `<name>_depthwise` there (`<name>` in the model JSON), a run of identical
// layers is one entry (`instances`). Every layer's method for the chosen objective is
// imported and re-priced by dataflow-dmaze-cost: each reproduces the figure dMazeRunner
// printed for that method to the 5 digits it prints (the regex is every value that prints
// so; Inputs/mobilenetv2_auto_optimize.stdout.txt, cmlasu/dMazeRunner's optimizer on its
// models/mobilenetv2.json with scripts/arch_spec.json).
// RUN: dataflow-translate --import-dmazerunner %S/Inputs/mobilenetv2.json \
// RUN:   --dmazerunner-arch=%S/Inputs/arch_spec.json \
// RUN:   --dmazerunner-result=%S/Inputs/mobilenetv2_auto_optimize.stdout.txt \
// RUN:   --dmazerunner-objective=energy | dataflow-opt --verify-roundtrip | FileCheck %s --check-prefix=IMPORT
// RUN: dataflow-translate --import-dmazerunner %S/Inputs/mobilenetv2.json \
// RUN:   --dmazerunner-arch=%S/Inputs/arch_spec.json \
// RUN:   --dmazerunner-result=%S/Inputs/mobilenetv2_auto_optimize.stdout.txt \
// RUN:   --dmazerunner-objective=energy | dataflow-opt --dataflow-dmaze-cost | FileCheck %s --check-prefix=ENERGY
// RUN: dataflow-translate --import-dmazerunner %S/Inputs/mobilenetv2.json \
// RUN:   --dmazerunner-arch=%S/Inputs/arch_spec.json \
// RUN:   --dmazerunner-result=%S/Inputs/mobilenetv2_auto_optimize.stdout.txt \
// RUN:   --dmazerunner-objective=cycles | dataflow-opt --dataflow-dmaze-cost | FileCheck %s --check-prefix=CYCLES

// The first depthwise layer takes the min-energy method printed for
// features.1.conv.0_depthwise.
// IMPORT: dataflow.conv {{.*}}groups 32 {dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 32, 1, 1, 1, 1], spm = [1, 1, 1, 1, 1, 1, 1], rf = [1, 1, 1, 56, 1, 3, 3], spatial = [1, 1, 1, 2, 112, 1, 1], dram_order = [M, N, Fy, Oy, Ox, C, Fx], spm_order = [M, N, Fy, Oy, Ox, C, Fx]>, name = "features.1.conv.0"}

// Minimized energy (pJ) per layer, CONV then DW_CONV then GEMM (the model's order):
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(172055|172056|172057|172058|172059|172060|172061|172062|172063|172064)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.0.0"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(159635|159636|159637|159638|159639|159640|159641|159642|159643|159644)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.1.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(400075|400076|400077|400078|400079|400080|400081|400082|400083|400084)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.2.conv.0"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(114015|114016|114017|114018|114019|114020|114021|114022|114023|114024)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.2.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(166055|166056|166057|166058|166059|166060|166061|166062|166063|166064)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.3.conv.0"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(162915|162916|162917|162918|162919|162920|162921|162922|162923|162924)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.3.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(460555|460556|460557|460558|460559|460560|460561|460562|460563|460564)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.4.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(619895|619896|619897|619898|619899|619900|619901|619902|619903|619904)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.5.conv.0"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(596055|596056|596057|596058|596059|596060|596061|596062|596063|596064)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.5.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(240795|240796|240797|240798|240799|240800|240801|240802|240803|240804)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.7.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(483365|483366|483367|483368|483369|483370|483371|483372|483373|483374)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.8.conv.0"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(454575|454576|454577|454578|454579|454580|454581|454582|454583|454584)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.8.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(595495|595496|595497|595498|595499|595500|595501|595502|595503|595504)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.11.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(985905|985906|985907|985908|985909|985910|985911|985912|985913|985914)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.12.conv.0"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(872975|872976|872977|872978|872979|872980|872981|872982|872983|872984)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.12.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(481675|481676|481677|481678|481679|481680|481681|481682|481683|481684)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.14.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(788345|788346|788347|788348|788349|788350|788351|788352|788353|788354)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.15.conv.0"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(791525|791526|791527|791528|791529|791530|791531|791532|791533|791534)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.15.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(145245|145246|145247|145248|145249|145250|145251|145252|145253|145254)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.17.conv.6"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(202675|202676|202677|202678|202679|202680|202681|202682|202683|202684)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.18.conv.0"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(198335|198336|198337|198338|198339|198340|198341|198342|198343|198344)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.1.conv.0"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(359895|359896|359897|359898|359899|359900|359901|359902|359903|359904)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.2.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(226825|226826|226827|226828|226829|226830|226831|226832|226833|226834)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.3.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(131735|131736|131737|131738|131739|131740|131741|131742|131743|131744)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.4.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(783045|783046|783047|783048|783049|783050|783051|783052|783053|783054)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.5.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(452755|452756|452757|452758|452759|452760|452761|452762|452763|452764)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.7.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(421555|421556|421557|421558|421559|421560|421561|421562|421563|421564)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.8.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(632335|632336|632337|632338|632339|632340|632341|632342|632343|632344)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.12.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(367255|367256|367257|367258|367259|367260|367261|367262|367263|367264)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.14.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(311425|311426|311427|311428|311429|311430|311431|311432|311433|311434)[0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "features.15.conv.3"
// ENERGY: dataflow.cost = #dataflow.cost<energy = {{(281395|281396|281397|281398|281399|281400|281401|281402|281403|281404)[0-9][0-9][0-9]}}{{(\.[0-9]+)?}}, {{.*}}name = "classifier.1"

// Minimized execution cycles per layer:
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(443735|443736|443737|443738|443739|443740|443741|443742|443743|443744)}}, {{.*}}name = "features.0.0"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(413945|413946|413947|413948|413949|413950|413951|413952|413953|413954)}}, {{.*}}name = "features.1.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(127945|127946|127947|127948|127949|127950|127951|127952|127953|127954)[0-9]}}, {{.*}}name = "features.2.conv.0"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(311805|311806|311807|311808|311809|311810|311811|311812|311813|311814)}}, {{.*}}name = "features.2.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(493915|493916|493917|493918|493919|493920|493921|493922|493923|493924)}}, {{.*}}name = "features.3.conv.0"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(467705|467706|467707|467708|467709|467710|467711|467712|467713|467714)}}, {{.*}}name = "features.3.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(116925|116926|116927|116928|116929|116930|116931|116932|116933|116934)}}, {{.*}}name = "features.4.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(172025|172026|172027|172028|172029|172030|172031|172032|172033|172034)}}, {{.*}}name = "features.5.conv.0"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(159145|159146|159147|159148|159149|159150|159151|159152|159153|159154)}}, {{.*}}name = "features.5.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(48496)}}, {{.*}}name = "features.7.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(118265|118266|118267|118268|118269|118270|118271|118272|118273|118274)}}, {{.*}}name = "features.8.conv.0"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(86128)}}, {{.*}}name = "features.8.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(93184)}}, {{.*}}name = "features.11.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(215035|215036|215037|215038|215039|215040|215041|215042|215043|215044)}}, {{.*}}name = "features.12.conv.0"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(130695|130696|130697|130698|130699|130700|130701|130702|130703|130704)}}, {{.*}}name = "features.12.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(97750)}}, {{.*}}name = "features.14.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(185635|185636|185637|185638|185639|185640|185641|185642|185643|185644)}}, {{.*}}name = "features.15.conv.0"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(159435|159436|159437|159438|159439|159440|159441|159442|159443|159444)}}, {{.*}}name = "features.15.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(316875|316876|316877|316878|316879|316880|316881|316882|316883|316884)}}, {{.*}}name = "features.17.conv.6"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(452315|452316|452317|452318|452319|452320|452321|452322|452323|452324)}}, {{.*}}name = "features.18.conv.0"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(431995|431996|431997|431998|431999|432000|432001|432002|432003|432004)}}, {{.*}}name = "features.1.conv.0"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(130295|130296|130297|130298|130299|130300|130301|130302|130303|130304)[0-9]}}, {{.*}}name = "features.2.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(502555|502556|502557|502558|502559|502560|502561|502562|502563|502564)}}, {{.*}}name = "features.3.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(472385|472386|472387|472388|472389|472390|472391|472392|472393|472394)}}, {{.*}}name = "features.4.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(178845|178846|178847|178848|178849|178850|178851|178852|178853|178854)}}, {{.*}}name = "features.5.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(162975|162976|162977|162978|162979|162980|162981|162982|162983|162984)}}, {{.*}}name = "features.7.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(101325|101326|101327|101328|101329|101330|101331|101332|101333|101334)}}, {{.*}}name = "features.8.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(151985|151986|151987|151988|151989|151990|151991|151992|151993|151994)}}, {{.*}}name = "features.12.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(130605|130606|130607|130608|130609|130610|130611|130612|130613|130614)}}, {{.*}}name = "features.14.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(79488)}}, {{.*}}name = "features.15.conv.3"
// CYCLES: dataflow.cost = #dataflow.cost<{{.*}}, cycles = {{(127995|127996|127997|127998|127999|128000|128001|128002|128003|128004)[0-9]}}, {{.*}}name = "classifier.1"
