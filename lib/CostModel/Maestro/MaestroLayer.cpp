//===- MaestroLayer.cpp - MAESTRO layers and directives -> Problem / Mapping ===//
//
// toProblem (a parsed Layer as loop bounds) and toMapping (its Dataflow split into cluster
// levels in output coordinates), and formatMapping back. The rules and their sources:
// docs/cost-model.md, section "MAESTRO" (docs/seed-tools.md §1.1-1.2; MAESTRO's
// DFSL_parser.hpp, DFA_cluster-analysis.hpp and API_user-interface-v2.hpp).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Maestro/MaestroLayer.h"

#include <algorithm>
#include <limits>

namespace dataflow::cost::maestro {

namespace {

constexpr int64_t kFull = std::numeric_limits<int64_t>::max() / 4;
constexpr int64_t kMaxCount = int64_t(1) << 62;

Status lineError(const std::string &file, int line, const std::string &m) {
  return Status::error(StatusCode::InvalidArgument, file + ":" + std::to_string(line) + ": " + m);
}

int64_t dimOr(const LayerDesc &L, const char *k, int64_t def) {
  auto it = L.dims.find(k);
  return it == L.dims.end() ? def : it->second;
}

} // namespace

const char *dimName(int d) {
  static const char *n[] = {"N", "K", "C", "R", "S", "Y'", "X'", "G"};
  return d >= 0 && d < NumDims ? n[d] : "?";
}

int64_t Problem::macs() const {
  int64_t m = 1;
  for (int64_t s : size)
    m *= s;
  return m;
}

/// Every figure is a product of the sizes (each below 2^31): refuse a layer whose MAC or
/// input count passes 2^62, where the cycle and access sums could overflow.
static Result<Problem> checkCounts(const Problem &P, const LayerDesc &L, const std::string &file) {
  int64_t macs = 1, input = 1;
  bool overflow = false;
  for (int64_t d : P.size)
    overflow |= __builtin_mul_overflow(macs, d, &macs);
  for (int64_t d : {P.size[DN], P.size[DG], P.size[DC], P.inputRows(), P.inputCols()})
    overflow |= __builtin_mul_overflow(input, d, &input);
  if (overflow || macs > kMaxCount || input > kMaxCount)
    return lineError(file, L.line, "layer '" + L.name +
                                       "': its MAC or input count passes 2^62, too large to price");
  return P;
}

Result<Problem> toProblem(const LayerDesc &L, const std::string &file) {
  Problem P;
  P.name = L.name;
  P.strideY = L.strideY;
  P.strideX = L.strideX;
  // MAESTRO reads every size into an int; past that it prices garbage.
  for (const auto &[name, v] : L.dims)
    if (v > std::numeric_limits<int32_t>::max())
      return lineError(file, L.line, "layer '" + L.name + "': dimension " + name + " = " +
                                         std::to_string(v) + " is past 2^31 - 1, the largest MAESTRO reads");
  if (L.strideY > std::numeric_limits<int32_t>::max() || L.strideX > std::numeric_limits<int32_t>::max())
    return lineError(file, L.line, "layer '" + L.name + "': stride past 2^31 - 1, the largest MAESTRO reads");
  // Y' = (Y - R) / stride + 1 divides by it: the model checks it itself rather than trusting
  // its caller (the .m parser refuses it too; a fuzzer found the division by zero).
  if (L.strideY < 1 || L.strideX < 1)
    return lineError(file, L.line, "layer '" + L.name + "': stride must be positive, got Y " +
                                       std::to_string(L.strideY) + ", X " +
                                       std::to_string(L.strideX));
  if (L.type == "GEMM") {
    // GEMM: input {M, K}, weight {K, N}, output {M, N} -> CONV with Y' = M, C = K, K = N.
    P.size[DY] = dimOr(L, "M", 1);
    P.size[DC] = dimOr(L, "K", 1);
    P.size[DK] = dimOr(L, "N", 1);
    return checkCounts(P, L, file);
  }
  if (L.type == "FC" || L.type == "POOL" || L.type == "LSTM" || L.type == "RESIDUAL_IDENTITY")
    // MAESTRO's parser creates no layer for these types (DFSL_parser.hpp: "TODO") and
    // stops at the layer's '}' with a parse error.
    return lineError(file, L.line, "layer '" + L.name + "': MAESTRO has no cost model for type " +
                                       L.type + " (it stops with a parse error at this layer)");
  if (L.type != "NGCONV" && L.dims.count("G"))
    return lineError(file, L.line, "layer '" + L.name + "': dimension G (groups) is for type "
                                       "NGCONV only, this layer is " + L.type);
  if (L.type != "CONV" && L.type != "DSCONV" && L.type != "NGCONV" && L.type != "TRCONV")
    return lineError(file, L.line, "layer '" + L.name + "': unknown layer type " + L.type +
                                       " (CONV, DSCONV, GEMM, TRCONV, NGCONV, FC, POOL, LSTM)");
  P.type = L.type == "DSCONV" ? OpType::DsConv : L.type == "NGCONV" ? OpType::NgConv : OpType::Conv;
  // NGCONV: G groups, each K filters over C channels (MAESTRO's tensors: input {G, C, Y, X},
  // filter {G, K, C, R, S}; API_user-interface-v2.hpp, ConfigConvTensors).
  if (P.type == OpType::NgConv && !L.dims.count("G"))
    return lineError(file, L.line, "layer '" + L.name + "': type NGCONV needs a G (groups) "
                                       "dimension in Dimensions");
  P.size[DG] = dimOr(L, "G", 1);
  P.size[DN] = dimOr(L, "N", 1);
  P.size[DK] = P.type == OpType::DsConv ? 1 : dimOr(L, "K", 1);
  P.size[DC] = dimOr(L, "C", 1);
  P.size[DR] = dimOr(L, "R", 1);
  P.size[DS] = dimOr(L, "S", 1);
  auto out = [&](const char *o, const char *i, int64_t win, int64_t stride, int64_t &pad) -> int64_t {
    if (L.dims.count(o))
      return L.dims.at(o);
    int64_t in = dimOr(L, i, win);
    // An input smaller than the filter (MAESTRO's front end writes a padded 1x1 map that
    // way) is zero-padded up to the window: one output row. MAESTRO itself prices such a
    // layer inconsistently (no input reads, output rows from Y - R + 1 <= 0).
    if (in < win) {
      pad = win - in;
      return 1;
    }
    return (in - win) / stride + 1; // Y' = (Y - R)/stride + 1
  };
  P.size[DY] = out("Y'", "Y", P.size[DR], P.strideY, P.padY);
  P.size[DX] = out("X'", "X", P.size[DS], P.strideX, P.padX);
  P.givenRows = dimOr(L, "Y", 0);
  P.givenCols = dimOr(L, "X", 0);
  // Y and Y' both given (a padded conv read back from the IR): the difference is padding.
  if (P.givenRows)
    P.padY = std::max<int64_t>(P.padY, P.inputRows() - P.givenRows);
  if (P.givenCols)
    P.padX = std::max<int64_t>(P.padX, P.inputCols() - P.givenCols);
  return checkCounts(P, L, file);
}

Result<Mapping> toMapping(const LayerDesc &L, const Problem &P, const HardwareDesc &H,
                          const std::string &file) {
  if (L.dataflow.empty())
    return lineError(file, L.line, "layer '" + L.name + "' has no Dataflow");
  bool gemm = L.type == "GEMM";
  std::vector<std::vector<Directive>> groups(1);
  std::vector<int64_t> clusters;
  for (const Directive &d : L.dataflow) {
    if (d.kind == Directive::Cluster) {
      clusters.push_back(d.size);
      groups.emplace_back();
    } else {
      groups.back().push_back(d);
    }
  }
  Mapping M;
  int64_t pes = H.numPes;
  for (size_t g = 0; g < groups.size(); ++g) {
    Level lv;
    // Sub-units: num_pes / first cluster size on top, then ratios (§1.2 item 1).
    if (clusters.empty())
      lv.subUnits = pes;
    else if (g == 0)
      lv.subUnits = pes / clusters[0];
    else if (g < clusters.size())
      lv.subUnits = clusters[g - 1] / clusters[g];
    else
      lv.subUnits = clusters.back();
    if (lv.subUnits <= 0)
      return lineError(file, L.line, "layer '" + L.name + "': Cluster sizes exceed num_pes " +
                                         std::to_string(pes));
    bool seen[NumDims] = {};
    int spatial = 0;
    // Row stationary (MAESTRO's rs template): `SpatialMap(1,1) Y; SpatialMap(1,1) R;` in one
    // level gives sub-cluster i input row i and filter row i, one output row's partial sums
    // reduced across them: the R map over the level's output rows (X and S alike).
    auto spatialOne = [&](const char *dim) {
      for (const Directive &d : groups[g])
        if (d.kind == Directive::Spatial && d.dim == dim && d.size == 1 && d.offset == 1)
          return true;
      return false;
    };
    bool rowsSplit = spatialOne("Y") && spatialOne("R");
    bool colsSplit = spatialOne("X") && spatialOne("S");
    for (const Directive &d : groups[g]) {
      if (d.kind == Directive::Spatial && ((rowsSplit && d.dim == "Y") || (colsSplit && d.dim == "X")))
        continue; // the window's map carries it
      bool windowSplit = d.kind == Directive::Spatial &&
                         ((rowsSplit && d.dim == "R") || (colsSplit && d.dim == "S"));
      Map m;
      m.spatial = d.kind == Directive::Spatial;
      std::string n = d.dim;
      if (gemm)
        n = n == "M" ? "Y'" : n == "K" ? "C" : n == "N" ? "K" : n;
      int dim = -1;
      for (int k = 0; k < NumDims; ++k)
        if (n == dimName(k))
          dim = k;
      m.size = d.size;
      m.offset = d.offset;
      if (n == "Y" || n == "X") { // input coordinates -> output coordinates
        bool y = n == "Y";
        int64_t win = P.size[y ? DR : DS], s = y ? P.strideY : P.strideX;
        auto unaligned = [&](const std::string &why) {
          return lineError(file, d.line, "map on input " + n + " (" + std::to_string(d.size) + "," +
                                             std::to_string(d.offset) + ") " + why);
        };
        if (d.size < win)
          return unaligned(std::string("is smaller than the ") + (y ? "R" : "S") +
                           " window: a window split over PEs is modelled as MAESTRO's row "
                           "stationary template only, SpatialMap(1,1) Y with SpatialMap(1,1) R "
                           "(or X with S) in one cluster level");
        dim = y ? DY : DX;
        if (s == 1) {
          m.size = d.size - win + 1;
          m.offset = d.offset;
        } else {
          // MAESTRO's outer-stride rule (DFA_cluster-analysis.hpp, ApplyOuterStride): a map
          // of `size` input rows holds out = (size + s - R) / s whole output rows and
          // advances by out x s input rows, whatever offset is written.
          // In an inner cluster with R < s MAESTRO advances by out x R input rows instead;
          // that differs only when the cluster holds more than `out` output rows, which the
          // kcp_ws / yxp_os templates never give it (one output row from the level above);
          // cycles then match MAESTRO (Resnet50_kcp_ws: all 66 layers).
          m.size = m.offset = (d.size + s - win) / s;
        }
      }
      if (dim < 0 || (dim == DG && P.type != OpType::NgConv))
        return lineError(file, d.line, "unknown dimension '" + d.dim + "' for " + L.type);
      if (seen[dim])
        return lineError(file, d.line, "dimension " + d.dim + " mapped twice in one cluster level");
      seen[dim] = true;
      if ((dim == DR || dim == DS) && !windowSplit) {
        // Since 2021-05 MAESTRO rejects partial R/S tiles ("Invalid mapping").
        if (m.spatial)
          return lineError(file, d.line, "SpatialMap on " + d.dim + " is modelled only as (1,1) "
                                         "beside SpatialMap(1,1) " + (dim == DR ? "Y" : "X") +
                                         " in its cluster level (MAESTRO's row stationary)");
        if (m.size != P.size[dim] || m.offset != P.size[dim])
          return lineError(file, d.line, "Invalid mapping: TemporalMap on " + d.dim +
                                             " must have size == offset == Sz(" + d.dim + ")");
      }
      if (m.spatial && ++spatial > 1)
        return lineError(file, d.line, "only one SpatialMap per cluster level is modelled");
      m.dim = dim;
      lv.maps.push_back(m);
    }
    for (int k = 0; k < NumDims; ++k)
      if (!seen[k]) { // missing dims: the whole extent (inherited)
        Map m;
        m.dim = k;
        m.size = m.offset = kFull;
        lv.maps.push_back(m);
      }
    M.levels.push_back(lv);
  }
  M.usedPes = 1;
  for (const Level &lv : M.levels)
    M.usedPes *= lv.subUnits;
  return M;
}

std::string formatMapping(const Mapping &M) {
  std::string s;
  for (size_t l = 0; l < M.levels.size(); ++l) {
    if (l > 0) {
      int64_t n = 1; // PEs below this Cluster directive
      for (size_t k = l; k < M.levels.size(); ++k)
        n *= M.levels[k].subUnits;
      s += "Cluster(" + std::to_string(n) + ", P); ";
    }
    for (const Map &m : M.levels[l].maps) {
      if (m.size >= kFull)
        continue;
      s += std::string(m.spatial ? "SpatialMap(" : "TemporalMap(") + std::to_string(m.size) + "," +
           std::to_string(m.offset) + ") " + dimName(m.dim) + "; ";
    }
  }
  return s;
}

} // namespace dataflow::cost::maestro
