//===- DecomposeAttention.cpp - attention as batched matmuls and a softmax -===//
//
// dataflow-decompose-attention (Passes.td has the before/after IR). Multi-head
// scaled dot-product attention (Vaswani et al., "Attention Is All You Need",
// NeurIPS 2017, eq. 1) with q: Lq x D, k, v: Lk x D and H heads is, per head h,
// softmax(Q_h K_h^T) V_h: the layers every family prices, written as the zoo
// writes them (python/dataflow_opt/zoo/transformers.py):
//   q_heads   = view q            : H x Lq x D/H
//   k_heads_t = view k            : H x D/H x Lk
//   v_heads   = view v            : H x Lk x D/H
//   qk        = matmul q_heads, k_heads_t   : H x Lq x Lk   (Lq Lk D MACs)
//   softmax   = softmax qk        : H x Lq x Lk
//   av        = matmul softmax, v_heads     : H x Lq x D/H  (Lq Lk D MACs)
//   merge     = view av           : Lq x D
// MACs 2 Lq Lk D, the op's own count. Causal masking keeps the dense extents (the
// op counts masked scores as computed, as a dense array does); a KV cache is the
// extent Lk of k and v.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"

namespace dataflow {
#define GEN_PASS_DEF_DECOMPOSEATTENTIONPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {

void decompose(AttentionOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  RankedTensorType q = op.getQ().getType(), k = op.getK().getType();
  Type elem = q.getElementType();
  const int64_t lq = q.getDimSize(0), lk = k.getDimSize(0), d = q.getDimSize(1);
  const int64_t h = op.getHeads(), dh = d / h;
  const std::string base = op.getName() ? op.getName()->str() : std::string("attention");
  auto name = [&](StringRef part) { return b.getStringAttr(base + "." + part.str()); };
  auto type = [&](ArrayRef<int64_t> shape) { return RankedTensorType::get(shape, elem); };

  Value qh = ViewOp::create(b, loc, type({h, lq, dh}), op.getQ(), name("q_heads"));
  Value kt = ViewOp::create(b, loc, type({h, dh, lk}), op.getK(), name("k_heads_t"));
  Value vh = ViewOp::create(b, loc, type({h, lk, dh}), op.getV(), name("v_heads"));
  Value qk = MatmulOp::create(b, loc, type({h, lq, lk}), qh, kt, name("qk"));
  Value p = SoftmaxOp::create(b, loc, type({h, lq, lk}), qk, name("softmax"));
  Value av = MatmulOp::create(b, loc, type({h, lq, dh}), p, vh, name("av"));
  Value merged = ViewOp::create(b, loc, q, av, name("merge_heads"));
  op.getOutput().replaceAllUsesWith(merged);
  op.erase();
}

struct DecomposeAttentionPass
    : public dataflow::impl::DecomposeAttentionPassBase<DecomposeAttentionPass> {
  void runOnOperation() override {
    SmallVector<AttentionOp> ops;
    getOperation().walk([&](AttentionOp op) { ops.push_back(op); });
    for (AttentionOp op : ops)
      decompose(op);
  }
};

} // namespace
