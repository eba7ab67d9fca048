//===- DataflowDialect.td - the dataflow dialect ------------*- tablegen -*-===//
//
// The dialect that describes DNN layer graphs, the spatial accelerators they run on and
// (in later passes) their schedules.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_IR_DATAFLOWDIALECT_TD
#define DATAFLOW_IR_DATAFLOWDIALECT_TD

include "mlir/IR/OpBase.td"

def Dataflow_Dialect : Dialect {
  let name = "dataflow";
  let cppNamespace = "::dataflow";
  let summary = "DNN layer graphs, spatial accelerators and their schedules";
  let description = [{
    A network is a `func.func` whose body is a graph of layer ops (`dataflow.conv`,
    `dataflow.fc`, `dataflow.matmul`, `dataflow.pool`, `dataflow.eltwise`,
    `dataflow.deconv`, `dataflow.concat`) over builtin ranked tensors laid out
    batch x channels x spatial. A `dataflow.accelerator` symbol describes the hardware; a
    function binds to it with the discardable attribute `dataflow.accelerator = @name`.
  }];
  let useDefaultAttributePrinterParser = 1;
  let hasOperationAttrVerify = 1;
  let extraClassDeclaration = [{
    /// The discardable attribute a function uses to name its accelerator.
    static constexpr ::llvm::StringLiteral kAcceleratorAttrName = "dataflow.accelerator";
    /// The schedule decisions and their cost, attached to layer ops.
    static constexpr ::llvm::StringLiteral kMappingAttrName = "dataflow.mapping";
    static constexpr ::llvm::StringLiteral kBlockingAttrName = "dataflow.blocking";
    static constexpr ::llvm::StringLiteral kCostAttrName = "dataflow.cost";
    /// Multi-node accelerators: a layer's split over the node grid, its NoC figures, and
    /// (on a function) the layout of the network input.
    static constexpr ::llvm::StringLiteral kPartitionAttrName = "dataflow.partition";
    static constexpr ::llvm::StringLiteral kNocAttrName = "dataflow.noc";
    static constexpr ::llvm::StringLiteral kInputPartitionAttrName = "dataflow.input_partition";
    /// Systolic accelerators: a layer's tiling, loop order and figures.
    static constexpr ::llvm::StringLiteral kSystolicAttrName = "dataflow.systolic";
    /// Inter-layer pipelining: a layer's segment and region; on a function the timing.
    static constexpr ::llvm::StringLiteral kSegmentAttrName = "dataflow.segment";
    static constexpr ::llvm::StringLiteral kPipelineAttrName = "dataflow.pipeline";
    /// Mappings imported from the seed tools (dataflow-translate): MAESTRO directives and a
    /// dMazeRunner tiling on layer ops, dMazeRunner's SPM banks / DMA timing on an accelerator.
    static constexpr ::llvm::StringLiteral kDirectivesAttrName = "dataflow.directives";
    static constexpr ::llvm::StringLiteral kLoopTilingAttrName = "dataflow.loop_tiling";
    static constexpr ::llvm::StringLiteral kSpmDmaAttrName = "dataflow.spm_dma";
    /// A unit attribute on a layer whose search a time limit stopped early: its schedule
    /// is the best found, not proven optimal.
    static constexpr ::llvm::StringLiteral kSearchIncompleteAttrName = "dataflow.search_incomplete";
    /// On an accelerator with `energy = estimated`: the estimator's unit energies and chip
    /// area, written by dataflow-cost so that the report reads them instead of calling
    /// the estimator (the report never calls a cost model).
    static constexpr ::llvm::StringLiteral kEstimatedEnergyAttrName = "dataflow.estimated_energy";
    static constexpr ::llvm::StringLiteral kEstimatedAreaAttrName = "dataflow.estimated_area_mm2";
    /// On a function an importer wrote: the model's MACs and the operations left out.
    static constexpr ::llvm::StringLiteral kCoverageAttrName = "dataflow.coverage";

  private:
    // Defined beside the attribute storage classes, which only that file sees.
    void registerAttributes();
    // Defined in ScheduleOps.cpp: the explicit schedule IR (ScheduleOps.td).
    void registerScheduleOps();
  public:
  }];
}

class Dataflow_Op<string mnemonic, list<Trait> traits = []>
    : Op<Dataflow_Dialect, mnemonic, traits>;

#endif // DATAFLOW_IR_DATAFLOWDIALECT_TD
