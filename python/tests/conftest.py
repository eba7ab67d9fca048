import os
import sys

PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO_ROOT = os.path.dirname(PYTHON_DIR)
if PYTHON_DIR not in sys.path:
    sys.path.insert(0, PYTHON_DIR)

import pytest  # noqa: E402

from dataflow_opt.run import DataflowOptError, find_dataflow_opt  # noqa: E402

try:
    find_dataflow_opt()
    HAVE_BINARY = True
except DataflowOptError:
    HAVE_BINARY = False
#: Marks a test that runs the dataflow-opt binary (found as dataflow_opt.run finds it).
built = pytest.mark.skipif(not HAVE_BINARY, reason="dataflow-opt is not built")
