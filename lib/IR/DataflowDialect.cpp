//===- DataflowDialect.cpp - the dataflow dialect -------------------------===//

#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/DataflowOps.h"
#include "SegmentVerifier.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace dataflow;

#include "Dataflow/IR/DataflowDialect.cpp.inc"

void DataflowDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "Dataflow/IR/DataflowOps.cpp.inc"
      >();
  registerAttributes();
  registerScheduleOps();
}

/// dataflow.mapping / dataflow.blocking / dataflow.cost / dataflow.partition /
/// dataflow.noc: the right attribute kind, on a layer op of this dialect.
static LogicalResult verifyScheduleAttribute(Operation *op, NamedAttribute attr) {
  StringRef name = attr.getName().getValue();
  bool rightKind = (name == DataflowDialect::kMappingAttrName && isa<MappingAttr>(attr.getValue())) ||
                   (name == DataflowDialect::kBlockingAttrName && isa<BlockingAttr>(attr.getValue())) ||
                   (name == DataflowDialect::kCostAttrName && isa<CostAttr>(attr.getValue())) ||
                   (name == DataflowDialect::kPartitionAttrName && isa<PartitionAttr>(attr.getValue())) ||
                   (name == DataflowDialect::kNocAttrName && isa<NocAttr>(attr.getValue())) ||
                   (name == DataflowDialect::kSystolicAttrName &&
                    isa<SystolicScheduleAttr>(attr.getValue())) ||
                   (name == DataflowDialect::kSegmentAttrName && isa<SegmentAttr>(attr.getValue())) ||
                   (name == DataflowDialect::kDirectivesAttrName &&
                    isa<DirectivesAttr>(attr.getValue())) ||
                   (name == DataflowDialect::kLoopTilingAttrName &&
                    isa<LoopTilingAttr>(attr.getValue()));
  if (!rightKind)
    return op->emitError() << "'" << name << "' must be a #" << name << " attribute, got "
                           << attr.getValue();
  if (!isComputeLayer(op))
    return op->emitError() << "'" << name << "' belongs on a layer op, not on '"
                           << op->getName() << "'";
  return success();
}

/// dataflow.coverage on a function: {model_macs = N, left_out = [{name, op, macs, reason}]}
/// (docs/ir-reference.md). The importers write it; the report compares it with the MACs of
/// the layers.
static LogicalResult verifyCoverage(Operation *op, NamedAttribute attr) {
  StringRef name = attr.getName().getValue();
  auto dict = dyn_cast<DictionaryAttr>(attr.getValue());
  if (!dict)
    return op->emitError() << "'" << name << "' must be a dictionary, got " << attr.getValue();
  if (!isa<FunctionOpInterface>(op))
    return op->emitError() << "'" << name << "' belongs on a function, not on '"
                           << op->getName() << "'";
  auto count = [&](DictionaryAttr d, StringRef key, StringRef where) -> LogicalResult {
    auto value = d.getAs<IntegerAttr>(key);
    if (!value || value.getValue().isNegative())
      return op->emitError() << "'" << name << "'" << where << " needs '" << key
                             << "', a non-negative integer";
    return success();
  };
  if (failed(count(dict, "model_macs", "")))
    return failure();
  auto leftOut = dict.getAs<ArrayAttr>("left_out");
  if (!leftOut)
    return op->emitError() << "'" << name << "' needs 'left_out', an array (may be empty)";
  for (auto [i, entry] : llvm::enumerate(leftOut)) {
    std::string where = (" left_out[" + Twine(i) + "]").str();
    auto d = dyn_cast<DictionaryAttr>(entry);
    if (!d)
      return op->emitError() << "'" << name << "'" << where << " must be a dictionary, got "
                             << entry;
    for (StringRef key : {"name", "op", "reason"})
      if (!d.getAs<StringAttr>(key))
        return op->emitError() << "'" << name << "'" << where << " needs '" << key
                               << "', a string";
    if (failed(count(d, "macs", where)))
      return failure();
  }
  for (NamedAttribute field : dict)
    if (!llvm::is_contained({StringRef("model_macs"), StringRef("left_out")},
                            field.getName().getValue()))
      return op->emitError() << "'" << name << "' has unknown field '"
                             << field.getName().getValue()
                             << "'; expected model_macs and left_out";
  return success();
}

LogicalResult DataflowDialect::verifyOperationAttribute(Operation *op,
                                                        NamedAttribute attr) {
  StringRef name = attr.getName().getValue();
  if (name == kMappingAttrName || name == kBlockingAttrName || name == kCostAttrName ||
      name == kPartitionAttrName || name == kNocAttrName || name == kSystolicAttrName ||
      name == kSegmentAttrName || name == kDirectivesAttrName || name == kLoopTilingAttrName)
    return verifyScheduleAttribute(op, attr);
  if (name == kPipelineAttrName) {
    if (!isa<PipelineAttr>(attr.getValue()))
      return op->emitError() << "'" << name << "' must be a #dataflow.pipeline attribute, got "
                             << attr.getValue();
    if (!isa<FunctionOpInterface>(op) || !op->hasAttr(kAcceleratorAttrName))
      return op->emitError() << "'" << name << "' belongs on a function bound to an "
                                "accelerator, not on '"
                             << op->getName() << "'";
    return success(); // checked against the layers with the accelerator binding
  }
  if (name == kSpmDmaAttrName) {
    auto spm = dyn_cast<SpmDmaAttr>(attr.getValue());
    if (!spm)
      return op->emitError() << "'" << name << "' must be a #dataflow.spm_dma attribute, got "
                             << attr.getValue();
    auto accel = dyn_cast<AcceleratorOp>(op);
    if (!accel)
      return op->emitError() << "'" << name << "' belongs on a 'dataflow.accelerator', not on '"
                             << op->getName() << "'";
    if (accel.isSystolic())
      return op->emitError() << "'" << name << "' belongs on an Eyeriss-kind accelerator "
                                "(dMazeRunner's scratchpad), not on systolic @"
                             << accel.getSymName();
    // dMazeRunner's scratchpad is TOTAL_BANKS_IN_SPM banks of TOTAL_BYTES_IN_BANK bytes.
    if (accel.gbufBytes() % spm.getBanks() != 0)
      return op->emitError() << "'gbuf_bytes' " << accel.gbufBytes() << " is not "
                             << spm.getBanks() << " equal banks ('" << name << "')";
    return success();
  }
  if (name == kSearchIncompleteAttrName) {
    if (!isa<UnitAttr>(attr.getValue()))
      return op->emitError() << "'" << name << "' must be a unit attribute, got "
                             << attr.getValue();
    if (!isComputeLayer(op))
      return op->emitError() << "'" << name << "' belongs on a layer op, not on '"
                             << op->getName() << "'";
    return success();
  }
  if (name == kCoverageAttrName)
    return verifyCoverage(op, attr);
  if (name == kEstimatedEnergyAttrName || name == kEstimatedAreaAttrName) {
    const bool energy = name == kEstimatedEnergyAttrName;
    if (energy ? !isa<EnergyAttr>(attr.getValue()) : !isa<FloatAttr>(attr.getValue()))
      return op->emitError() << "'" << name << "' must be "
                             << (energy ? "a #dataflow.energy attribute" : "a float")
                             << ", got " << attr.getValue();
    auto accel = dyn_cast<AcceleratorOp>(op);
    if (!accel || !accel.hasEstimatedEnergy())
      return op->emitError() << "'" << name << "' belongs on a 'dataflow.accelerator' with "
                                "energy = estimated (dataflow-cost writes it), not on '"
                             << op->getName() << "'";
    return success();
  }
  if (name == kInputPartitionAttrName) {
    if (!isa<PartitionAttr>(attr.getValue()))
      return op->emitError() << "'" << name << "' must be a #dataflow.partition attribute, got "
                             << attr.getValue();
    if (!isa<FunctionOpInterface>(op))
      return op->emitError() << "'" << name << "' belongs on a function, not on '"
                             << op->getName() << "'";
    return success();
  }
  if (attr.getName() != kAcceleratorAttrName)
    return op->emitError() << "unknown dataflow attribute '" << attr.getName().getValue()
                           << "'; expected dataflow.accelerator, dataflow.mapping, "
                              "dataflow.blocking, dataflow.cost, dataflow.partition, "
                              "dataflow.noc, dataflow.systolic, dataflow.segment, "
                              "dataflow.input_partition, dataflow.pipeline, dataflow.directives, "
                              "dataflow.loop_tiling, dataflow.spm_dma, dataflow.search_incomplete, "
                              "dataflow.estimated_energy, dataflow.estimated_area_mm2 or "
                              "dataflow.coverage";
  auto ref = dyn_cast<FlatSymbolRefAttr>(attr.getValue());
  if (!ref)
    return op->emitError() << "'" << kAcceleratorAttrName
                           << "' must be a symbol reference such as @eyeriss, got "
                           << attr.getValue();
  if (!isa<FunctionOpInterface>(op))
    return op->emitError() << "'" << kAcceleratorAttrName
                           << "' belongs on a function, not on '" << op->getName() << "'";
  Operation *target = SymbolTable::lookupNearestSymbolFrom(op, ref);
  if (!target)
    return op->emitError() << "names unknown accelerator " << ref;
  auto accel = dyn_cast<AcceleratorOp>(target);
  if (!accel)
    return op->emitError() << "names " << ref << ", which is a '" << target->getName()
                           << "', not a 'dataflow.accelerator'";
  // The element type against the accelerator's word: dataflow-attach-accelerator
  // (a remark, or an error with strict-word-size=true); the cost model prices words.
  return verifySegments(op, accel);
}
