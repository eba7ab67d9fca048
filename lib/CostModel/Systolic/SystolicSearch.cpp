//===- SystolicSearch.cpp - Partition sweep and static greedy fill --------===//
//
// docs/seed-tools.md §3.3: the tool's "Exhaustive" (a 5 % sweep of the
// ifmap/weight buffer shares, greedy fill per share) and "Static" (one share).
// The constrained search lives in SystolicConstrained.cpp.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Systolic/SystolicSearch.h"
#include "Dataflow/CostModel/Systolic/SystolicConstrained.h"

#include <cmath>

namespace dataflow::cost {

namespace {

// S^d of the tool; prod_d S_d with a stride per dimension (our extension).
double sPow(const SystolicLayer &l) {
  if (l.strides.size() != l.out.size())
    return std::pow(static_cast<double>(l.stride), static_cast<double>(l.spatialRank()));
  double p = 1;
  for (int64_t s : l.strides)
    p *= static_cast<double>(s);
  return p;
}

double weightsPerChannel(const SystolicLayer &l) {
  double k = 1;
  for (int64_t x : l.kernel)
    k *= static_cast<double>(x);
  return k * static_cast<double>(l.inChannels);
}

// layer_exhaustive_searcher.opti_buffer: largest A-multiple of output channels
// whose weights fit `bw`, then the largest A-multiple output area whose ifmap
// (S^d * area * Ci) fits `bi`; square (cubic) tiles of that area.
std::optional<SystolicTiling> greedySquareFill(const SystolicLayer &l, double A, double bi,
                                               double bw, const SystolicModelOptions &model) {
  const double ci = static_cast<double>(l.inChannels);
  const double k = weightsPerChannel(l);
  const double sp = sPow(l);
  if (A * k > bw || sp * A * ci > bi)
    return std::nullopt;
  double c = A;
  while ((c + A) * k < bw)
    c += A;
  double area = A;
  while (sp * (area + A) * ci < bi)
    area += A;
  SystolicTiling t;
  t.channelSplits = splitsForTile(c, l.outChannels);
  if (model.model3D == Systolic3DModel::Tool && l.spatialRank() == 3) {
    // layer3d_exhaustive_searcher.opti_buffer: min(round(area ** (1.0/3)), N) over the
    // input extents; pow, not cbrt (4096 ** (1.0/3) is 15.999..., rounded to 16).
    const double side = std::round(std::pow(area, 1.0 / 3));
    for (int64_t n : systolicTileGrid(l, model))
      t.spatialSplits.push_back(splitsForTile(std::min(side, static_cast<double>(n)), n));
    return t;
  }
  const double side = l.spatialRank() == 2 ? std::sqrt(area) : std::cbrt(area);
  for (int64_t n : l.out)
    t.spatialSplits.push_back(splitsForTile(side, n));
  return t;
}

// layer_static_method.opti_buffer: channels as above; the ifmap share holds
// full-width rows when one row fits, else part of a row. 3-D: full planes are
// stacked in depth once a whole plane fits.
std::optional<SystolicTiling> greedyRowFill(const SystolicLayer &l, double A, double bi,
                                            double bw) {
  const double ci = static_cast<double>(l.inChannels);
  const double k = weightsPerChannel(l);
  // The width terms take the W stride, the height terms the H stride (one S in the tool).
  const double S = static_cast<double>(l.strideOf(0));
  const double Sh = static_cast<double>(l.strideOf(1));
  if (A * k > bw || sPow(l) * A * ci > bi)
    return std::nullopt;
  double c = A;
  while ((c + A) * k < bw)
    c += A;
  const double W = static_cast<double>(l.out[0]);
  const double H = static_cast<double>(l.out[1]);
  const double kh = static_cast<double>(l.kernel[1]);
  double w, h, d = 1;
  // The tool's test omits Ci here (kept: it only chooses the branch).
  if (kh * (2 * S + W) >= bi) {
    double x = A;
    while (kh * (S + x + A) * ci < bi)
      x += A;
    w = x;
    h = 1;
  } else {
    double y = 1;
    while (kh * (S + W) * (Sh + y + 1) * ci < bi)
      y += 1;
    w = W;
    h = y;
    if (l.spatialRank() == 3 && h >= H) {
      const double plane = kh * (S + W) * (Sh + H) * ci;
      d = std::max(1.0, std::floor(bi / plane));
      h = H;
    }
  }
  SystolicTiling t;
  t.channelSplits = splitsForTile(c, l.outChannels);
  t.spatialSplits.push_back(splitsForTile(w, l.out[0]));
  t.spatialSplits.push_back(splitsForTile(h, l.out[1]));
  if (l.spatialRank() == 3)
    t.spatialSplits.push_back(splitsForTile(d, l.out[2]));
  return t;
}

Status noSchedule(const SystolicLayer &l, const SystolicHardware &hw, const char *method) {
  return Status::error(StatusCode::NoValidScheme,
                       std::string(method) + " search: no tiling of the layer (" +
                           std::to_string(l.inChannels) + " -> " +
                           std::to_string(l.outChannels) + " channels) fits a buffer of " +
                           std::to_string(static_cast<int64_t>(hw.bufferWords)) + " words");
}

Result<SystolicSchedule> searchExhaustive(const SystolicLayer &l, const SystolicHardware &hw,
                                          const SystolicModelOptions &model) {
  const double buf = hw.bufferWords;
  const double A = static_cast<double>(hw.arraySize);
  std::optional<SystolicSchedule> best;
  int64_t evaluations = 0;
  for (int i = 1; i < 20; ++i) {
    const double bi = buf * i / 20.0;
    for (int j = 1; j < 20; ++j) {
      const double bw = buf * j / 20.0;
      if (bi + bw > buf)
        continue;
      std::optional<SystolicTiling> t = greedySquareFill(l, A, bi, bw, model);
      if (!t)
        continue;
      ++evaluations;
      Result<SystolicCost> c = evaluateSystolicBest(l, hw, *t, model);
      if (!c)
        continue;
      if (!best || systolicBetter(*c, best->cost, model.goal)) {
        best = SystolicSchedule{*c, bi, bw, buf - bi - bw, 0};
      }
    }
  }
  if (!best)
    return noSchedule(l, hw, "exhaustive");
  best->evaluations = evaluations;
  return *best;
}

} // namespace

std::optional<SystolicSearchMethod> parseSystolicSearchMethod(const std::string &name) {
  const auto &engines = systolicEngines().engines();
  for (size_t i = 0; i < engines.size(); ++i)
    if (engines[i].name == name)
      return static_cast<SystolicSearchMethod>(i);
  return std::nullopt;
}

const char *systolicSearchMethodName(SystolicSearchMethod m) {
  const auto &engines = systolicEngines().engines();
  const auto i = static_cast<size_t>(m);
  // Engine names are string literals, so data() is null-terminated.
  return i < engines.size() ? engines[i].name.data() : "?";
}

Result<SystolicSchedule> searchSystolicStatic(const SystolicLayer &l, const SystolicHardware &hw,
                                              const BufferPartition &p,
                                              const SystolicModelOptions &model) {
  if (Status s = validateSystolicHardware(hw); !s)
    return s;
  if (!(p.ifmap >= 0 && p.ofmap >= 0 && p.weights >= 0) ||
      !(p.ifmap + p.ofmap + p.weights > 0))
    return Status::error(StatusCode::InvalidArgument,
                         "buffer partition ratios must be non-negative with a positive sum");
  const double sum = p.ifmap + p.ofmap + p.weights;
  const double bi = hw.bufferWords * p.ifmap / sum;
  const double bw = hw.bufferWords * p.weights / sum;
  std::optional<SystolicTiling> t =
      greedyRowFill(l, static_cast<double>(hw.arraySize), bi, bw);
  if (!t)
    return noSchedule(l, hw, "static");
  Result<SystolicCost> c = evaluateSystolicBest(l, hw, *t, model);
  if (!c)
    return c.status();
  return SystolicSchedule{*c, bi, bw, hw.bufferWords - bi - bw, 1};
}

Result<SystolicSchedule> searchSystolicLayer(const SystolicLayer &layer,
                                             const SystolicHardware &hw,
                                             const SystolicSearchOptions &options) {
  if (Status s = validateSystolicHardware(hw); !s)
    return s;
  if (layer.spatialRank() != 2 && layer.spatialRank() != 3)
    return Status::error(StatusCode::InvalidLayer,
                         "systolic layers have 2 or 3 spatial dimensions");
  return systolicEngines().run(systolicSearchMethodName(options.method),
                               SystolicProblem{layer, hw, options});
}

namespace {
// The engines, one per method of the original tool (docs/seed-tools.md §3.3).
Result<SystolicSchedule> runExhaustive(const SystolicProblem &p) {
  return searchExhaustive(p.layer, p.hw, p.options.model);
}
Result<SystolicSchedule> runStatic(const SystolicProblem &p) {
  return searchSystolicStatic(p.layer, p.hw, p.options.partition, p.options.model);
}
Result<SystolicSchedule> runConstrained(const SystolicProblem &p) {
  return searchSystolicConstrained(p.layer, p.hw, p.options.model);
}
/// The constrained search started from the static partition's tiling, never worse than it.
Result<SystolicSchedule> runCombined(const SystolicProblem &p) {
  Result<SystolicSchedule> st =
      searchSystolicStatic(p.layer, p.hw, p.options.partition, p.options.model);
  if (!st)
    return searchSystolicConstrained(p.layer, p.hw, p.options.model);
  Result<SystolicSchedule> co =
      searchSystolicConstrained(p.layer, p.hw, p.options.model, st->cost);
  if (!co || !systolicBetter(co->cost, st->cost, p.options.model.goal)) {
    SystolicSchedule s = *st;
    s.evaluations += co ? co->evaluations : 0;
    return s;
  }
  SystolicSchedule s = *co;
  s.evaluations += st->evaluations;
  return s;
}
} // namespace

const EngineRegistry<SystolicProblem, SystolicSchedule> &systolicEngines() {
  // In SystolicSearchMethod order.
  static const EngineRegistry<SystolicProblem, SystolicSchedule> registry(
      "the systolic model",
      {{"exhaustive", "the buffer partition swept in 5% steps, greedy tile fill each",
        runExhaustive},
       {"static", "the accelerator's fixed buffer partition, greedy tile fill", runStatic},
       {"constrained", "a continuous relaxation (NLopt COBYLA), rounded to the best tiling",
        runConstrained},
       {"combined", "constrained, started from the static tiling, never worse than it",
        runCombined}});
  return registry;
}

} // namespace dataflow::cost
