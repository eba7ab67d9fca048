// AlexNet conv1 (one tower, nn_dataflow's alex_net), batch 16: the hand-check layer of
// docs/cost-model.md §7.
func.func @conv1(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> {
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1]
       groups 1 {name = "conv1"} : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}
