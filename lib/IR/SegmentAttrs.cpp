//===- SegmentAttrs.cpp - segment and pipeline attributes -----------------===//
//
// Custom syntax and verifiers of #dataflow.segment (a layer's pipeline segment and node
// region) and #dataflow.pipeline (a segmented network's timing). The cross-layer rules
// (regions, positions, order) are checked per function in SegmentVerifier.cpp.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/Limits.h"
#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/KeyedSyntax.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"

#include <cstdlib>

using namespace mlir;
using namespace dataflow;

//===----------------------------------------------------------------------===//
// SegmentAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kSegmentFields[] = {"index",  "kind", "spatial", "temporal",
                                               "origin", "dims", "fold"};
static constexpr bool kSegmentRequired[] = {true, true, true, true, true, true, false};

Attribute SegmentAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  int64_t scalars[4] = {0, 0, 0, 0}; // index, (kind), spatial, temporal
  SegmentKind kind = SegmentKind::single;
  SmallVector<int64_t> lists[3];
  SmallVector<bool> seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kSegmentFields,
                     kSegmentRequired, "segment", seen, [&](size_t index) -> ParseResult {
                       if (index == 1) {
                         SMLoc loc = parser.getCurrentLocation();
                         StringRef word;
                         if (parser.parseKeyword(&word))
                           return failure();
                         std::optional<SegmentKind> k = symbolizeSegmentKind(word);
                         if (!k)
                           return parser.emitError(loc, "unknown segment kind '")
                                  << word << "'; expected single, spatial or temporal";
                         kind = *k;
                         return success();
                       }
                       if (index < 4)
                         return parser.parseInteger(scalars[index]);
                       return parseIntList(parser, lists[index - 4]);
                     }))
    return {};
  return parser.getChecked<SegmentAttr>(start, parser.getContext(), scalars[0], kind,
                                        scalars[2], scalars[3], ArrayRef<int64_t>(lists[0]),
                                        ArrayRef<int64_t>(lists[1]),
                                        ArrayRef<int64_t>(lists[2]));
}

void SegmentAttr::print(AsmPrinter &printer) const {
  printer << "<index = " << getIndex() << ", kind = " << stringifySegmentKind(getKind())
          << ", spatial = " << getSpatial() << ", temporal = " << getTemporal()
          << ", origin = ";
  printIntList(printer, getOrigin());
  printer << ", dims = ";
  printIntList(printer, getDims());
  if (!getFold().empty()) {
    printer << ", fold = ";
    printIntList(printer, getFold());
  }
  printer << '>';
}

LogicalResult SegmentAttr::verify(function_ref<InFlightDiagnostic()> emitError, int64_t index,
                                  SegmentKind kind, int64_t spatial, int64_t temporal,
                                  ArrayRef<int64_t> origin, ArrayRef<int64_t> dims,
                                  ArrayRef<int64_t> fold) {
  if (index < 0)
    return emitError() << "segment 'index' must be non-negative, got " << index;
  if (spatial < 0 || temporal < 0)
    return emitError() << "segment 'spatial' and 'temporal' positions must be non-negative, "
                          "got "
                       << spatial << " and " << temporal;
  if (kind == SegmentKind::single && (spatial != 0 || temporal != 0))
    return emitError() << "a single segment holds one layer at spatial = 0, temporal = 0, "
                          "got spatial = "
                       << spatial << ", temporal = " << temporal;
  if (kind == SegmentKind::temporal && spatial != 0)
    return emitError() << "a temporal segment has one vertex (spatial = 0), got spatial = "
                       << spatial;
  if (origin.size() != 2 || dims.size() != 2)
    return emitError() << "segment 'origin' and 'dims' must be [h, w], got " << origin.size()
                       << " and " << dims.size() << " values";
  if (origin[0] < 0 || origin[1] < 0)
    return emitError() << "segment 'origin' must be non-negative, got [" << origin[0] << ", "
                       << origin[1] << "]";
  if (dims[0] <= 0 || dims[1] <= 0)
    return emitError() << "segment 'dims' must be positive, got [" << dims[0] << ", "
                       << dims[1] << "]";
  // Regions lie on the node grid, so no coordinate reaches past its maximum side.
  for (int64_t v : {origin[0], origin[1], dims[0], dims[1]})
    if (v > limits::kMaxNodesPerSide)
      return emitError() << "segment 'origin' = [" << origin[0] << ", " << origin[1]
                         << "] and 'dims' = [" << dims[0] << ", " << dims[1]
                         << "] must each be at most " << limits::kMaxNodesPerSide
                         << " (the largest node grid side)";
  if (!fold.empty()) {
    if (fold.size() != 2)
      return emitError() << "segment 'fold' must be [wtot, wbeg], got " << fold.size()
                         << " values";
    int64_t wtot = fold[0], wbeg = fold[1];
    if (wtot <= 0 || wbeg == 0 || std::llabs(wbeg) > wtot)
      return emitError() << "segment 'fold' = [" << wtot << ", " << wbeg
                         << "] needs wtot > 0 and 0 < |wbeg| <= wtot";
  }
  return success();
}

SmallVector<std::pair<int64_t, int64_t>> SegmentAttr::getNodes() const {
  // nn_dataflow NodeRegion.rel2abs: unfolded, origin + rel; folded, along the zig-zag
  // (offset to the turn before the first node, divmod by wtot, direction flips per turn).
  ArrayRef<int64_t> origin = getOrigin(), dims = getDims(), fold = getFold();
  SmallVector<std::pair<int64_t, int64_t>> nodes;
  for (int64_t h = 0; h < dims[0]; ++h)
    for (int64_t w = 0; w < dims[1]; ++w) {
      if (fold.empty()) {
        nodes.push_back({origin[0] + h, origin[1] + w});
        continue;
      }
      int64_t wtot = fold[0], wbeg = fold[1], awbeg = std::llabs(wbeg);
      int64_t x = w + wtot - awbeg;
      int64_t turn = x / wtot, col = x % wtot;
      int dir = (wbeg < 0 ? -1 : 1) * (turn % 2 ? -1 : 1);
      if (dir < 0)
        col = wtot - 1 - col;
      int64_t shift = wbeg > 0 ? wtot - wbeg : -wbeg - 1;
      nodes.push_back({origin[0] + turn * dims[0] + h, origin[1] + col - shift});
    }
  return nodes;
}

//===----------------------------------------------------------------------===//
// PipelineAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kPipelineFields[] = {"energy", "static", "time", "segment_times",
                                                "critical_times"};

Attribute PipelineAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  double energies[2] = {0, 0};
  int64_t time = 0;
  SmallVector<int64_t> lists[2];
  SmallVector<bool> required(5, true), seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kPipelineFields, required,
                     "pipeline", seen, [&](size_t index) -> ParseResult {
                       if (index < 2)
                         return parseNumber(parser, energies[index]);
                       if (index == 2)
                         return parser.parseInteger(time);
                       return parseIntList(parser, lists[index - 3]);
                     }))
    return {};
  return parser.getChecked<PipelineAttr>(start, parser.getContext(), APFloat(energies[0]),
                                         APFloat(energies[1]), time,
                                         ArrayRef<int64_t>(lists[0]),
                                         ArrayRef<int64_t>(lists[1]));
}

void PipelineAttr::print(AsmPrinter &printer) const {
  printer << "<energy = ";
  printExactDouble(printer, getEnergy());
  printer << ", static = ";
  printExactDouble(printer, getStaticEnergy());
  printer << ", time = " << getTime() << ", segment_times = ";
  printIntList(printer, getSegmentTimes());
  printer << ", critical_times = ";
  printIntList(printer, getCriticalTimes());
  printer << '>';
}

LogicalResult PipelineAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   APFloat energy, APFloat staticEnergy, int64_t time,
                                   ArrayRef<int64_t> segmentTimes,
                                   ArrayRef<int64_t> criticalTimes) {
  for (auto [name, value] : {std::pair{"energy", energy}, std::pair{"static", staticEnergy}})
    if (!value.isFinite() || value.isNegative())
      return emitError() << "pipeline '" << name << "' must be finite and non-negative";
  if (time < 0)
    return emitError() << "pipeline 'time' must be non-negative, got " << time;
  if (segmentTimes.empty() || segmentTimes.size() != criticalTimes.size())
    return emitError() << "pipeline 'segment_times' and 'critical_times' need one entry per "
                          "segment, got "
                       << segmentTimes.size() << " and " << criticalTimes.size();
  for (auto [t, c] : llvm::zip(segmentTimes, criticalTimes))
    if (t < 0 || c < 0)
      return emitError() << "pipeline segment times must be non-negative";
  return success();
}
