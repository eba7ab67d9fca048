//===- SystolicConstrained.cpp - Continuous relaxation of the tiling ------===//
//
// The tool's "Constrained" search (docs/seed-tools.md §3.3) solved scipy
// SLSQP on four sub-problems and accepted constraint violations up to 500
// words. Here: per loop order, minimise the relaxed DRAM traffic (tile counts
// without ceilings) over (c0, t_d) in log space subject to the buffer
// footprint, with NLopt's COBYLA (derivative-free, handles the nonlinear
// constraint directly; docs/cost-model.md says why NLopt). The optimum is then
// rounded: every even split within two of N / x on each loop is evaluated
// exactly and the best valid one (cycles, then traffic) is kept, so the answer
// is always a valid integer tiling that the exact model accepts. Under
// Systolic3DModel::Tool a 3-D layer's relaxation uses the tool's 3-D terms
// (input-extent grid, halo (Kh+1)/2, the first pass's ifmap/weights uncounted).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Systolic/SystolicConstrained.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace dataflow::cost {

namespace {

struct Relaxation {
  const SystolicLayer *layer;
  SystolicOrder order;
  double bufferWords;
  std::vector<int64_t> grid; // the extents the tiles split (systolicTileGrid)
  std::vector<double> halo;  // per dimension: K_d / 2, or the tool's 3-D (Kh + 1) / 2
  bool tool3D = false;       // Systolic3DModel::Tool on a 3-D layer
};

Relaxation relaxationOf(const SystolicLayer &l, SystolicOrder order, double bufferWords,
                        const SystolicModelOptions &model) {
  Relaxation r{&l, order, bufferWords, systolicTileGrid(l, model), {}, false};
  r.tool3D = model.model3D == Systolic3DModel::Tool && l.spatialRank() == 3;
  for (int64_t d = 0; d < l.spatialRank(); ++d)
    r.halo.push_back(static_cast<double>(r.tool3D ? (l.kernel[1] + 1) / 2 : l.kernel[d] / 2));
  return r;
}

// x = log(c0, t_0, .., t_{r-1}).
void tilesOf(const Relaxation &r, const double *x, double &c0, double &area, double &ifmap) {
  const SystolicLayer &l = *r.layer;
  c0 = std::exp(x[0]);
  area = 1;
  ifmap = static_cast<double>(l.inChannels);
  for (int64_t d = 0; d < l.spatialRank(); ++d) {
    const double t = std::exp(x[d + 1]);
    area *= t;
    ifmap *= static_cast<double>(l.strideOf(size_t(d))) * t + r.halo[d];
  }
}

double relaxedTransfer(unsigned, const double *x, double *grad, void *data) {
  const Relaxation &r = *static_cast<const Relaxation *>(data);
  const SystolicLayer &l = *r.layer;
  double c0, area, ifmap;
  tilesOf(r, x, c0, area, ifmap);
  double reduction = static_cast<double>(l.inChannels);
  double pixels = 1;
  for (int64_t d = 0; d < l.spatialRank(); ++d) {
    reduction *= static_cast<double>(l.kernel[d]);
    pixels *= static_cast<double>(r.grid[d]);
  }
  const double Co = static_cast<double>(l.outChannels);
  const double ofmap = c0 * area, weights = reduction * c0;
  const double tiles = pixels * Co / ofmap;
  (void)grad; // COBYLA is derivative-free
  if (r.tool3D) { // layer3d_base_method: the first pass's ifmap (weights) not counted
    if (r.order == SystolicOrder::RowMajor)
      return (ofmap + ifmap) * (tiles - Co / c0) + (ofmap + weights) * Co / c0;
    return (ofmap + weights) * (tiles - pixels / area) + (ofmap + ifmap) * pixels / area;
  }
  if (r.order == SystolicOrder::RowMajor)
    return (ofmap + ifmap) * tiles + (ofmap + weights) * Co / c0;
  return (ofmap + weights) * tiles + (ofmap + ifmap) * pixels / area;
}

double bufferExcess(unsigned, const double *x, double *grad, void *data) {
  const Relaxation &r = *static_cast<const Relaxation *>(data);
  const SystolicLayer &l = *r.layer;
  double c0, area, ifmap;
  tilesOf(r, x, c0, area, ifmap);
  double reduction = static_cast<double>(l.inChannels);
  for (int64_t k : l.kernel)
    reduction *= static_cast<double>(k);
  (void)grad;
  // <= 0 when the footprint fits; scaled to O(1) for the solver's tolerance.
  return (c0 * area + reduction * c0 + ifmap) / r.bufferWords - 1.0;
}

// Solves one relaxation from `start` (tile sizes). Returns the tile sizes.
std::optional<std::vector<double>> solve(const SystolicLayer &l, const SystolicHardware &hw,
                                         SystolicOrder order, const std::vector<double> &start,
                                         const SystolicModelOptions &model) {
  const unsigned n = static_cast<unsigned>(l.spatialRank() + 1);
  Relaxation r = relaxationOf(l, order, hw.bufferWords, model);
  std::vector<double> lo(n), hi(n), x(n);
  const double A = static_cast<double>(hw.arraySize);
  lo[0] = std::log(std::min(A, static_cast<double>(l.outChannels)));
  hi[0] = std::log(static_cast<double>(l.outChannels));
  for (unsigned d = 1; d < n; ++d) {
    lo[d] = 0.0;
    hi[d] = std::log(static_cast<double>(r.grid[d - 1]));
  }
  for (unsigned d = 0; d < n; ++d)
    x[d] = std::clamp(std::log(std::max(start[d], 1.0)), lo[d], hi[d]);
  nlopt_opt opt = nlopt_create(NLOPT_LN_COBYLA, n);
  if (!opt)
    return std::nullopt;
  nlopt_set_lower_bounds(opt, lo.data());
  nlopt_set_upper_bounds(opt, hi.data());
  nlopt_set_min_objective(opt, relaxedTransfer, &r);
  nlopt_add_inequality_constraint(opt, bufferExcess, &r, 1e-9);
  nlopt_set_xtol_rel(opt, 1e-6);
  nlopt_set_maxeval(opt, 4000);
  double f = 0;
  const nlopt_result res = nlopt_optimize(opt, x.data(), &f);
  nlopt_destroy(opt);
  if (res < 0 && res != NLOPT_ROUNDOFF_LIMITED)
    return std::nullopt;
  std::vector<double> tiles(n);
  for (unsigned d = 0; d < n; ++d)
    tiles[d] = std::exp(x[d]);
  return tiles;
}

// Even splits of `extent` near a continuous tile size.
std::vector<int64_t> splitCandidates(double tile, int64_t extent, double A, bool channels) {
  std::set<int64_t> s;
  const double n = static_cast<double>(extent) / std::max(tile, 1e-9);
  for (int64_t k = static_cast<int64_t>(std::floor(n)) - 2;
       k <= static_cast<int64_t>(std::ceil(n)) + 2; ++k)
    s.insert(std::clamp<int64_t>(k, 1, extent));
  if (channels) {
    // Tiles that are whole multiples of the array side just below/above.
    for (double m : {std::floor(tile / A), std::ceil(tile / A)})
      if (m >= 1)
        s.insert(std::clamp<int64_t>(
            static_cast<int64_t>(std::ceil(static_cast<double>(extent) / (m * A))), 1, extent));
  }
  return {s.begin(), s.end()};
}

} // namespace

Result<SystolicSchedule> searchSystolicConstrained(const SystolicLayer &l,
                                                   const SystolicHardware &hw,
                                                   const SystolicModelOptions &model,
                                                   const std::optional<SystolicCost> &start) {
  if (Status s = validateSystolicHardware(hw); !s)
    return s;
  const double A = static_cast<double>(hw.arraySize);
  const std::vector<int64_t> grid = systolicTileGrid(l, model);
  std::vector<std::vector<double>> starts;
  if (start) {
    std::vector<double> s{start->channelTile};
    s.insert(s.end(), start->spatialTile.begin(), start->spatialTile.end());
    starts.push_back(s);
  } else {
    // The tool's start: the lower bounds (min(A, Co), min(floor(sqrt A), N)).
    std::vector<double> lower{std::min(A, static_cast<double>(l.outChannels))};
    std::vector<double> mid{static_cast<double>(l.outChannels) / 2};
    for (int64_t n : grid) {
      lower.push_back(std::min(std::floor(std::sqrt(A)), static_cast<double>(n)));
      mid.push_back(std::max(1.0, static_cast<double>(n) / 2));
    }
    starts.push_back(lower);
    starts.push_back(mid);
  }

  std::optional<SystolicSchedule> best;
  int64_t evaluations = 0;
  std::set<std::vector<int64_t>> seen;
  for (SystolicOrder order : {SystolicOrder::RowMajor, SystolicOrder::ChannelMajor}) {
    for (const std::vector<double> &s : starts) {
      std::optional<std::vector<double>> tiles = solve(l, hw, order, s, model);
      if (!tiles)
        continue;
      std::vector<std::vector<int64_t>> cand;
      cand.push_back(splitCandidates((*tiles)[0], l.outChannels, A, true));
      for (int64_t d = 0; d < l.spatialRank(); ++d)
        cand.push_back(splitCandidates((*tiles)[d + 1], grid[d], A, false));
      // Walk the cartesian product of the candidate splits.
      std::vector<size_t> idx(cand.size(), 0);
      while (true) {
        std::vector<int64_t> key;
        for (size_t k = 0; k < cand.size(); ++k)
          key.push_back(cand[k][idx[k]]);
        if (seen.insert(key).second) {
          SystolicTiling t;
          t.channelSplits = key[0];
          t.spatialSplits.assign(key.begin() + 1, key.end());
          ++evaluations;
          Result<SystolicCost> c = evaluateSystolicBest(l, hw, t, model);
          if (c && (!best || systolicBetter(*c, best->cost, model.goal)))
            best = SystolicSchedule{*c, 0, 0, 0, 0};
        }
        size_t k = 0;
        while (k < idx.size() && ++idx[k] == cand[k].size())
          idx[k++] = 0;
        if (k == idx.size())
          break;
      }
    }
  }
  if (!best)
    return Status::error(StatusCode::NoValidScheme,
                         "constrained search: no integer tiling near the relaxed optimum fits "
                         "the buffer of " +
                             std::to_string(static_cast<int64_t>(hw.bufferWords)) + " words");
  best->evaluations = evaluations;
  return *best;
}

} // namespace dataflow::cost
