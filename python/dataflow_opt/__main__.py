"""``python3 -m dataflow_opt`` is the zoo CLI (``python3 -m dataflow_opt.zoo``)."""

import sys

from .zoo.__main__ import main

sys.exit(main())
