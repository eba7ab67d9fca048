# lit configuration of the dataflow-opt test suite.
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "dataflow-opt"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.dataflow_obj_root, "test")
config.excludes = ["CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "Inputs", "Unit", "corpus"]

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

config.substitutions.append(("%examples", os.path.join(config.dataflow_src_root, "examples")))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%dataflow_src", config.dataflow_src_root))
# MAESTRO's bundled inputs, kept once beside the cost model's reference tests.
config.substitutions.append(("%maestro_data", os.path.join(config.dataflow_src_root, "unittests",
                                                           "CostModel", "data", "maestro")))
# The Python package (python/dataflow_opt) is importable from tests as `-m dataflow_opt.X`.
config.environment["PYTHONPATH"] = os.path.join(config.dataflow_src_root, "python")
llvm_config.add_tool_substitutions(
    ["dataflow-opt", "dataflow-dse", "dataflow-translate", "dataflow-fuzz-replay",
     "dataflow-fuzz-maestro-replay", "dataflow-fuzz-dmaze-replay", "dataflow-fuzz-sweep-replay"], [os.path.join(config.dataflow_obj_root, "bin")])
