//===- SearchOptions.cpp - the enumerated options and the search options --===//

#include "Dataflow/Bridge/SearchOptions.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include "Dataflow/Bridge/SearchOptions.cpp.inc"

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

FailureOr<cost::Options> dataflow::toCostOptions(Operation *where, SearchGoal goal,
                                                 BlockingMethod method,
                                                 StringRef disableBypass) {
  cost::Options options;
  switch (goal) {
  case SearchGoal::Energy:
    options.goal = cost::Goal::Energy;
    break;
  case SearchGoal::Delay:
    options.goal = cost::Goal::Delay;
    break;
  case SearchGoal::EnergyDelay:
    options.goal = cost::Goal::EnergyDelay;
    break;
  }
  options.method = method == BlockingMethod::Solver ? cost::SearchMethod::Solver
                                                    : cost::SearchMethod::Exhaustive;
  FailureOr<std::array<bool, cost::kNumData>> allowed =
      parseBypassAllowed(where, disableBypass);
  if (failed(allowed))
    return failure();
  options.bypassAllowed = *allowed;
  return options;
}

bool dataflow::showProgress(ProgressMode mode) {
  return mode == ProgressMode::On || (mode == ProgressMode::Auto && ::isatty(2));
}
