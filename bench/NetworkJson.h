//===- NetworkJson.h - nn_dataflow network dumps for the benches -*- C++ -*-===//
//
// Reads nn_dataflow's layer dumps (python/dataflow_opt/zoo/nn_dataflow/*.json,
// dumps of stanford-mast/nn_dataflow's nns/ networks) into a cost-model
// Network (docs/cost-model.md §2 layer shapes). Bench-only helper.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_BENCH_NETWORKJSON_H
#define DATAFLOW_BENCH_NETWORKJSON_H

#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include <string>

namespace dataflow::bench {

using namespace dataflow::cost;

inline int64_t num(const llvm::json::Object &o, const char *k) {
  if (std::optional<int64_t> v = o.getInteger(k))
    return *v;
  if (std::optional<double> d = o.getNumber(k))
    return int64_t(*d);
  return 0;
}

/// nn_dataflow's network dump -> Network; empty error on success.
inline std::string loadNetwork(const std::string &path, int64_t batch, Network *net, std::string *name) {
  auto buf = llvm::MemoryBuffer::getFile(path);
  if (!buf)
    return "cannot read " + path;
  llvm::Expected<llvm::json::Value> v = llvm::json::parse((*buf)->getBuffer());
  if (!v)
    return "bad JSON in " + path + ": " + llvm::toString(v.takeError());
  const llvm::json::Object *root = v->getAsObject();
  if (!root)
    return path + ": not an object";
  if (auto n = root->getString("network"))
    *name = n->str();
  const llvm::json::Object *in = root->getObject("input");
  if (!in)
    return path + ": no input";
  net->input = {kNetworkInput, num(*in, "nofm"), num(*in, "hofm"), num(*in, "wofm")};
  if (const llvm::json::Array *ext = root->getArray("ext_inputs"))
    for (const llvm::json::Value &e : *ext) {
      const llvm::json::Object *o = e.getAsObject();
      net->external.push_back({o->getString("name")->str(), num(*o, "nofm"), num(*o, "hofm"),
                               num(*o, "wofm")});
    }
  const llvm::json::Array *layers = root->getArray("layers");
  if (!layers)
    return path + ": no layers";
  for (const llvm::json::Value &lv : *layers) {
    const llvm::json::Object *o = lv.getAsObject();
    const std::string lname = o->getString("name")->str();
    const std::string type = o->getString("type")->str();
    Layer l;
    if (type == "ConvLayer")
      l = makeConv(lname, num(*o, "nifm"), num(*o, "nofm"), num(*o, "hofm"), num(*o, "wofm"),
                   num(*o, "hfil"), num(*o, "wfil"), num(*o, "htrd"), num(*o, "wtrd"), batch);
    else if (type == "FCLayer")
      l = makeFC(lname, num(*o, "nifm"), num(*o, "nofm"), num(*o, "hfil"), num(*o, "wfil"), batch);
    else if (type == "PoolingLayer")
      l = makePool(lname, num(*o, "nofm"), num(*o, "hofm"), num(*o, "wofm"), num(*o, "hreg"),
                   num(*o, "wreg"), num(*o, "htrd"), num(*o, "wtrd"), batch);
    else if (type == "EltwiseLayer")
      l = makeEltwise(lname, num(*o, "nofm"), num(*o, "hofm"), num(*o, "wofm"), num(*o, "nreg"),
                      batch);
    else
      return "layer '" + lname + "': unknown type " + type;
    Network::Node n{l, {}};
    for (const llvm::json::Value &p : *o->getArray("prevs"))
      n.prevs.push_back(p.getAsString()->str() == "__INPUT__" ? std::string(kNetworkInput)
                                                              : p.getAsString()->str());
    net->layers.push_back(std::move(n));
  }
  return "";
}

} // namespace dataflow::bench

#endif // DATAFLOW_BENCH_NETWORKJSON_H
