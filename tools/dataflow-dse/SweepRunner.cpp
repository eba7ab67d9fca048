//===- SweepRunner.cpp - Memoised, parallel layer searches of a sweep -----===//

#include "SweepRunner.h"

#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"

#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"

#include <algorithm>
#include <array>
#include <ctime>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <unordered_map>

using namespace dataflow;
using namespace dataflow::dse;

namespace {

/// One distinct search and its outcome (written by one worker, read after its group).
struct Search {
  int shape = 0;
  int hw = 0;
  bool ok = false;
  double energy = 0;
  int64_t cycles = 0;
  double cpuSeconds = 0;
  RowResult whole; ///< a pipeline search: the whole network's row (shape = network index)
  std::string message;
};

/// Rows of one hardware point and the searches first needed by them.
struct Batch {
  size_t begin = 0, end = 0; ///< rows [begin, end)
  std::vector<int> searches;
};

double threadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

/// The cost model prefixes messages with "<kind> layer '<name>': "; the row names the layer.
std::string withoutLayerPrefix(const std::string &message) {
  size_t colon = message.find("': ");
  if (colon != std::string::npos && message.substr(0, colon).find(" layer '") !=
                                         std::string::npos)
    return message.substr(colon + 3);
  return message;
}

void runSearch(Search &search, const cost::Layer &layer, const cost::Hardware &hw,
               const cost::Options &options) {
  double start = threadCpuSeconds();
  cost::Result<cost::LayerSchedule> found = cost::searchLayer(layer, hw, options);
  search.cpuSeconds = threadCpuSeconds() - start;
  if (!found) {
    search.message = withoutLayerPrefix(found.status().message());
    return;
  }
  if (found->schemes.empty()) {
    search.message = "the search kept no scheme";
    return;
  }
  const cost::SchemeCost &best = found->schemes.front();
  search.ok = true;
  search.energy = best.energy.total;
  search.cycles = best.time.total;
}

} // namespace

SweepStats SweepRunner::run(const std::vector<RowId> &rows,
                            const std::function<void(const RowId &, const RowResult &)> &done) {
  SweepStats stats;
  // Identical resources and unit costs share searches (estimated costs follow the point's
  // byte sizes, so two points whose buffers floor to the same words may differ in them).
  using CostKey = std::tuple<double, std::array<double, cost::kNumMemLevels>, double, double>;
  std::map<std::tuple<int64_t, int64_t, int64_t, int64_t, double, double, CostKey>, int> hwIds;
  std::vector<int> hwKey(hardware.size());
  for (size_t i = 0; i < hardware.size(); ++i) {
    const cost::Hardware &h = hardware[i];
    hwKey[i] = hwIds
                   .emplace(std::make_tuple(h.arrayH, h.arrayW, h.regfWords, h.gbufWords,
                                            h.arrayBusWidth, h.dramBandwidth,
                                            CostKey{h.cost.macOp, h.cost.memHier,
                                                    h.cost.nocHop, h.cost.idlUnit}),
                            int(hwIds.size()))
                   .first->second;
  }

  // Whole-network points: identical keys share their figures (negative memo keys).
  const int64_t numNets = int64_t(workload.networks.size());
  std::map<std::string, int> wholeIds;
  auto isWhole = [&](int hw) { return size_t(hw) < wholeKey.size() && !wholeKey[size_t(hw)].empty(); };
  for (size_t i = 0; i < wholeKey.size(); ++i)
    if (!wholeKey[i].empty())
      hwKey[i] = wholeIds.emplace(wholeKey[i], int(wholeIds.size())).first->second;
  auto wholeMemoKey = [&](const RowId &row) {
    return -1 - (int64_t(hwKey[size_t(row.hw)]) * numNets + row.network);
  };
  auto isPerLayer = [&](int hw) { return size_t(hw) < perLayer.size() && perLayer[size_t(hw)]; };
  std::map<std::pair<int, int>, int> layerSearchOf; // (point key, layer function) -> search

  // 1. Plan: the distinct searches, each owned by the first batch that needs it.
  const int64_t numShapes = int64_t(workload.shapes.size());
  std::unordered_map<int64_t, int> searchOf;
  std::vector<Search> searches;
  std::vector<Batch> batches;
  for (size_t r = 0; r < rows.size(); ++r) {
    if (batches.empty() || rows[batches.back().begin].hw != rows[r].hw)
      batches.push_back(Batch{r, r, {}});
    Batch &batch = batches.back();
    batch.end = r + 1;
    if (isPerLayer(rows[r].hw)) {
      for (int f : workload.networks[size_t(rows[r].network)].opFuncs) {
        auto [it, inserted] = layerSearchOf.emplace(std::pair{hwKey[size_t(rows[r].hw)], f},
                                                    int(searches.size()));
        if (inserted) {
          searches.push_back(Search{f, rows[r].hw, true, 0, 0, 0, {}, {}});
          batch.searches.push_back(it->second);
          ++stats.searchesRun;
        } else {
          ++stats.searchesReused;
        }
      }
      continue;
    }
    if (isWhole(rows[r].hw)) {
      auto [it, inserted] = searchOf.emplace(wholeMemoKey(rows[r]), int(searches.size()));
      if (inserted) {
        searches.push_back(Search{rows[r].network, rows[r].hw, false, 0, 0, 0, {}, {}});
        batch.searches.push_back(it->second);
        ++stats.searchesRun;
      } else {
        ++stats.searchesReused;
      }
      continue;
    }
    for (int shape : workload.networks[size_t(rows[r].network)].layerShapes) {
      int64_t key = int64_t(hwKey[size_t(rows[r].hw)]) * numShapes + shape;
      auto [it, inserted] = searchOf.emplace(key, int(searches.size()));
      if (inserted) {
        searches.push_back(Search{shape, rows[r].hw, false, 0, 0, 0, {}, {}});
        batch.searches.push_back(it->second);
        ++stats.searchesRun;
      } else {
        ++stats.searchesReused;
      }
    }
  }

  // 2. Search, batch after batch in row order, on the pool (or inline on one thread).
  auto search = [&](int s) {
    Search &one = searches[size_t(s)];
    if (isWhole(one.hw)) {
      double start = threadCpuSeconds();
      one.whole = whole(one.shape, one.hw, isPerLayer(one.hw));
      one.cpuSeconds = threadCpuSeconds() - start;
      return;
    }
    runSearch(one, workload.shapes[size_t(one.shape)], hardware[size_t(one.hw)], options);
  };
  unsigned workers = llvm::hardware_concurrency(threads).compute_thread_count();
  std::unique_ptr<llvm::StdThreadPool> pool;
  std::vector<std::unique_ptr<llvm::ThreadPoolTaskGroup>> groups;
  if (workers > 1) {
    pool = std::make_unique<llvm::StdThreadPool>(llvm::hardware_concurrency(workers));
    for (const Batch &batch : batches) {
      groups.push_back(std::make_unique<llvm::ThreadPoolTaskGroup>(*pool));
      for (int s : batch.searches)
        groups.back()->async([&search, s] { search(s); });
    }
  }

  // 3. Rows in order, as soon as their batch is done.
  for (size_t b = 0; b < batches.size(); ++b) {
    const Batch &batch = batches[b];
    if (pool)
      groups[b]->wait();
    else
      for (int s : batch.searches)
        search(s);
    for (size_t r = batch.begin; r < batch.end; ++r) {
      const RowId &row = rows[r];
      const NetworkLayers &net = workload.networks[size_t(row.network)];
      if (isPerLayer(row.hw)) {
        // The report's sums in layer order; the first layer that fails names the row.
        RowResult result;
        result.feasible = true;
        std::set<int> counted;
        for (size_t l = 0; l < net.opFuncs.size(); ++l) {
          const Search &s =
              searches[size_t(layerSearchOf.at({hwKey[size_t(row.hw)], net.opFuncs[l]}))];
          if (counted.insert(net.opFuncs[l]).second)
            result.searchCpuSeconds += s.cpuSeconds;
          if (!result.feasible)
            continue;
          result.hasEnergy = s.whole.hasEnergy;
          if (!s.whole.feasible) {
            result.feasible = false;
            // The one-layer function names its op "layer"; the row names the network's.
            result.status = s.whole.status;
            const std::string placeholder = "'layer'", name = "'" + net.opNames[l] + "'";
            for (size_t at = result.status.find(placeholder); at != std::string::npos;
                 at = result.status.find(placeholder, at + name.size()))
              result.status.replace(at, placeholder.size(), name);
            continue;
          }
          result.energy += s.whole.energy;
          result.cycles += s.whole.cycles;
        }
        if (result.feasible)
          result.status = "ok";
        done(row, result);
        continue;
      }
      if (isWhole(row.hw)) {
        const Search &s = searches[size_t(searchOf.at(wholeMemoKey(row)))];
        RowResult result = s.whole;
        result.searchCpuSeconds = s.cpuSeconds;
        done(row, result);
        continue;
      }
      RowResult result;
      result.feasible = true;
      std::set<int> counted; // a repeated shape is searched (and timed) once per point
      for (size_t l = 0; l < net.layerShapes.size(); ++l) {
        int64_t key = int64_t(hwKey[size_t(row.hw)]) * numShapes + net.layerShapes[l];
        const Search &s = searches[size_t(searchOf.at(key))];
        if (counted.insert(net.layerShapes[l]).second)
          result.searchCpuSeconds += s.cpuSeconds;
        if (!result.feasible)
          continue;
        if (!s.ok) {
          result.feasible = false;
          result.status = "infeasible: layer '" + net.layerNames[l] + "': " + s.message;
          continue;
        }
        result.energy += s.energy;
        result.cycles += double(s.cycles);
      }
      if (result.feasible)
        result.status = "ok";
      done(row, result);
    }
  }
  return stats;
}
