"""Regenerate ``docs/sample-report.pdf`` from the shipped sample session
(``make report``), through the same command a user runs:

    collabworkshop export resources/sample/eastport-alliance.cwsession -o docs/sample-report.pdf

Offscreen, so it runs without a display. Prints the page count; to look at
the pages, ``pdftoppm -png -r 60 docs/sample-report.pdf /tmp/page``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The docs' pictures, report and timings are of the English app (set it to
# "de" for German ones).
os.environ.setdefault("COLLABWORKSHOP_LANGUAGE", "en")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "eastport-alliance.cwsession"
OUT = ROOT / "docs" / "sample-report.pdf"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from collabworkshop import cli

    code = cli.main(["export", str(SAMPLE), "--format", "pdf", "-o", str(OUT)])
    if code != 0:
        return code
    try:
        from pypdf import PdfReader
    except ImportError:
        print(f"wrote {OUT.relative_to(ROOT)}")
    else:
        print(f"wrote {OUT.relative_to(ROOT)} ({len(PdfReader(OUT).pages)} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
