//===- SystolicOracleData.cpp - Records of the systolic tool's runs ------===//
#include "Systolic/SystolicOracleData.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace dataflow::cost::testing {

OracleData loadOracleData(const std::string &file) {
  OracleData d;
  std::ifstream f(std::string(DATAFLOW_COSTMODEL_TEST_DATA) + "/" + file);
  std::string line;
  while (std::getline(f, line)) {
    if (line.empty() || line[0] == '#')
      continue;
    std::istringstream is(line);
    Record r;
    std::string layer, sub;
    is >> r.network >> r.kase >> layer >> sub;
    const bool layerCrash = sub == "crash" && layer != "-"; // bench/systolic_random.py
    if (!layerCrash && (sub == "crash" || sub == "none")) {
      d.crashes.push_back(line);
      continue;
    }
    r.layer = std::stoi(layer);
    r.sub = layerCrash ? 0 : std::stoi(sub);
    std::string kind, deconv;
    int64_t w, h, dd, kw, kh, kd;
    is >> kind >> w >> h >> dd >> r.ci >> r.co >> kw >> kh >> kd >> r.stride >> deconv;
    if (!layerCrash)
      is >> r.cycles >> r.transfer;
    r.threeD = kind == "3D";
    r.deconv = deconv == "True";
    r.in = r.threeD ? std::vector<int64_t>{w, h, dd} : std::vector<int64_t>{w, h};
    r.kernel = r.threeD ? std::vector<int64_t>{kw, kh, kd} : std::vector<int64_t>{kw, kh};
    if (layerCrash) {
      std::string rest;
      std::getline(is, rest);
      d.layerCrashes.push_back({r, rest.substr(rest.find('|') + 1)});
    } else {
      d.records.push_back(r);
    }
  }
  return d;
}

SystolicHardware toolHardware() {
  SystolicHardware hw;
  hw.arraySize = 16;
  hw.bufferWords = 1572864;
  hw.bandwidthGBs = 25.6;
  hw.clockGHz = 1.0;
  hw.wordBits = 16;
  return hw;
}

SystolicSearchMethod methodOf(const std::string &kase) {
  std::string m = kase.substr(0, kase.find('-'));
  return parseSystolicSearchMethod(m).value_or(SystolicSearchMethod::Exhaustive);
}

Ours compute(const Record &r, const SystolicHardware &hw, bool toolTies) {
  SystolicSearchOptions o;
  o.method = methodOf(r.kase);
  o.partition = BufferPartition{3, 3, 4};
  // The tool prices 3-D layers with its own formulas (layer3d_base_method.py).
  if (r.threeD)
    o.model.model3D = Systolic3DModel::Tool;
  o.model.bufferSlack = 1.01; // process_parameter: util_buf > 1.01 is rejected
  o.model.toolOrderTies = toolTies;
  const bool split = r.kase.find("-split") != std::string::npos;
  const bool combine = r.kase.find("-combine") != std::string::npos;
  Ours out;
  auto fromLayer = [&](const std::vector<int64_t> &in, const std::vector<int64_t> &k,
                       const SystolicSearchOptions &opts) {
    Result<SystolicLayer> l = makeSystolicConv(in, r.ci, r.co, k, r.stride);
    if (!l) {
      out.error = l.status().message();
      return;
    }
    Result<SystolicSchedule> s = searchSystolicLayer(*l, hw, opts);
    if (!s) {
      out.error = s.status().message();
      return;
    }
    out.ok = true;
    out.cycles = s->cost.cycles;
    out.transfer = s->cost.transfer;
  };
  if (!r.deconv) {
    fromLayer(r.in, r.kernel, o);
  } else if (!split) {
    std::vector<int64_t> up;
    for (int64_t x : r.in)
      up.push_back(x * 2 / r.stride); // dnn_optimizer.py: ifmap*2/stride
    fromLayer(up, r.kernel, o);
  } else if (!combine) {
    std::vector<std::vector<int64_t>> subs = deconvSubKernels(r.kernel, 2);
    if (r.sub >= static_cast<int>(subs.size())) {
      out.error = "no such sub-kernel";
      return out;
    }
    fromLayer(r.in, subs[r.sub], o);
  } else if (o.method == SystolicSearchMethod::Exhaustive) {
    SystolicDeconv d{r.in, r.kernel, 2, r.ci, r.co};
    Result<SystolicDeconvSchedule> s =
        searchSystolicDeconv(d, hw, o, DeconvScheduling::SplitCombine, /*toolQuirks=*/true);
    if (!s) {
      out.error = s.status().message();
      return out;
    }
    out.ok = true;
    out.cycles = s->cycles;
    out.transfer = s->transfer;
  } else {
    SystolicSearchOptions c = o;
    c.method = SystolicSearchMethod::Constrained;
    fromLayer(r.in, r.kernel, c);
  }
  return out;
}

bool within1(double ours, double tool) { return std::fabs(ours - tool) <= 0.01 * tool; }

} // namespace dataflow::cost::testing
