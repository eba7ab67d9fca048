//===- MaestroParser.h - MAESTRO .m model/mapping/hardware files -*- C++ -*-===//
//
// Reads MAESTRO's data-centric description language (docs/seed-tools.md
// §1.1): `Constant`, `Network { Layer { Type, Stride, Dimensions, Dataflow } }`
// with TemporalMap / SpatialMap / Cluster directives, and the five-line
// hardware files, into the cost model's descriptions (MaestroDescription.h).
// Plain C++ (no MLIR), so the cost-model unit tests link it too. Errors are
// Status messages "<file>:<line>: <reason>".
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_TARGET_MAESTRO_MAESTROPARSER_H
#define DATAFLOW_TARGET_MAESTRO_MAESTROPARSER_H

#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/CostModel/Maestro/MaestroDescription.h"

#include <string>

namespace dataflow::cost::maestro {

/// Parses a mapping or model file; `file` only names the errors.
Result<NetworkDesc> parseMaestroNetwork(const std::string &text, const std::string &file = "<mapping>");
Result<HardwareDesc> parseMaestroHardware(const std::string &text, const std::string &file = "<hw>");
/// Convenience: read a file from disk.
Result<std::string> readTextFile(const std::string &path);

} // namespace dataflow::cost::maestro

#endif // DATAFLOW_TARGET_MAESTRO_MAESTROPARSER_H
