//===- DataflowOps.td - ops of the dataflow dialect ---------*- tablegen -*-===//

#ifndef DATAFLOW_IR_DATAFLOWOPS_TD
#define DATAFLOW_IR_DATAFLOWOPS_TD

include "Dataflow/IR/DataflowDialect.td"
include "Dataflow/IR/DataflowAttrs.td"
include "Dataflow/IR/DataflowEnums.td"
include "Dataflow/IR/LayerOpInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/BuiltinAttributes.td"

//===----------------------------------------------------------------------===//
// Accelerator
//===----------------------------------------------------------------------===//

def Dataflow_AcceleratorOp : Dataflow_Op<"accelerator", [Symbol]> {
  let summary = "a spatial accelerator: node grid, PE arrays, buffers, DRAM and energies";
  let description = [{
    Describes every resource of one accelerator. Two kinds: `eyeriss` (the default when
    `kind` is left out) takes every resource nn_dataflow's search tool takes;
    `kind = systolic` describes the systolic-array optimizer's A x A array
    (docs/seed-tools.md §3). Every field of the kind is required, in any order, and
    no field of the other kind is allowed; nothing has a silent default.

    ```mlir
    dataflow.accelerator @eyeriss {
      nodes = [1, 1], pe_array = [16, 16],
      regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
      memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
      energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0,
                                dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
    }
    ```

    | field | meaning | unit |
    |---|---|---|
    | `nodes` | node grid, rows x columns | nodes |
    | `pe_array` | PE array of each node, rows x columns | PEs |
    | `regf_bytes` | register file of each PE | bytes |
    | `gbuf_bytes` | global buffer of each node | bytes |
    | `word_bits` | data word (a positive multiple of 8) | bits |
    | `memory` | `"2D"`: DRAM on the grid's four corners; `"3D"`: a vault on every node | |
    | `dram_bandwidth` | whole-chip DRAM bandwidth, or `unlimited` | bytes/cycle |
    | `bus_width` | array multicast bus width, or `unlimited` | words/cycle |
    | `energy` | unit energies, see `#dataflow.energy` | energy unit |

    In the generic form an absent `dram_bandwidth` or `bus_width` means unlimited.

    Instead of explicit energies an accelerator may ask for estimates from its technology
    and sizes (docs/cost-model.md "Energy and area estimates"):
    `energy = estimated, technology = 45, dram_type = "3D", clock_ghz = 1.0` (joules) or
    `energy = estimated_relative, technology = 65` (multiples of a 16-bit MAC, pinned to
    Eyeriss's normalised costs). `clock_ghz` may also accompany explicit energies.

    The reports give physical units (docs/report-schema.md): explicit energies may state their
    unit with `energy_unit = "J"`, `"pJ"` or `"relative"` (multiples of a MAC); estimated ones
    know theirs. With `clock_ghz` the reports also give seconds, watts and J·s.
    Generic form: `energy_estimate = "absolute"` or `"relative"` and no `energy`.

    A systolic array:

    ```mlir
    dataflow.accelerator @sa {
      kind = systolic, array_size = 16, buffer_bytes = 3145728,
      partition = [0.3, 0.3, 0.4], bandwidth_gbs = 25.6, clock_ghz = 1.0,
      word_bits = 16, dataflow = output_stationary
    }
    ```

    | field | meaning | unit |
    |---|---|---|
    | `array_size` | A: the array is A x A PEs | PEs |
    | `buffer_bytes` | on-chip buffer shared by ifmap, ofmap and weight tiles | bytes |
    | `partition` | `[ifmap, ofmap, weights]` fractions of the buffer (sum 1), or `searched` | |
    | `bandwidth_gbs` | DRAM bandwidth | GB/s |
    | `clock_ghz` | array clock | GHz |
    | `word_bits` | data word: 8, 16 or 32 | bits |
    | `dataflow` | `output_stationary` or `weight_stationary` | |

    In the generic form an absent `partition` means `searched`.
  }];
  let arguments = (ins
    SymbolNameAttr:$sym_name,
    // eyeriss (required by the verifier when the kind is eyeriss)
    OptionalAttr<DenseI64ArrayAttr>:$nodes,
    OptionalAttr<DenseI64ArrayAttr>:$pe_array,
    OptionalAttr<I64Attr>:$regf_bytes,
    OptionalAttr<I64Attr>:$gbuf_bytes,
    I64Attr:$word_bits,
    OptionalAttr<Dataflow_MemoryType>:$memory,
    OptionalAttr<F64Attr>:$dram_bandwidth,
    OptionalAttr<I64Attr>:$bus_width,
    OptionalAttr<Dataflow_EnergyAttr>:$energy,
    // the kind; absent = eyeriss
    OptionalAttr<Dataflow_AcceleratorKind>:$kind,
    // systolic (required by the verifier when the kind is systolic)
    OptionalAttr<I64Attr>:$array_size,
    OptionalAttr<I64Attr>:$buffer_bytes,
    OptionalAttr<DenseF64ArrayAttr>:$partition,
    OptionalAttr<F64Attr>:$bandwidth_gbs,
    OptionalAttr<F64Attr>:$clock_ghz,
    OptionalAttr<Dataflow_SystolicDataflow>:$dataflow,
    // eyeriss, estimated energies (`energy = estimated` / `estimated_relative`)
    OptionalAttr<I64Attr>:$technology,
    OptionalAttr<StrAttr>:$dram_type,
    OptionalAttr<StrAttr>:$energy_estimate,
    // eyeriss, explicit energies: their unit (`"J"`, `"pJ"` or `"relative"`); absent = not stated
    OptionalAttr<StrAttr>:$energy_unit);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    // Signed views of the I64Attr fields (the generated getters are unsigned, which would
    // hide a negative size from the verifier).
    int64_t regfBytes() { return getRegfBytesAttr().getInt(); }
    int64_t gbufBytes() { return getGbufBytesAttr().getInt(); }
    int64_t wordBits() { return getWordBitsAttr().getInt(); }
    int64_t arraySize() { return getArraySizeAttr().getInt(); }
    int64_t bufferBytes() { return getBufferBytesAttr().getInt(); }
    bool isSystolic() { return getKind() == AcceleratorKind::systolic; }
    /// Does the accelerator ask for estimated energies instead of giving them?
    bool hasEstimatedEnergy() { return static_cast<bool>(getEnergyEstimateAttr()); }
    bool hasRelativeEstimate() {
      return hasEstimatedEnergy() && getEnergyEstimateAttr().getValue() == "relative";
    }
    /// The accelerator a function binds with `dataflow.accelerator = @sym`, or null when
    /// it names none (or an unknown one, which the binding verifier rejects).
    static AcceleratorOp boundTo(::mlir::Operation *func) {
      auto ref = func->getAttrOfType<::mlir::FlatSymbolRefAttr>(
          DataflowDialect::kAcceleratorAttrName);
      return ref ? ::mlir::SymbolTable::lookupNearestSymbolFrom<AcceleratorOp>(func, ref)
                 : AcceleratorOp();
    }
  }];
}

//===----------------------------------------------------------------------===//
// Layers
//===----------------------------------------------------------------------===//

// Layer ops produce the tensor they compute and are deliberately not Pure: a layer whose
// output nobody reads still costs energy and must not be erased by -canonicalize.
// Each implements LayerOpInterface; `overridden` names the interface methods it defines
// itself (getMacCount always).
class Dataflow_LayerOp<string mnemonic, list<Trait> traits = [],
                       list<string> overridden = ["getMacCount"]>
    : Dataflow_Op<mnemonic,
                  traits # [DeclareOpInterfaceMethods<Dataflow_LayerOpInterface, overridden>]> {
  let results = (outs AnyRankedTensor:$output);
  let hasVerifier = 1;
}

def Dataflow_ConvOp : Dataflow_LayerOp<"conv"> {
  let summary = "2-D or 3-D convolution (grouped and depthwise included)";
  let description = [{
    `input` is `N x C x [D x] H x W`, `output` is `N x M x [D' x] H' x W'`. The filter
    (`M x C/groups x kernel`) is implicit: its shape follows from the attributes. Per spatial
    dimension `out = floor((in + pad_begin + pad_end - dilation*(kernel-1) - 1) / stride) + 1`.
    `pad` lists all begins, then all ends (ONNX order). Depthwise: `groups = C = M`.

    ```mlir
    %1 = dataflow.conv %0 kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1]
         groups 1 {name = "conv1"} : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$input, DenseI64ArrayAttr:$kernel,
                   DenseI64ArrayAttr:$stride, DenseI64ArrayAttr:$pad,
                   DenseI64ArrayAttr:$dilation, I64Attr:$groups,
                   OptionalAttr<StrAttr>:$name);
  let assemblyFormat = [{
    $input `kernel` $kernel `stride` $stride `pad` $pad `dilation` $dilation
    `groups` $groups attr-dict `:` type($input) `->` type($output)
  }];
}

def Dataflow_DeconvOp : Dataflow_LayerOp<"deconv"> {
  let summary = "transposed (fractionally strided) convolution";
  let description = [{
    Per spatial dimension `out = (in-1)*stride - pad_begin - pad_end + dilation*(kernel-1)
    + output_padding + 1`, with `output_padding < stride` (or `< dilation`).

    ```mlir
    %1 = dataflow.deconv %0 kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1]
         output_padding [0, 0] dilation [1, 1] groups 1
         : tensor<1x512x4x4xi16> -> tensor<1x256x8x8xi16>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$input, DenseI64ArrayAttr:$kernel,
                   DenseI64ArrayAttr:$stride, DenseI64ArrayAttr:$pad,
                   DenseI64ArrayAttr:$output_padding, DenseI64ArrayAttr:$dilation,
                   I64Attr:$groups, OptionalAttr<StrAttr>:$name);
  let assemblyFormat = [{
    $input `kernel` $kernel `stride` $stride `pad` $pad `output_padding` $output_padding
    `dilation` $dilation `groups` $groups attr-dict `:` type($input) `->` type($output)
  }];
}

def Dataflow_FCOp : Dataflow_LayerOp<"fc"> {
  let summary = "fully connected layer";
  let description = [{
    `input` is `N x C` or `N x C x H x W` (the weights then cover all of `H x W`), `output`
    is `N x M`.

    ```mlir
    %1 = dataflow.fc %0 {name = "fc1"} : tensor<16x256x6x6xi16> -> tensor<16x4096xi16>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$input, OptionalAttr<StrAttr>:$name);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def Dataflow_MatmulOp : Dataflow_LayerOp<"matmul"> {
  let summary = "matrix product of two activations";
  let description = [{
    `M x K` times `K x N` gives `M x N`; batched: `B x M x K` times `B x K x N` gives
    `B x M x N`.

    ```mlir
    %2 = dataflow.matmul %q, %k : tensor<64x128xi16>, tensor<128x64xi16> -> tensor<64x64xi16>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$lhs, AnyRankedTensor:$rhs,
                   OptionalAttr<StrAttr>:$name);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) `->` type($output)
  }];
}

def Dataflow_PoolOp : Dataflow_LayerOp<"pool"> {
  let summary = "max or average pooling";
  let description = [{
    Same output rule as `dataflow.conv` with dilation 1; channels are unchanged.

    ```mlir
    %1 = dataflow.pool max %0 window [3, 3] stride [2, 2] pad [0, 0, 0, 0]
         : tensor<16x48x55x55xi16> -> tensor<16x48x27x27xi16>
    ```
  }];
  let arguments = (ins Dataflow_PoolKind:$kind, AnyRankedTensor:$input,
                   DenseI64ArrayAttr:$window, DenseI64ArrayAttr:$stride,
                   DenseI64ArrayAttr:$pad, OptionalAttr<StrAttr>:$name);
  let assemblyFormat = [{
    $kind $input `window` $window `stride` $stride `pad` $pad attr-dict `:` type($input)
    `->` type($output)
  }];
}

def Dataflow_EltwiseOp : Dataflow_LayerOp<"eltwise"> {
  let summary = "element-wise add or multiply of one or more tensors";
  let description = [{
    With one input it is a unary element-wise stage (nn_dataflow's `EltwiseLayer` with
    `nreg = 1`, e.g. an activation): it reads and writes each element once.

    ```mlir
    %2 = dataflow.eltwise add %0, %1 : tensor<16x256x56x56xi16>, tensor<16x256x56x56xi16>
         -> tensor<16x256x56x56xi16>
    ```

    An input may also be one value per sample and channel (`N x C x 1 x .. x 1`) broadcast
    over the rest: the squeeze-excitation scale `x * s` (docs/cost-model.md "Broadcast
    element-wise"). At least one input has the output's type.

    ```mlir
    %3 = dataflow.eltwise mul %0, %s : tensor<1x64x56x56xi16>, tensor<1x64x1x1xi16>
         -> tensor<1x64x56x56xi16>
    ```
  }];
  let arguments = (ins Dataflow_EltwiseKind:$kind, Variadic<AnyRankedTensor>:$inputs,
                   OptionalAttr<StrAttr>:$name);
  let extraClassDeclaration = [{
    /// An `N x C x 1 x .. x 1` input of `output`'s rank, sample and channel counts: one value
    /// per sample and channel, broadcast over the rest.
    static bool isPerChannel(::mlir::RankedTensorType input, ::mlir::RankedTensorType output);
    /// Whether an input is per channel (not of the output's type): the layer is priced as
    /// a depthwise convolution (docs/cost-model.md "Broadcast element-wise").
    bool hasPerChannelInput() {
      return ::llvm::any_of(getInputs(), [&](::mlir::Value in) {
        return in.getType() != getOutput().getType();
      });
    }
  }];
  let assemblyFormat = [{
    $kind $inputs attr-dict `:` type($inputs) `->` type($output)
  }];
}

def Dataflow_ConcatOp : Dataflow_LayerOp<"concat", [], ["getMacCount", "isComputeLayer"]> {
  let summary = "concatenation along channels (dimension 1)";
  let description = [{
    Free on the accelerator: it only says that the consumer reads several producers.

    ```mlir
    %2 = dataflow.concat %0, %1 : tensor<16x128x13x13xi16>, tensor<16x128x13x13xi16>
         -> tensor<16x256x13x13xi16>
    ```
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs, OptionalAttr<StrAttr>:$name);
  let assemblyFormat = "$inputs attr-dict `:` type($inputs) `->` type($output)";
}

//===----------------------------------------------------------------------===//
// Transformer layer kinds (issue #18)
//===----------------------------------------------------------------------===//

def Dataflow_ActivationOp : Dataflow_LayerOp<"activation"> {
  let summary = "unary element-wise activation (ReLU, GELU, SiLU, sigmoid, tanh)";
  let description = [{
    Output type equals input type (rank 2 to 5). Priced like a one-input `dataflow.eltwise`
    (nn_dataflow's `EltwiseLayer` with `nreg = 1`): each element read once and written once.

    ```mlir
    %1 = dataflow.activation gelu %0 : tensor<128x3072xi16> -> tensor<128x3072xi16>
    ```
  }];
  let arguments = (ins Dataflow_ActivationKind:$kind, AnyRankedTensor:$input,
                   OptionalAttr<StrAttr>:$name);
  let assemblyFormat = "$kind $input attr-dict `:` type($input) `->` type($output)";
}

def Dataflow_NormOp : Dataflow_LayerOp<"norm"> {
  let summary = "LayerNorm, RMSNorm or (inference) BatchNorm";
  let description = [{
    Output type equals input type (rank 2 to 5). `layer_norm` and `rms_norm` normalise over
    the last dimension (one token's features), `batch_norm` scales and shifts each channel
    (dimension 1) by its folded statistics. Priced as a one-input element-wise pass.

    ```mlir
    %1 = dataflow.norm layer_norm %0 : tensor<128x768xi16> -> tensor<128x768xi16>
    ```
  }];
  let arguments = (ins Dataflow_NormKind:$kind, AnyRankedTensor:$input,
                   OptionalAttr<StrAttr>:$name);
  let assemblyFormat = "$kind $input attr-dict `:` type($input) `->` type($output)";
}

def Dataflow_SoftmaxOp : Dataflow_LayerOp<"softmax"> {
  let summary = "softmax over the last dimension";
  let description = [{
    Output type equals input type (rank 2 to 5); each row of the last dimension is
    normalised. Priced as a one-input element-wise pass (the row's maximum and sum stay on
    chip).

    ```mlir
    %1 = dataflow.softmax %0 : tensor<12x128x128xi16> -> tensor<12x128x128xi16>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$input, OptionalAttr<StrAttr>:$name);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def Dataflow_AttentionOp : Dataflow_LayerOp<"attention"> {
  let summary = "multi-head scaled dot-product attention";
  let description = [{
    `q` is `Lq x D`, `k` and `v` are `Lk x D`, the output is `Lq x D`; `heads` divides `D`
    (each head attends with `D / heads` features). `causal` masks keys after the query's
    position. LLM decode with a KV cache is `Lq = 1` against `Lk = L` cached keys and
    values (the new token's included). MACs: `2 x Lq x Lk x D` (QK^T and AV; masked scores
    are still computed, as on a dense array).

    ```mlir
    %o = dataflow.attention %q, %k, %v heads 12 causal
         : tensor<1x768xi16>, tensor<512x768xi16>, tensor<512x768xi16> -> tensor<1x768xi16>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$q, AnyRankedTensor:$k, AnyRankedTensor:$v,
                   I64Attr:$heads, UnitAttr:$causal, OptionalAttr<StrAttr>:$name);
  let assemblyFormat = [{
    $q `,` $k `,` $v `heads` $heads (`causal` $causal^)? attr-dict `:` type($q) `,`
    type($k) `,` type($v) `->` type($output)
  }];
}

def Dataflow_ViewOp : Dataflow_LayerOp<"view", [], ["getMacCount", "isComputeLayer"]> {
  let summary = "reshape or permute: the same elements under another shape";
  let description = [{
    Free on the accelerator, like `dataflow.concat`: the output holds the input's elements
    (same count and element type) under another shape, e.g. the head split of attention
    (`L x D` to `H x L x D/H`, or `H x D/H x L` for K^T). The cost models price tensors by
    their sizes, so a view changes no cost; it is not a compute layer.

    ```mlir
    %kt = dataflow.view %k : tensor<128x768xi16> -> tensor<12x64x128xi16>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$input, OptionalAttr<StrAttr>:$name);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def Dataflow_SliceOp : Dataflow_LayerOp<"slice", [], ["getMacCount", "isComputeLayer"]> {
  let summary = "a contiguous range of one dimension (a channel split)";
  let description = [{
    Free on the accelerator, like `dataflow.view` and `dataflow.concat`: the output is the
    input's elements `offset` to `offset + size - 1` along dimension `axis` (every other
    dimension whole), where `size` is the output's extent along `axis`. It is the channel
    split of `torch.chunk` / `split` / `narrow` and ONNX `Split` / `Slice` (step 1), e.g.
    ShuffleNetV2's two branches. The consumer reads part of its producer's tensor; the
    cost models price tensors by their sizes, so a slice changes no cost; it is not a
    compute layer.

    ```mlir
    %b = dataflow.slice %x axis 1 offset 58 : tensor<1x116x28x28xi16> -> tensor<1x58x28x28xi16>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$input, I64Attr:$axis, I64Attr:$offset,
                   OptionalAttr<StrAttr>:$name);
  let assemblyFormat = [{
    $input `axis` $axis `offset` $offset attr-dict `:` type($input) `->` type($output)
  }];
}

#endif // DATAFLOW_IR_DATAFLOWOPS_TD
