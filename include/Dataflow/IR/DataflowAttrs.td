//===- DataflowAttrs.td - attributes of the dataflow dialect -*- tablegen -*-===//

#ifndef DATAFLOW_IR_DATAFLOWATTRS_TD
#define DATAFLOW_IR_DATAFLOWATTRS_TD

include "Dataflow/IR/DataflowDialect.td"
include "mlir/IR/AttrTypeBase.td"

class Dataflow_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Dataflow_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

// An IEEE double; the attribute's own printer writes it so that it reads back bit-identically.
def Dataflow_ExactDouble : APFloatParameter<"a finite IEEE double">;

def Dataflow_EnergyAttr : Dataflow_Attr<"Energy", "energy"> {
  let summary = "unit energies of an accelerator";
  let description = [{
    The energy of one event at each level, in one unit of the user's choice (nn_dataflow's
    `--op-cost`, `--hier-cost`, `--hop-cost` and `--unit-idle-cost`): a MAC, a register-file
    access, an array-bus (interconnect) transfer, a global-buffer access and a DRAM access,
    each per word; a NoC hop per word; and the static energy of the whole chip per cycle.
    Every field is required; fields may come in any order.

    ```mlir
    #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0,
                     noc_hop = 0.0, static_per_cycle = 0.0>
    ```
  }];
  let parameters = (ins
    Dataflow_ExactDouble:$mac,
    Dataflow_ExactDouble:$regf,
    Dataflow_ExactDouble:$itcn,
    Dataflow_ExactDouble:$gbuf,
    Dataflow_ExactDouble:$dram,
    Dataflow_ExactDouble:$noc_hop,
    Dataflow_ExactDouble:$static_per_cycle);
  // Hand-written so that a missing or repeated field is named in the error.
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let builders = [
    AttrBuilder<(ins "double":$mac, "double":$regf, "double":$itcn, "double":$gbuf,
                     "double":$dram, "double":$noc_hop, "double":$static_per_cycle), [{
      return $_get($_ctxt, ::llvm::APFloat(mac), ::llvm::APFloat(regf),
                   ::llvm::APFloat(itcn), ::llvm::APFloat(gbuf), ::llvm::APFloat(dram),
                   ::llvm::APFloat(noc_hop), ::llvm::APFloat(static_per_cycle));
    }]>
  ];
}

#endif // DATAFLOW_IR_DATAFLOWATTRS_TD
