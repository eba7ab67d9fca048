//===- DataflowEnums.td - enums of the dataflow dialect -----*- tablegen -*-===//

#ifndef DATAFLOW_IR_DATAFLOWENUMS_TD
#define DATAFLOW_IR_DATAFLOWENUMS_TD

include "mlir/IR/EnumAttr.td"

def Dataflow_PoolKind : I32EnumAttr<"PoolKind", "pooling reduction", [
    I32EnumAttrCase<"max", 0>,
    I32EnumAttrCase<"avg", 1>]> {
  let cppNamespace = "::dataflow";
}

def Dataflow_EltwiseKind : I32EnumAttr<"EltwiseKind", "element-wise operation", [
    I32EnumAttrCase<"add", 0>,
    I32EnumAttrCase<"mul", 1>]> {
  let cppNamespace = "::dataflow";
}

// Unary element-wise activations of dataflow.activation (issue #18).
def Dataflow_ActivationKind : I32EnumAttr<"ActivationKind", "element-wise activation", [
    I32EnumAttrCase<"relu", 0>,
    I32EnumAttrCase<"gelu", 1>,
    I32EnumAttrCase<"silu", 2>,
    I32EnumAttrCase<"sigmoid", 3>,
    I32EnumAttrCase<"tanh", 4>]> {
  let cppNamespace = "::dataflow";
}

// Normalisations of dataflow.norm (issue #18): layer_norm and rms_norm over the last
// dimension, batch_norm (inference: a per-channel scale and shift) over dimension 1.
def Dataflow_NormKind : I32EnumAttr<"NormKind", "normalisation", [
    I32EnumAttrCase<"layer_norm", 0>,
    I32EnumAttrCase<"rms_norm", 1>,
    I32EnumAttrCase<"batch_norm", 2>]> {
  let cppNamespace = "::dataflow";
}

// nn_dataflow's --mem-type: "2D" puts DRAM channels on the four corners of the node grid,
// "3D" stacks one DRAM vault on every node (TETRIS section 3).
def Dataflow_MemoryType : I32EnumAttr<"MemoryType", "DRAM placement", [
    I32EnumAttrCase<"Planar2D", 0, "2D">,
    I32EnumAttrCase<"Stacked3D", 1, "3D">]> {
  let cppNamespace = "::dataflow";
}

// How a layer's loops are spread over the PE array.
def Dataflow_MappingStrategy : I32EnumAttr<"MappingStrategy", "PE-array mapping strategy", [
    // Eyeriss (ISCA'16): PE rows hold filter rows (R), PE columns hold output rows (E).
    I32EnumAttrCase<"row_stationary", 0>]> {
  let cppNamespace = "::dataflow";
}

// Which cost model an accelerator is described for: nn_dataflow's Eyeriss-style
// node grid, or the systolic-array optimizer's A x A array (docs/seed-tools.md §3).
def Dataflow_AcceleratorKind : I32EnumAttr<"AcceleratorKind", "accelerator kind", [
    I32EnumAttrCase<"eyeriss", 0>,
    I32EnumAttrCase<"systolic", 1>]> {
  let cppNamespace = "::dataflow";
}

// What sits still in a systolic array (docs/seed-tools.md §3.2).
def Dataflow_SystolicDataflow : I32EnumAttr<"SystolicDataflowKind", "systolic dataflow", [
    I32EnumAttrCase<"output_stationary", 0>,
    I32EnumAttrCase<"weight_stationary", 1>]> {
  let cppNamespace = "::dataflow";
}

// Loop order of the DRAM tiles of a systolic schedule (docs/seed-tools.md §3.2).
def Dataflow_SystolicOrder : I32EnumAttr<"SystolicOrderKind", "systolic tile order", [
    I32EnumAttrCase<"row_major", 0>,
    I32EnumAttrCase<"channel_major", 1>]> {
  let cppNamespace = "::dataflow";
}

// The search that chose a systolic schedule (docs/seed-tools.md §3.3).
def Dataflow_SystolicMethod : I32EnumAttr<"SystolicMethodKind", "systolic search method", [
    I32EnumAttrCase<"exhaustive", 0>,
    I32EnumAttrCase<"Static", 1, "static">,
    I32EnumAttrCase<"constrained", 2>,
    I32EnumAttrCase<"combined", 3>]> {
  let cppNamespace = "::dataflow";
}

// TANGRAM (ASPLOS'19) inter-layer pipelining: how the layers of a segment share the node grid.
def Dataflow_SegmentKind : I32EnumAttr<"SegmentKind", "pipeline segment kind", [
    // one layer (or one vertex of merged layers) on the whole grid
    I32EnumAttrCase<"single", 0>,
    // vertices side by side on disjoint node regions at once
    I32EnumAttrCase<"spatial", 1>,
    // layers one after another on the whole grid, intermediate data kept on chip
    I32EnumAttrCase<"temporal", 2>]> {
  let cppNamespace = "::dataflow";
}

#endif // DATAFLOW_IR_DATAFLOWENUMS_TD
