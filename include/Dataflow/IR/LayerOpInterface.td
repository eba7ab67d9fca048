//===- LayerOpInterface.td - what every layer op answers ----*- tablegen -*-===//
//
// The family-neutral facts every pass asks of a layer, so that "which ops are layers" and
// "how much work is this layer" are written once (docs/architecture.md).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_IR_LAYEROPINTERFACE_TD
#define DATAFLOW_IR_LAYEROPINTERFACE_TD

include "mlir/IR/OpBase.td"

def Dataflow_LayerOpInterface : OpInterface<"LayerOpInterface"> {
  let cppNamespace = "::dataflow";
  let description = [{
    Implemented by every layer op of the dataflow dialect (conv, deconv, fc, matmul, pool,
    eltwise, concat). A *compute layer* is one the accelerator executes and the cost models
    price; `dataflow.concat` is a layer op but not a compute layer (it only says that a
    consumer reads several producers). Passes find the layers of a network with
    `dataflow::computeLayersOf(root)`, never with a list of op classes.
  }];
  let methods = [
    InterfaceMethod<
      "The layer's `name` attribute, or an empty string when it has none.",
      "::llvm::StringRef", "getLayerName", (ins), [{}], [{
        if (auto name = $_op.getName())
          return *name;
        return {};
      }]>,
    InterfaceMethod<
      "Whether the accelerator executes this layer (false only for concat).",
      "bool", "isComputeLayer", (ins), [{}], [{ return true; }]>,
    InterfaceMethod<
      "Multiply-accumulates of the layer over its whole batch (0 for pool, eltwise and "
      "concat, which multiply nothing); nullopt when the count does not fit in 64 bits.",
      "std::optional<int64_t>", "getMacCount", (ins)>,
    InterfaceMethod<
      "The activations the layer reads from its producers (every operand: the filters "
      "of conv, deconv and fc are implicit in their attributes).",
      "::mlir::OperandRange", "getActivationInputs", (ins), [{}], [{
        return $_op->getOperands();
      }]>,
  ];
}

#endif // DATAFLOW_IR_LAYEROPINTERFACE_TD
