//===- MaestroModel.cpp - MAESTRO's data-centric cost model ---------------===//
// Over 500 lines: one recursion over cluster levels whose per-case rules (union, per-sub-cluster and sliding-window traffic, MAESTRO's edge cases) share its iteration state; the per-sub-cluster rules are the part to split out next.
//
// Each formula cites docs/seed-tools.md §1.2 (MAESTRO cost-analysis engine);
// the vgg16_ckp_ws example pins the ingress, egress, delay and energy rules
// (docs/cost-model.md, section "MAESTRO").
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Maestro/MaestroModel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

namespace dataflow::cost::maestro {

namespace {

int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

/// The size toMapping gives a dimension a level does not map (one whole-extent step).
constexpr int64_t kWhole = std::numeric_limits<int64_t>::max() / 4;

enum Tensor { TIn = 0, TW, TOut };

// The tensors' dimensions as MAESTRO couples them (API_user-interface-v2.hpp,
// ConfigConvTensors); G is 1 outside NGCONV, whose output MAESTRO couples with C as well.
bool coupled(OpType t, int tensor, int d) {
  switch (tensor) {
  case TIn: // input {N, G, C, Y, X} (+ the R, S window)
    return d == DN || d == DG || d == DC || d == DY || d == DX || d == DR || d == DS;
  case TW: // filter {G, K, C, R, S}; depthwise {C, R, S}
    return (d == DK && t != OpType::DsConv) || d == DG || d == DC || d == DR || d == DS;
  default: // output {N, K, Y', X'}; depthwise {N, C, Y', X'}; NGCONV {N, G, K, C, Y', X'}
    return d == DN || d == DG || (d == DK && t != OpType::DsConv) ||
           (d == DC && t != OpType::Conv) || d == DY || d == DX;
  }
}

/// Filter and output elements per pixel of a tile `u` (channels as the tensors couple them).
int64_t filterChannels(OpType t, const std::array<int64_t, NumDims> &u) {
  return t == OpType::DsConv ? u[DC] : u[DG] * u[DK] * u[DC];
}
int64_t outputChannels(OpType t, const std::array<int64_t, NumDims> &u) {
  return t == OpType::Conv ? u[DK] : t == OpType::DsConv ? u[DC] : u[DG] * u[DK] * u[DC];
}

/// One class of steps of a directive at a level (§1.2 item 2: Init, Steady,
/// Edge): how often it occurs, the per-unit tile, the union over the active
/// sub-units, the active sub-units and how far a step advances.
struct StepClass {
  int64_t count = 1;
  bool first = true;
  int64_t tile = 1, uni = 1, active = 1, advance = 1;
  int64_t fetch = 1; ///< the union as MAESTRO fetches it for input and filter (see classesOf)
};

struct DirClasses {
  std::vector<StepClass> cls;
  int64_t steps = 1;
};

DirClasses classesOf(const Map &m, int64_t E, int64_t units, bool fullEdge) {
  DirClasses out;
  int64_t size = std::min(m.size, E), ofs = m.offset;
  int64_t P = E <= size ? 1 : ceilDiv(E - size, ofs) + 1; // positions
  if (!m.spatial) {
    out.steps = P;
    auto mk = [&](int64_t s, int64_t count) {
      StepClass c;
      c.count = count;
      c.first = s == 0;
      c.tile = std::min(size, E - s * ofs);
      // MAESTRO fetches a whole map-sized tile on a temporal map's last, partial step (the
      // compute uses the partial tile); checked on the kcp_ws mappings (C = 96, tile 64).
      c.uni = c.tile;
      c.fetch = fullEdge ? size : c.tile;
      c.advance = ofs;
      return c;
    };
    out.cls.push_back(mk(0, 1));
    if (P >= 3)
      out.cls.push_back(mk(1, P - 2));
    if (P >= 2)
      out.cls.push_back(mk(P - 1, 1));
    return out;
  }
  int64_t U = std::max<int64_t>(units, 1), T = ceilDiv(P, U);
  out.steps = T;
  auto mk = [&](int64_t f, int64_t count) {
    StepClass c;
    c.count = count;
    c.first = f == 0;
    int64_t p0 = f * U, np = std::min(U, P - p0);
    c.tile = std::min(size, E - p0 * ofs);
    int64_t lastTile = std::min(size, E - (p0 + np - 1) * ofs);
    c.uni = c.fetch = (np - 1) * ofs + lastTile;
    c.active = np;
    c.advance = U * ofs;
    return c;
  };
  out.cls.push_back(mk(0, 1));
  if (T >= 3)
    out.cls.push_back(mk(1, T - 2));
  if (T >= 2)
    out.cls.push_back(mk(T - 1, 1));
  return out;
}

using Ext = std::array<int64_t, NumDims>;

struct LevelResult {
  int64_t runtime = 0;
  double avgPes = 0;
};

class Analyzer {
public:
  Analyzer(const Problem &p, const Mapping &m, const HardwareDesc &h, const Options &o)
      : P(p), M(m), H(h), O(o) {}

  int64_t volume(int tensor, const Ext &u) const {
    switch (tensor) {
    case TIn:
      return u[DN] * u[DG] * u[DC] * inputSpan(u[DY], P.strideY, u[DR]) *
             inputSpan(u[DX], P.strideX, u[DS]);
    case TW:
      return filterChannels(P.type, u) * u[DR] * u[DS];
    default:
      return u[DN] * outputChannels(P.type, u) * u[DY] * u[DX];
    }
  }

  /// Input rows under `e` output rows. MAESTRO counts only the rows a stride larger than
  /// the window uses, e x min(stride, R) + max(R - stride, 0) (ApplyOuterStride; oracle: 1x1
  /// stride-2 layers of Resnet50_yxp_os); the same as (e - 1) x stride + R when R >= stride.
  int64_t inputSpan(int64_t e, int64_t stride, int64_t win) const {
    if (O.maestroReuseQuirk && win < stride)
      return e * win;
    return (e - 1) * stride + win;
  }

  int64_t nocDelay(int64_t v) const {
    if (v <= 0)
      return 0;
    return H.nocHops * H.hopLatency + ceilDiv(v, H.nocBw) - 1; // §1.2 item 4
  }

  LevelResult run(size_t level, const Ext &E, Analysis *top) {
    if (!top)
      if (auto it = memo.find({level, E}); it != memo.end())
        return it->second;
    const Level &L = M.levels[level];
    bool last = level + 1 == M.levels.size();
    size_t nd = L.maps.size();
    std::vector<DirClasses> dc(nd);
    for (size_t j = 0; j < nd; ++j)
      dc[j] = classesOf(L.maps[j], E[L.maps[j].dim], L.subUnits, O.maestroReuseQuirk);

    std::vector<size_t> idx(nd, 0);
    auto caseOf = [&](Ext &tile, Ext &uni, Ext &fetch, int64_t &occ, int &ch, int64_t &active) {
      occ = 1;
      ch = -1;
      active = 1;
      for (size_t j = 0; j < nd; ++j) {
        const StepClass &c = dc[j].cls[idx[j]];
        occ *= c.count;
        tile[L.maps[j].dim] = c.tile;
        uni[L.maps[j].dim] = c.uni;
        fetch[L.maps[j].dim] = c.fetch;
        if (L.maps[j].spatial)
          active = c.active;
        if (!c.first)
          ch = int(j);
      }
    };
    // Whether directive j restarts the tensor's tile when an outer loop advances (MAESTRO's
    // IsTensorInited: an inner coupled directive that is not "unrolled"). MAESTRO decides
    // "unrolled" in input rows for a temporal Y/X map of the input: a stride that leaves the
    // last input rows unused keeps the map not unrolled though it has one output position
    // (oracle: X = 4 under TemporalMap(3,2) X, stride 2, refetches the whole window per Y step).
    auto restarts = [&](size_t j, int tensor) {
      const Map &mj = L.maps[j];
      if (!coupled(P.type, tensor, mj.dim))
        return false;
      if (dc[j].steps > 1)
        return true;
      if (!O.maestroReuseQuirk || tensor != TIn || mj.spatial || mj.size >= kWhole ||
          (mj.dim != DY && mj.dim != DX))
        return false;
      bool y = mj.dim == DY;
      int64_t stride = y ? P.strideY : P.strideX, win = y ? E[DR] : E[DS];
      int64_t extent = level == 0 ? (y ? P.loadedRows() : P.loadedCols())
                                  : inputSpan(E[mj.dim], stride, win);
      return extent > inputSpan(mj.size, stride, win);
    };
    auto traffic = [&](int tensor, const Ext &uni, int ch) -> int64_t {
      int64_t full = volume(tensor, uni);
      if (ch < 0)
        return full;
      int d = L.maps[ch].dim;
      bool innerReset = false;
      for (size_t j = size_t(ch) + 1; j < nd; ++j)
        innerReset |= restarts(j, tensor);
      if (!coupled(P.type, tensor, d)) {
        // MAESTRO: an uncoupled change costs input and filter nothing, and the output a
        // write-back of its partial sums on every step of a reduction dim (quirks, see
        // Options; oracle: C = 100 in (1,1) tiles writes the output 100 times).
        if (tensor == TOut && O.maestroReuseQuirk)
          return full;
        if (tensor == TOut || !O.maestroReuseQuirk)
          return innerReset ? full : 0;
        return 0;
      }
      if (innerReset || tensor != TIn || (d != DY && d != DX))
        return full;
      // Sliding window: only the new rows/cols (§1.2 item 3).
      const StepClass &c = dc[ch].cls[idx[ch]];
      Ext u = uni;
      int64_t stride = d == DY ? P.strideY : P.strideX;
      int64_t win = d == DY ? uni[DR] : uni[DS];
      int64_t extIn = inputSpan(uni[d], stride, win);
      int64_t fresh = std::min(c.advance * stride, extIn);
      // express `fresh` input rows as an input volume
      int64_t rest = volume(TIn, u) / extIn;
      return rest * fresh;
    };

    // A spatial map's mapping sizes along it (AnalyzeInputMappingSizes) and its spatial edge
    // in the current case, in MAESTRO's coordinates: map size and offset over the extent Ein
    // of this case and the extent Es the cluster level stores (its first tile). MAESTRO takes
    // whether the case is an edge, and has an edge-edge sub-cluster, from the case's extent
    // (DFA_iteration-analysis.hpp), but the edge's sub-cluster count (DFA_cluster-unit.hpp,
    // AnalyzeSpatialEdgeCase) and mapping sizes from the stored one (oracle: C = 100 in
    // TemporalMap(16,16) tiles over SpatialMap(1,1) C on 8 PEs: the last, 4-channel tile is
    // an edge fetched by 1 sub-cluster, the count 16 channels on 8 PEs leave).
    struct SpatialEdge {
      int64_t mappedEdge = 0, uniqueEdge = 0, nEdge = 1;
      bool isEdge = false, ee = false;
    };
    auto edgeOf = [&](size_t js, int64_t Ein, int64_t Es, int64_t size, int64_t ofs) {
      SpatialEdge r;
      int64_t U = std::max<int64_t>(L.subUnits, 1);
      int64_t steadyIt = std::max<int64_t>((Es - size) / ofs, 0);
      bool hasEdge = steadyIt * ofs + size < Es || size > Es;
      int64_t edgeMap = Es - (steadyIt + 1) * ofs;
      if (edgeMap < 0)
        edgeMap = Es;
      r.mappedEdge = hasEdge ? edgeMap : size;
      r.uniqueEdge = std::max<int64_t>(ofs - (size - edgeMap), 0);
      int64_t coverage = size + ofs * (U - 1);
      // The edge's sub-clusters, from the stored extent.
      if (Es > coverage) {
        int64_t nss = ((Es - size) / ofs + 1) / U - 1;
        int64_t remaining = Es - (nss + 1) * ofs * U;
        r.nEdge = remaining < size ? 1 : (remaining - size) / ofs + 1;
      } else if (Es > size) {
        r.nEdge = (Es - size) / ofs + 1;
        if (ofs * (r.nEdge - 1) + size < Es)
          ++r.nEdge;
      }
      // Edge and edge-edge, from the case's extent.
      const StepClass &c = dc[js].cls[idx[js]];
      if (dc[js].steps == 1) {
        r.isEdge = r.ee = Ein < coverage;
      } else if (idx[js] + 1 == dc[js].cls.size() && !c.first) {
        int64_t nss = ((Ein - size) / ofs + 1) / U - 1;
        r.isEdge = (nss + 1) * ofs * U + coverage > Ein && nss * ofs * U + coverage != Ein;
        int64_t remaining = Ein - (nss + 1) * ofs * U;
        int64_t n = remaining < size ? 1 : (remaining - size) / ofs + 1;
        r.ee = (n - 1) * ofs + size < remaining;
      }
      if (!r.isEdge)
        r.ee = false;
      return r;
    };
    // The extent of dimension d the cluster level stores: its first tile.
    auto storedExtent = [&](int d) {
      int64_t e = P.size[d];
      for (size_t l = 0; l < level; ++l)
        for (const Map &m : M.levels[l].maps)
          if (m.dim == d)
            e = std::min(e, m.size);
      return e;
    };

    // MAESTRO's GetSpatialIngressTraffic (CA_reuse-analysis.hpp): an input or filter tensor
    // coupled with this level's spatial map is fetched per sub-cluster, not as the union: the
    // first sub-cluster its whole tile, the others only their unique part (min(size, offset)
    // along the map) or their whole tile (all-Init case; or the map outer to the changing
    // loop, or an inner coupled loop reset), the last one of a spatial edge its edge tile
    // ("sp edge-edge", whose unique part MAESTRO sizes as max(offset - (size - edge), 0)).
    auto spatialTraffic = [&](int tensor, const Ext &fetch, int ch) -> int64_t {
      int js = -1;
      for (size_t j = 0; j < nd; ++j)
        if (L.maps[j].spatial) {
          js = int(j);
          break;
        }
      if (!O.maestroReuseQuirk || tensor == TOut || js < 0 ||
          !coupled(P.type, tensor, L.maps[js].dim))
        return traffic(tensor, fetch, ch);
      const Map &m = L.maps[js];
      int d = m.dim;
      const StepClass &c = dc[js].cls[idx[js]];
      // The map in MAESTRO's coordinates: input rows / cols for Y and X of the input tensor.
      bool rows = tensor == TIn && (d == DY || d == DX);
      int64_t stride = d == DY ? P.strideY : P.strideX;
      int64_t win = d == DY ? fetch[DR] : fetch[DS];
      // MAESTRO's strided map (ApplyOuterStride) in input rows (inputSpan); the top level's
      // extent is the input as given.
      auto in = [&](int64_t e) { return rows ? inputSpan(e, stride, win) : e; };
      int64_t Ein = in(E[d]), size = in(m.size);
      int64_t ofs = rows ? m.offset * (level > 0 && win < stride ? win : stride) : m.offset;
      if (rows && level == 0)
        Ein = d == DY ? P.loadedRows() : P.loadedCols();
      int64_t U = std::max<int64_t>(L.subUnits, 1);
      SpatialEdge sp = edgeOf(js, Ein, level == 0 ? Ein : in(storedExtent(d)), size, ofs);
      int64_t mapped = size, unique = std::min(size, ofs);
      int64_t mappedEdge = sp.mappedEdge, uniqueEdge = sp.uniqueEdge;
      bool isEdge = sp.isEdge, ee = sp.ee;
      int64_t nEdge = sp.nEdge;
      Ext one = fetch;
      one[d] = c.tile;
      int64_t first;
      if (ch < 0 || ch == js)
        first = volume(tensor, one);
      else
        first = traffic(tensor, one, ch);
      if (first == 0)
        return 0;
      int64_t firstFactor = in(c.tile);
      auto with = [&](int64_t factor) { return first / firstFactor * factor; };
      bool innerReset = false;
      for (size_t j = size_t(std::max(ch, 0)) + 1; j < nd; ++j)
        innerReset |= restarts(j, tensor);
      // The others' factor along the map (GetPEMappedVolume / GetPEIngressVolume).
      bool full = ch < 0 || (c.first ? js < ch : !(ch == js && !innerReset));
      int64_t other = with(full ? mapped : unique);
      int64_t otherEE = with(full ? mappedEdge : uniqueEdge);
      if (!isEdge)
        return first + (U - 1) * other;
      int64_t total = nEdge == 1 && ee ? with(mappedEdge) : first;
      if (nEdge > 1)
        total += std::max<int64_t>(nEdge - (ee ? 1 : 0) - 1, 0) * other + (ee ? otherEE : 0);
      return total;
    };

    // The output tile as MAESTRO writes it back in the current case (its egress).
    auto writtenOf = [&](const Ext &uni) {
      Ext written = uni;
    if (O.maestroReuseQuirk)
      for (size_t j = 0; j < nd; ++j) {
        // MAESTRO writes back one sub-cluster fewer when a spatial map's only fold leaves
        // sub-clusters idle (its "edge-edge" sub-cluster maps no output; oracle: K = 2 over
        // 4 clusters writes half the output).
        const Map &m = L.maps[j];
        const StepClass &c = dc[j].cls[idx[j]];
        // A map on output rows / cols (input Y / X) keeps it: MAESTRO sizes that unique
        // part min(offset, edge tile) >= 1 (AnalyzeOutputMappingSizes; oracle: vgg16_xp_ws).
        // In general the edge-edge sub-cluster writes its unique part max(offset - (size -
        // edge), 0) along the map (0 when the map divides the extent; oracle: K = 3 over
        // SpatialMap(2,2) writes all three).
        if (m.spatial && dc[j].steps == 1 && c.active >= 2 && c.active < L.subUnits &&
            coupled(P.type, TOut, m.dim) && m.dim != DY && m.dim != DX) {
          int64_t e = E[m.dim], size = m.size, ofs = m.offset;
          int64_t steadyIt = std::max<int64_t>((e - size) / ofs, 0);
          int64_t edgeMap = e - (steadyIt + 1) * ofs;
          if (edgeMap < 0)
            edgeMap = e;
          int64_t uniqueEdge = std::max<int64_t>(ofs - (size - edgeMap), 0);
          int64_t nEdge = e > size ? (e - size) / ofs + 1 : 1;
          if (e > size && ofs * (nEdge - 1) + size < e)
            ++nEdge;
          written[m.dim] = nEdge > 1 ? c.tile + (nEdge - 2) * std::min(size, ofs) + uniqueEdge
                                     : c.tile;
        }
        // A strided map on Y / X: MAESTRO sizes each further sub-cluster's output part in
        // input rows, min(offset x stride, input rows of the map) (AnalyzeOutputMappingSizes
        // takes the input map's offset; oracle: stride-2 xp_ws layers write ~2x the output).
        // In a spatial edge the last ("edge-edge") sub-cluster writes min(offset, rows of its
        // edge map - R + 1) instead, the edge map being the whole map when the map ends on
        // the extent (GetSpatialEgressTraffic; oracle: SpatialMap(1,1) Y' over Y = 7, R = 5,
        // stride 2 writes 2 output rows, not 3).
        int64_t stride = m.dim == DY ? P.strideY : P.strideX;
        if (m.spatial && (m.dim == DY || m.dim == DX) && stride > 1 && c.active >= 2) {
          bool y = m.dim == DY;
          int64_t win = y ? uni[DR] : uni[DS];
          int64_t sizeIn = m.size * std::min(stride, win) + std::max<int64_t>(win - stride, 0);
          int64_t ofsIn = m.offset * (level > 0 && win < stride ? win : stride);
          int64_t unique = std::min(m.offset * stride, sizeIn);
          int64_t Ein = level == 0 ? (y ? P.loadedRows() : P.loadedCols())
                                   : inputSpan(E[m.dim], stride, win);
          int64_t Es = level == 0 ? Ein : inputSpan(storedExtent(m.dim), stride, win);
          SpatialEdge sp = edgeOf(j, Ein, Es, sizeIn, ofsIn);
          if (!sp.isEdge) {
            written[m.dim] = c.tile + (c.active - 1) * unique;
          } else {
            int64_t edgeOut = std::max<int64_t>(sp.mappedEdge - win + 1, 0);
            int64_t firstOut = sp.nEdge == 1 && sp.ee ? edgeOut : c.tile;
            written[m.dim] = firstOut +
                             std::max<int64_t>(sp.nEdge - (sp.ee ? 1 : 0) - 1, 0) * unique +
                             (sp.nEdge > 1 && sp.ee ? std::min(ofsIn, edgeOut) : 0);
          }
        }
      }
      return written;
    };

    // The all-Init case first: it fixes the L2 requirement (x2, double buffering).
    Ext tile{}, uni{}, fetch{};
    for (int d = 0; d < NumDims; ++d)
      tile[d] = uni[d] = fetch[d] = E[d];
    int64_t occ;
    int ch;
    int64_t active;
    caseOf(tile, uni, fetch, occ, ch, active);
    int64_t offIn = 0, offOut = 0;
    if (top) {
      top->input.l2Req = 2 * traffic(TIn, uni, -1);
      top->filter.l2Req = 2 * traffic(TW, uni, -1);
      // The output's: twice the first case's egress, the edge-edge sub-cluster's smaller
      // write-back included (UpdateBufferSizeReq; oracle: K = 80 over 256 sub-clusters
      // needs 2 x 948, not 2 x 960, and is off-chip bound at 18 cycles, not 19).
      top->output.l2Req = 2 * volume(TOut, O.maestroReuseQuirk ? writtenOf(uni) : uni);
      if (O.maestroReuseQuirk)
        for (size_t j = 0; j < nd; ++j) {
          // MAESTRO sizes L2 for a spatial map on Y or X as every sub-cluster's own window,
          // the overlap counted once per sub-cluster (oracle: vgg16_xp_ws CONV1 is off-chip
          // bound at 40 cycles a step: 222 x 3 x 3 input elements, not 3 x 224).
          // The same for any overlapping spatial map (offset < size) and the tensors it is
          // coupled with (Transformer_Layers' SpatialMap(2,1) K: 127 x 2 filter rows).
          const Map &m = L.maps[j];
          const StepClass &c = dc[j].cls[0];
          if (!m.spatial || c.active <= 1)
            continue;
          Ext one = uni;
          one[m.dim] = c.tile;
          // On Y / X: the all-Init ingress per sub-cluster, the edge-edge one included
          // (oracle: a 7x7 stride-2 layer over X = 224 has 110 sub-cluster windows).
          if (m.dim == DY || m.dim == DX)
            top->input.l2Req = 2 * spatialTraffic(TIn, uni, -1);
          else if (m.offset < m.size && coupled(P.type, TIn, m.dim))
            top->input.l2Req = 2 * c.active * volume(TIn, one);
          if (m.offset < m.size && coupled(P.type, TW, m.dim))
            top->filter.l2Req = 2 * c.active * volume(TW, one);
        }
      // Off-chip: L2 requirement / bandwidth, halved for double buffering (§1.2 item 4).
      offIn = int64_t(double(top->input.l2Req + top->filter.l2Req) / double(H.offchipBw) / 2.0);
      offOut = int64_t(double(top->output.l2Req) / double(H.offchipBw) / 2.0);
      top->ingressMin = top->computeMin = std::numeric_limits<int64_t>::max();
    }

    LevelResult R;
    double occSum = 0, pesSum = 0;
    while (true) {
      for (int d = 0; d < NumDims; ++d)
        tile[d] = uni[d] = fetch[d] = E[d];
      caseOf(tile, uni, fetch, occ, ch, active);
      // Input and filter as MAESTRO fetches them (whole tiles on a last partial step), the
      // output as it is written.
      Ext written = writtenOf(uni);
      int64_t inT = spatialTraffic(TIn, fetch, ch), wT = spatialTraffic(TW, fetch, ch),
              outT = traffic(TOut, written, ch);
      int64_t compute;
      double subPes = 1;
      if (last) {
        int64_t macs = 1;
        for (int d = 0; d < NumDims; ++d)
          macs *= tile[d];
        compute = ceilDiv(macs, H.simdLanes); // §1.2 item 4
      } else {
        LevelResult sub = run(level + 1, staleTile(level + 1, tile), nullptr);
        compute = sub.runtime;
        subPes = sub.avgPes;
      }
      int64_t ing = nocDelay(inT + wT), eg = nocDelay(outT);
      int64_t delay = ch < 0 ? std::max(compute + ing, eg) : std::max({ing, compute, eg});
      delay = std::max({delay, offIn, offOut});
      R.runtime += occ * delay;
      occSum += double(occ);
      pesSum += double(occ) * double(active) * subPes;
      if (top) {
        top->input.l2Read += occ * inT;
        top->filter.l2Read += occ * wT;
        top->output.l2Write += occ * outT;
        top->ingressMin = std::min(top->ingressMin, ing);
        top->ingressMax = std::max(top->ingressMax, ing);
        top->computeMin = std::min(top->computeMin, compute);
        top->computeMax = std::max(top->computeMax, compute);
      }
      size_t j = nd;
      bool done = true;
      while (j > 0) {
        --j;
        if (++idx[j] < dc[j].cls.size()) {
          done = false;
          break;
        }
        idx[j] = 0;
      }
      if (done)
        break;
    }
    R.avgPes = occSum > 0 ? pesSum / occSum : 0;
    if (!top)
      memo[{level, E}] = R;
    return R;
  }

  /// The tile a sub-cluster level is priced with. MAESTRO analyses each sub-cluster case
  /// with iteration cases from its own tile but mapping sizes from the level's first tile
  /// (AnalyzeClusterLevel_V2 builds its ReuseAnalysis from the cluster's stored dimensions):
  /// a dimension every map of the level covers in one step, under both tiles (no directive
  /// there, one sized to the first tile, a spatial map in one fold), is priced at the first
  /// tile's extent also in an outer edge case (oracle: random mappings with an outer
  /// TemporalMap(2,2) K over K = 3; the cases below).
  Ext staleTile(size_t level, const Ext &tile) const {
    if (!O.maestroReuseQuirk)
      return tile;
    Ext first = P.size;
    for (size_t l = 0; l < level; ++l)
      for (const Map &m : M.levels[l].maps)
        first[m.dim] = std::min(m.size, first[m.dim]);
    Ext out = tile;
    const Level &L = M.levels[level];
    // An outer edge tile that every map of the level still covers in one step (a spatial map
    // in one fold) is priced as the first tile: its sub-clusters and their traffic are the
    // cluster's stored ones (ReuseAnalysis reads the ClusterUnit's dimensions, the
    // IterationAnalysis the tile; oracle: TemporalMap(10,8) X over X = 14 with
    // SpatialMap(3,1) X on 8 PEs inside moves 8 windows on the 6-column edge too, and
    // TemporalMap(16,16) C over C = 100 with SpatialMap(1,1) C inside 16 channels on the last 4).
    for (int d = 0; d < NumDims; ++d) {
      if (tile[d] >= first[d])
        continue;
      bool oneStep = true;
      for (const Map &m : L.maps)
        if (m.dim == d)
          oneStep &= classesOf(m, tile[d], L.subUnits, false).steps == 1 &&
                     classesOf(m, first[d], L.subUnits, false).steps == 1;
      if (oneStep)
        out[d] = first[d];
    }
    return out;
  }

  /// The PE tile of the first case at every level (for the L1 requirement).
  Ext firstPeTile() const {
    Ext E = P.size;
    for (const Level &L : M.levels)
      for (const Map &m : L.maps)
        E[m.dim] = std::min(m.size, E[m.dim]);
    return E;
  }

private:
  const Problem &P;
  const Mapping &M;
  const HardwareDesc &H;
  Options O;
  std::map<std::pair<size_t, Ext>, LevelResult> memo;
};

} // namespace

int64_t Analysis::l2Accesses() const {
  return input.l2Read + input.l2Write + filter.l2Read + filter.l2Write + output.l2Read +
         output.l2Write;
}
int64_t Analysis::l1Accesses() const {
  return input.l1Read + input.l1Write + filter.l1Read + filter.l1Write + output.l1Read +
         output.l1Write;
}
namespace {
// MAESTRO's on-screen sum (API_user-interface-v2.hpp): each count x unit energy in double,
// the four buffer totals in long double over the tensors, then the MACs.
long double energySum(const Analysis &a, double mac, double l1, double l2) {
  long double l2w = 0, l2r = 0, l1w = 0, l1r = 0;
  for (const TensorCounts *t : {&a.input, &a.filter, &a.output}) {
    l2w += double(t->l2Write) * l2;
    l2r += double(t->l2Read) * l2;
    l1w += double(t->l1Write) * l1;
    l1r += double(t->l1Read) * l1;
  }
  return l2w + l2r + l1w + l1r + (long double)(mac * double(a.macs));
}
} // namespace

double Analysis::energyWith(double mac, double l1, double l2) const {
  // §1.2 item 6: 18.61 x L2 + 1.68 x L1 + #MACs (MAC energy = 1) on screen.
  return l2 * double(l2Accesses()) + l1 * double(l1Accesses()) + mac * double(macs);
}

std::string Analysis::printedEnergy() const {
  // std::cout of a long double: 6 significant digits of the long double itself (rounding it
  // to double first can land on a tie: 416747.4999999999879 -> 416747.5 -> "416748").
  char buf[64];
  std::snprintf(buf, sizeof buf, "%Lg", energySum(*this, 1.0, 1.68, 18.61));
  return buf;
}

double csvEnergyNJ(const Analysis &cur, const Analysis *prev) {
  double l2 = double(cur.input.l2Read + cur.input.l2Write + cur.filter.l2Read + cur.filter.l2Write +
                     cur.output.l2Write);
  double l1 = prev ? double(prev->l1Accesses()) : 0.0;
  return 0.00023 * (18.61 * l2 + 1.68 * l1);
}

Result<Analysis> analyze(const Problem &P, const Mapping &M, const HardwareDesc &H,
                         const Options &O) {
  if (M.levels.empty())
    return Status::error(StatusCode::InvalidArgument, "mapping has no levels");
  if (H.numPes <= 0 || H.nocBw <= 0 || H.offchipBw <= 0 || H.simdLanes <= 0)
    return Status::error(StatusCode::InvalidHardware, "hardware: non-positive PEs or bandwidth");
  for (int64_t s : P.size)
    if (s <= 0)
      return Status::error(StatusCode::InvalidLayer, "layer '" + P.name + "': non-positive size");
  Analysis A;
  A.macs = P.macs();
  Analyzer an(P, M, H, O);
  LevelResult r = an.run(0, P.size, &A);
  A.runtime = r.runtime;
  A.avgUtilizedPes = r.avgPes;
  // §1.2 item 3: fills from DRAM, copies, one L1 read per MAC and operand.
  // The whole input as given, also rows a stride leaves unused (oracle: stride-2 layers).
  A.input.l2Write = P.size[DN] * P.size[DG] * P.size[DC] * P.loadedRows() * P.loadedCols();
  A.filter.l2Write = filterChannels(P.type, P.size) * P.size[DR] * P.size[DS];
  A.output.l2Read = P.size[DN] * outputChannels(P.type, P.size) * P.size[DY] * P.size[DX];
  // MAESTRO sizes the output it reads back from L2 as Y - R + 1 by X - S + 1 of the given
  // input, ignoring the stride (API_user-interface-v2.hpp, ConstructConvDimensionTable).
  if (O.maestroReuseQuirk)
    A.output.l2Read = P.size[DN] * outputChannels(P.type, P.size) *
                      (P.loadedRows() + P.padY - P.size[DR] + 1) *
                      (P.loadedCols() + P.padX - P.size[DS] + 1);
  A.input.l1Write = A.input.l2Read;
  A.filter.l1Write = A.filter.l2Read;
  A.input.l1Read = A.filter.l1Read = A.output.l1Read = A.output.l1Write = A.macs;
  Ext pe = an.firstPeTile();
  int64_t peMacs = 1;
  for (int64_t s : pe)
    peMacs *= s;
  A.input.l1Req = 2 * pe[DN] * pe[DG] * pe[DC] * ((pe[DY] - 1) * P.strideY + pe[DR]) * ((pe[DX] - 1) * P.strideX + pe[DS]);
  A.filter.l1Req = 2 * filterChannels(P.type, pe) * pe[DR] * pe[DS];
  A.output.l1Req = 2 * peMacs;
  if (A.l2Req() > H.l2Size)
    A.warnings.push_back("[WARNING:Buffer] Per-layer L2 size requirement [" + std::to_string(A.l2Req()) +
                         "] is larger than the given L2 size [" + std::to_string(H.l2Size) + "]");
  if (A.l1Req() > H.l1Size)
    A.warnings.push_back("[WARNING:Buffer] Per-layer L1 size requirement [" + std::to_string(A.l1Req()) +
                         "] is larger than the given L1 size [" + std::to_string(H.l1Size) + "]");
  return A;
}

} // namespace dataflow::cost::maestro
