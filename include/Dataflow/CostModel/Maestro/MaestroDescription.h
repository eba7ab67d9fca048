//===- MaestroDescription.h - MAESTRO layers, directives, hardware -*- C++ -*-===//
//
// What MAESTRO's .m files describe, as the cost model takes it: a layer with
// its dimensions and dataflow directives, a network of them, and the hardware
// (file and command-line knobs). Filled by the .m parser (Target/Maestro) or
// by the bridge from the dialect; read by toProblem / toMapping.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_MAESTRO_MAESTRODESCRIPTION_H
#define DATAFLOW_COSTMODEL_MAESTRO_MAESTRODESCRIPTION_H

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

} // namespace dataflow::cost::maestro

#endif // DATAFLOW_COSTMODEL_MAESTRO_MAESTRODESCRIPTION_H
