//===- PipelineFigures.cpp - Pipelined vs per-layer schedules of a network ===//
//
// docs/cost-model.md §6: schedules one nn_dataflow network (the layer dumps in
// python/dataflow_opt/zoo/nn_dataflow/*.json) on the
// TETRIS T16 configuration of the reference run
// tetris_T16_alexnet_b16_hybrid_solve_interlayer (4x4 nodes, 14x14 PEs, 3D
// memory, hybrid partitioning, bypass solver), once per layer (scheduleNetwork)
// and once with inter-layer pipelining (scheduleNetworkPipelined), and prints
// energy, time, segments and each search's CPU seconds (the whole process's user+sys,
// each search started with an empty search memo).
//
//   dataflow-pipeline-figures <network.json> [--batch N] [--markdown]
//                             [--temporal] [--max-overhead X] [--max-degree N]
//                             [--basic] [--beam N]
//
//===----------------------------------------------------------------------===//
#include "BenchSupport.h"
#include "Dataflow/CostModel/Pipeline/PipelineSearch.h"

#include "NetworkJson.h"

#include <cstdio>
#include <cstring>
#include <string>

using namespace dataflow::cost;
using dataflow::bench::loadNetwork;
using dataflow::bench::processCpuSeconds;

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s <network.json> [--batch N] [--markdown] [--temporal] "
                         "[--max-overhead X] [--max-degree N] [--basic] [--beam N]\n",
                 argv[0]);
    return 2;
  }
  int64_t batch = 16;
  bool markdown = false;
  SegmentOptions so;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--batch" && i + 1 < argc)
      batch = std::atoll(argv[++i]);
    else if (a == "--markdown")
      markdown = true;
    else if (a == "--temporal")
      so.temporal = true;
    else if (a == "--basic")
      so.basicOnly = true;
    else if (a == "--max-overhead" && i + 1 < argc)
      so.maxTimeOverhead = std::atof(argv[++i]);
    else if (a == "--max-degree" && i + 1 < argc)
      so.maxDegree = std::atoi(argv[++i]);
    else if (a == "--beam" && i + 1 < argc)
      so.beamWidth = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr, "unknown argument '%s'\n", a.c_str());
      return 2;
    }
  }
  Network net;
  std::string name = argv[1];
  if (std::string err = loadNetwork(argv[1], batch, &net, &name); !err.empty()) {
    std::fprintf(stderr, "error: %s\n", err.c_str());
    return 1;
  }
  // The reference run's T16 configuration (test/Reference/data "command").
  const Hardware hw = dataflow::bench::tetrisT16();
  Options o;
  o.bypassAllowed = {true, true, true};
  o.method = SearchMethod::Solver;
  o.partitioning.hybrid = true;

  double t0 = processCpuSeconds();
  Result<NetworkSchedule> per = scheduleNetwork(net, hw, o);
  const double perCpu = processCpuSeconds() - t0;
  t0 = processCpuSeconds();
  Result<PipelinedSchedule> pip = scheduleNetworkPipelined(net, hw, o, so);
  const double pipCpu = processCpuSeconds() - t0;
  if (!per || !pip) {
    std::fprintf(stderr, "error: %s\n",
                 (!per ? per.status() : pip.status()).message().c_str());
    return 1;
  }
  int multi = 0;
  for (const PipelineSegment &s : pip->segments)
    multi += s.numLayers() > 1;
  const double dE = (pip->totalCost - per->totalCost) / per->totalCost * 100;
  const double dT = (double(pip->totalTime) - double(per->totalTime)) / double(per->totalTime) * 100;
  if (markdown) {
    std::printf("| %s | %zu | %.6g | %lld | %.3f | %.6g (%+.1f%%) | %lld (%+.1f%%) | %zu (%d multi-layer) "
                "| %.3f |\n",
                name.c_str(), net.layers.size(), per->totalCost, (long long)per->totalTime, perCpu,
                pip->totalCost, dE, (long long)pip->totalTime, dT, pip->segments.size(), multi,
                pipCpu);
  } else {
    std::printf("%s: %zu layers, batch %lld\n", name.c_str(), net.layers.size(), (long long)batch);
    std::printf("  per-layer : energy %.9g J  time %lld  cpu %.3f s\n", per->totalCost,
                (long long)per->totalTime, perCpu);
    std::printf("  pipelined : energy %.9g J (%+.2f%%)  time %lld (%+.2f%%)  cpu %.3f s  "
                "%zu segments, %d multi-layer\n",
                pip->totalCost, dE, (long long)pip->totalTime, dT, pipCpu, pip->segments.size(),
                multi);
    for (size_t i = 0; i < pip->segments.size(); ++i) {
      const PipelineSegment &s = pip->segments[i];
      if (s.numLayers() == 1)
        continue;
      std::string d;
      for (const auto &v : s.seg) {
        d += "[";
        for (size_t k = 0; k < v.size(); ++k)
          d += (k ? " " : "") + v[k];
        d += "]";
      }
      std::printf("    segment %zu: %s time %lld\n", i, d.c_str(),
                  (long long)pip->segmentTime[i]);
    }
  }
  return 0;
}
