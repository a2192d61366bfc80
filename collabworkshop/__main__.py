"""``python -m collabworkshop``: the same as the ``collabworkshop`` command."""

import sys

from .cli import main

sys.exit(main())
