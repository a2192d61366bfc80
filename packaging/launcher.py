"""Entry script of the PyInstaller bundle: the same as the installed
``collabworkshop`` command (GUI, terminal commands and ``self-check``)."""

import sys

from collabworkshop.cli import main

if __name__ == "__main__":
    sys.exit(main())
