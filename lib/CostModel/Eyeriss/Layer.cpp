//===- Layer.cpp - Layer shapes and their reductions ----------------------===//
#include "Dataflow/CostModel/Eyeriss/Layer.h"
#include "Dataflow/CostModel/Core/CheckedMath.h"

#include <cstdio>
#include <string>
#include <utility>

namespace dataflow::cost {

const char *layerKindName(LayerKind kind) {
  switch (kind) {
  case LayerKind::Conv: return "conv";
  case LayerKind::FC: return "fc";
  case LayerKind::Pool: return "pool";
  case LayerKind::Eltwise: return "eltwise";
  }
  return "?";
}

double Layer::opsPerGroup() const {
  // docs/cost-model.md §2: CONV M*E*F*R*S*C per sample; LR M*E*F*R*S*nreg.
  const double perOfmap = isConvLike() ? double(R * S * C) : double(R * S * nreg);
  return perOfmap * double(M * E * F * batch);
}

static Status fieldError(const Layer &l, const char *field, int64_t v) {
  return Status::error(StatusCode::InvalidLayer,
                       std::string(layerKindName(l.kind)) + " layer '" + l.name +
                           "': " + field + " = " + std::to_string(v) +
                           " must be positive");
}

/// The layer's figures must fit int64 (CheckedMath.h): every MAC count, fmap and
/// filter size the model forms is a product of these, so each of them bounds the rest.
static Status checkLayerRange(const Layer &l) {
  auto tooLarge = [&](const std::string &what) {
    return Status::error(StatusCode::Overflow,
                         std::string(layerKindName(l.kind)) + " layer '" + l.name + "': " +
                             what + " does not fit in a signed 64-bit integer (at most " +
                             std::to_string(INT64_MAX) + ")");
  };
  auto dims = [&](const std::string &product, std::initializer_list<double> factors) {
    double exact = 1; // for the message only
    for (double f : factors)
      exact *= f;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", exact);
    return std::string(product) + " = " + buf;
  };
  // docs/cost-model.md §2: MACs = M*E*F*R*S*C (LR: nreg for C) per sample, x batch x groups.
  const int64_t inner = l.isConvLike() ? l.C : l.nreg;
  int64_t macs, hifm, wifm, ifmap, filter;
  if (!checkedProduct({l.M, l.E, l.F, l.R, l.S, inner, l.batch, l.groups}, macs))
    return tooLarge("the MAC count " +
                    dims(std::string("M*E*F*R*S*") + (l.isConvLike() ? "C" : "nreg") +
                             "*batch*groups",
                         {double(l.M), double(l.E), double(l.F), double(l.R), double(l.S),
                          double(inner), double(l.batch), double(l.groups)}));
  // docs/cost-model.md §2: ifmap (R + (E-1)U) x (S + (F-1)V).
  if (!checkedMul(l.E - 1, l.U, hifm) || !checkedAdd(hifm, l.R, hifm) ||
      !checkedMul(l.F - 1, l.V, wifm) || !checkedAdd(wifm, l.S, wifm) ||
      !checkedProduct({l.C, hifm, wifm, l.batch, l.groups}, ifmap))
    return tooLarge("the ifmap size " +
                    dims("C*(R+(E-1)U)*(S+(F-1)V)*batch*groups",
                         {double(l.C), double(l.R) + double(l.E - 1) * double(l.U),
                          double(l.S) + double(l.F - 1) * double(l.V), double(l.batch),
                          double(l.groups)}));
  if (!checkedProduct({l.C, l.M, l.R, l.S, l.groups}, filter))
    return tooLarge("the filter size " +
                    dims("C*M*R*S*groups", {double(l.C), double(l.M), double(l.R),
                                            double(l.S), double(l.groups)}));
  return Status::ok();
}

Status validateLayer(const Layer &l) {
  const std::pair<const char *, int64_t> fields[] = {
      {"C", l.C}, {"M", l.M}, {"E", l.E}, {"F", l.F}, {"R", l.R}, {"S", l.S},
      {"U", l.U}, {"V", l.V}, {"nreg", l.nreg}, {"batch", l.batch},
      {"groups", l.groups}, {"dilH", l.dilH}, {"dilW", l.dilW}, {"depth", l.depth},
      {"depthIn", l.depthIn}, {"kernelDepth", l.kernelDepth}};
  for (const auto &[name, v] : fields)
    if (v <= 0)
      return fieldError(l, name, v);
  // 0 means "the same as dilH / U" (Layer.h); a negative one is no layer.
  const std::pair<const char *, int64_t> optional[] = {
      {"kernelDilH", l.kernelDilH}, {"kernelDilW", l.kernelDilW},
      {"sliceStrideH", l.sliceStrideH}, {"sliceStrideW", l.sliceStrideW}};
  for (const auto &[name, v] : optional)
    if (v < 0)
      return fieldError(l, name, v);
  if (Status s = checkLayerRange(l); !s)
    return s;
  if (l.kind == LayerKind::FC && (l.E != 1 || l.F != 1))
    return Status::error(StatusCode::InvalidLayer,
                         "fc layer '" + l.name + "': ofmap must be 1 x 1, got " +
                             std::to_string(l.E) + " x " + std::to_string(l.F));
  // LR layers read one input channel per output channel and region input
  // (docs/cost-model.md §2: element-wise in-channels = M * nreg).
  if (!l.isConvLike() && l.C != l.M * l.nreg) // fits: M * nreg divides the MAC count
    return Status::error(StatusCode::InvalidLayer,
                         std::string(layerKindName(l.kind)) + " layer '" + l.name +
                             "': C = " + std::to_string(l.C) + " must equal M * nreg = " +
                             std::to_string(l.M * l.nreg));
  // Grouped conv and batched matmul (FC with groups = B) run their groups one after another.
  // A 3-D pool on a node grid runs its D output slices as groups (Layer.h).
  if (l.groups != 1 && l.kind != LayerKind::Conv && l.kind != LayerKind::FC &&
      !(l.kind == LayerKind::Pool && l.groups == l.slices()))
    return Status::error(StatusCode::InvalidLayer,
                         std::string(layerKindName(l.kind)) + " layer '" + l.name +
                             "': groups = " + std::to_string(l.groups) +
                             " is only supported for conv and fc/matmul layers");
  // Sliced layers fold their slices into the groups (Layer.h).
  if (l.groups % l.slices() != 0)
    return Status::error(StatusCode::InvalidLayer,
                         std::string(layerKindName(l.kind)) + " layer '" + l.name +
                             "': groups = " + std::to_string(l.groups) +
                             " must be a multiple of its " + std::to_string(l.slices()) +
                             " slices");
  return Status::ok();
}

Layer makeConv(std::string name, int64_t C, int64_t M, int64_t E, int64_t F,
               int64_t R, int64_t S, int64_t U, int64_t V, int64_t batch) {
  Layer l;
  l.name = std::move(name);
  l.kind = LayerKind::Conv;
  l.C = C; l.M = M; l.E = E; l.F = F; l.R = R; l.S = S; l.U = U; l.V = V;
  l.batch = batch;
  return l;
}

Layer makeFC(std::string name, int64_t C, int64_t M, int64_t R, int64_t S,
             int64_t batch) {
  Layer l = makeConv(std::move(name), C, M, 1, 1, R, S, 1, 1, batch);
  l.kind = LayerKind::FC;
  return l;
}

Layer makePool(std::string name, int64_t M, int64_t E, int64_t F, int64_t R,
               int64_t S, int64_t U, int64_t V, int64_t batch) {
  Layer l;
  l.name = std::move(name);
  l.kind = LayerKind::Pool;
  l.C = M; l.M = M; l.E = E; l.F = F; l.R = R; l.S = S;
  l.U = U == 0 ? R : U; // docs/cost-model.md §2: pooling stride defaults to the window
  l.V = V == 0 ? S : V;
  l.nreg = 1;
  l.batch = batch;
  return l;
}

Layer makeEltwise(std::string name, int64_t M, int64_t E, int64_t F,
                  int64_t nreg, int64_t batch) {
  Layer l;
  l.name = std::move(name);
  l.kind = LayerKind::Eltwise;
  l.C = M * nreg; l.M = M; l.E = E; l.F = F;
  l.nreg = nreg;
  l.batch = batch;
  return l;
}

Layer makeMatmul(std::string name, int64_t rows, int64_t K, int64_t cols) {
  // [rows x K] x [K x cols]: FC with C = K, M = cols, 1 x 1 filter, batch = rows.
  return makeFC(std::move(name), K, cols, 1, 1, rows);
}

Result<Layer> makeGroupedConv(std::string name, int64_t C, int64_t M, int64_t E,
                              int64_t F, int64_t R, int64_t S, int64_t U, int64_t V,
                              int64_t batch, int64_t groups) {
  if (groups <= 0 || C % groups != 0 || M % groups != 0)
    return Status::error(StatusCode::InvalidLayer,
                         "grouped conv '" + name + "': C = " + std::to_string(C) +
                             " and M = " + std::to_string(M) +
                             " must both be divisible by groups = " + std::to_string(groups));
  // g independent convs of C/g -> M/g channels; figures are x g (Layer.h).
  Layer l = makeConv(std::move(name), C / groups, M / groups, E, F, R, S, U, V, batch);
  l.groups = groups;
  if (Status s = validateLayer(l); !s)
    return s;
  return l;
}

} // namespace dataflow::cost
