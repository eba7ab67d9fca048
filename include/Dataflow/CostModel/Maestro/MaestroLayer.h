//===- MaestroLayer.h - MAESTRO layers and directives as loops -*- C++ -*-===//
//
// A parsed layer (CONV, DSCONV, NGCONV, GEMM as CONV) as loop bounds (Problem) and its
// Dataflow directives split into cluster levels in output coordinates
// (Mapping), and a mapping written back as directives. Rules and sources:
// docs/cost-model.md, section "MAESTRO".
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_MAESTRO_MAESTROLAYER_H
#define DATAFLOW_COSTMODEL_MAESTRO_MAESTROLAYER_H

#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/CostModel/Maestro/MaestroDescription.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace dataflow::cost::maestro {

/// Loop dimensions; Y and X are *output* rows/cols (MAESTRO's Y', X'); G (NGCONV's groups)
/// is 1 in every other layer type.
enum Dim { DN = 0, DK, DC, DR, DS, DY, DX, DG, NumDims };
const char *dimName(int d);

/// NgConv: MAESTRO's grouped convolution, G groups of K x C filters (docs/seed-tools.md §1.1).
enum class OpType { Conv, DsConv, NgConv };

/// The layer as loop bounds (GEMM M x K x N = CONV with Y' = M, C = K, K = N).
struct Problem {
  std::string name;
  OpType type = OpType::Conv;
  std::array<int64_t, NumDims> size{1, 1, 1, 1, 1, 1, 1, 1};
  int64_t strideY = 1, strideX = 1;
  /// Rows / cols of zero padding when the given input is smaller than the filter.
  int64_t padY = 0, padX = 0;
  /// The input rows / cols as given (Y, X); 0 when only Y' / X' are. A stride can leave
  /// some unused; MAESTRO still loads all of them into L2.
  int64_t givenRows = 0, givenCols = 0;
  int64_t loadedRows() const { return givenRows ? givenRows : inputRows() - padY; }
  int64_t loadedCols() const { return givenCols ? givenCols : inputCols() - padX; }
  int64_t macs() const;
  int64_t inputRows() const { return (size[DY] - 1) * strideY + size[DR]; }
  int64_t inputCols() const { return (size[DX] - 1) * strideX + size[DS]; }
};

struct Map {
  bool spatial = false;
  int dim = DK;
  int64_t size = 1, offset = 1;
};
/// One cluster level: its maps (outermost first) and how many sub-units
/// (sub-clusters, or PEs at the innermost level) share it.
struct Level {
  std::vector<Map> maps;
  int64_t subUnits = 1;
};
struct Mapping {
  std::vector<Level> levels;
  int64_t usedPes = 0; ///< product of sub-units (PE count floored to a multiple)
};

/// Builds the loop bounds of a parsed layer (CONV, DSCONV, NGCONV, GEMM, TRCONV as
/// CONV); other types are rejected with the layer's line.
Result<Problem> toProblem(const LayerDesc &, const std::string &file = "<mapping>");
/// Splits the directives at Cluster into levels, converts Y/X (input) maps to
/// output coordinates and checks the R/S full-tile rule (line-numbered errors).
Result<Mapping> toMapping(const LayerDesc &, const Problem &, const HardwareDesc &,
                          const std::string &file = "<mapping>");

/// Writes a mapping back as directives (for reports and round trips).
std::string formatMapping(const Mapping &);

} // namespace dataflow::cost::maestro

#endif // DATAFLOW_COSTMODEL_MAESTRO_MAESTROLAYER_H
