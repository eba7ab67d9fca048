//===- SearchOptions.td - the enumerated options of the passes -*- tablegen -*-===//
//
// Every pass, pipeline and tool option that takes one of a fixed set of words is one of
// these enums: the C++ enum, stringify/symbolize and the option's accepted values all
// come from here (SearchOptions.h turns an enum into an option's values; the bridge turns
// the values into the cost models' options). The strings are the words users write,
// spelled as the original tools spell them.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_SEARCHOPTIONS_TD
#define DATAFLOW_BRIDGE_SEARCHOPTIONS_TD

include "mlir/IR/EnumAttr.td"

class Dataflow_OptionEnum<string name, string summary, list<I32EnumCase> cases>
    : I32Enum<name, summary, cases> {
  let cppNamespace = "::dataflow";
}

// nn_dataflow's --goal letters.
def Dataflow_SearchGoal : Dataflow_OptionEnum<"SearchGoal",
    "what the Eyeriss-family searches minimise", [
  I32EnumCase<"Energy", 0, "e">,
  I32EnumCase<"Delay", 1, "d">,
  I32EnumCase<"EnergyDelay", 2, "ed">]>;

// The loop-blocking search engines of the Eyeriss family (CostModel/Eyeriss).
def Dataflow_BlockingMethod : Dataflow_OptionEnum<"BlockingMethod",
    "the loop-blocking search engine", [
  I32EnumCase<"Exhaustive", 0, "exhaustive">,
  I32EnumCase<"Solver", 1, "solver">]>;

def Dataflow_ProgressMode : Dataflow_OptionEnum<"ProgressMode",
    "whether a search prints its progress on stderr", [
  I32EnumCase<"On", 0, "on">,
  I32EnumCase<"Off", 1, "off">,
  I32EnumCase<"Auto", 2, "auto">]>;

// dataflow-maestro-map's goal.
def Dataflow_MaestroGoal : Dataflow_OptionEnum<"MaestroGoal",
    "what the MAESTRO mapping search minimises", [
  I32EnumCase<"Runtime", 0, "runtime">,
  I32EnumCase<"Energy", 1, "energy">,
  I32EnumCase<"Edp", 2, "edp">]>;

// dataflow-dmaze-map's goal.
def Dataflow_DMazeGoal : Dataflow_OptionEnum<"DMazeGoal",
    "what the dMazeRunner search minimises", [
  I32EnumCase<"Edp", 0, "edp">,
  I32EnumCase<"Energy", 1, "energy">,
  I32EnumCase<"Cycles", 2, "cycles">]>;

// dataflow-schedule-systolic's method: auto picks static when the accelerator fixes its
// buffer partition, else exhaustive; the others name the systolic family's engines
// (CostModel/Systolic/SystolicSearch.h systolicEngines()).
def Dataflow_SystolicMethodChoice : Dataflow_OptionEnum<"SystolicMethodChoice",
    "the systolic search engine", [
  I32EnumCase<"Auto", 0, "auto">,
  I32EnumCase<"Exhaustive", 1, "exhaustive">,
  I32EnumCase<"Static", 2, "static">,
  I32EnumCase<"Constrained", 3, "constrained">,
  I32EnumCase<"Combined", 4, "combined">]>;

def Dataflow_SystolicGoalChoice : Dataflow_OptionEnum<"SystolicGoalChoice",
    "what the systolic search minimises first", [
  I32EnumCase<"Latency", 0, "latency">,
  I32EnumCase<"Traffic", 1, "traffic">]>;

// How the systolic model prices a transposed convolution.
def Dataflow_DeconvPricing : Dataflow_OptionEnum<"DeconvPricing",
    "how a transposed convolution is priced on a systolic array", [
  I32EnumCase<"Upsample", 0, "upsample">,
  I32EnumCase<"Split", 1, "split">,
  I32EnumCase<"Combine", 2, "combine">]>;

def Dataflow_ReportFormat : Dataflow_OptionEnum<"ReportFormat",
    "the report's format", [
  I32EnumCase<"Json", 0, "json">,
  I32EnumCase<"Table", 1, "table">,
  I32EnumCase<"Html", 2, "html">]>;

// The multi-node network search: nn_dataflow's greedy layer order, or a beam over it.
def Dataflow_NetworkSearch : Dataflow_OptionEnum<"NetworkSearch",
    "how the multi-node search walks the network", [
  I32EnumCase<"Greedy", 0, "greedy">,
  I32EnumCase<"Beam", 1, "beam">]>;

// The model families dataflow-schedule can run (Transforms/AcceleratorFamilies.h).
def Dataflow_FamilyChoice : Dataflow_OptionEnum<"FamilyChoice",
    "which model families dataflow-schedule runs", [
  I32EnumCase<"Auto", 0, "auto">,
  I32EnumCase<"Eyeriss", 1, "eyeriss">,
  I32EnumCase<"Systolic", 2, "systolic">,
  I32EnumCase<"Maestro", 3, "maestro">,
  I32EnumCase<"DMaze", 4, "dmaze">]>;

#endif // DATAFLOW_BRIDGE_SEARCHOPTIONS_TD
