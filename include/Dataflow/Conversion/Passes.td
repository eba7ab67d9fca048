//===- Passes.td - linalg/tosa to dataflow conversions ------*- tablegen -*-===//

#ifndef DATAFLOW_CONVERSION_PASSES_TD
#define DATAFLOW_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertLinalgToDataflowPass
    : Pass<"convert-linalg-to-dataflow", "::mlir::func::FuncOp"> {
  let summary = "Turn linalg convolutions, pools, matmuls and adds into dataflow layers";
  let description = [{
    Imports a network written as linalg on tensors (what torch-mlir emits) into dataflow
    layer ops. Each converted op is replaced by one layer op; weights, the output init
    (zero fill or broadcast bias) and a `tensor.pad` feeding a convolution or pool are
    folded into the layer and erased once nothing else reads them.

    | linalg | dataflow |
    |---|---|
    | `conv_2d_nchw_fchw` | `conv` (`groups 1`) |
    | `conv_2d_nhwc_hwcf`, `conv_2d_nhwc_fhwc` | `conv` between NHWC<->NCHW `linalg.transpose`s |
    | `depthwise_conv_2d_nchw_chw` / `_nhwc_hwc` | `conv` with `groups = C` |
    | `pooling_nchw_max` / `_sum` (and `nhwc`) | `pool max` / `pool avg` |
    | `matmul` whose B is computed from constants only | `fc` (B dropped: the weights) |
    | `matmul` of two activations, `batch_matmul` | `matmul` |
    | `add` / `mul`, `elementwise kind=add/mul`, an all-parallel `generic` whose body is one add / mul | `eltwise add` / `mul` |
    | `softmax` over the last dimension | `softmax` |

    A `tensor.pad` with static spatial padding and a constant zero value (any constant
    for a max pool) becomes the layer's `pad` (a pool's end padding cut to what its
    windows read: torch-mlir over-pads ceil-mode pools); torch-mlir's `cf.assert` shape
    checks are dropped with a remark; constant-0 indices of size-1 dims in add/mul maps
    (`(0, d1, d2, d3)`, batch 1) read as the identity; a `tensor.collapse_shape` from
    `N x C x H x W` to `N x CHW` feeding an `fc` is folded so the fc reads the 4-D tensor
    (nn_dataflow's FC layer). An add / mul whose second operand is a broadcast constant
    (bias, per-channel scale) becomes a one-input `eltwise`, or disappears into the
    conv / fc / matmul producing the other operand when that layer has no other reader.

    Passed through untouched, since they have no layer meaning: tensor reshapes, casts,
    `linalg.fill`/`copy`/`transpose`/`broadcast`, and all-parallel element-wise ops that
    are not an add or mul (activations such as ReLU, divisions by a constant). Any other
    linalg op with a reduction, and a supported op that fails a check (mixed element
    types, dynamic shapes, dilated pooling, a filter whose shape disagrees), gets a
    located warning and is left in place.

    NHWC layouts: our tensors are `N x C x H x W`, so an NHWC op is converted between two
    `linalg.transpose`s; back-to-back inverse transposes are then removed, so a chain of
    converted NHWC layers is NCHW inside and transposes remain only at its boundary.

    Before:
    ```mlir
    %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] { ... tensor.yield %zero }
    %y = linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = ...}
           ins(%p, %w : tensor<1x3x34x34xf32>, tensor<8x3x3x3xf32>)
           outs(%bias : tensor<1x8x32x32xf32>) -> tensor<1x8x32x32xf32>
    ```
    After:
    ```mlir
    %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1]
           groups 1 : tensor<1x3x32x32xf32> -> tensor<1x8x32x32xf32>
    ```
  }];
  let dependentDialects = ["::dataflow::DataflowDialect", "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def ConvertTosaToDataflowPass
    : Pass<"convert-tosa-to-dataflow", "::mlir::func::FuncOp"> {
  let summary = "Turn tosa convolutions, pools, matmuls and adds into dataflow layers";
  let description = [{
    Imports a network written in TOSA (what IREE's and TFLite's importers emit; NHWC
    activations, OHWI weights) into dataflow layer ops.

    | tosa | dataflow |
    |---|---|
    | `conv2d` | `conv` (`pad` from `[top, bottom, left, right]`, weights and bias dropped) |
    | `depthwise_conv2d` (`KH x KW x C x multiplier`) | `conv` with `groups = C` |
    | `transpose_conv2d` | `deconv` (negative `out_pad` is padding, a positive end is `output_padding`) |
    | `max_pool2d` / `avg_pool2d` | `pool max` / `pool avg` |
    | `matmul` with a constant B and batch 1 | `fc` between `tensor.collapse_shape` / `expand_shape` |
    | other `matmul` | `matmul` (batched) |
    | `add` / `mul` | `eltwise add` / `mul` (rank 4: in NCHW) |

    MLIR 22's TOSA has no `fully_connected` (importers emit `reshape` + `matmul`).

    Layout: each rank-4 op is converted between NHWC->NCHW and NCHW->NHWC
    `tosa.transpose`s. Transposes are then moved below element-wise one-operand ops
    (`clamp`, `sigmoid`, `cast`, ...) and back-to-back inverse pairs are removed, so a
    converted chain is NCHW throughout and keeps transposes only at its boundary.

    Passed through: `const`, `reshape`, `transpose`, `slice`, `pad`, `concat`, `cast`,
    `rescale` and the other element-wise ops. Ops with a reduction or a layer meaning
    that has no dataflow form (`conv3d`, `reduce_*`, `fft2d`, `gather`, ...), and
    supported ops that fail a check (quantized accumulators of another element type,
    dynamic shapes, weights that disagree), get a located warning and are left in place.

    Before:
    ```mlir
    %y = tosa.conv2d %x, %w, %b, %zp, %zp {pad = array<i64: 1, 1, 1, 1>,
           stride = array<i64: 1, 1>, dilation = array<i64: 1, 1>, acc_type = f32}
           : (tensor<1x32x32x3xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>, ...)
           -> tensor<1x32x32x8xf32>
    ```
    After:
    ```mlir
    %t = tosa.transpose %x {perms = array<i32: 0, 3, 1, 2>} ...
    %c = dataflow.conv %t kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1]
           groups 1 : tensor<1x3x32x32xf32> -> tensor<1x8x32x32xf32>
    %y = tosa.transpose %c {perms = array<i32: 0, 2, 3, 1>} ...
    ```
  }];
  let dependentDialects = ["::dataflow::DataflowDialect", "::mlir::tosa::TosaDialect",
                           "::mlir::tensor::TensorDialect"];
}

#endif // DATAFLOW_CONVERSION_PASSES_TD
