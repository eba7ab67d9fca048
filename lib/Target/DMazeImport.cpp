//===- DMazeImport.cpp - dMazeRunner JSON (+ its report) -> dataflow IR ---===//
//
// dMazeRunner's model JSON and arch_spec.json (docs/seed-tools.md §2.1), and
// optionally the optimizer's printed report, whose execution methods become
// #dataflow.loop_tiling (docs/import-and-embed.md, "dMazeRunner"). The report is read as
// the tool writes it: depthwise layers named `<name>_depthwise`, and one method for a run
// of identical layers (the later ones take the first one's).
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Target/DMazeImport.h"
#include "ImportSupport.h"

#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/Limits.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Regex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace mlir;
using namespace dataflow;
namespace json = llvm::json;

namespace {

/// A JSON text with line lookups: llvm::json keeps no positions, so an error names the
/// line of the key or value it is about (its first occurrence at or after `from`).
struct JsonFile {
  std::string path, text;
  size_t lineAt(size_t offset) const {
    return 1 + std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n');
  }
  size_t find(StringRef needle, size_t from = 0) const {
    size_t at = text.find(needle.str(), from);
    return at == std::string::npos ? from : at;
  }
  InFlightDiagnostic error(MLIRContext *ctx, size_t offset) const {
    return import::emitAt(ctx, path, static_cast<int>(lineAt(offset)));
  }
};

/// Parses `file`; a syntax error is reported at llvm::json's line.
std::optional<json::Value> parseJson(MLIRContext *ctx, const JsonFile &file) {
  llvm::Expected<json::Value> value = json::parse(file.text);
  if (value)
    return std::move(*value);
  std::string message = llvm::toString(value.takeError()); // "[line:col, byte=N]: reason"
  llvm::SmallVector<StringRef> m;
  if (llvm::Regex("^\\[([0-9]+):([0-9]+), byte=[0-9]+\\]: (.*)$").match(message, &m)) {
    int line = 1, col = 1;
    m[1].getAsInteger(10, line);
    m[2].getAsInteger(10, col);
    mlir::emitError(FileLineColLoc::get(ctx, file.path, line, col)) << "invalid JSON: " << m[3];
  } else {
    import::emitAt(ctx, file.path, 1) << "invalid JSON: " << message;
  }
  return std::nullopt;
}

/// Architecture fields, from arch_spec.json's two sections.
struct ArchSpec {
  int64_t pes = 0, rfBytes = 0, bytesPerData = 0, banks = 0, bankBytes = 0;
  double dmaInit = 0, dmaPerByte = 0, dmaMhz = 0, accelMhz = 0;
  double eRf = 0, eNoc = 0, eSpm = 0, eDram = 0, eMac = 0;
};

std::optional<ArchSpec> readArch(MLIRContext *ctx, const JsonFile &file) {
  std::optional<json::Value> root = parseJson(ctx, file);
  if (!root)
    return std::nullopt;
  const json::Object *obj = root->getAsObject();
  const json::Object *basic = obj ? obj->getObject("arch_basic") : nullptr;
  const json::Object *details = obj ? obj->getObject("arch_details") : nullptr;
  if (!basic || !details) {
    file.error(ctx, 0) << "arch spec needs the objects 'arch_basic' and 'arch_details'";
    return std::nullopt;
  }
  ArchSpec a;
  bool ok = true;
  // Maxima (include/Dataflow/IR/Limits.h): the PEs of a 1024 x 1024 array, the register
  // file's and the global buffer's bytes; checked before the grid is factored (2^63 PEs
  // hung) or the banks multiplied.
  auto integer = [&](const json::Object *o, StringRef key, int64_t &out, int64_t max) {
    std::optional<int64_t> v = o->getInteger(key);
    if (!v || *v <= 0 || *v > max) {
      if (ok) {
        InFlightDiagnostic d = file.error(ctx, file.find(("\"" + key + "\"").str()));
        if (v && *v > max)
          d << "'" << key << "' = " << *v << " exceeds the maximum of " << max;
        else
          d << "'" << key << "' must be a positive integer (at most " << max << ")";
      }
      ok = false;
      return;
    }
    out = *v;
  };
  auto number = [&](StringRef key, double &out, bool positive,
                    double max = std::numeric_limits<double>::max(), double min = 0) {
    std::optional<double> v = details->getNumber(key);
    if (!v || !std::isfinite(*v) || *v < 0 || (positive && *v == 0)) {
      if (ok)
        file.error(ctx, file.find(("\"" + key + "\"").str()))
            << "'" << key << "' must be a " << (positive ? "positive" : "non-negative")
            << " number";
      ok = false;
      return;
    }
    if (*v > max || *v < min) {
      if (ok)
        file.error(ctx, file.find(("\"" + key + "\"").str()))
            << "'" << key << "' = " << *v << " is outside [" << min << ", " << max << "]";
      ok = false;
      return;
    }
    out = *v;
  };
  integer(basic, "CGRA_SIZE", a.pes, limits::kMaxPesPerSide * limits::kMaxPesPerSide);
  integer(basic, "RF_SIZE", a.rfBytes, limits::kMaxRegfBytes);
  integer(basic, "BYTES_PER_DATA", a.bytesPerData, limits::kMaxRegfBytes);
  integer(basic, "TOTAL_BANKS_IN_SPM", a.banks, limits::kMaxGbufBytes);
  integer(basic, "TOTAL_BYTES_IN_BANK", a.bankBytes, limits::kMaxGbufBytes);
  if (ok && a.banks > limits::kMaxGbufBytes / a.bankBytes) {
    file.error(ctx, file.find("\"TOTAL_BANKS_IN_SPM\""))
        << "the scratchpad of TOTAL_BANKS_IN_SPM x TOTAL_BYTES_IN_BANK = " << a.banks << " x "
        << a.bankBytes << " bytes exceeds the maximum of " << limits::kMaxGbufBytes << " bytes";
    ok = false;
  }
  // The DMA's maxima (Limits.h), and the frequencies (MHz) within the clock's range.
  number("dma_init_cycles", a.dmaInit, false, limits::kMaxDmaInitCycles);
  number("dma_cycles_per_byte", a.dmaPerByte, false, 1.0 / limits::kMinDramBandwidth);
  for (auto [key, out] : {std::pair{"dma_frequency", &a.dmaMhz},
                          std::pair{"dataflow_accel_frequency", &a.accelMhz}})
    number(key, *out, true, limits::kMaxClockGhz * 1e3, limits::kMinClockGhz * 1e3);
  number("rf_energy", a.eRf, false);
  number("communication_energy", a.eNoc, false);
  number("spm_energy", a.eSpm, false);
  number("dram_energy", a.eDram, false);
  number("mac_energy", a.eMac, false);
  if (!ok)
    return std::nullopt;
  // The cost model reproduces the pipelined PE of the bundled arch_spec.json only.
  std::optional<bool> pipelined = details->getBoolean("pe_pipelined");
  std::optional<int64_t> stages = details->getInteger("pe_pipeline_stages");
  if ((pipelined && !*pipelined) || (stages && *stages != 1)) {
    file.error(ctx, file.find("\"pe_pipeline")) << "only a pipelined PE with 1 pipeline stage "
                                                   "is modelled (pe_pipelined, pe_pipeline_stages)";
    return std::nullopt;
  }
  std::optional<int64_t> dataSize = details->getInteger("data_type_size_in_bytes");
  if (dataSize && *dataSize != a.bytesPerData) {
    file.error(ctx, file.find("\"data_type_size_in_bytes\""))
        << "'data_type_size_in_bytes' " << *dataSize << " differs from BYTES_PER_DATA "
        << a.bytesPerData;
    return std::nullopt;
  }
  if (a.rfBytes < a.bytesPerData) {
    file.error(ctx, file.find("\"RF_SIZE\"")) << "RF_SIZE is smaller than one datum";
    return std::nullopt;
  }
  return a;
}

AcceleratorOp buildAccelerator(OpBuilder &b, Location loc, StringRef name, const ArchSpec &a) {
  auto [h, w] = import::squarestGrid(a.pes);
  // energies in pJ per access (arch_spec.json): MAC, RF, NoC (the array interconnect),
  // SPM (the global buffer), DRAM.
  EnergyAttr energy = EnergyAttr::get(b.getContext(), a.eMac, a.eRf, a.eNoc, a.eSpm, a.eDram, 0.0, 0.0);
  AcceleratorOp accel = AcceleratorOp::create(
      b, loc, b.getStringAttr(name), b.getDenseI64ArrayAttr({1, 1}), b.getDenseI64ArrayAttr({h, w}),
      b.getI64IntegerAttr(a.rfBytes), b.getI64IntegerAttr(a.banks * a.bankBytes),
      b.getI64IntegerAttr(a.bytesPerData * 8), MemoryTypeAttr::get(b.getContext(), MemoryType::Stacked3D),
      FloatAttr(), IntegerAttr(), energy, /*kind=*/{}, /*array_size=*/{}, /*buffer_bytes=*/{},
      /*partition=*/{}, /*bandwidth_gbs=*/{}, /*clock_ghz=*/b.getF64FloatAttr(a.accelMhz / 1000.0),
      /*dataflow=*/{}, /*technology=*/{}, /*dram_type=*/{}, /*energy_estimate=*/{},
      /*energy_unit=*/b.getStringAttr("pJ"));
  accel->setAttr(DataflowDialect::kSpmDmaAttrName,
                 SpmDmaAttr::get(b.getContext(), a.banks, APFloat(a.dmaInit), APFloat(a.dmaPerByte),
                                 APFloat(a.dmaMhz), APFloat(a.accelMhz)));
  return accel;
}

/// Execution methods of the optimizer's report: per layer name, per objective.
struct Method {
  std::vector<int64_t> factors; ///< DRAM, SPM, RF, spatial factors, loop-major per level
  std::vector<std::string> orders; ///< DRAM then SPM loop names
  int line = 0;
};
using MethodTable = llvm::StringMap<Method>;

/// The report's header line before the method of `objective`.
StringRef objectiveHeader(StringRef objective) {
  return objective == "edp"      ? "Execution method for optimized EDP:"
         : objective == "energy" ? "Execution method for minimized energy:"
                                 : "Execution method for minimized execution cycles:";
}

MethodTable readReport(StringRef text, StringRef objective) {
  MethodTable table;
  llvm::Regex layerRe("^compiling layer [0-9]+: ([^ ]+) ");
  llvm::Regex intRe("[0-9]+");
  llvm::Regex nameRe("'([A-Za-z]+)'");
  std::string layer;
  bool wanted = false;
  int lineNo = 0;
  llvm::SmallVector<StringRef> lines;
  text.split(lines, '\n');
  for (StringRef line : lines) {
    ++lineNo;
    line = line.rtrim();
    llvm::SmallVector<StringRef> m;
    if (layerRe.match(line, &m)) {
      layer = m[1].str();
      wanted = false;
      continue;
    }
    if (line.starts_with("Execution method for")) {
      wanted = line == objectiveHeader(objective);
      continue;
    }
    if (!wanted || layer.empty())
      continue;
    Method &method = table[layer];
    if (line.starts_with("Tiling factors")) {
      StringRef rest = line.drop_until([](char c) { return c == '('; });
      method.line = lineNo;
      while (intRe.match(rest, &m)) {
        int64_t v = 0;
        m[0].getAsInteger(10, v);
        method.factors.push_back(v);
        rest = rest.substr(m[0].data() - rest.data() + m[0].size());
      }
    } else if (line.starts_with("Ordering")) {
      StringRef rest = line.drop_until([](char c) { return c == '['; });
      while (nameRe.match(rest, &m)) {
        method.orders.push_back(m[1].str());
        rest = rest.substr(m[0].data() - rest.data() + m[0].size());
      }
      wanted = false;
    }
  }
  return table;
}

/// The method as a verified attribute; null with an error at the report's line.
LoopTilingAttr toTilingAttr(MLIRContext *ctx, StringRef path, StringRef layer, const Method &m,
                            size_t numLoops) {
  if (m.factors.size() != 4 * numLoops || m.orders.size() != 2 * numLoops) {
    import::emitAt(ctx, path, m.line)
        << "layer '" << layer << "': expected 4 x " << numLoops << " tiling factors and 2 x "
        << numLoops << " loop names, got " << m.factors.size() << " and " << m.orders.size();
    return {};
  }
  ArrayRef<StringRef> names = LoopTilingAttr::getLoopNames(numLoops);
  SmallVector<int64_t> levels[4], orders[2];
  for (int lv = 0; lv < 4; ++lv)
    levels[lv].assign(m.factors.begin() + lv * numLoops, m.factors.begin() + (lv + 1) * numLoops);
  for (size_t i = 0; i < 2 * numLoops; ++i) {
    const auto *it = llvm::find(names, m.orders[i]);
    if (it == names.end()) {
      import::emitAt(ctx, path, m.line + 1) << "layer '" << layer << "': unknown loop '"
                                            << m.orders[i] << "'";
      return {};
    }
    orders[i / numLoops].push_back(it - names.begin());
  }
  Location loc = FileLineColLoc::get(ctx, path, m.line, 1);
  auto emit = [&] { return mlir::emitError(loc); };
  return LoopTilingAttr::getChecked(llvm::function_ref<InFlightDiagnostic()>(emit), ctx,
                                    ArrayRef<int64_t>(levels[0]), ArrayRef<int64_t>(levels[1]),
                                    ArrayRef<int64_t>(levels[2]), ArrayRef<int64_t>(levels[3]),
                                    ArrayRef<int64_t>(orders[0]), ArrayRef<int64_t>(orders[1]));
}

} // namespace

OwningOpRef<ModuleOp> dataflow::importDMazeRunner(llvm::SourceMgr &sourceMgr, MLIRContext *context,
                                                  const DMazeImportOptions &options) {
  context->loadDialect<DataflowDialect, func::FuncDialect>();
  const llvm::MemoryBuffer *main = sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
  JsonFile model{main->getBufferIdentifier().str(), main->getBuffer().str()};
  if (options.objective != "edp" && options.objective != "energy" &&
      options.objective != "cycles") {
    mlir::emitError(UnknownLoc::get(context))
        << "unknown --dmazerunner-objective '" << options.objective
        << "'; expected edp, energy or cycles";
    return {};
  }
  std::optional<std::string> archText =
      import::readSideFile(context, options.archFile, "dmazerunner-arch");
  if (!archText)
    return {};
  JsonFile archFile{options.archFile, *archText};
  std::optional<ArchSpec> arch = readArch(context, archFile);
  if (!arch)
    return {};
  std::optional<MethodTable> methods;
  if (!options.resultFile.empty()) {
    std::optional<std::string> report =
        import::readSideFile(context, options.resultFile, "dmazerunner-result");
    if (!report)
      return {};
    methods = readReport(*report, options.objective);
  }
  std::optional<json::Value> root = parseJson(context, model);
  if (!root)
    return {};
  const json::Object *obj = root->getAsObject();
  if (!obj) {
    model.error(context, 0) << "a dMazeRunner model is an object of CONV, DW_CONV and GEMM lists";
    return {};
  }
  // Sections in file order (dMazeRunner walks the JSON object in order; json::Object
  // does not keep it).
  std::vector<std::pair<size_t, std::string>> sections;
  for (const auto &kv : *obj) {
    std::string key = kv.first.str();
    size_t at = model.find("\"" + key + "\"");
    if (key != "CONV" && key != "DW_CONV" && key != "GEMM") {
      model.error(context, at) << "unknown section '" << key << "'; expected CONV, DW_CONV or GEMM";
      return {};
    }
    sections.push_back({at, key});
  }
  llvm::sort(sections);

  OwningOpRef<ModuleOp> module = ModuleOp::create(FileLineColLoc::get(context, model.path, 1, 1));
  OpBuilder top = OpBuilder::atBlockEnd(module->getBody());
  AcceleratorOp accel =
      buildAccelerator(top, FileLineColLoc::get(context, archFile.path, 1, 1),
                       import::symbolFromPath(archFile.path, "dmazerunner"), *arch);
  import::NetworkBuilder net(*module, accel, import::symbolFromPath(model.path, "network"));
  Type elem = IntegerType::get(context, unsigned(arch->bytesPerData * 8));
  OpBuilder &b = net.builder();
  bool ok = true;
  // The report's method per layer shape (section, A, B, strides): the optimizer prints a
  // method once for a run of identical layers; the later ones take the first one's.
  std::map<std::vector<int64_t>, const Method *> byShape;
  for (const auto &[sectionAt, key] : sections) {
    const json::Array *layers = obj->getArray(key);
    if (!layers) {
      model.error(context, sectionAt) << "section '" << key << "' must be a list of layers";
      ok = false;
      continue;
    }
    size_t cursor = sectionAt;
    for (const json::Value &v : *layers) {
      const json::Object *layer = v.getAsObject();
      std::optional<StringRef> name = layer ? layer->getString("name") : std::nullopt;
      size_t at = name ? model.find(("\"" + *name + "\"").str(), cursor) : cursor;
      cursor = at;
      int line = static_cast<int>(model.lineAt(at));
      Location loc = FileLineColLoc::get(context, model.path, line, 1);
      if (!name) {
        model.error(context, at) << key << " layer needs a string 'name'";
        ok = false;
        continue;
      }
      auto ints = [&](StringRef field, size_t count) -> std::optional<SmallVector<int64_t>> {
        const json::Array *a = layer->getArray(field);
        SmallVector<int64_t> out;
        if (a)
          for (const json::Value &x : *a)
            if (std::optional<int64_t> i = x.getAsInteger(); i && *i > 0)
              out.push_back(*i);
        if (!a || out.size() != a->size() || out.size() != count) {
          model.error(context, at) << "layer '" << *name << "': '" << field << "' must be "
                                   << count << " positive integers";
          return std::nullopt;
        }
        return out;
      };
      bool gemm = key == "GEMM";
      std::optional<SmallVector<int64_t>> A = ints("size_tensor_A", gemm ? 2 : 4);
      std::optional<SmallVector<int64_t>> B = A ? ints("size_tensor_B", gemm ? 2 : 4) : std::nullopt;
      if (!A || !B) {
        ok = false;
        continue;
      }
      Operation *op = nullptr;
      if (gemm) {
        if ((*A)[1] != (*B)[0]) {
          model.error(context, at) << "layer '" << *name << "': A is " << (*A)[0] << "x" << (*A)[1]
                                   << " but B is " << (*B)[0] << "x" << (*B)[1];
          ok = false;
          continue;
        }
        Value in = net.addInput(RankedTensorType::get({(*A)[0], (*A)[1]}, elem));
        op = FCOp::create(b, loc, RankedTensorType::get({(*A)[0], (*B)[1]}, elem), in,
                          b.getStringAttr(*name));
      } else {
        std::optional<SmallVector<int64_t>> s = ints("strides", 2);
        if (!s) {
          ok = false;
          continue;
        }
        int64_t n = (*A)[0], c = (*A)[1], h = (*A)[2], r = (*B)[2], stride = (*s)[0];
        bool dw = key == "DW_CONV";
        // dMazeRunner reads only H, R and the first stride (Ox = Oy): other shapes would be
        // priced as something they are not.
        if ((*A)[3] != h || (*B)[3] != r || (*s)[1] != stride) {
          model.error(context, at) << "layer '" << *name
                                   << "': dMazeRunner models square inputs, kernels and strides "
                                      "only (it reads H, R and the first stride)";
          ok = false;
          continue;
        }
        if (!dw && (*B)[1] != c) {
          model.error(context, at) << "layer '" << *name << "': B has " << (*B)[1]
                                   << " input channels but A has " << c;
          ok = false;
          continue;
        }
        if (h < r) {
          model.error(context, at) << "layer '" << *name << "': input " << h
                                   << " is smaller than the kernel " << r;
          ok = false;
          continue;
        }
        int64_t m = dw ? c : (*B)[0], o = (h - r) / stride + 1;
        Value in = net.addInput(RankedTensorType::get({n, c, h, h}, elem));
        op = ConvOp::create(b, loc, RankedTensorType::get({n, m, o, o}, elem), in,
                            b.getDenseI64ArrayAttr({r, r}), b.getDenseI64ArrayAttr({stride, stride}),
                            b.getDenseI64ArrayAttr({0, 0, 0, 0}), b.getDenseI64ArrayAttr({1, 1}),
                            b.getI64IntegerAttr(dw ? c : 1), b.getStringAttr(*name));
      }
      net.addResult(op->getResult(0));
      if (!methods)
        continue;
      // The report names a depthwise layer `<name>_depthwise`.
      auto it = methods->find(*name);
      if ((it == methods->end() || it->second.factors.empty()) && key == "DW_CONV")
        it = methods->find((*name + "_depthwise").str());
      std::vector<int64_t> shape{key == "CONV" ? 0 : key == "DW_CONV" ? 1 : 2};
      shape.insert(shape.end(), A->begin(), A->end());
      shape.insert(shape.end(), B->begin(), B->end());
      if (!gemm)
        if (const json::Array *s = layer->getArray("strides"))
          for (const json::Value &x : *s)
            shape.push_back(x.getAsInteger().value_or(0));
      const Method *method = nullptr;
      if (it != methods->end() && !it->second.factors.empty()) {
        method = &it->second;
        byShape.try_emplace(shape, method);
      } else if (auto same = byShape.find(shape); same != byShape.end()) {
        method = same->second;
      }
      if (!method) {
        model.error(context, at) << "layer '" << *name << "' has no " << options.objective
                                 << " execution method in '" << options.resultFile << "'";
        ok = false;
        continue;
      }
      LoopTilingAttr tiling =
          toTilingAttr(context, options.resultFile, *name, *method, gemm ? 3 : 7);
      if (!tiling) {
        ok = false;
        continue;
      }
      op->setAttr(DataflowDialect::kLoopTilingAttrName, tiling);
    }
  }
  net.finish();
  if (!ok)
    return {};
  return module;
}
