//===- ScheduleEnums.td - enums of the schedule IR ----------*- tablegen -*-===//
//
// Names used by the explicit schedule IR (ScheduleOps.td): buffer levels, data categories
// and the blocked loops, in nn_dataflow's index order (nn_dataflow-model §1).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_IR_SCHEDULEENUMS_TD
#define DATAFLOW_IR_SCHEDULEENUMS_TD

include "mlir/IR/EnumAttr.td"

// Storage levels, outermost first. A loop at a level iterates over data held one level
// further out: dram loops refill the global buffer, gbuf loops refill the register files,
// regf loops run processing passes on data kept in the register files.
def Dataflow_BufferLevel : I32EnumAttr<"BufferLevel", "storage level", [
    I32EnumAttrCase<"dram", 0>,
    I32EnumAttrCase<"gbuf", 1>,
    I32EnumAttrCase<"regf", 2>]> {
  let cppNamespace = "::dataflow";
}

// Data categories: filters, input feature maps, output feature maps (partial sums).
def Dataflow_DataKind : I32EnumAttr<"DataKind", "data category", [
    I32EnumAttrCase<"fil", 0>,
    I32EnumAttrCase<"ifm", 1>,
    I32EnumAttrCase<"ofm", 2>]> {
  let cppNamespace = "::dataflow";
}

// The blocked loops: input channels, output channels, batch (with the fold_w passes).
def Dataflow_LoopDim : I32EnumAttr<"LoopDim", "blocked loop", [
    I32EnumAttrCase<"I", 0>,
    I32EnumAttrCase<"O", 1>,
    I32EnumAttrCase<"B", 2>]> {
  let cppNamespace = "::dataflow";
}

#endif // DATAFLOW_IR_SCHEDULEENUMS_TD
