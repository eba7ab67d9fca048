//===- ScheduleSupport.cpp - what the scheduling passes share -------------===//

#include "Dataflow/IR/BoundNetworks.h"
#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Transforms/Search/ScheduleSupport.h"
#include "Dataflow/CostModel/Eyeriss/Invariants.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

using namespace mlir;
using namespace dataflow;

FailureOr<SmallVector<Network>> dataflow::collectNetworks(ModuleOp module) {
  SmallVector<Network> networks;
  bool anySystolic = false;
  for (BoundNetwork &bound : networksOf(module)) {
    func::FuncOp func = bound.func;
    Network net;
    net.func = func;
    net.layers.assign(bound.layers.begin(), bound.layers.end());
    auto ref = func->getAttrOfType<FlatSymbolRefAttr>(DataflowDialect::kAcceleratorAttrName);
    if (!ref)
      return func.emitError() << "network @" << func.getSymName()
                              << " names no accelerator; add {dataflow.accelerator = @name} "
                                 "or run --dataflow-attach-accelerator";
    net.accelerator = bound.accelerator;
    if (!net.accelerator) // the verifier guarantees this; keep the pass crash-free anyway
      return func.emitError() << "names unknown accelerator " << ref;
    // dataflow-schedule-systolic schedules these (SystolicSupport.h).
    if (net.accelerator.isSystolic()) {
      anySystolic = true;
      continue;
    }
    net.hardware = bridge::toHardware(net.accelerator);
    cost::Status valid = cost::validateHardware(net.hardware);
    if (!valid)
      return net.accelerator.emitError() << "accelerator @" << net.accelerator.getSymName()
                                         << " cannot be scheduled on: " << valid.message();
    networks.push_back(std::move(net));
  }
  if (networks.empty() && !anySystolic)
    return module.emitError() << "no network to schedule: no function holds dataflow layer ops";
  return networks;
}

/// The cost model prefixes its messages with "<kind> layer '<name>': " so they stand
/// alone; in a diagnostic on the layer that prefix is already said.
static StringRef withoutLayerPrefix(StringRef message) {
  size_t colon = message.find("': ");
  if (colon != StringRef::npos && message.substr(0, colon).contains(" layer '"))
    return message.substr(colon + 3);
  return message;
}

InFlightDiagnostic dataflow::emitLayerError(Operation *op, StringRef what) {
  return op->emitError() << "layer '" << dataflow::layerName(op) << "' " << what;
}

LogicalResult dataflow::checkInvariants(Operation *op, const cost::SchemeCost &scheme,
                                       const cost::Hardware &hw) {
  cost::Status s = cost::checkSchemeInvariants(scheme, hw);
  if (s)
    return success();
  return emitLayerError(op, "has an inconsistent cost (internal error, a bug in the cost "
                            "model): ")
         << s.message();
}

FailureOr<cost::Layer> dataflow::layerOf(Operation *op) {
  cost::Result<std::optional<cost::Layer>> layer = bridge::toLayer(op);
  if (!layer)
    return op->emitError() << layer.status().message();
  const std::optional<cost::Layer> &loopNest = layer.value();
  if (!loopNest)
    return op->emitError() << "is not a layer with a schedule";
  cost::Status valid = cost::validateLayer(*loopNest);
  if (!valid)
    return emitLayerError(op, "has an invalid shape: ") << withoutLayerPrefix(valid.message());
  return *loopNest;
}

MappingAttr dataflow::getMapping(Operation *op) {
  return op->getAttrOfType<MappingAttr>(DataflowDialect::kMappingAttrName);
}
BlockingAttr dataflow::getBlocking(Operation *op) {
  return op->getAttrOfType<BlockingAttr>(DataflowDialect::kBlockingAttrName);
}
CostAttr dataflow::getCost(Operation *op) {
  return op->getAttrOfType<CostAttr>(DataflowDialect::kCostAttrName);
}

FailureOr<LayerSearchResult> dataflow::evaluateWrittenSchedule(Operation *op,
                                                              const cost::Layer &layer,
                                                              const cost::Hardware &hw,
                                                              const cost::Options &options) {
  MappingAttr mapping = getMapping(op);
  BlockingAttr blocking = getBlocking(op);
  if (!mapping || !blocking || !blocking.isComplete())
    return emitLayerError(op, "has no complete schedule: it needs a dataflow.mapping and a "
                              "dataflow.blocking with every factor and both orders (run "
                              "dataflow-map-array and dataflow-block-loops)");
  cost::Result<cost::RowStationaryMapping> rs = cost::mapRowStationary(layer, hw);
  if (!rs)
    return emitLayerError(op, "cannot be mapped: ") << rs.status().message();
  cost::Result<int> candidate = bridge::findCandidate(mapping, *rs);
  if (!candidate)
    return emitLayerError(op, "has a contradictory schedule: ") << candidate.status().message();
  cost::SchemeChoice choice;
  choice.mappingCandidate = *candidate;
  choice.blocking = bridge::toLoopBlocking(blocking);
  choice.gbufStored = bridge::toGbufStored(blocking);
  cost::Result<cost::SchemeCost> scheme = cost::evaluateScheme(layer, hw, choice, options);
  if (!scheme)
    return emitLayerError(op, "has an invalid schedule: ")
           << withoutLayerPrefix(scheme.status().message());
  return LayerSearchResult{*rs, *scheme, 1};
}

/// Everything the search result depends on, except the layer's name.
static std::string searchKey(const cost::Layer &l, const Network &net,
                             const cost::SchedulePins &pins) {
  std::string key;
  llvm::raw_string_ostream os(key);
  AcceleratorOp accel = net.accelerator;
  os << accel.getSymName() << '|' << int(l.kind) << '|' << l.C << ',' << l.M << ','
     << l.E << ',' << l.F << ',' << l.R << ',' << l.S << ',' << l.U << ',' << l.V << ','
     << l.nreg << ',' << l.batch << ',' << l.groups << '|' << pins.mappingCandidate;
  for (const cost::PerLoopInt &level : pins.factors)
    for (int64_t f : level)
      os << ',' << f;
  for (const std::optional<cost::LoopOrder> &order : pins.orders)
    if (order)
      os << '|' << (*order)[0] << (*order)[1] << (*order)[2];
    else
      os << "|-";
  return key;
}

namespace {
/// One layer's way to a result: an error already emitted, a written schedule evaluated,
/// or a search (index into the distinct searches).
struct Plan {
  FailureOr<LayerSearchResult> written = failure();
  int search = -1; ///< >= 0: the distinct search this layer waits for
  bool failed = false;
};
struct Search {
  cost::Layer layer;
  cost::Options options;
  std::string name; ///< the first layer that asked for it, for progress output
  std::optional<cost::Result<cost::LayerSchedule>> result;
};
} // namespace

std::vector<FailureOr<LayerSearchResult>>
LayerScheduler::scheduleAll(ArrayRef<Operation *> layers, const Network &network,
                            bool showProgress, StringRef passName) {
  AcceleratorOp accel = network.accelerator;
  const cost::Hardware &hw = network.hardware;
  std::vector<Plan> plans(layers.size());
  std::vector<Search> searches;
  std::map<std::string, int> searchOf;

  // 1. In program order: convert, apply the pins of the IR, collect distinct searches.
  for (auto [i, op] : llvm::enumerate(layers)) {
    Plan &plan = plans[i];
    FailureOr<cost::Layer> layer = layerOf(op);
    if (failed(layer)) {
      plan.failed = true;
      continue;
    }
    cost::Result<cost::RowStationaryMapping> rs = cost::mapRowStationary(*layer, hw);
    if (!rs) {
      emitLayerError(op, "cannot be mapped onto the PE array: ")
          << withoutLayerPrefix(rs.status().message());
      plan.failed = true;
      continue;
    }
    cost::Options pinned = options;
    if (MappingAttr mapping = getMapping(op)) {
      cost::Result<int> candidate = bridge::findCandidate(mapping, *rs);
      if (!candidate) {
        emitLayerError(op, "has a contradictory schedule: ") << candidate.status().message();
        plan.failed = true;
        continue;
      }
      pinned.pins.mappingCandidate = *candidate;
    }
    if (BlockingAttr blocking = getBlocking(op)) {
      if (blocking.hasBypass()) {
        // A pinned bypass changes what the search ranks; only a complete schedule can
        // carry one (it is then evaluated as written).
        if (!getMapping(op) || !blocking.isComplete()) {
          emitLayerError(op, "pins a bypass on an incomplete schedule: give the mapping, "
                             "every blocking factor and both orders, or leave bypass out");
          plan.failed = true;
          continue;
        }
        plan.written = evaluateWrittenSchedule(op, *layer, hw, options);
        plan.failed = failed(plan.written);
        continue;
      }
      bridge::addPins(blocking, pinned.pins);
    }
    std::string key = searchKey(*layer, network, pinned.pins);
    auto [it, inserted] = searchOf.emplace(key, int(searches.size()));
    if (inserted)
      searches.push_back(Search{*layer, pinned, dataflow::layerName(op), std::nullopt});
    plan.search = it->second;
  }

  // 2. The distinct searches, in parallel: the cost model is pure and shares nothing.
  ProgressReporter progress(showProgress, passName, searches.size(), "layer searches");
  auto run = [&](Search &search) {
    search.result = cost::searchLayer(search.layer, hw, search.options);
    progress.step(search.name);
  };
  unsigned workers = std::min<unsigned>(
      llvm::hardware_concurrency(threads).compute_thread_count(), searches.size());
  if (workers <= 1) {
    for (Search &search : searches)
      run(search);
  } else {
    llvm::StdThreadPool pool(llvm::hardware_concurrency(workers));
    for (Search &search : searches)
      pool.async([&run, &search] { run(search); });
    pool.wait();
  }

  // 3. Results and search errors, in program order.
  std::vector<FailureOr<LayerSearchResult>> results;
  for (auto [i, op] : llvm::enumerate(layers)) {
    const Plan &plan = plans[i];
    if (plan.failed) {
      results.push_back(failure());
      continue;
    }
    if (plan.search < 0) {
      results.push_back(plan.written);
      continue;
    }
    const cost::Result<cost::LayerSchedule> &found = *searches[plan.search].result;
    if (!found && found.status().code() == cost::StatusCode::SearchTooLarge) {
      emitLayerError(op, "has too large a search space: ")
          << withoutLayerPrefix(found.status().message())
          << " (max-candidates); narrow it: pin a dataflow.mapping or blocking factors and "
             "orders in dataflow.blocking on the layer, use method=solver, or raise "
             "max-candidates (0 = no limit)";
      results.push_back(failure());
      continue;
    }
    if (!found || found->schemes.empty()) {
      emitLayerError(op, "fits no schedule on accelerator @")
          << accel.getSymName() << ": "
          << (found ? StringRef("the search kept no scheme")
                    : withoutLayerPrefix(found.status().message()));
      results.push_back(failure());
      continue;
    }
    if (!found->complete)
      op->emitWarning() << "layer '" << dataflow::layerName(op) << "': time-limit stopped its "
                        << "search after " << found->schemesEvaluated
                        << (found->schemesEvaluated == 1 ? " scheme" : " schemes")
                        << "; the schedule is the best found so far, not proven "
                           "optimal";
    results.push_back(LayerSearchResult{found->mapping, found->schemes.front(),
                                        found->schemesEvaluated, found->complete});
  }
  return results;
}

SmallVector<Operation *> dataflow::singleNodeLayers(const Network &network) {
  // A multi-node network with any partitioned layer is scheduled network-wide.
  auto partitioned = [](Operation *op) {
    return op->hasAttr(DataflowDialect::kPartitionAttrName);
  };
  if (network.hardware.nodesH * network.hardware.nodesW == 1 ||
      llvm::none_of(network.layers, partitioned))
    return network.layers;
  return {};
}

LogicalResult dataflow::checkSearchLimits(ModuleOp module, const SearchLimits &limits) {
  if (limits.maxCandidates < 0 || !(limits.timeLimitSeconds >= 0) ||
      limits.timeLimitSeconds > 1e9)
    return module.emitError() << "max-candidates must be >= 0 and time-limit between 0 and "
                                 "1e9 seconds, got "
                              << limits.maxCandidates << " and " << limits.timeLimitSeconds;
  return success();
}

std::optional<std::chrono::steady_clock::time_point> dataflow::deadlineAfter(double seconds) {
  if (!(seconds > 0))
    return std::nullopt;
  return std::chrono::steady_clock::now() +
         std::chrono::duration_cast<std::chrono::steady_clock::duration>(
             std::chrono::duration<double>(seconds));
}

void dataflow::setSearchLimits(cost::Options &options, const SearchLimits &limits) {
  options.maxCandidates = limits.maxCandidates;
  options.deadline = deadlineAfter(limits.timeLimitSeconds);
}

LayerScheduler::LayerScheduler(cost::Options opts, unsigned threads, const SearchLimits &limits)
    : options(std::move(opts)), threads(threads) {
  setSearchLimits(options, limits);
}

LogicalResult dataflow::forEachSearchedLayer(
    ModuleOp module, StringRef passName, SearchGoal goal, BlockingMethod method,
    StringRef disableBypass, ProgressMode progress, unsigned threads, const SearchLimits &limits,
    cost::SearchCache *cache, function_ref<void(Operation *, const LayerSearchResult &)> apply) {
  FailureOr<cost::Options> options = toCostOptions(module, goal, method, disableBypass);
  if (succeeded(options))
    options->cache = cache;
  if (failed(checkSearchLimits(module, limits)))
    return failure();
  FailureOr<SmallVector<Network>> networks = collectNetworks(module);
  if (failed(options) || failed(networks))
    return failure();
  // The time limit counts from here, the start of the pass.
  LayerScheduler scheduler(*options, threads, limits);
  bool ok = true;
  for (const Network &net : *networks) {
    SmallVector<Operation *> layers = singleNodeLayers(net);
    std::vector<FailureOr<LayerSearchResult>> found =
        scheduler.scheduleAll(layers, net, dataflow::showProgress(progress), passName);
    for (auto [op, result] : llvm::zip(layers, found)) {
      if (failed(result)) {
        ok = false;
        continue;
      }
      // Kept by later passes: the report says the layer is not proven optimal.
      if (failed(checkInvariants(op, result->best, net.hardware))) {
        ok = false;
        continue;
      }
      if (!result->complete)
        op->setAttr(DataflowDialect::kSearchIncompleteAttrName, UnitAttr::get(op->getContext()));
      apply(op, *result);
    }
  }
  return success(ok);
}

LogicalResult dataflow::forEachWrittenSchedule(
    ModuleOp module, StringRef disableBypass,
    function_ref<void(Operation *, const LayerSearchResult &)> apply) {
  FailureOr<std::array<bool, cost::kNumData>> allowed =
      parseBypassAllowed(module, disableBypass);
  FailureOr<SmallVector<Network>> networks = collectNetworks(module);
  if (failed(allowed) || failed(networks))
    return failure();
  cost::Options options;
  options.bypassAllowed = *allowed;
  bool ok = true;
  for (const Network &net : *networks)
    for (Operation *op : singleNodeLayers(net)) {
      FailureOr<cost::Layer> layer = layerOf(op);
      FailureOr<LayerSearchResult> evaluated =
          failed(layer) ? FailureOr<LayerSearchResult>(failure())
                        : evaluateWrittenSchedule(op, *layer, net.hardware, options);
      if (failed(evaluated) || failed(checkInvariants(op, evaluated->best, net.hardware)))
        ok = false;
      else
        apply(op, *evaluated);
    }
  return success(ok);
}

ProgressReporter::ProgressReporter(bool enabled, StringRef pass, size_t total, StringRef what)
    : enabled(enabled), pass(pass.str()), what(what.str()), total(total),
      start(std::chrono::steady_clock::now()) {}

void ProgressReporter::step(StringRef layer) {
  std::lock_guard<std::mutex> lock(mutex);
  ++done;
  if (!enabled)
    return;
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  llvm::errs() << llvm::format("[%s] %zu/%zu %s, %.2f s (%s)\n", pass.c_str(), done, total,
                               what.c_str(), seconds, layer.str().c_str());
}

ProgressReporter::~ProgressReporter() = default;
