//===- SegmentVerifier.cpp - the segments of a network, verified ----------===//
//
// Cross-layer rules of dataflow.segment (docs/cost-model.md §6: a segment is a run of
// consecutive DAG vertices; its vertices run side by side on disjoint regions of the node
// grid, the layers of a vertex one after the other on its region). Checked when the
// function's accelerator binding is verified, with errors on the offending layer op.
//
//===----------------------------------------------------------------------===//

#include "SegmentVerifier.h"

#include "Dataflow/IR/DataflowOps.h"

#include "mlir/Interfaces/FunctionInterfaces.h"

#include <map>
#include <set>

using namespace mlir;
using namespace dataflow;

static std::string nameOf(Operation *op) {
  if (auto name = op->getAttrOfType<StringAttr>("name"))
    return name.str();
  return op->getName().stripDialect().str();
}

static SegmentAttr segmentOf(Operation *op) {
  return op->getAttrOfType<SegmentAttr>(DataflowDialect::kSegmentAttrName);
}

/// The layer ops `value` comes from, through concats, views and slices.
static void producersOf(Value value, SmallVectorImpl<Operation *> &out) {
  Operation *def = value.getDefiningOp();
  if (!def || !isa<LayerOpInterface>(def))
    return;
  if (isa<ConcatOp, ViewOp, SliceOp>(def)) {
    for (Value in : def->getOperands())
      producersOf(in, out);
    return;
  }
  out.push_back(def);
}

namespace {
struct Segment {
  SmallVector<Operation *> layers;
  std::map<std::pair<int64_t, int64_t>, Operation *> at; ///< (spatial, temporal) -> layer
};
} // namespace

/// Positions gapless, the kind matching the shape, one region per vertex, regions inside
/// the grid and disjoint.
static LogicalResult verifySegment(int64_t index, const Segment &seg, int64_t gridH,
                                   int64_t gridW, StringRef accelName) {
  int64_t numSpatial = seg.at.rbegin()->first.first + 1;
  for (int64_t s = 0; s < numSpatial; ++s) {
    auto first = seg.at.lower_bound({s, 0});
    if (first == seg.at.end() || first->first.first != s)
      return seg.layers.front()->emitError()
             << "segment " << index << " has no layer at spatial position " << s
             << "; positions must be consecutive from 0";
    int64_t t = 0;
    for (auto it = first; it != seg.at.end() && it->first.first == s; ++it, ++t)
      if (it->first.second != t)
        return it->second->emitError()
               << "layer '" << nameOf(it->second) << "' is at temporal position "
               << it->first.second << " of vertex " << s << " in segment " << index
               << ", but that vertex has no layer at temporal position " << t
               << "; positions must be consecutive from 0";
  }
  SegmentKind expected = seg.layers.size() == 1 ? SegmentKind::single
                         : numSpatial > 1      ? SegmentKind::spatial
                                               : SegmentKind::temporal;
  std::map<int64_t, Operation *> regionOf; // spatial vertex -> its first layer
  std::map<std::pair<int64_t, int64_t>, Operation *> owner;
  for (Operation *op : seg.layers) {
    SegmentAttr attr = segmentOf(op);
    if (attr.getKind() != expected)
      return op->emitError() << "layer '" << nameOf(op) << "' says segment " << index
                             << " is " << stringifySegmentKind(attr.getKind())
                             << ", but its " << seg.layers.size() << " layer(s) in "
                             << numSpatial << " vertex(es) make it "
                             << stringifySegmentKind(expected);
    auto [it, fresh] = regionOf.insert({attr.getSpatial(), op});
    if (!fresh) {
      SegmentAttr other = segmentOf(it->second);
      if (other.getOrigin() != attr.getOrigin() || other.getDims() != attr.getDims() ||
          other.getFold() != attr.getFold())
        return op->emitError() << "layer '" << nameOf(op) << "' runs on another region than '"
                               << nameOf(it->second) << "', but both are in vertex "
                               << attr.getSpatial() << " of segment " << index
                               << ", which shares one region";
      continue;
    }
    for (auto [h, w] : attr.getNodes()) {
      if (h < 0 || w < 0 || h >= gridH || w >= gridW)
        return op->emitError() << "layer '" << nameOf(op) << "' has a region reaching node ["
                               << h << ", " << w << "], outside the " << gridH << "x"
                               << gridW << " node grid of accelerator @" << accelName;
      auto [o, mine] = owner.insert({{h, w}, op});
      if (!mine)
        return op->emitError() << "layer '" << nameOf(op) << "' and layer '"
                               << nameOf(o->second) << "' of segment " << index
                               << " have overlapping regions (both use node [" << h << ", "
                               << w << "])";
    }
  }
  return success();
}

LogicalResult dataflow::verifySegments(Operation *func, AcceleratorOp accel) {
  ArrayRef<int64_t> grid = accel.getNodes().value_or(ArrayRef<int64_t>{});
  int64_t gridH = grid.size() == 2 ? grid[0] : 1, gridW = grid.size() == 2 ? grid[1] : 1;
  std::map<int64_t, Segment> segments;
  SmallVector<Operation *> layers;
  bool anyUnsegmented = false;
  WalkResult walk = func->walk([&](Operation *op) {
    if (!isComputeLayer(op))
      return WalkResult::advance();
    layers.push_back(op);
    SegmentAttr attr = segmentOf(op);
    if (!attr) {
      anyUnsegmented = true;
      return WalkResult::advance();
    }
    Segment &seg = segments[attr.getIndex()];
    auto [it, fresh] = seg.at.insert({{attr.getSpatial(), attr.getTemporal()}, op});
    if (!fresh) {
      op->emitError() << "layer '" << nameOf(op) << "' and layer '" << nameOf(it->second)
                      << "' both take spatial = " << attr.getSpatial()
                      << ", temporal = " << attr.getTemporal() << " of segment "
                      << attr.getIndex();
      return WalkResult::interrupt();
    }
    seg.layers.push_back(op);
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();
  auto pipeline = func->getAttrOfType<PipelineAttr>(DataflowDialect::kPipelineAttrName);
  if (segments.empty()) {
    if (pipeline)
      return func->emitError() << "'" << DataflowDialect::kPipelineAttrName
                               << "' needs layers with dataflow.segment";
    return success();
  }
  for (const auto &[index, seg] : segments)
    if (failed(verifySegment(index, seg, gridH, gridW, accel.getSymName())))
      return failure();
  // Segments run in index order: a layer reads only from earlier segments, or from an
  // earlier vertex or position of its own.
  for (Operation *op : layers) {
    SegmentAttr mine = segmentOf(op);
    if (!mine)
      continue;
    SmallVector<Operation *> producers;
    for (Value in : op->getOperands())
      producersOf(in, producers);
    for (Operation *p : producers) {
      SegmentAttr theirs = segmentOf(p);
      if (!theirs)
        continue;
      auto key = [](SegmentAttr a) {
        return std::tuple(a.getIndex(), a.getSpatial(), a.getTemporal());
      };
      if (key(theirs) < key(mine))
        continue;
      return op->emitError() << "layer '" << nameOf(op) << "' (segment " << mine.getIndex()
                             << ", spatial " << mine.getSpatial() << ", temporal "
                             << mine.getTemporal() << ") reads layer '" << nameOf(p)
                             << "' (segment " << theirs.getIndex() << ", spatial "
                             << theirs.getSpatial() << ", temporal " << theirs.getTemporal()
                             << "), which runs after it; a segment must be a consecutive "
                                "run of the network in execution order";
    }
  }
  if (!anyUnsegmented) {
    int64_t expected = 0;
    for (const auto &[index, seg] : segments) {
      if (index != expected)
        return seg.layers.front()->emitError()
               << "layer '" << nameOf(seg.layers.front()) << "' is in segment " << index
               << ", but no layer is in segment " << expected
               << "; segments are numbered consecutively from 0";
      ++expected;
    }
  }
  if (pipeline) {
    if (anyUnsegmented)
      return func->emitError() << "'" << DataflowDialect::kPipelineAttrName
                               << "' needs every layer to carry dataflow.segment";
    if (pipeline.getSegmentTimes().size() != segments.size())
      return func->emitError() << "'" << DataflowDialect::kPipelineAttrName << "' times "
                               << pipeline.getSegmentTimes().size() << " segments, but the "
                               << "layers form " << segments.size();
  }
  return success();
}
