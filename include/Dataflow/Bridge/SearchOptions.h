//===- SearchOptions.h - the enumerated options and the search options -*- C++ -*-===//
//
// The enums of SearchOptions.td (every option that takes one of a fixed set of words),
// DATAFLOW_OPTION_VALUES(Enum) that gives an option exactly those words, and the
// conversion of the Eyeriss-family options into cost::Options.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_SEARCHOPTIONS_H
#define DATAFLOW_BRIDGE_SEARCHOPTIONS_H

#include "Dataflow/CostModel/Core/EngineRegistry.h"
#include "Dataflow/CostModel/Eyeriss/Options.h"

#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"

#include <array>
#include <cstdint>
#include <optional>

#include "Dataflow/Bridge/SearchOptions.h.inc"

namespace dataflow {

/// An option modifier adding every value of an ODS enum as a literal (its string as the
/// word), so an enumerated option is declared once, in SearchOptions.td: an unknown word
/// is refused when the option is parsed, and --help lists the words.
template <typename Enum> class EnumOptionValues {
public:
  using Symbolize = std::optional<Enum> (*)(uint32_t);
  using Stringify = llvm::StringRef (*)(Enum);
  EnumOptionValues(uint32_t maxValue, Symbolize symbolize, Stringify stringify)
      : maxValue(maxValue), symbolize(symbolize), stringify(stringify) {}

  template <class Opt> void apply(Opt &option) const {
    for (uint32_t i = 0; i <= maxValue; ++i)
      if (std::optional<Enum> value = symbolize(i))
        option.getParser().addLiteralOption(stringify(*value), *value, "");
  }

private:
  uint32_t maxValue;
  Symbolize symbolize;
  Stringify stringify;
};

/// The option parser of an enum of SearchOptions.td (llvm::cl::parser's, with two
/// differences): a word matches whatever its case (nn_dataflow takes --goal E as e), and
/// an unknown word is refused with the words the option takes.
template <typename Enum> class EnumOptionParser : public llvm::cl::generic_parser_base {
protected:
  class OptionInfo : public GenericOptionInfo {
  public:
    OptionInfo(llvm::StringRef name, Enum v, llvm::StringRef helpStr)
        : GenericOptionInfo(name, helpStr), V(v) {}
    llvm::cl::OptionValue<Enum> V;
  };
  llvm::SmallVector<OptionInfo, 8> Values;

public:
  EnumOptionParser(llvm::cl::Option &option) : generic_parser_base(option) {}
  using parser_data_type = Enum;

  unsigned getNumOptions() const override { return unsigned(Values.size()); }
  llvm::StringRef getOption(unsigned n) const override { return Values[n].Name; }
  llvm::StringRef getDescription(unsigned n) const override { return Values[n].HelpStr; }
  const llvm::cl::GenericOptionValue &getOptionValue(unsigned n) const override {
    return Values[n].V;
  }

  /// True on error (llvm::cl's convention).
  bool parse(llvm::cl::Option &option, llvm::StringRef argName, llvm::StringRef arg,
             Enum &value) {
    llvm::StringRef word = Owner.hasArgStr() ? arg : argName;
    for (const OptionInfo &info : Values)
      if (info.Name.equals_insensitive(word)) {
        value = info.V.getValue();
        return false;
      }
    llvm::SmallVector<llvm::StringRef, 8> words;
    for (const OptionInfo &info : Values)
      words.push_back(info.Name);
    return option.error("'" + word + "' is not a value of this option; it takes " +
                        cost::orList(words));
  }

  template <class DT>
  void addLiteralOption(llvm::StringRef name, const DT &value, llvm::StringRef helpStr) {
    Values.push_back(OptionInfo(name, static_cast<Enum>(value), helpStr));
    AddLiteralOption(Owner, name);
  }
  void removeLiteralOption(llvm::StringRef name) {
    Values.erase(Values.begin() + findOption(name));
  }
};

/// Which categories may bypass the global buffer, from nn_dataflow's --disable-bypass
/// letters (any of i, o, f separated by commas or spaces; empty = all may bypass).
mlir::FailureOr<std::array<bool, cost::kNumData>>
parseBypassAllowed(mlir::Operation *where, llvm::StringRef disableBypass);

/// The Eyeriss-family search options of the goal / method / disable-bypass options.
mlir::FailureOr<cost::Options> toCostOptions(mlir::Operation *where, SearchGoal goal,
                                             BlockingMethod method,
                                             llvm::StringRef disableBypass);

/// Whether to print progress (auto: stderr is a terminal).
bool showProgress(ProgressMode mode);

} // namespace dataflow

/// The accepted values of an option of type ::dataflow::Enum (an enum of SearchOptions.td).
#define DATAFLOW_OPTION_VALUES(Enum)                                                    \
  ::dataflow::EnumOptionValues<::dataflow::Enum>(                                       \
      ::dataflow::getMaxEnumValFor##Enum(),                                             \
      [](uint32_t v) { return ::dataflow::symbolize##Enum(v); },                        \
      [](::dataflow::Enum v) { return ::dataflow::stringify##Enum(v); })

/// Every enum of SearchOptions.td parses with EnumOptionParser, in pass options, pipeline
/// options and the tools' command lines alike.
#define DATAFLOW_ENUM_OPTION_PARSER(Enum)                                               \
  namespace llvm::cl {                                                                  \
  template <>                                                                           \
  class parser<::dataflow::Enum> : public ::dataflow::EnumOptionParser<::dataflow::Enum> { \
  public:                                                                               \
    using EnumOptionParser::EnumOptionParser;                                           \
  };                                                                                    \
  }
DATAFLOW_ENUM_OPTION_PARSER(SearchGoal)
DATAFLOW_ENUM_OPTION_PARSER(BlockingMethod)
DATAFLOW_ENUM_OPTION_PARSER(ProgressMode)
DATAFLOW_ENUM_OPTION_PARSER(MaestroGoal)
DATAFLOW_ENUM_OPTION_PARSER(DMazeGoal)
DATAFLOW_ENUM_OPTION_PARSER(FamilyChoice)
DATAFLOW_ENUM_OPTION_PARSER(SystolicMethodChoice)
DATAFLOW_ENUM_OPTION_PARSER(SystolicGoalChoice)
DATAFLOW_ENUM_OPTION_PARSER(DeconvPricing)
DATAFLOW_ENUM_OPTION_PARSER(ReportFormat)
DATAFLOW_ENUM_OPTION_PARSER(NetworkSearch)
#undef DATAFLOW_ENUM_OPTION_PARSER

#endif // DATAFLOW_BRIDGE_SEARCHOPTIONS_H
