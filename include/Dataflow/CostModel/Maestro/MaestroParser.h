//===- MaestroParser.h - MAESTRO .m model/mapping/hardware files -*- C++ -*-===//
//
// Reads MAESTRO's data-centric description language (docs/seed-tools.md
// §1.1): `Constant`, `Network { Layer { Type, Stride, Dimensions, Dataflow } }`
// with TemporalMap / SpatialMap / Cluster directives, and the five-line
// hardware files. Errors are Status messages "<file>:<line>: <reason>".
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_MAESTROPARSER_H
#define DATAFLOW_COSTMODEL_MAESTROPARSER_H

#include "Dataflow/CostModel/Core/Status.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dataflow::cost::maestro {

/// One dataflow directive. For a map, size/offset are resolved numbers
/// (`Sz(D)` and Constants substituted); for Cluster, size = n.
struct Directive {
  enum Kind { Temporal, Spatial, Cluster } kind = Temporal;
  int64_t size = 1, offset = 1;
  std::string dim;      ///< N, G, K, C, R, S, Y, X, Y', X' (GEMM: M, N, K)
  bool logical = false; ///< Cluster(n, L)
  int line = 0;
};

/// One layer of a model or mapping file.
struct LayerDesc {
  std::string name;
  std::string type = "CONV"; ///< CONV, DSCONV, NGCONV, GEMM, TRCONV, FC, POOL, ...
  int64_t strideX = 1, strideY = 1;
  std::map<std::string, int64_t> dims; ///< as written (Y/X input or Y'/X' output)
  std::vector<Directive> dataflow;     ///< empty in a model file
  int line = 0;
};

struct NetworkDesc {
  std::string name;
  std::vector<LayerDesc> layers;
};

/// The hardware file (`data/hw/*.m`) plus the CLI-only knobs.
struct HardwareDesc {
  int64_t numPes = 256;
  int64_t l1Size = 100;   ///< per PE (bytes, compared as MAESTRO does)
  int64_t l2Size = 3000;
  int64_t nocBw = 1000;   ///< elements / cycle
  int64_t offchipBw = 50; ///< elements / cycle
  int64_t nocHops = 1, hopLatency = 1;
  int64_t simdLanes = 1;
};

/// Parses a mapping or model file; `file` only names the errors.
Result<NetworkDesc> parseMaestroNetwork(const std::string &text, const std::string &file = "<mapping>");
Result<HardwareDesc> parseMaestroHardware(const std::string &text, const std::string &file = "<hw>");
/// Convenience: read a file from disk.
Result<std::string> readTextFile(const std::string &path);

} // namespace dataflow::cost::maestro

#endif // DATAFLOW_COSTMODEL_MAESTROPARSER_H
