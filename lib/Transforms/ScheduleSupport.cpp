//===- ScheduleSupport.cpp - what the scheduling passes share -------------===//

#include "Dataflow/Transforms/ScheduleSupport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

using namespace mlir;
using namespace dataflow;

FailureOr<std::array<bool, cost::kNumData>>
dataflow::parseBypassAllowed(Operation *where, StringRef disableBypass) {
  std::array<bool, cost::kNumData> allowed = {true, true, true};
  SmallVector<StringRef> letters;
  SplitString(disableBypass, letters, ", ");
  for (StringRef letter : letters) {
    // nn_dataflow --disable-bypass letters: f(ilters), i(fmaps), o(fmaps).
    int d = letter == "f" ? cost::kFil : letter == "i" ? cost::kIfm : letter == "o" ? cost::kOfm : -1;
    if (d < 0)
      return where->emitError() << "disable-bypass takes any of i, o, f (ifmaps, ofmaps, "
                                   "filters), got '"
                                << letter << "'";
    allowed[d] = false;
  }
  return allowed;
}

FailureOr<cost::Options> dataflow::parseSearchOptions(Operation *where, StringRef goal,
                                                      StringRef method,
                                                      StringRef disableBypass) {
  cost::Options options;
  std::string g = goal.lower();
  if (g == "e")
    options.goal = cost::Goal::Energy;
  else if (g == "d")
    options.goal = cost::Goal::Delay;
  else if (g == "ed")
    options.goal = cost::Goal::EnergyDelay;
  else
    return where->emitError() << "goal must be e (energy), d (delay) or ed (energy-delay "
                                 "product), got '"
                              << goal << "'";
  if (method == "exhaustive")
    options.method = cost::SearchMethod::Exhaustive;
  else if (method == "solver")
    options.method = cost::SearchMethod::Solver;
  else
    return where->emitError() << "method must be exhaustive or solver, got '" << method
                              << "'";
  FailureOr<std::array<bool, cost::kNumData>> allowed =
      parseBypassAllowed(where, disableBypass);
  if (failed(allowed))
    return failure();
  options.bypassAllowed = *allowed;
  return options;
}

FailureOr<bool> dataflow::parseProgress(Operation *where, StringRef progress) {
  if (progress == "on")
    return true;
  if (progress == "off")
    return false;
  if (progress == "auto")
    return static_cast<bool>(::isatty(2));
  return where->emitError() << "progress must be on, off or auto, got '" << progress << "'";
}

FailureOr<SmallVector<Network>> dataflow::collectNetworks(ModuleOp module) {
  SmallVector<Network> networks;
  for (auto func : module.getOps<func::FuncOp>()) {
    Network net;
    net.func = func;
    func.walk([&](Operation *op) {
      if (isa<DataflowDialect>(op->getDialect()) && !isa<ConcatOp>(op))
        net.layers.push_back(op);
    });
    if (net.layers.empty())
      continue;
    auto ref = func->getAttrOfType<FlatSymbolRefAttr>(DataflowDialect::kAcceleratorAttrName);
    if (!ref)
      return func.emitError() << "network @" << func.getSymName()
                              << " names no accelerator; add {dataflow.accelerator = @name} "
                                 "or run --dataflow-attach-accelerator";
    net.accelerator = SymbolTable::lookupNearestSymbolFrom<AcceleratorOp>(func, ref);
    if (!net.accelerator) // the verifier guarantees this; keep the pass crash-free anyway
      return func.emitError() << "names unknown accelerator " << ref;
    net.hardware = bridge::toHardware(net.accelerator);
    cost::Status valid = cost::validateHardware(net.hardware);
    if (!valid)
      return net.accelerator.emitError() << "accelerator @" << net.accelerator.getSymName()
                                         << " cannot be scheduled on: " << valid.message();
    networks.push_back(std::move(net));
  }
  if (networks.empty())
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
  return op->emitError() << "layer '" << bridge::layerName(op) << "' " << what;
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
    return emitLayerError(op, "has an invalid shape: ") << valid.message();
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

FailureOr<LayerSearchResult> LayerScheduler::schedule(Operation *op, const Network &network) {
  AcceleratorOp accel = network.accelerator;
  FailureOr<cost::Layer> layer = layerOf(op);
  if (failed(layer))
    return failure();
  const cost::Hardware &hw = network.hardware;
  cost::Result<cost::RowStationaryMapping> rs = cost::mapRowStationary(*layer, hw);
  if (!rs)
    return emitLayerError(op, "cannot be mapped onto the PE array: ")
           << withoutLayerPrefix(rs.status().message());

  cost::Options pinned = options;
  if (MappingAttr mapping = getMapping(op)) {
    cost::Result<int> candidate = bridge::findCandidate(mapping, *rs);
    if (!candidate)
      return emitLayerError(op, "has a contradictory schedule: ")
             << candidate.status().message();
    pinned.pins.mappingCandidate = *candidate;
  }
  if (BlockingAttr blocking = getBlocking(op)) {
    if (blocking.hasBypass()) {
      // A pinned bypass changes what the search ranks; only a complete schedule can
      // carry one (it is then evaluated as written).
      if (!getMapping(op) || !blocking.isComplete())
        return emitLayerError(op, "pins a bypass on an incomplete schedule: give the "
                                  "mapping, every blocking factor and both orders, or leave "
                                  "bypass out");
      return evaluateWrittenSchedule(op, *layer, hw, options);
    }
    bridge::addPins(blocking, pinned.pins);
  }

  std::string key = searchKey(*layer, network, pinned.pins);
  if (auto it = cache.find(key); it != cache.end())
    return it->second;
  cost::Result<cost::LayerSchedule> result = cost::searchLayer(*layer, hw, pinned);
  if (!result)
    return emitLayerError(op, "fits no schedule on accelerator @")
           << accel.getSymName() << ": " << withoutLayerPrefix(result.status().message());
  if (result->schemes.empty())
    return emitLayerError(op, "fits no schedule on accelerator @")
           << accel.getSymName() << ": the search kept no scheme";
  LayerSearchResult found{result->mapping, result->schemes.front(), result->schemesEvaluated};
  cache.emplace(key, found);
  return found;
}

LogicalResult dataflow::forEachSearchedLayer(
    ModuleOp module, StringRef passName, StringRef goal, StringRef method,
    StringRef disableBypass, StringRef progress,
    function_ref<void(Operation *, const LayerSearchResult &)> apply) {
  FailureOr<cost::Options> options = parseSearchOptions(module, goal, method, disableBypass);
  FailureOr<bool> showProgress = parseProgress(module, progress);
  FailureOr<SmallVector<Network>> networks = collectNetworks(module);
  if (failed(options) || failed(showProgress) || failed(networks))
    return failure();
  LayerScheduler scheduler(*options);
  bool ok = true;
  for (const Network &net : *networks) {
    ProgressReporter progressOut(*showProgress, passName, net.layers.size());
    for (Operation *op : net.layers) {
      FailureOr<LayerSearchResult> found = scheduler.schedule(op, net);
      progressOut.step(bridge::layerName(op));
      if (failed(found))
        ok = false;
      else
        apply(op, *found);
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
    for (Operation *op : net.layers) {
      FailureOr<cost::Layer> layer = layerOf(op);
      FailureOr<LayerSearchResult> evaluated =
          failed(layer) ? FailureOr<LayerSearchResult>(failure())
                        : evaluateWrittenSchedule(op, *layer, net.hardware, options);
      if (failed(evaluated))
        ok = false;
      else
        apply(op, *evaluated);
    }
  return success(ok);
}

ProgressReporter::ProgressReporter(bool enabled, StringRef pass, size_t total)
    : enabled(enabled), pass(pass.str()), total(total),
      start(std::chrono::steady_clock::now()) {}

void ProgressReporter::step(StringRef layer) {
  ++done;
  if (!enabled)
    return;
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  llvm::errs() << llvm::format("[%s] %zu/%zu layers, %.2f s (%s)\n", pass.c_str(), done,
                               total, seconds, layer.str().c_str());
}

ProgressReporter::~ProgressReporter() = default;
