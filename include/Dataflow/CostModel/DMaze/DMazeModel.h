//===- DMazeModel.h - dMazeRunner's loop-nest model and cost mode -*- C++ -*-===//
//
// dMazeRunner's view of a layer: a perfect loop nest (conv/depthwise: N, M, C,
// Ox, Oy, Fx, Fy; GEMM: X, Y, K) whose trip counts are each split over four
// levels (DRAM, SPM, RF, Spatial), plus a loop order at the DRAM and at the
// SPM level, priced with dMazeRunner's analytical model (docs/seed-tools.md
// §2.3; dMazeRunner python/dMazeRunner/dataflow.py). Formulas and sources are
// in docs/cost-model.md, section "dMazeRunner".
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_DMAZEMODEL_H
#define DATAFLOW_COSTMODEL_DMAZEMODEL_H

#include "Dataflow/CostModel/Core/Status.h"

#include <chrono>
#include <optional>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace dataflow::cost::dmaze {

enum class LayerKind { Conv, DwConv, Gemm };

/// One tensor dimension as a sum of loop terms `coef * loop`; its extent for
/// per-loop extents e is `1 + sum coef * (e[loop] - 1)` (§2.3 "different pixels").
struct DimExpr {
  std::vector<std::pair<int, int64_t>> terms; ///< (loop index, coefficient)
};

/// An operand: dims outermost first (row-major), its full shape, which loops
/// index it, and whether it is read-modify-write (the output).
struct Operand {
  std::string name;
  std::vector<DimExpr> dims;
  std::vector<int64_t> shape;
  uint32_t loopMask = 0; ///< bit l set = loop l appears in an index
  bool readWrite = false;
};

/// A layer as dMazeRunner sees it.
struct LoopNest {
  std::string name;
  LayerKind kind = LayerKind::Conv;
  int64_t stride = 1;
  int64_t instances = 1;
  std::vector<std::string> loops;  ///< loop names, default order
  std::vector<int64_t> tripCounts; ///< per loop
  std::vector<Operand> operands;   ///< in dMazeRunner's order (output first)
  int64_t macs() const;
  /// Footprint of operand `op` for per-loop extents `ext`.
  int64_t footprint(size_t op, const std::vector<int64_t> &ext) const;
};

/// CONV: input [N, C, H, W] (pre-padded, square), weights [M, C, R, S]; output
/// side floor((H-R)/stride)+1; only R is used as kernel size and Ox = Oy (§2.1).
Result<LoopNest> makeConv(std::string name, int64_t n, int64_t c, int64_t h,
                          int64_t m, int64_t r, int64_t stride,
                          int64_t instances = 1);
/// DW_CONV: like CONV with M = 1, weights [C, R, S], output [N, C, Ox, Oy].
Result<LoopNest> makeDwConv(std::string name, int64_t n, int64_t c, int64_t h,
                            int64_t r, int64_t stride, int64_t instances = 1);
/// GEMM: A [M, K] x B [K, N]; loops X = M, Y = N, K.
Result<LoopNest> makeGemm(std::string name, int64_t m, int64_t k, int64_t n,
                          int64_t instances = 1);

/// arch_spec.json (§2.1).
struct Arch {
  int64_t pes = 256;
  int64_t rfBytes = 512;
  int64_t bytesPerData = 2;
  int64_t spmBanks = 32;
  int64_t bankBytes = 2048;
  double dmaInitCycles = 291, dmaCyclesPerByte = 0.24;
  double dmaFreqMHz = 3200, accelFreqMHz = 500;
  double eRf = 0.96, eNoc = 2, eSpm = 13.5, eDram = 200, eMac = 0.075; // pJ
  int64_t rfWords() const { return rfBytes / bytesPerData; }
  int64_t spmBytes() const { return spmBanks * bankBytes; }
};

enum Level { DRAM = 0, SPM = 1, RF = 2, Spatial = 3 };

/// A tiling: factors[level][loop], product over levels = trip count.
struct Tiling {
  std::array<std::vector<int64_t>, 4> f;
};

/// A loop order, outermost first (loop indices).
using Order = std::vector<int>;

struct Cost {
  double energy = 0; ///< pJ (rounded like dMazeRunner)
  double cycles = 0; ///< accelerator cycles
  double edp() const { return energy * cycles; }
  // breakdown (pJ)
  double eMac = 0, eRf = 0, eSpmPasses = 0, eDram = 0;
};

/// Checks that `t` factors the layer (products, positive) and fits the
/// hardware (PEs, RF words, SPM bytes and banks).
Status checkTiling(const LoopNest &, const Arch &, const Tiling &);

/// Evaluates one execution method: tiling + DRAM and SPM orders.
Result<Cost> evaluate(const LoopNest &, const Arch &, const Tiling &,
                      const Order &dramOrder, const Order &spmOrder);

/// Per operand, the reuse factor at a level for an order (§2.3): innermost
/// first, skip trip count 1, multiply non-indexing trip counts until the first
/// indexing loop.
std::vector<int64_t> reuseFactors(const LoopNest &, const std::vector<int64_t> &tc,
                                  const Order &order);

/// All orders of the loops with trip count > 1 at a level, deduplicated by
/// reuse vector (a superset of dMazeRunner's generated orderings).
std::vector<Order> distinctOrders(const LoopNest &, const std::vector<int64_t> &tc);

/// Best (min energy, min cycles, min EDP) over all distinct order pairs.
struct Best {
  Cost cost;
  Tiling tiling;
  Order dramOrder, spmOrder;
  bool found = false;
};
struct Optimum {
  Best edp, energy, cycles;
};
Result<Optimum> evaluateAllOrders(const LoopNest &, const Arch &, const Tiling &);

/// Search pruning (§2.4; dMazeRunner common/optimizer.py).
struct SearchOptions {
  double peUtil = 0, rfUtil = 0, spmUtil = 0;
  bool noSpatialReduction = false, noFeatureDram = false;
  int64_t minMethods = 1;
  bool autoOptimize = false; ///< start 0.8/0.8/0.5 + both prunings, relax
  /// Past this instant the search stops once it holds an execution method and keeps the
  /// best so far (SearchResult::complete false); nullopt = no limit. Not in dMazeRunner.
  std::optional<std::chrono::steady_clock::time_point> deadline;
};
struct SearchResult {
  Optimum best;
  int64_t evaluated = 0;  ///< tilings evaluated in the final round
  double seconds = 0;
  SearchOptions finalOptions; ///< thresholds after auto-relaxation
  bool complete = true; ///< false: the deadline stopped the search
};
Result<SearchResult> search(const LoopNest &, const Arch &, SearchOptions);

/// Formats an order as dMazeRunner prints it: ['N', 'Fy', ...].
std::string formatOrder(const LoopNest &, const Order &);
/// Parses "N Fy Fx ..." (or the printed list) into loop indices.
Result<Order> parseOrder(const LoopNest &, const std::string &);

} // namespace dataflow::cost::dmaze

#endif // DATAFLOW_COSTMODEL_DMAZEMODEL_H
