//===- Hardware.cpp - Validation of accelerator resources -----------------===//
#include "Dataflow/CostModel/Eyeriss/Hardware.h"

#include <string>

namespace dataflow::cost {

Status validateHardware(const Hardware &hw) {
  auto bad = [](const char *field, const std::string &v) {
    return Status::error(StatusCode::InvalidHardware,
                         std::string("accelerator ") + field + " = " + v +
                             " must be positive");
  };
  if (hw.nodesH <= 0) return bad("nodesH", std::to_string(hw.nodesH));
  if (hw.nodesW <= 0) return bad("nodesW", std::to_string(hw.nodesW));
  if (hw.arrayH <= 0) return bad("arrayH", std::to_string(hw.arrayH));
  if (hw.arrayW <= 0) return bad("arrayW", std::to_string(hw.arrayW));
  if (hw.gbufWords <= 0) return bad("gbufWords", std::to_string(hw.gbufWords));
  if (hw.regfWords <= 0) return bad("regfWords", std::to_string(hw.regfWords));
  if (!(hw.arrayBusWidth > 0)) return bad("arrayBusWidth", std::to_string(hw.arrayBusWidth));
  if (!(hw.dramBandwidth > 0)) return bad("dramBandwidth", std::to_string(hw.dramBandwidth));
  return Status::ok();
}

} // namespace dataflow::cost
