//===- EngineRegistry.h - interchangeable search engines by name -*- C++ -*-===//
//
// The seam every model family shares inside the cost model (docs/architecture.md, "The
// seam"; after Timeloop's search algorithms built by name and CIRCT's scheduling
// problems solved by interchangeable algorithms): a family states its Problem (what one
// search is given) and its Answer; each engine is a function from one to a Result of the
// other, registered under the word users write; a caller picks one by name. A registry is
// an immutable table the family builds; nothing is global state.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_ENGINEREGISTRY_H
#define DATAFLOW_COSTMODEL_ENGINEREGISTRY_H

#include "Dataflow/CostModel/Core/Status.h"

#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dataflow::cost {

/// "a", "a or b", "a, b or c": the alternatives an error names (engines, option words).
template <typename Strings> std::string orList(const Strings &words) {
  std::string out;
  const size_t n = std::size(words);
  size_t i = 0;
  for (const auto &word : words) {
    if (i > 0)
      out += i + 1 == n ? " or " : ", ";
    out += std::string(word);
    ++i;
  }
  return out;
}

template <typename Problem, typename Answer> class EngineRegistry {
public:
  using Run = Result<Answer> (*)(const Problem &);
  struct Engine {
    std::string_view name;    ///< the word users write (a pass option's value)
    std::string_view summary; ///< one line for docs and errors
    Run run;
  };

  EngineRegistry(std::string_view family, std::vector<Engine> engines)
      : family_(family), engines_(std::move(engines)) {}

  /// The engine called `name`, or nullptr.
  const Engine *find(std::string_view name) const {
    for (const Engine &e : engines_)
      if (e.name == name)
        return &e;
    return nullptr;
  }

  /// Runs the engine called `name`; an unknown name is an InvalidArgument status naming
  /// the family's engines.
  Result<Answer> run(std::string_view name, const Problem &problem) const {
    if (const Engine *e = find(name))
      return e->run(problem);
    return Status::error(StatusCode::InvalidArgument,
                         std::string(family_) + " has no search engine '" + std::string(name) +
                             "'; its engines are " + names());
  }

  /// "a, b or c".
  std::string names() const {
    std::vector<std::string_view> names;
    for (const Engine &e : engines_)
      names.push_back(e.name);
    return orList(names);
  }

  const std::vector<Engine> &engines() const { return engines_; }
  std::string_view family() const { return family_; }

private:
  std::string_view family_;
  std::vector<Engine> engines_;
};

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_ENGINEREGISTRY_H
