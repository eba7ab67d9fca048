//===- SearchCache.cpp - Completed blocking searches, kept for reuse -------===//
#include "Dataflow/CostModel/Eyeriss/SearchCache.h"

#include <cstring>
#include <mutex>
#include <string>
#include <type_traits>
#include <unordered_map>

namespace dataflow::cost {

namespace {

/// The inputs of a blocking search as bytes, field by field (no padding).
class KeyWriter {
public:
  template <typename T> void put(const T &v) {
    static_assert(std::is_arithmetic_v<T> || std::is_enum_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    key.append(bytes, sizeof(T));
  }
  template <typename T, size_t N> void put(const std::array<T, N> &a) {
    for (const T &v : a)
      put(v);
  }
  template <typename T> void put(const std::optional<T> &o) {
    put(o.has_value());
    if (o)
      put(*o);
  }
  std::string key;
};

std::string searchKey(const BlockingEvaluator &eval, const Options &opts) {
  KeyWriter w;
  const MappingCandidate &c = eval.candidate();
  w.put(c.index);
  w.put(c.ifms);
  w.put(c.ofms);
  w.put(c.loopCount);
  w.put(c.loopOcc);
  w.put(c.replCount);
  w.put(c.unitOps);
  w.put(c.unitTime);
  w.put(c.unitAccess);
  w.put(c.gbufUnitSize);
  w.put(c.regfUnitSize);
  w.put(c.dataLoops.mask);
  const Hardware &hw = eval.hardware();
  w.put(hw.nodesH);
  w.put(hw.nodesW);
  w.put(hw.memType);
  w.put(hw.arrayH);
  w.put(hw.arrayW);
  w.put(hw.gbufWords);
  w.put(hw.regfWords);
  w.put(hw.arrayBusWidth);
  w.put(hw.dramBandwidth);
  w.put(hw.cost.macOp);
  w.put(hw.cost.memHier);
  w.put(hw.cost.nocHop);
  w.put(hw.cost.idlUnit);
  w.put(eval.bypassAllowed());
  const PartitionContext &p = eval.partition();
  w.put(p.occ);
  w.put(p.numNodes);
  w.put(p.fwd);
  w.put(p.share);
  w.put(p.srcOnChip);
  w.put(p.srcLocal);
  w.put(p.dstOnChip);
  w.put(p.dstLocal);
  w.put(p.noTimeMux);
  w.put(opts.goal);
  w.put(opts.topN);
  w.put(opts.method);
  w.put(opts.bypassAllowed);
  for (const PerLoopInt &level : opts.pins.factors)
    w.put(level);
  for (const std::optional<LoopOrder> &order : opts.pins.orders)
    w.put(order);
  w.put(opts.topLoops.topBat);
  w.put(opts.topLoops.topIfm);
  w.put(opts.topLoops.topOfm);
  return std::move(w.key);
}

struct Entry {
  std::vector<SchemeCost> schemes;
  BlockingSearchStats stats;
};

/// Past this many kept searches the cache starts again (a bound on memory for
/// long-running embedders and the fuzzer; one network has a few hundred).
constexpr size_t kMaxEntries = 1 << 14;

} // namespace

struct SearchCache::Impl {
  mutable std::mutex mutex;
  std::unordered_map<std::string, Entry> entries;
  int64_t hits = 0, misses = 0;
};

SearchCache::SearchCache() : impl(std::make_unique<Impl>()) {}
SearchCache::~SearchCache() = default;

std::vector<SchemeCost> SearchCache::searchBlocking(const BlockingEvaluator &eval,
                                                    const Options &opts,
                                                    BlockingSearchStats *stats) {
  const std::string key = searchKey(eval, opts);
  Impl &m = *impl;
  {
    std::lock_guard<std::mutex> lock(m.mutex);
    if (auto it = m.entries.find(key); it != m.entries.end()) {
      ++m.hits;
      if (stats) {
        stats->evaluated += it->second.stats.evaluated;
        stats->valid += it->second.stats.valid;
      }
      return it->second.schemes;
    }
    ++m.misses;
  }
  BlockingSearchStats own;
  std::vector<SchemeCost> schemes = cost::searchBlocking(eval, opts, &own);
  if (stats) {
    stats->evaluated += own.evaluated;
    stats->valid += own.valid;
    stats->stopped |= own.stopped;
  }
  if (!own.stopped) {
    std::lock_guard<std::mutex> lock(m.mutex);
    if (m.entries.size() >= kMaxEntries)
      m.entries.clear();
    m.entries.emplace(key, Entry{schemes, own});
  }
  return schemes;
}

SearchCacheCounts SearchCache::counts() const {
  std::lock_guard<std::mutex> lock(impl->mutex);
  return {impl->hits, impl->misses, int64_t(impl->entries.size())};
}

void SearchCache::clear() {
  std::lock_guard<std::mutex> lock(impl->mutex);
  impl->entries.clear();
  impl->hits = impl->misses = 0;
}

std::vector<SchemeCost> searchBlockingCached(const BlockingEvaluator &eval, const Options &opts,
                                             BlockingSearchStats *stats) {
  if (opts.cache)
    return opts.cache->searchBlocking(eval, opts, stats);
  BlockingSearchStats own;
  std::vector<SchemeCost> schemes = searchBlocking(eval, opts, &own);
  if (stats) {
    stats->evaluated += own.evaluated;
    stats->valid += own.valid;
    stats->stopped |= own.stopped;
  }
  return schemes;
}

} // namespace dataflow::cost
