dataflow.accelerator @broken {
  nodes = [1, 1]
}
