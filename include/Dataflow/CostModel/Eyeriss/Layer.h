//===- Layer.h - Layer loop nests of the cost model -------------*- C++ -*-===//
//
// The layer shapes the cost model schedules (docs/cost-model.md §2). A Layer is
// one loop nest with its batch. CONV: C in-channels, M out-channels, ofmap
// E x F, filter R x S, stride U x V. FC is CONV with E = F = 1 and R x S the
// ifmap size. Pooling and element-wise layers are "local region" (LR) layers:
// window R x S, stride U x V, `nreg` inputs (pooling: 1), and one input
// channel per output channel.
//
// Reductions (documented choices, see docs/cost-model.md):
//  - matmul [rows x K] * [K x cols] = FC with C = K, M = cols, R = S = 1 and
//    batch = rows (makeMatmul);
//  - grouped / depthwise conv with g groups = g independent convs of C/g
//    in-channels and M/g out-channels: the schedule is searched for one group
//    and every figure (ops, accesses, energy, time) is multiplied by g, i.e.
//    the groups run one after another on the array (makeGroupedConv). A
//    depthwise conv is g = C = M.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_LAYER_H
#define DATAFLOW_COSTMODEL_LAYER_H

#include "Dataflow/CostModel/Eyeriss/Indices.h"
#include "Dataflow/CostModel/Core/Status.h"

#include <cstdint>
#include <string>

namespace dataflow::cost {

enum class LayerKind { Conv, FC, Pool, Eltwise };

const char *layerKindName(LayerKind kind);

struct Layer {
  std::string name;
  LayerKind kind = LayerKind::Conv;
  int64_t C = 1;      ///< input channels (per group); LR layers: = M * nreg
  int64_t M = 1;      ///< output channels (per group)
  int64_t E = 1;      ///< ofmap height
  int64_t F = 1;      ///< ofmap width
  int64_t R = 1;      ///< filter / window height
  int64_t S = 1;      ///< filter / window width
  int64_t U = 1;      ///< stride along the height
  int64_t V = 1;      ///< stride along the width
  int64_t nreg = 1;   ///< LR layers: inputs per output (element-wise), 1 for pooling
  int64_t batch = 1;  ///< N
  int64_t groups = 1; ///< independent groups (grouped/depthwise conv); figures x groups
  // Sliced layers (dilated and 3-D convolution, 3-D pooling; docs/cost-model.md "Dilated
  // and 3-D convolution"): `groups` includes slices() independent 2-D slices, run one after
  // another, and E x F is one dilation phase. One node prices the slices as groups and reads
  // no other field below; a node grid lays the fmaps out from them ("Slices on a grid").
  int64_t dilH = 1, dilW = 1; ///< dilation: phases along h, w (the ofmap is E dilH x F dilW)
  /// The kernel's dilation along h, w when it exceeds the ofmap extent (then that extent's
  /// phases are its rows, dilH = the ofmap height and E = 1); 0: the same as dilH, dilW.
  int64_t kernelDilH = 0, kernelDilW = 0;
  /// The convolution's stride along h, w when a phase strides less (stride s, dilation d:
  /// a phase steps s / gcd(s, d) of its input phase); 0: the same as U, V.
  int64_t sliceStrideH = 0, sliceStrideW = 0;
  int64_t depth = 1;          ///< 3-D: output depth D (channel-major, depth-minor on a grid);
                              ///< a 3-D pool on a grid has groups = D and nreg = T
  int64_t depthIn = 1;        ///< 3-D: input depth
  int64_t kernelDepth = 1;    ///< 3-D: kernel depth T (slices = D T)

  /// CONV-shaped loop nest (CONV and FC) vs local region (pool, eltwise).
  bool isConvLike() const { return kind == LayerKind::Conv || kind == LayerKind::FC; }
  DataLoops dataLoops() const {
    return isConvLike() ? DataLoops::conv() : DataLoops::localRegion();
  }
  /// Ifmap size (docs/cost-model.md §2): (R + (E-1)U) x (S + (F-1)V).
  int64_t hifm() const { return R + (E - 1) * U; }
  int64_t wifm() const { return S + (F - 1) * V; }
  /// MACs for one group over the batch (docs/cost-model.md §2): CONV
  /// M*E*F*R*S*C, LR M*E*F*R*S*nreg, per sample.
  double opsPerGroup() const;
  /// All groups.
  double totalOps() const { return opsPerGroup() * double(groups); }
  /// The dilation a kernel tap steps by on the ofmap grid (a footprint of d + 1 rows).
  int64_t tapDilH() const { return kernelDilH ? kernelDilH : dilH; }
  int64_t tapDilW() const { return kernelDilW ? kernelDilW : dilW; }
  /// The stride an output row steps on the whole ifmap (a footprint of (E-1) s + ... rows).
  int64_t gridU() const { return sliceStrideH ? sliceStrideH : U; }
  int64_t gridV() const { return sliceStrideW ? sliceStrideW : V; }
  /// The independent 2-D slices folded into `groups` (1 unless sliced).
  int64_t slices() const { return dilH * dilW * depth * kernelDepth; }
  /// The channel groups: `groups` without its slices.
  int64_t channelGroups() const { return groups / slices(); }
  /// Laid out by slices on a grid (a depth-1 3-D layer too: its input has depthIn).
  bool isSliced() const {
    return slices() != 1 || depthIn != 1 || kernelDilH != 0 || kernelDilW != 0 ||
           sliceStrideH != 0 || sliceStrideW != 0;
  }
  /// The in-channels a node grid lays out for the layer's input: C per group at every input
  /// depth; a sliced pooling layer (its `nreg` regions are depth taps) reads M channels.
  int64_t gridInChannels() const {
    return (isConvLike() || !isSliced() ? C * channelGroups() : M) * depthIn;
  }
};

/// Checks the shape: every size positive, LR layers with C == M * nreg.
Status validateLayer(const Layer &layer);

Layer makeConv(std::string name, int64_t C, int64_t M, int64_t E, int64_t F,
               int64_t R, int64_t S, int64_t U, int64_t V, int64_t batch);
/// FC: ifmap R x S, ofmap 1 x 1 (docs/cost-model.md §2).
Layer makeFC(std::string name, int64_t C, int64_t M, int64_t R, int64_t S,
             int64_t batch);
/// Pooling: stride defaults to the window when U or V is 0.
Layer makePool(std::string name, int64_t M, int64_t E, int64_t F, int64_t R,
               int64_t S, int64_t U, int64_t V, int64_t batch);
/// Element-wise over `nreg` inputs of M channels each.
Layer makeEltwise(std::string name, int64_t M, int64_t E, int64_t F,
                  int64_t nreg, int64_t batch);
/// matmul [rows x K] x [K x cols] as FC with batch = rows.
Layer makeMatmul(std::string name, int64_t rows, int64_t K, int64_t cols);
/// Grouped conv with C, M the full channel counts; fails unless both are
/// divisible by `groups`. Depthwise: groups = C = M.
Result<Layer> makeGroupedConv(std::string name, int64_t C, int64_t M, int64_t E,
                      int64_t F, int64_t R, int64_t S, int64_t U, int64_t V,
                      int64_t batch, int64_t groups);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_LAYER_H
