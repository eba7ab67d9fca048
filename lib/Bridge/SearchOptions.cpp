//===- SearchOptions.cpp - cost-model search options from their text -------===//

#include "Dataflow/Bridge/SearchOptions.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

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
