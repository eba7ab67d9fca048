dataflow.accelerator @a {
  nodes = [1, 1]
