"""Run the whole test suite in a child process and check that the process
itself exits cleanly.

A PySide6/Python combination can abort at interpreter exit *after* every
test passed (see docs/development.md); pytest's own summary would then say
"passed" while the exit code is 134. Running pytest as a child makes that
visible and fails the run.
"""

from __future__ import annotations

import subprocess
import sys


def main() -> int:
    args = [sys.executable, "-m", "pytest", *sys.argv[1:]]
    result = subprocess.run(args, check=False)
    code = result.returncode
    if code < 0 or code > 5:
        print(f"run_tests: the test process exited abnormally (code {code}); "
              "this fails the run even if every test passed.", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
