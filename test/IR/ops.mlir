// Every op and attribute of the dialect round-trips through the custom and generic forms.
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | dataflow-opt --verify-roundtrip | FileCheck %s

// The accelerator prints every field, in a fixed order, whatever order it was written in.
// CHECK-LABEL: dataflow.accelerator @acc {
// CHECK-NEXT:    nodes = [4, 2], pe_array = [14, 12],
// CHECK-NEXT:    regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
// CHECK-NEXT:    memory = "2D", dram_bandwidth = 25.6, bus_width = 4,
// CHECK-NEXT:    energy = #dataflow.energy<mac = 2.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.5e-10>
// CHECK-NEXT:  }
dataflow.accelerator @acc {
  energy = #dataflow.energy<static_per_cycle = 1.5e-10, mac = 2, regf = 1.0, itcn = 2.0, gbuf = 6.0,
                            dram = 200.0, noc_hop = 10>,
  memory = "2D", nodes = [4, 2], pe_array = [14, 12], word_bits = 16,
  regf_bytes = 512, gbuf_bytes = 133032, dram_bandwidth = 25.6, bus_width = 4
}

// Unlimited bandwidths print as keywords; energies print in the shortest form that reads
// back bit-identically (0.1 and 1/3 have no short binary form).
// CHECK-LABEL: dataflow.accelerator @unlimited {
// CHECK:         memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
// CHECK-NEXT:    energy = #dataflow.energy<mac = 0.1, regf = 0.3333333333333333, itcn = 2.0,
dataflow.accelerator @unlimited {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.1, regf = 0.33333333333333331, itcn = 2.0, gbuf = 6.0,
                            dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// CHECK-LABEL: func.func @layers
// CHECK-SAME:    attributes {dataflow.accelerator = @acc}
func.func @layers(%x: tensor<2x3x32x32xi16>, %side: tensor<2x8x16x16xi16>,
                  %a: tensor<64x128xi16>, %b: tensor<128x32xi16>,
                  %ba: tensor<4x8x16xi16>, %bb: tensor<4x16x8xi16>,
                  %v: tensor<1x4x8x16x16xi16>)
    -> (tensor<2x10xi16>, tensor<2x10xi16>, tensor<64x32xi16>, tensor<4x8x8xi16>,
        tensor<2x4x32x32xi16>, tensor<1x8x4x8x8xi16>, tensor<2x16x16x16xi16>)
    attributes {dataflow.accelerator = @acc} {
  // CHECK: %[[C:.*]] = dataflow.conv %{{.*}} kernel [3, 3] stride [2, 2] pad [1, 1, 0, 0] dilation [1, 1] groups 1 {name = "conv"} : tensor<2x3x32x32xi16> -> tensor<2x8x16x16xi16>
  %c = dataflow.conv %x kernel [3, 3] stride [2, 2] pad [1, 1, 0, 0] dilation [1, 1] groups 1
       {name = "conv"} : tensor<2x3x32x32xi16> -> tensor<2x8x16x16xi16>
  // Depthwise: groups = channels.
  // CHECK: %[[DW:.*]] = dataflow.conv %[[C]] kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 8 : tensor<2x8x16x16xi16> -> tensor<2x8x16x16xi16>
  %dw = dataflow.conv %c kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 8
        : tensor<2x8x16x16xi16> -> tensor<2x8x16x16xi16>
  // CHECK: %[[CAT:.*]] = dataflow.concat %[[DW]], %{{.*}} : tensor<2x8x16x16xi16>, tensor<2x8x16x16xi16> -> tensor<2x16x16x16xi16>
  %cat = dataflow.concat %dw, %side : tensor<2x8x16x16xi16>, tensor<2x8x16x16xi16>
         -> tensor<2x16x16x16xi16>
  // CHECK: %[[P:.*]] = dataflow.pool max %[[CAT]] window [2, 2] stride [2, 2] pad [0, 0, 0, 0] : tensor<2x16x16x16xi16> -> tensor<2x16x8x8xi16>
  %p = dataflow.pool max %cat window [2, 2] stride [2, 2] pad [0, 0, 0, 0]
       : tensor<2x16x16x16xi16> -> tensor<2x16x8x8xi16>
  // CHECK: %[[AP:.*]] = dataflow.pool avg %[[P]] window [3, 3] stride [1, 1] pad [1, 1, 1, 1] : tensor<2x16x8x8xi16> -> tensor<2x16x8x8xi16>
  %ap = dataflow.pool avg %p window [3, 3] stride [1, 1] pad [1, 1, 1, 1]
        : tensor<2x16x8x8xi16> -> tensor<2x16x8x8xi16>
  // CHECK: %[[F4:.*]] = dataflow.fc %[[AP]] {name = "fc4d"} : tensor<2x16x8x8xi16> -> tensor<2x10xi16>
  %f4 = dataflow.fc %ap {name = "fc4d"} : tensor<2x16x8x8xi16> -> tensor<2x10xi16>
  // CHECK: %[[F2:.*]] = dataflow.fc %[[F4]] : tensor<2x10xi16> -> tensor<2x10xi16>
  %f2 = dataflow.fc %f4 : tensor<2x10xi16> -> tensor<2x10xi16>
  // CHECK: %[[ADD:.*]] = dataflow.eltwise add %[[F4]], %[[F2]] : tensor<2x10xi16>, tensor<2x10xi16> -> tensor<2x10xi16>
  %add = dataflow.eltwise add %f4, %f2 : tensor<2x10xi16>, tensor<2x10xi16> -> tensor<2x10xi16>
  // CHECK: %[[MUL:.*]] = dataflow.eltwise mul %[[ADD]], %[[F2]], %[[F4]] : tensor<2x10xi16>, tensor<2x10xi16>, tensor<2x10xi16> -> tensor<2x10xi16>
  %mul = dataflow.eltwise mul %add, %f2, %f4 : tensor<2x10xi16>, tensor<2x10xi16>, tensor<2x10xi16>
         -> tensor<2x10xi16>
  // CHECK: %[[MM:.*]] = dataflow.matmul %{{.*}}, %{{.*}} : tensor<64x128xi16>, tensor<128x32xi16> -> tensor<64x32xi16>
  %mm = dataflow.matmul %a, %b : tensor<64x128xi16>, tensor<128x32xi16> -> tensor<64x32xi16>
  // CHECK: %[[BMM:.*]] = dataflow.matmul %{{.*}}, %{{.*}} {name = "bmm"} : tensor<4x8x16xi16>, tensor<4x16x8xi16> -> tensor<4x8x8xi16>
  %bmm = dataflow.matmul %ba, %bb {name = "bmm"} : tensor<4x8x16xi16>, tensor<4x16x8xi16>
         -> tensor<4x8x8xi16>
  // CHECK: %[[DC:.*]] = dataflow.deconv %[[C]] kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 4 : tensor<2x8x16x16xi16> -> tensor<2x4x32x32xi16>
  %dc = dataflow.deconv %c kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0]
        dilation [1, 1] groups 4 : tensor<2x8x16x16xi16> -> tensor<2x4x32x32xi16>
  // 3-D convolution: N x C x D x H x W.
  // CHECK: %[[C3:.*]] = dataflow.conv %{{.*}} kernel [3, 3, 3] stride [2, 2, 2] pad [1, 1, 1, 1, 1, 1] dilation [1, 1, 1] groups 1 : tensor<1x4x8x16x16xi16> -> tensor<1x8x4x8x8xi16>
  %c3 = dataflow.conv %v kernel [3, 3, 3] stride [2, 2, 2] pad [1, 1, 1, 1, 1, 1]
        dilation [1, 1, 1] groups 1 : tensor<1x4x8x16x16xi16> -> tensor<1x8x4x8x8xi16>
  return %mul, %f2, %mm, %bmm, %dc, %c3, %cat
      : tensor<2x10xi16>, tensor<2x10xi16>, tensor<64x32xi16>, tensor<4x8x8xi16>,
        tensor<2x4x32x32xi16>, tensor<1x8x4x8x8xi16>, tensor<2x16x16x16xi16>
}

// Float data words work too, and an unbound network needs no accelerator.
// CHECK-LABEL: func.func @unbound_f32
// CHECK: dataflow.fc %{{.*}} : tensor<1x4xf32> -> tensor<1x2xf32>
func.func @unbound_f32(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %y = dataflow.fc %x : tensor<1x4xf32> -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
