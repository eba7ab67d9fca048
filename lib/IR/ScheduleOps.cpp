//===- ScheduleOps.cpp - the explicit schedule IR -------------------------===//
// Over 500 lines: the custom syntax and verifier of five tightly coupled ops (a transfer is checked against its loop and layer_schedule).
//
// Syntax helpers and verifiers of dataflow.schedule, layer_schedule, loop, transfer and
// spatial. Figures print with printExactDouble, so they read back bit-identically and the
// layer_schedule verifier can compare the transfers' sums with the cost exactly.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/ScheduleOps.h"
#include "Dataflow/IR/KeyedSyntax.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include <cmath>

using namespace mlir;
using namespace dataflow;

#include "Dataflow/IR/ScheduleEnums.cpp.inc"

//===----------------------------------------------------------------------===//
// Custom directives
//===----------------------------------------------------------------------===//

static ParseResult parseExactF64(OpAsmParser &parser, FloatAttr &value) {
  double v;
  if (parseNumber(parser, v))
    return failure();
  value = parser.getBuilder().getF64FloatAttr(v);
  return success();
}

static void printExactF64(OpAsmPrinter &printer, Operation *, FloatAttr value) {
  printExactDouble(printer, value.getValueAsDouble());
}

static ParseResult parseExactF64List(OpAsmParser &parser, DenseF64ArrayAttr &values) {
  SmallVector<double> list;
  if (parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&]() {
        double v;
        if (parseNumber(parser, v))
          return failure();
        list.push_back(v);
        return success();
      }))
    return failure();
  values = parser.getBuilder().getDenseF64ArrayAttr(list);
  return success();
}

static void printExactF64List(OpAsmPrinter &printer, Operation *, DenseF64ArrayAttr values) {
  printer << '[';
  llvm::interleaveComma(values.asArrayRef(), printer,
                        [&](double v) { printExactDouble(printer, v); });
  printer << ']';
}

/// The levels a transfer's accesses are keyed by, in the cost's order.
static constexpr StringRef kAccessKeys[] = {"dram", "gbuf", "itcn"};

/// `dram = 1.0, itcn = 2.0`: any of the three levels, in any order, each at most once.
static ParseResult parseAccesses(OpAsmParser &parser, FloatAttr &dram, FloatAttr &gbuf,
                                 FloatAttr &itcn) {
  SmallVector<bool> seen;
  FloatAttr *slots[] = {&dram, &gbuf, &itcn};
  return parseKeyedList(parser, AsmParser::Delimiter::None, kAccessKeys,
                        {false, false, false}, "transfer access", seen,
                        [&](size_t index) { return parseExactF64(parser, *slots[index]); });
}

static void printAccesses(OpAsmPrinter &printer, Operation *, FloatAttr dram, FloatAttr gbuf,
                          FloatAttr itcn) {
  bool first = true;
  std::array<FloatAttr, 3> values = {dram, gbuf, itcn};
  for (auto [key, value] : llvm::zip(kAccessKeys, values)) {
    if (!value)
      continue;
    printer << (first ? "" : ", ") << key << " = ";
    printExactDouble(printer, value.getValueAsDouble());
    first = false;
  }
}

#define GET_OP_CLASSES
#include "Dataflow/IR/ScheduleOps.cpp.inc"

void DataflowDialect::registerScheduleOps() {
  addOperations<
#define GET_OP_LIST
#include "Dataflow/IR/ScheduleOps.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

static bool validCount(double v) { return std::isfinite(v) && v >= 0; }

/// The op a loop body or layer body nests: its one loop or spatial op, if unique.
static Operation *nestedStep(Block &body) {
  Operation *found = nullptr;
  for (Operation &op : body)
    if (isa<LoopOp, SpatialOp>(op)) {
      if (found)
        return nullptr;
      found = &op;
    }
  return found;
}

/// Loop and layer bodies hold transfers and exactly one nested step (`what` = the loop or
/// the op kind that must be nested); the innermost node loop also holds NoC transfers.
static LogicalResult verifyChainBody(Operation *owner, Block &body, StringRef what,
                                     bool nocTransfers = false) {
  unsigned steps = 0;
  for (Operation &op : body) {
    if (isa<LoopOp, SpatialOp>(op)) {
      ++steps;
      continue;
    }
    if (nocTransfers && isa<NocTransferOp>(op))
      continue;
    if (!isa<TransferOp>(op))
      return owner->emitOpError() << "may only hold 'dataflow.loop', 'dataflow.transfer'"
                                  << (nocTransfers ? ", 'dataflow.noc_transfer'" : "")
                                  << " and 'dataflow.spatial' ops, got '" << op.getName()
                                  << "'";
  }
  if (steps != 1)
    return owner->emitOpError() << "must hold exactly one nested " << what << ", got "
                                << steps;
  return success();
}

//===----------------------------------------------------------------------===//
// ScheduleOp
//===----------------------------------------------------------------------===//

LogicalResult ScheduleOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  Operation *target = symbolTable.lookupNearestSymbolFrom(getOperation(), getFunctionAttr());
  if (!target)
    return emitOpError() << "schedules unknown function " << getFunctionAttr();
  if (!isa<FunctionOpInterface>(target))
    return emitOpError() << "schedules " << getFunctionAttr() << ", which is a '"
                         << target->getName() << "', not a function";
  return success();
}

LogicalResult ScheduleOp::verifyRegions() {
  for (Operation &op : getBody().front())
    if (!isa<LayerScheduleOp, SegmentScheduleOp>(op))
      return emitOpError() << "may only hold 'dataflow.layer_schedule' and "
                              "'dataflow.segment_schedule' ops, got '"
                           << op.getName() << "'";
  return success();
}

//===----------------------------------------------------------------------===//
// LayerScheduleOp
//===----------------------------------------------------------------------===//

/// A partitioned layer's body: one chain of node loops, one per partition type, whose NoC
/// transfers add up to the layer's #dataflow.noc figures.
static LogicalResult verifyNodeLevel(LayerScheduleOp layer, NodeLoopOp outer) {
  unsigned depth = 0;
  NodeLoopOp innermost;
  for (NodeLoopOp l = outer; l;) {
    ++depth;
    innermost = l;
    auto next = l.getBody().front().getOps<NodeLoopOp>();
    l = next.empty() ? NodeLoopOp() : *next.begin();
  }
  if (depth != 4)
    return layer.emitOpError() << "has " << depth << " node loops; a partitioned layer has one "
                               << "per partition type (outp, ofmp, batp, inpp)";
  NocAttr noc = layer.getNocAttr();
  if (!noc)
    return layer.emitOpError() << "has node loops but no 'noc' figures; a partitioned layer "
                                  "carries its #dataflow.noc";

  constexpr int kNumData = 3;
  NocTransferOp seen[kNumData][2] = {}; // memory (dram or forwarded), shared
  double mem[kNumData] = {}, node[kNumData] = {};
  for (auto t : innermost.getBody().front().getOps<NocTransferOp>()) {
    int d = static_cast<int>(t.getData());
    StringRef name = stringifyDataKind(t.getData());
    bool memory = t.getRoute() != NocRoute::shared;
    // dram and forwarded are one path (DRAM <-> nodes), taken one way.
    NocTransferOp &first = seen[d][memory ? 0 : 1];
    if (first) {
      InFlightDiagnostic diag = t.emitOpError()
                                << "repeats the " << (memory ? "memory" : "buffer-sharing")
                                << " NoC transfer of '" << name << "'";
      diag.attachNote(first.getLoc()) << "first transfer here";
      return diag;
    }
    first = t;
    (memory ? mem : node)[d] += t.getHops().convertToDouble();
    if (!memory)
      continue;
    double unit = noc.getUnitHops()[d].convertToDouble();
    if (double(t.getUnitHopsAttr().getInt()) != unit)
      return t.emitOpError() << "moves '" << name << "' with " << t.getUnitHopsAttr().getInt()
                             << " unit hops, but the layer's NoC figures say "
                             << formatExactDouble(unit);
    double divisor = noc.getAccessDivisor()[d].convertToDouble();
    double group = t.getRoute() == NocRoute::forwarded ? double(t.getGroupAttr().getInt()) : 1.0;
    if (group != divisor)
      return t.emitOpError() << "moves '" << name << "' "
                             << (t.getRoute() == NocRoute::forwarded
                                     ? "forwarded in groups of " + std::to_string(t.getGroupAttr().getInt())
                                     : std::string("straight from dram"))
                             << ", but the layer's access divisor of '" << name << "' is "
                             << formatExactDouble(divisor);
  }
  for (int d = 0; d < kNumData; ++d) {
    StringRef name = stringifyDataKind(static_cast<DataKind>(d));
    std::pair<double, ArrayRef<APFloat>> checks[] = {{mem[d], noc.getMemHops()},
                                                     {node[d], noc.getNodeHops()},
                                                     {mem[d] + node[d], noc.getTotalHops()}};
    StringRef keys[] = {"mem_hops", "node_hops", "total_hops"};
    for (auto [key, check] : llvm::zip(keys, checks)) {
      double expected = check.second[d].convertToDouble();
      if (check.first != expected)
        return layer.emitOpError() << "NoC transfers of '" << name << "' make "
                                   << formatExactDouble(check.first) << " " << key
                                   << ", but the layer's NoC figures say "
                                   << formatExactDouble(expected);
    }
  }
  return success();
}

LogicalResult LayerScheduleOp::verifyRegions() {
  Block &body = getBody().front();
  auto nodeLoops = body.getOps<NodeLoopOp>();
  if (!nodeLoops.empty()) {
    for (Operation &op : body)
      if (!isa<NodeLoopOp>(op))
        return emitOpError() << "holds node loops, so it may hold nothing else, got '"
                             << op.getName() << "'";
    if (!llvm::hasSingleElement(nodeLoops))
      return emitOpError() << "must hold one chain of node loops, got "
                           << llvm::range_size(nodeLoops);
    if (failed(verifyNodeLevel(*this, *nodeLoops.begin())))
      return failure();
  } else {
    if (getNocAttr())
      return emitOpError() << "carries NoC figures but no node loops; only a partitioned "
                              "layer moves data over the NoC";
    // SpatialOp's HasParent<LoopOp> keeps the processing pass out of this body.
    if (failed(verifyChainBody(*this, body, "'dataflow.loop'")))
      return failure();
  }

  // Each category: through the global buffer (dram<->gbuf, gbuf<->regf) or around it
  // (dram<->regf), each transfer at most once.
  constexpr int kNumData = 3, kNumLevels = 3;
  TransferOp path[kNumData][kNumLevels][kNumLevels] = {};
  double sums[3][kNumData] = {}; // dram, gbuf, itcn x fil, ifm, ofm
  SpatialOp spatial;
  WalkResult walk = getBody().walk([&](Operation *op) {
    if (auto s = dyn_cast<SpatialOp>(op)) {
      spatial = s;
      return WalkResult::advance();
    }
    auto t = dyn_cast<TransferOp>(op);
    if (!t)
      return WalkResult::advance();
    int d = static_cast<int>(t.getData());
    int outer = static_cast<int>(t.outerLevel()), inner = static_cast<int>(t.innerLevel());
    if (path[d][outer][inner]) {
      InFlightDiagnostic diag = t.emitOpError()
                                << "repeats the transfer of '" << stringifyDataKind(t.getData())
                                << "' between " << stringifyBufferLevel(t.outerLevel())
                                << " and " << stringifyBufferLevel(t.innerLevel())
                                << "; a layer refills each buffer from one place";
      diag.attachNote(path[d][outer][inner].getLoc()) << "first transfer here";
      return WalkResult::interrupt();
    }
    path[d][outer][inner] = t;
    std::array<FloatAttr, 3> accesses = {t.getDramAccessAttr(), t.getGbufAccessAttr(),
                                         t.getItcnAccessAttr()};
    for (auto [level, value] : llvm::enumerate(accesses))
      if (value)
        sums[level][d] += value.getValueAsDouble();
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();

  constexpr int dram = 0, gbuf = 1, regf = 2;
  for (int d = 0; d < kNumData; ++d) {
    StringRef name = stringifyDataKind(static_cast<DataKind>(d));
    TransferOp toGbuf = path[d][dram][gbuf], fromGbuf = path[d][gbuf][regf],
               bypass = path[d][dram][regf];
    if (bypass && (toGbuf || fromGbuf))
      return (toGbuf ? toGbuf : fromGbuf).emitOpError()
             << "moves '" << name << "' through the global buffer, which another transfer "
             << "of it bypasses (dram <-> regf); a category does one or the other";
    if (toGbuf && !fromGbuf)
      return toGbuf.emitOpError() << "moves '" << name << "' between dram and the global "
                                  << "buffer, but nothing moves it on to the register files";
    if (fromGbuf && !toGbuf)
      return fromGbuf.emitOpError() << "moves '" << name << "' between the global buffer and "
                                    << "the register files, but nothing moves it to or from dram";
  }

  // The transfers and the processing pass reproduce the cost, exactly.
  CostAttr cost = getCost();
  ArrayRef<APFloat> costAccess[] = {cost.getDramAccess(), cost.getGbufAccess(),
                                    cost.getItcnAccess()};
  for (int level = 0; level < 3; ++level)
    for (int d = 0; d < kNumData; ++d) {
      double expected = costAccess[level][d].convertToDouble();
      if (sums[level][d] != expected)
        return emitOpError() << "transfers of '" << stringifyDataKind(static_cast<DataKind>(d))
                             << "' make " << formatExactDouble(sums[level][d]) << " "
                             << kAccessKeys[level] << " accesses, but the cost says "
                             << formatExactDouble(expected);
    }
  // verifyChainBody of every loop guarantees the nest ends in one spatial op.
  if (!spatial)
    return success();
  ArrayRef<double> regfAccess = spatial.getRegfAccess();
  for (int d = 0; d < kNumData; ++d) {
    double expected = cost.getRegfAccess()[d].convertToDouble();
    if (regfAccess[d] != expected)
      return spatial.emitOpError()
             << "makes " << formatExactDouble(regfAccess[d]) << " regf accesses of '"
             << stringifyDataKind(static_cast<DataKind>(d)) << "', but the cost says "
             << formatExactDouble(expected);
  }
  double macs = spatial.getMacs().convertToDouble(), ops = cost.getOps().convertToDouble();
  if (macs != ops)
    return spatial.emitOpError() << "makes " << formatExactDouble(macs)
                                 << " MACs, but the cost says " << formatExactDouble(ops);
  return success();
}

//===----------------------------------------------------------------------===//
// NodeLoopOp
//===----------------------------------------------------------------------===//

LogicalResult NodeLoopOp::verify() {
  if (getGrid().size() != 2 || !llvm::all_of(getGrid(), [](int64_t v) { return v > 0; }))
    return emitOpError() << "grid must be two positive [rows, columns]";
  for (auto outer = (*this)->getParentOfType<NodeLoopOp>(); outer;
       outer = outer->getParentOfType<NodeLoopOp>())
    if (outer.getPart() == getPart())
      return emitOpError() << "repeats the node loop over '" << stringifyNodePart(getPart())
                           << "'; a partition splits each type once";
  return success();
}

LogicalResult NodeLoopOp::verifyRegions() {
  Block &body = getBody().front();
  auto inner = body.getOps<NodeLoopOp>();
  if (inner.empty())
    return verifyChainBody(*this, body, "'dataflow.node_loop' or 'dataflow.loop'",
                           /*nocTransfers=*/true);
  for (Operation &op : body)
    if (!isa<NodeLoopOp>(op))
      return emitOpError() << "holds a nested node loop, so it may hold nothing else, got '"
                           << op.getName() << "'";
  if (!llvm::hasSingleElement(inner))
    return emitOpError() << "must hold exactly one nested 'dataflow.node_loop' or "
                            "'dataflow.loop', got "
                         << llvm::range_size(inner);
  return success();
}

//===----------------------------------------------------------------------===//
// NocTransferOp
//===----------------------------------------------------------------------===//

LogicalResult NocTransferOp::verify() {
  StringRef route = stringifyNocRoute(getRoute());
  // Signed views of the optional I64Attrs (their accessors are unsigned).
  auto value = [](IntegerAttr a) { return a ? std::optional<int64_t>(a.getInt()) : std::nullopt; };
  std::optional<int64_t> fills = value(getFillsAttr()), unitHops = value(getUnitHopsAttr()),
                         group = value(getGroupAttr());
  if (!validCount(getHops().convertToDouble()))
    return emitOpError() << "hops must be finite and non-negative, got "
                         << getHops().convertToDouble();
  bool memory = getRoute() != NocRoute::shared;
  if (memory != (fills.has_value() && unitHops.has_value()) ||
      (!memory && (fills || unitHops)))
    return emitOpError() << "route '" << route << "' "
                         << (memory ? "needs" : "takes no") << " 'fills' and 'unit_hops'";
  if ((getRoute() == NocRoute::dram) == group.has_value())
    return emitOpError() << "route '" << route << "' "
                         << (getRoute() == NocRoute::dram ? "takes no" : "needs a")
                         << " 'group'";
  if (group && *group < (getRoute() == NocRoute::forwarded ? 2 : 1))
    return emitOpError() << "group must be "
                         << (getRoute() == NocRoute::forwarded
                                 ? "at least 2 (one node forwarding to another)"
                                 : "positive")
                         << ", got " << *group;
  if (memory) {
    if (*fills < 1 || *unitHops < 0)
      return emitOpError() << "fills must be positive and unit_hops non-negative, got "
                           << *fills << " and " << *unitHops;
    // docs/cost-model.md §5.3: a scheme's hops are unit_hops x fetch[0].
    double product = double(*unitHops * *fills);
    if (getHops().convertToDouble() != product)
      return emitOpError() << "hops " << formatExactDouble(getHops().convertToDouble())
                           << " must be unit_hops x fills = " << formatExactDouble(product);
  }
  // fil and ifm come in before the per-node nest, ofm goes back after it.
  if (Operation *step = nestedStep(*(*this)->getBlock())) {
    bool writeBack = getData() == DataKind::ofm;
    if ((*this)->isBeforeInBlock(step) == writeBack)
      return emitOpError() << "'" << stringifyDataKind(getData()) << "' must be "
                           << (writeBack ? "sent after" : "received before")
                           << " the per-node nest";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// LoopOp
//===----------------------------------------------------------------------===//

LogicalResult LoopOp::verify() {
  if (tripCount() < 1)
    return emitOpError() << "trip count must be positive, got " << tripCount();
  for (auto outer = (*this)->getParentOfType<LoopOp>(); outer;
       outer = outer->getParentOfType<LoopOp>()) {
    if (outer.getLevel() > getLevel())
      return emitOpError() << stringifyBufferLevel(getLevel()) << " loop over '"
                           << stringifyLoopDim(getDim()) << "' is nested inside a "
                           << stringifyBufferLevel(outer.getLevel())
                           << " loop; levels go dram, gbuf, regf from the outside in";
    if (outer.getLevel() == getLevel() && outer.getDim() == getDim())
      return emitOpError() << "repeats the " << stringifyBufferLevel(getLevel())
                           << " loop over '" << stringifyLoopDim(getDim())
                           << "'; each level blocks each loop once";
  }
  return success();
}

LogicalResult LoopOp::verifyRegions() {
  return verifyChainBody(*this, getBody().front(), "'dataflow.loop' or 'dataflow.spatial'");
}

//===----------------------------------------------------------------------===//
// TransferOp
//===----------------------------------------------------------------------===//

LogicalResult TransferOp::verify() {
  StringRef data = stringifyDataKind(getData());
  StringRef from = stringifyBufferLevel(getFrom()), to = stringifyBufferLevel(getTo());
  if (fillCount() < 1 || wordCount() < 1)
    return emitOpError() << "fills and words must be positive, got " << fillCount() << " and "
                         << wordCount();
  if (getFrom() == getTo())
    return emitOpError() << "moves '" << data << "' from " << from << " to itself";
  bool writesBack = getData() == DataKind::ofm;
  if (writesBack != isWriteBack())
    return emitOpError() << "'" << data << "' "
                         << (writesBack ? "goes back up (read-modify-write of partial sums)"
                                        : "only moves toward the PEs")
                         << "; write it '" << to << " -> " << from << "'";

  // The accesses: the outer level's, plus the array bus into the register files.
  bool want[3] = {outerLevel() == BufferLevel::dram, outerLevel() == BufferLevel::gbuf,
                  innerLevel() == BufferLevel::regf};
  FloatAttr have[3] = {getDramAccessAttr(), getGbufAccessAttr(), getItcnAccessAttr()};
  for (int level = 0; level < 3; ++level) {
    if (want[level] != bool(have[level])) {
      InFlightDiagnostic diag = emitOpError()
                                << "a transfer between " << stringifyBufferLevel(outerLevel())
                                << " and " << stringifyBufferLevel(innerLevel())
                                << " costs exactly ";
      llvm::interleave(
          llvm::make_filter_range(llvm::seq(0, 3), [&](int l) { return want[l]; }), diag,
          [&](int l) { diag << kAccessKeys[l]; }, " and ");
      return diag << " accesses, " << (want[level] ? "missing " : "not ") << kAccessKeys[level];
    }
    if (have[level] && !validCount(have[level].getValueAsDouble()))
      return emitOpError() << kAccessKeys[level] << " accesses must be finite and "
                           << "non-negative, got " << have[level].getValueAsDouble();
  }

  // Placement: the global buffer is refilled among the dram loops, the register files
  // among the dram and gbuf loops.
  if (auto loop = (*this)->getParentOfType<LoopOp>()) {
    BufferLevel deepest =
        innerLevel() == BufferLevel::gbuf ? BufferLevel::dram : BufferLevel::gbuf;
    if (loop.getLevel() > deepest)
      return emitOpError() << "refills " << stringifyBufferLevel(innerLevel())
                           << ", so it belongs outside the "
                           << stringifyBufferLevel(loop.getLevel()) << " loops";
  }
  // Reads come before the nested step they feed, write-backs after it.
  if (Operation *step = nestedStep(*(*this)->getBlock())) {
    bool before = (*this)->isBeforeInBlock(step);
    if (before == isWriteBack())
      return emitOpError() << "'" << data << "' must be "
                           << (isWriteBack() ? "written back after" : "moved before")
                           << " the nested '" << step->getName() << "'";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// SpatialOp
//===----------------------------------------------------------------------===//

LogicalResult SpatialOp::verify() {
  auto positive = [](int64_t v) { return v > 0; };
  for (auto [name, value] :
       {std::pair{"rows", getRowsAttr().getInt()}, std::pair{"cols", getColsAttr().getInt()},
        std::pair{"ifmaps", getIfmapsAttr().getInt()},
        std::pair{"ofmaps", getOfmapsAttr().getInt()},
        std::pair{"cycles", getCyclesAttr().getInt()}})
    if (!positive(value))
      return emitOpError() << "'" << name << "' must be positive, got " << value;
  for (auto [name, values] : {std::pair{"fold", getFold()}, std::pair{"repl", getRepl()}})
    if (values.size() != 2 || !llvm::all_of(values, positive))
      return emitOpError() << "'" << name << "' must be two positive [rows, columns]";
  if (!validCount(getMacs().convertToDouble()))
    return emitOpError() << "'macs' must be finite and non-negative";
  if (getRegfAccess().size() != 3 || !llvm::all_of(getRegfAccess(), validCount))
    return emitOpError() << "'regf' must be three finite, non-negative access counts "
                            "[fil, ifm, ofm]";

  // The loops around the processing pass are a complete blocking.
  bool seen[3][3] = {};
  for (auto loop = (*this)->getParentOfType<LoopOp>(); loop;
       loop = loop->getParentOfType<LoopOp>())
    seen[static_cast<int>(loop.getLevel())][static_cast<int>(loop.getDim())] = true;
  for (int level = 0; level < 3; ++level)
    for (int dim = 0; dim < 3; ++dim)
      if (!seen[level][dim])
        return emitOpError() << "is not inside a complete blocking: no "
                             << stringifyBufferLevel(static_cast<BufferLevel>(level))
                             << " loop over '" << stringifyLoopDim(static_cast<LoopDim>(dim))
                             << "'";
  return success();
}

//===----------------------------------------------------------------------===//
// SegmentScheduleOp
//===----------------------------------------------------------------------===//

LogicalResult SegmentScheduleOp::verify() {
  if (getLayers().size() != getRegions().size())
    return emitOpError() << "lists " << getLayers().size() << " layers but "
                         << getRegions().size() << " regions; give one region per layer";
  if (getLayers().empty())
    return emitOpError() << "holds no layer";
  for (Attribute a : getRegions()) {
    auto seg = cast<SegmentAttr>(a);
    if (seg.getIndex() != static_cast<int64_t>(getIndex()) || seg.getKind() != getKind())
      return emitOpError() << "is segment " << getIndex() << " ("
                           << stringifySegmentKind(getKind()) << ") but lists a region of "
                           << "segment " << seg.getIndex() << " ("
                           << stringifySegmentKind(seg.getKind()) << ")";
  }
  if (static_cast<int64_t>(getTime()) < 0 || static_cast<int64_t>(getCriticalTime()) < 0)
    return emitOpError() << "times must be non-negative";
  return success();
}

