//===- dataflow-dse.cpp - hardware/software co-design sweeps --------------===//
//
// dataflow-dse NETWORKS... --sweep SPEC -o OUT.csv [--set key=values]... [--threads N]
//              [--shard i/N] [--accelerator BASE.mlir] [--goal e|d|ed]
//              [--method exhaustive|solver] [--disable-bypass i,o,f] [--progress on|off|auto]
//              [--repair-duplicates]
//
// Schedules every network on every hardware point of the sweep (issue 10, item 4; the
// MAESTRO co-design fork's models x hardware loop, docs/seed-tools.md §1.5) and
// writes one CSV row per point. See docs/design-space-sweeps.md.
//
//===----------------------------------------------------------------------===//

#include "PipelineRunner.h"
#include "SweepCsv.h"
#include "SweepLock.h"
#include "SweepRunner.h"
#include "SweepSpec.h"
#include "SweepUnits.h"
#include "Workload.h"

#include "Dataflow/Registration/InitAllDataflow.h"
#include "Dataflow/Bridge/SearchOptions.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <set>

#include <unistd.h>

using namespace mlir;
using namespace dataflow;
using namespace dataflow::dse;
namespace cl = llvm::cl;

static cl::OptionCategory dseCategory("dataflow-dse options");
static cl::list<std::string> inputs(cl::Positional, cl::OneOrMore,
                                    cl::desc("<network .mlir files or directories>"),
                                    cl::cat(dseCategory));
static cl::opt<std::string> sweepFile("sweep", cl::desc("hardware sweep spec file"),
                                      cl::value_desc("file"), cl::cat(dseCategory));
static cl::list<std::string> setLines(
    "set", cl::desc("a spec line 'key=values' (after --sweep; repeatable)"),
    cl::value_desc("key=values"), cl::cat(dseCategory));
static cl::opt<std::string> outputFile("o", cl::desc("output CSV (resumed if it exists; "
                                                     "'-' = stdout, no resume)"),
                                       cl::value_desc("file"), cl::Required,
                                       cl::cat(dseCategory));
static cl::opt<std::string> acceleratorFile(
    "accelerator", cl::desc("base accelerator (default: Eyeriss ISCA'16, as "
                            "examples/accelerators/eyeriss.mlir)"),
    cl::value_desc("file"), cl::cat(dseCategory));
static cl::opt<std::string> shard("shard", cl::desc("run shard i of N (0 <= i < N)"),
                                  cl::value_desc("i/N"), cl::init("0/1"),
                                  cl::cat(dseCategory));
static cl::opt<SearchGoal> goal("goal", cl::desc("e, d or ed (as dataflow-schedule)"),
                                cl::init(SearchGoal::Energy), DATAFLOW_OPTION_VALUES(SearchGoal),
                                cl::cat(dseCategory));
static cl::opt<BlockingMethod> method("method", cl::desc("exhaustive or solver"),
                                      cl::init(BlockingMethod::Exhaustive),
                                      DATAFLOW_OPTION_VALUES(BlockingMethod),
                                      cl::cat(dseCategory));
static cl::opt<std::string> disableBypass("disable-bypass",
                                          cl::desc("any of i,o,f (as dataflow-schedule)"),
                                          cl::init(""), cl::cat(dseCategory));
static cl::opt<ProgressMode> progress("progress", cl::desc("on, off or auto (stderr)"),
                                      cl::init(ProgressMode::Auto),
                                      DATAFLOW_OPTION_VALUES(ProgressMode), cl::cat(dseCategory));
static cl::opt<bool> repairDuplicates(
    "repair-duplicates",
    cl::desc("drop the repeated (network, point, options) rows of a resumed CSV, keeping "
             "the first of each (without it such a CSV is refused)"),
    cl::cat(dseCategory));
static cl::opt<bool> listPoints("list-points",
                                cl::desc("print the hardware points and exit"),
                                cl::cat(dseCategory));

/// --threads: libLLVM already registers an (undocumented, int, default 0) "threads" option
/// at load time, so a second one would abort; adopt it, or register ours if it is absent.
static cl::opt<int> &threadsOption() {
  cl::Option *existing = cl::getRegisteredOptions().lookup("threads");
  auto *adopted = dynamic_cast<cl::opt<int> *>(existing);
  if (!adopted && !existing)
    adopted = new cl::opt<int>("threads", cl::init(0)); // lives as long as the process
  if (!adopted) {
    llvm::errs() << "dataflow-dse: internal error: an option 'threads' of another type exists\n";
    std::exit(1);
  }
  adopted->setDescription("search threads (0 = all cores)");
  adopted->addCategory(dseCategory);
  return *adopted;
}

static int fail(const std::string &message) {
  llvm::errs() << "dataflow-dse: error: " << message << "\n";
  return 1;
}

/// "file:line:col: error: message", or "dataflow-dse: error: message" without a location.
static LogicalResult printDiagnostic(Diagnostic &diag) {
  const char *kind = diag.getSeverity() == DiagnosticSeverity::Error     ? "error"
                     : diag.getSeverity() == DiagnosticSeverity::Warning ? "warning"
                                                                         : "note";
  if (auto loc = dyn_cast<FileLineColLoc>(diag.getLocation()))
    llvm::errs() << loc.getFilename().getValue() << ":" << loc.getLine() << ":" << loc.getColumn()
                 << ": " << kind << ": " << diag.str() << "\n";
  else
    llvm::errs() << "dataflow-dse: " << kind << ": " << diag.str() << "\n";
  return success();
}

static bool parseShard(const std::string &text, int64_t &index, int64_t &count) {
  size_t slash = text.find('/');
  if (slash == std::string::npos)
    return false;
  char *end = nullptr;
  index = std::strtoll(text.c_str(), &end, 10);
  if (end != text.c_str() + slash)
    return false;
  count = std::strtoll(text.c_str() + slash + 1, &end, 10);
  return *end == '\0' && slash + 1 < text.size() && count > 0 && index >= 0 && index < count;
}

static std::string describe(const HardwarePoint &p) {
  if (p.kind == Kind::Systolic)
    return "kind = systolic, array_size = " + std::to_string(p.arraySize) +
           ", buffer_bytes = " + std::to_string(p.bufferBytes) +
           ", bandwidth_gbs = " + formatBandwidth(p.bandwidthGbs) +
           ", systolic_method = " + p.systolicMethod;
  std::string text = "pe_array = " + std::to_string(p.peH) + "x" + std::to_string(p.peW) +
                     ", regf_bytes = " + std::to_string(p.regfBytes) +
                     ", gbuf_bytes = " + std::to_string(p.gbufBytes);
  if (p.kind != Kind::DMaze)
    text += ", dram_bandwidth = " + formatBandwidth(p.dramBandwidth) +
            ", bus_width = " + formatBandwidth(p.busWidth);
  if (p.kind != Kind::Eyeriss)
    return "kind = " + std::string(kindName(p.kind)) + ", " + text + ", map_goal = " + p.mapGoal;
  if (!p.isSingleNodeEyeriss() || p.partitioning != "none")
    text += ", nodes = " + std::to_string(p.nodesH) + "x" + std::to_string(p.nodesW) +
            ", partitioning = " + p.partitioning +
            ", interlayer = " + (p.interlayer ? "true" : "false");
  if (!p.energy.empty())
    text += ", energy = " + p.energy;
  if (p.technology)
    text += ", technology = " + std::to_string(p.technology) +
            (p.dramType.empty() ? "" : ", dram_type = " + p.dramType);
  return text;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::opt<int> &threads = threadsOption();
  cl::HideUnrelatedOptions(dseCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "dataflow-dse: schedules every network on every point of a hardware sweep and writes "
      "one CSV row per (network, point)\n");
  if (threads < 0)
    return fail("--threads must be >= 0, got " + std::to_string(threads));
  auto wallStart = std::chrono::steady_clock::now();
  std::clock_t cpuStart = std::clock();

  DialectRegistry registry;
  registerAllDataflowDialects(registry);
  MLIRContext context(registry, MLIRContext::Threading::DISABLED);
  context.printOpOnDiagnostic(false);
  ScopedDiagnosticHandler handler(&context, printDiagnostic);

  // Search options: the same parsing and messages as the dataflow-schedule passes.
  OwningOpRef<ModuleOp> cli = ModuleOp::create(UnknownLoc::get(&context));
  FailureOr<cost::Options> options = toCostOptions(*cli, goal, method, disableBypass);
  if (failed(options))
    return 1;
  const bool printProgress = showProgress(progress);
  // The columns say the parsed options, so "o,i" and "i,o" are the same rows.
  SearchColumns search{stringifySearchGoal(goal).str(),
                       stringifyBlockingMethod(method).str(), ""};
  for (auto [letter, d] : {std::pair{"i", cost::kIfm}, std::pair{"o", cost::kOfm},
                           std::pair{"f", cost::kFil}})
    if (!options->bypassAllowed[d])
      search.disableBypass += std::string(search.disableBypass.empty() ? "" : ";") + letter;
  if (search.disableBypass.empty())
    search.disableBypass = "-";
  int64_t shardIndex = 0, shardCount = 1;
  if (!parseShard(shard, shardIndex, shardCount))
    return fail("--shard must be i/N with 0 <= i < N, got '" + shard + "'");

  // The hardware points.
  cost::Hardware baseHw;
  int64_t wordBits = 16;
  HardwarePoint base;
  PipelineBase pipelineBase;
  if (!loadBaseAccelerator(acceleratorFile, context, baseHw, wordBits, base, pipelineBase))
    return 1;
  pipelineBase.goal = goal;
  pipelineBase.method = method;
  pipelineBase.disableBypass = disableBypass;
  SweepSpec spec;
  std::string error;
  if (!sweepFile.empty()) {
    auto buffer = llvm::MemoryBuffer::getFile(sweepFile);
    if (!buffer)
      return fail("cannot read sweep spec '" + sweepFile + "': " +
                  buffer.getError().message());
    if (!parseSweepSpec((*buffer)->getBuffer().str(), sweepFile, spec, error))
      return fail(error);
  }
  for (const std::string &line : setLines)
    if (!spec.addLine(line, error))
      return fail("--set '" + line + "': " + error);
  std::vector<HardwarePoint> points = spec.points(base);
  std::vector<cost::Hardware> hardware;
  // The estimator's chip area of each Eyeriss or systolic point with estimated energies
  // (else NaN: an empty area_mm2 cell).
  std::vector<double> areaMm2(points.size(), std::nan(""));
  for (auto [i, point] : llvm::enumerate(points)) {
    hardware.push_back(toHardware(baseHw, wordBits, point));
    const bool estimatedKind = point.kind == Kind::Eyeriss || point.kind == Kind::Systolic;
    const bool estimated = estimatedKind && estimatedEnergies(point, pipelineBase);
    const std::string at = "hardware point " + std::to_string(i) + " (" + describe(point) + ")";
    if (estimatedKind && !estimated && (point.technology || !point.dramType.empty()))
      return fail("sweeping 'technology' or 'dram_type' needs estimated energies: 'energy = "
                  "estimated' in the spec, or a base accelerator with energy = estimated");
    // The spec's `energy` key (docs/design-space-sweeps.md): explicit energies are the
    // base's; estimates on an explicit base need the estimator's inputs from the spec.
    if (estimatedKind && point.energy == "explicit" && pipelineBase.estimated)
      return fail(at + ": 'energy = explicit' needs explicit energies, and the base "
                       "accelerator gives none (it asks for estimated ones; use a base with "
                       "energy = #dataflow.energy<...>)");
    if (estimated && !pipelineBase.estimated &&
        (!point.technology || point.dramType.empty()))
      return fail(at + ": 'energy = estimated' needs 'technology' and 'dram_type' in the "
                       "spec (the base accelerator gives explicit energies, so it has "
                       "neither)");
    if (estimated && !pipelineBase.estimated && pipelineBase.clockGhz.empty())
      return fail(at + ": 'energy = estimated' needs the base accelerator's 'clock_ghz' "
                       "(estimated joules price leakage over the clock)");
    if (point.kind == Kind::Systolic && estimated) {
      // The array's estimated area, as dataflow-cost writes it (its energies are estimated
      // by its pipeline).
      if (!estimatedSystolicArea(point, pipelineBase, context, areaMm2[i], error))
        return fail("hardware point " + std::to_string(i) + " (" + describe(point) +
                    ") cannot be estimated: " + error);
      continue;
    }
    if (point.kind != Kind::Eyeriss)
      continue; // the other models check their hardware themselves (a row status)
    // Estimated energies follow the point's sizes and node (docs/design-space-sweeps.md).
    cost::UnitCosts gridCosts; // a grid's energies are estimated again by its pipeline
    if (estimated &&
        !estimatedUnitCosts(point, pipelineBase, context,
                            point.isSingleNodeEyeriss() ? hardware.back().cost : gridCosts,
                            areaMm2[i], error))
      return fail("hardware point " + std::to_string(i) + " (" + describe(point) +
                  ") cannot be estimated: " + error);
    cost::Status valid = cost::validateHardware(hardware.back());
    if (!valid)
      return fail("hardware point " + std::to_string(i) + " (" + describe(point) +
                  ") cannot be scheduled on: " + valid.message());
  }
  if (listPoints) {
    for (auto [i, point] : llvm::enumerate(points))
      llvm::outs() << i << ": " << describe(point) << ", area_proxy = "
                   << formatBandwidth(areaProxy(point)) << "\n";
    return 0;
  }

  Workload workload;
  if (!loadWorkload(inputs, context, workload))
    return 1;

  // The rows of this shard: a contiguous block of the hardware-major row order, so a shard
  // holds whole hardware points and repeats few searches of another shard.
  const int64_t numNets = int64_t(workload.networks.size());
  const int64_t total = int64_t(points.size()) * numNets;
  const int64_t first = total * shardIndex / shardCount;
  const int64_t last = total * (shardIndex + 1) / shardCount;

  // One writer per CSV, from reading its rows to the end of the run.
  SweepLock lock;
  if (outputFile != "-" && !lock.acquire(outputFile, error))
    return fail(error);

  // Resume: skip the rows the output already holds.
  DoneRows doneRows;
  std::set<std::string> &done = doneRows.keys;
  bool hasHeader = false;
  if (outputFile != "-") {
    if (!readDoneRows(outputFile, doneRows, error))
      return fail(error);
    hasHeader = doneRows.hasHeader;
    const std::string at = outputFile + ":";
    if (doneRows.conflicts)
      return fail(at + std::to_string(doneRows.firstConflictLine) +
                  ": this row repeats the network, point and options of line " +
                  std::to_string(doneRows.firstConflictOf) + " with other figures (" +
                  std::to_string(doneRows.conflicts) +
                  " such rows): the file mixes results of different runs; remove the wrong "
                  "rows or write to another file");
    if (doneRows.duplicates && !repairDuplicates)
      return fail(at + std::to_string(doneRows.firstDuplicateLine) +
                  ": this row repeats line " + std::to_string(doneRows.firstDuplicateOf) +
                  " (" + std::to_string(doneRows.duplicates) +
                  " duplicate rows in all); rerun with --repair-duplicates to keep the first "
                  "row of each");
    uint64_t size = 0;
    if (!llvm::sys::fs::file_size(outputFile, size) && size > doneRows.truncateTo) {
      llvm::errs() << "dataflow-dse: note: dropping the incomplete last line of '"
                   << outputFile << "' (an interrupted run)\n";
      if (::truncate(outputFile.c_str(), off_t(doneRows.truncateTo)) != 0)
        return fail("cannot truncate '" + outputFile + "': " + std::strerror(errno));
    }
    if (doneRows.duplicates) {
      if (!removeDuplicateRows(outputFile, doneRows, error))
        return fail(error);
      llvm::errs() << "dataflow-dse: note: removed " << doneRows.duplicates
                   << " duplicate rows from '" << outputFile << "'\n";
    }
  }
  std::vector<RowId> rows;
  int64_t skipped = 0;
  for (int64_t k = first; k < last; ++k) {
    RowId row{int(k / numNets), int(k % numNets)};
    if (done.count(rowKey(workload.networks[size_t(row.network)].name,
                          points[size_t(row.hw)], search))) {
      ++skipped;
      continue;
    }
    rows.push_back(row);
  }

  std::error_code ec;
  llvm::raw_fd_ostream out(outputFile, ec,
                           outputFile == "-" ? llvm::sys::fs::OF_None
                                             : llvm::sys::fs::OF_Append);
  if (ec)
    return fail("cannot write '" + outputFile + "': " + ec.message());
  if (!hasHeader)
    out << csvHeader() << "\n";
  out.flush();

  if (printProgress)
    llvm::errs() << "[dataflow-dse] " << workload.networks.size() << " networks ("
                 << workload.shapes.size() << " distinct layers) x " << points.size()
                 << " hardware points; shard " << shardIndex << "/" << shardCount << ": "
                 << (last - first) << " rows, " << skipped << " already in '" << outputFile
                 << "', " << rows.size() << " to run\n";
  // Points other than single-node Eyeriss: the whole network through dataflow-opt's passes.
  // Systolic, MAESTRO and dMazeRunner price every layer alone: one search per distinct layer.
  std::vector<std::string> wholeKey(points.size());
  std::vector<bool> perLayer(points.size());
  for (auto [i, point] : llvm::enumerate(points)) {
    if (!point.isSingleNodeEyeriss())
      wholeKey[i] = rowKey("", point, search);
    perLayer[i] = point.kind != Kind::Eyeriss;
  }
  SweepRunner runner(workload, hardware, *options, unsigned(threads.getValue()), wholeKey,
                     perLayer, [&](int index, int hw, bool oneLayer) {
                       const std::string &text =
                           oneLayer ? workload.layerFuncs[size_t(index)]
                                    : workload.networks[size_t(index)].text;
                       return priceWholeNetwork(registry, text, points[size_t(hw)],
                                                pipelineBase);
                     });
  size_t written = 0;
  auto lastReport = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart)
        .count();
  };
  SweepStats stats = runner.run(rows, [&](const RowId &row, const RowResult &result) {
    const NetworkLayers &net = workload.networks[size_t(row.network)];
    const HardwarePoint &point = points[size_t(row.hw)];
    out << csvRow(net.name, row.hw, point, search, net.layerShapes.size(), result,
                  areaMm2[size_t(row.hw)], unitsOf(point, pipelineBase));
    out.flush(); // a killed run keeps every finished row
    ++written;
    auto now = std::chrono::steady_clock::now();
    if (printProgress && (written == rows.size() || now - lastReport > std::chrono::seconds(1))) {
      lastReport = now;
      llvm::errs() << llvm::format("[dataflow-dse] %zu/%zu rows (hardware point %d), %.1f s\n",
                                   written, rows.size(), row.hw, seconds());
    }
  });
  if (out.has_error())
    return fail("writing '" + outputFile + "' failed: " + out.error().message());
  if (printProgress)
    llvm::errs() << llvm::format(
        "[dataflow-dse] done: %zu rows written, %lld layer searches run, %lld reused; "
        "%.2f s wall, %.2f s CPU\n",
        written, (long long)stats.searchesRun, (long long)stats.searchesReused, seconds(),
        double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
  return 0;
}
