//===- SystolicDeconv.cpp - Deconvolutions on the systolic model ----------===//
//
// docs/seed-tools.md §3.2 (deconvolution) and the tool's dnn_optimizer.py /
// deconv_exhaustive_searcher.py. The combined searcher is generalised to u^d
// sub-kernels and any kernel parity.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Systolic/SystolicDeconv.h"

#include <algorithm>
#include <cmath>

namespace dataflow::cost {

std::vector<std::vector<int64_t>> deconvSubKernels(const std::vector<int64_t> &kernel,
                                                   int64_t u) {
  std::vector<std::vector<int64_t>> subs{{}};
  for (int64_t k : kernel) {
    std::vector<std::vector<int64_t>> next;
    for (const std::vector<int64_t> &s : subs)
      for (int64_t p = 0; p < u; ++p) {
        std::vector<int64_t> e = s;
        e.push_back(k > p ? (k - p + u - 1) / u : 0); // taps p, p+u, .. < k
        next.push_back(e);
      }
    subs = std::move(next);
  }
  return subs;
}

namespace {

int64_t prod(const std::vector<int64_t> &v) {
  int64_t p = 1;
  for (int64_t x : v)
    p *= x;
  return p;
}

Status validateDeconv(const SystolicDeconv &d) {
  if (d.in.size() != 2 && d.in.size() != 3)
    return Status::error(StatusCode::InvalidLayer,
                         "a systolic deconvolution has 2 or 3 spatial dimensions");
  if (d.kernel.size() != d.in.size())
    return Status::error(StatusCode::InvalidLayer, "kernel rank differs from the input rank");
  if (d.upsample < 1 || d.inChannels < 1 || d.outChannels < 1 ||
      std::any_of(d.kernel.begin(), d.kernel.end(), [](int64_t k) { return k < 1; }) ||
      std::any_of(d.in.begin(), d.in.end(), [](int64_t k) { return k < 1; }))
    return Status::error(StatusCode::InvalidLayer,
                         "deconvolution extents, channels and stride must be positive");
  return Status::ok();
}

// deconv_exhaustive_searcher.area_dimension: near-square tiles of `area`.
std::vector<double> areaDimension(const std::vector<int64_t> &n, double area) {
  std::vector<double> t;
  if (area >= static_cast<double>(prod(n))) {
    for (int64_t x : n)
      t.push_back(static_cast<double>(x));
    return t;
  }
  const double side = n.size() == 2 ? std::sqrt(area) : std::cbrt(area);
  for (int64_t x : n) {
    const double e = static_cast<double>(x);
    t.push_back(side > e ? e : e / std::ceil(e / side));
  }
  return t;
}

struct CombinedResult {
  double cycles = 0, transfer = 0;
  std::vector<DeconvRound> rounds;
};

// One partition of the combined deconv searcher (opti_buffer).
std::optional<CombinedResult> combinedPartition(const SystolicDeconv &d,
                                                const std::vector<std::vector<int64_t>> &subs,
                                                const SystolicHardware &hw, double bi, double bw,
                                                double slack, bool quirks) {
  const double A = static_cast<double>(hw.arraySize);
  const double B = hw.wordsPerCycle();
  const double ci = static_cast<double>(d.inChannels);
  const size_t rank = d.in.size();
  // The sub-convolutions have stride 1 on the original input.
  if (A * static_cast<double>(prod(d.kernel)) * ci > bw || A * ci > bi)
    return std::nullopt;
  double area = 0;
  while ((area + A) * ci < bi)
    area += A;
  const std::vector<double> x1 = areaDimension(d.in, area);
  std::vector<double> remain(subs.size(), static_cast<double>(d.outChannels));
  for (size_t k = 0; k < subs.size(); ++k)
    if (prod(subs[k]) == 0)
      remain[k] = 0; // a phase without taps
  CombinedResult res;
  double x1Area = 1;
  for (double t : x1)
    x1Area *= t;
  while (std::any_of(remain.begin(), remain.end(), [](double r) { return r > 0; })) {
    // fill_bufw: A-multiples of each sub-kernel's filters until bw is reached.
    std::vector<double> x0(subs.size(), 0);
    double sum = 0;
    for (size_t k = 0; k < subs.size(); ++k) {
      const double size = static_cast<double>(prod(subs[k]));
      while (sum < bw && x0[k] < remain[k]) {
        x0[k] += A;
        sum += A * size * ci;
      }
      x0[k] = std::min(x0[k], remain[k]);
    }
    double fp = ci;
    for (double t : x1)
      fp *= t + 2; // the searcher's halo is +2 on every dimension
    for (size_t k = 0; k < subs.size(); ++k)
      fp += x0[k] * x1Area + ci * static_cast<double>(prod(subs[k])) * x0[k];
    if (fp / hw.bufferWords > slack)
      return std::nullopt;

    // process_parameter: even tiles from the floored continuous tile.
    std::vector<double> fl, t;
    double tArea = 1, flArea = 1, ifmap = ci, pixels = 1;
    for (size_t i = 0; i < rank; ++i) {
      fl.push_back(std::floor(x1[i]));
      const double n = static_cast<double>(d.in[i]);
      t.push_back(std::min(n / std::ceil(n / std::round(std::max(fl[i], 1.0))), n));
      tArea *= t[i];
      flArea *= fl[i];
      ifmap *= t[i] + 2;
      pixels *= n;
    }
    double transfer = ifmap * (pixels / tArea);
    double cycles = 0, compute = 0, utilSum = 0;
    int64_t used = 0;
    for (size_t k = 0; k < subs.size(); ++k) {
      if (std::round(x0[k]) == 0)
        continue;
      const double taps = static_cast<double>(prod(subs[k]));
      const double wTaps = quirks ? std::pow(static_cast<double>(subs[k][0]), rank) : taps;
      transfer += wTaps * ci * x0[k] + tArea * x0[k];
      const double a = quirks ? flArea : tArea;
      const double util = x0[k] * a / (std::ceil(x0[k] / A) * A * std::ceil(a / A) * A);
      utilSum += util;
      ++used;
      const double comp = pixels * x0[k] * ci * taps / (A * A * (quirks ? utilSum : util));
      if (quirks)
        cycles += std::max(comp, transfer / B);
      else
        compute += comp;
    }
    if (!quirks)
      cycles = std::max(compute, transfer / B);
    res.cycles += cycles;
    res.transfer += transfer;
    for (size_t k = 0; k < subs.size(); ++k)
      remain[k] -= x0[k];
    res.rounds.push_back(DeconvRound{x0, x1, used ? utilSum / static_cast<double>(used) : 0});
  }
  res.cycles = std::round(res.cycles);
  res.transfer = std::round(res.transfer);
  return res;
}

Result<SystolicDeconvSchedule> searchCombinedExhaustive(const SystolicDeconv &d,
                                                        const SystolicHardware &hw,
                                                        const SystolicSearchOptions &o,
                                                        bool quirks) {
  const std::vector<std::vector<int64_t>> subs = deconvSubKernels(d.kernel, d.upsample);
  const double buf = hw.bufferWords;
  std::optional<SystolicDeconvSchedule> best;
  for (int i = 1; i < 20; ++i) {
    const double bi = buf * i / 20.0;
    for (int j = 1; j < 20; ++j) {
      const double bw = buf * j / 20.0;
      if (bi + bw > buf)
        continue;
      std::optional<CombinedResult> r = combinedPartition(
          d, subs, hw, bi, bw, quirks ? 1.01 : o.model.bufferSlack, quirks);
      if (!r)
        continue;
      if (!best || r->cycles < best->cycles ||
          (r->cycles == best->cycles && r->transfer < best->transfer)) {
        SystolicDeconvSchedule s;
        s.subKernels = subs;
        s.rounds = r->rounds;
        s.ifmapWords = bi;
        s.weightWords = bw;
        s.ofmapWords = buf - bi - bw;
        s.cycles = r->cycles;
        s.transfer = r->transfer;
        best = std::move(s);
      }
    }
  }
  if (!best)
    return Status::error(StatusCode::NoValidScheme,
                         "combined deconvolution search: no buffer partition fits the "
                         "sub-kernels");
  return *best;
}

} // namespace

Result<SystolicDeconvSchedule> searchSystolicDeconv(const SystolicDeconv &d,
                                                    const SystolicHardware &hw,
                                                    const SystolicSearchOptions &options,
                                                    DeconvScheduling scheduling,
                                                    bool toolQuirks) {
  if (Status s = validateDeconv(d); !s)
    return s;
  if (Status s = validateSystolicHardware(hw); !s)
    return s;
  SystolicDeconvSchedule out;
  auto addConv = [&](const std::vector<int64_t> &in, int64_t co,
                     const std::vector<int64_t> &kernel) -> Status {
    Result<SystolicLayer> l = makeSystolicConv(in, d.inChannels, co, kernel, 1);
    if (!l)
      return l.status();
    Result<SystolicSchedule> s = searchSystolicLayer(*l, hw, options);
    if (!s)
      return s.status();
    out.cycles += s->cost.cycles;
    out.transfer += s->cost.transfer;
    out.convs.push_back(*s);
    out.subKernels.push_back(kernel);
    return Status::ok();
  };
  switch (scheduling) {
  case DeconvScheduling::Upsample: {
    // A stride-1 convolution on the zero-upsampled input.
    std::vector<int64_t> up;
    for (int64_t x : d.in)
      up.push_back(x * d.upsample);
    if (Status s = addConv(up, d.outChannels, d.kernel); !s)
      return s;
    return out;
  }
  case DeconvScheduling::Split:
    for (const std::vector<int64_t> &k : deconvSubKernels(d.kernel, d.upsample))
      if (prod(k) > 0)
        if (Status s = addConv(d.in, d.outChannels, k); !s)
          return s;
    return out;
  case DeconvScheduling::SplitCombine: {
    if (options.method == SystolicSearchMethod::Exhaustive)
      return searchCombinedExhaustive(d, hw, options, toolQuirks);
    int64_t phases = 0;
    std::vector<int64_t> largest(d.kernel.size(), 0);
    for (const std::vector<int64_t> &k : deconvSubKernels(d.kernel, d.upsample))
      if (prod(k) > 0) {
        ++phases;
        for (size_t i = 0; i < k.size(); ++i)
          largest[i] = std::max(largest[i], k[i]);
      }
    if (Status s = addConv(d.in, d.outChannels * phases, largest); !s)
      return s;
    return out;
  }
  }
  return Status::error(StatusCode::InvalidArgument, "unknown deconvolution scheduling");
}

} // namespace dataflow::cost
