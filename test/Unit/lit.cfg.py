# Runs every gtest binary named *Tests under <build>/unittests; lit counts each TEST.
import os

import lit.formats

config.name = "dataflow-opt-unit"
config.suffixes = []
config.test_source_root = os.path.join(config.dataflow_obj_root, "unittests")
config.test_exec_root = config.test_source_root
config.test_format = lit.formats.GoogleTest(".", "Tests")
