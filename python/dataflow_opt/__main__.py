"""``python3 -m dataflow_opt``: import a model, schedule it, write the report and plots
(dataflow_opt/cli.py; ``--help`` explains). The zoo has its own: ``python3 -m dataflow_opt.zoo``."""

import sys

from .cli import main

sys.exit(main())
