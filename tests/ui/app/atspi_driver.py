"""Run inside ``dbus-run-session`` by tests/ui/app/test_accessible_tree.py:
an X server (Xvfb) with a window manager (openbox), the AT-SPI bus, the app
(tests/ui/app/atspi_app.py) and the system python3 reading the tree
(tests/ui/app/atspi_reader.py) once per workshop entry given. Prints
one JSON object: each entry's reading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def main(sample: str, entries: str) -> int:
    # A display number no other X server holds, and its socket up before
    # anything connects.
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists()
                  and not Path(f"/tmp/.X11-unix/X{n}").exists())
    display = str(number)
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.1)
    env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               NO_AT_BRIDGE="0", GTK_A11Y="atspi")
    started = [xvfb]
    try:
        started.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        started.append(subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1.0)
        app = subprocess.Popen([sys.executable, str(HERE / "atspi_app.py"), sample], env=env,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=sys.stderr, text=True)
        started.append(app)
        readings = {}
        for entry in entries.split(","):
            app.stdin.write(entry + "\n")
            app.stdin.flush()
            if app.stdout.readline().strip() != "ready":
                print(json.dumps({"error": f"the app did not show entry {entry}"}))
                return 1
            reader = subprocess.run(["/usr/bin/python3", str(HERE / "atspi_reader.py"), "CollabWorkshop"], env=env,
                                    capture_output=True, text=True, timeout=120)
            sys.stderr.write(reader.stderr)
            if reader.returncode != 0:
                sys.stdout.write(reader.stdout)
                return reader.returncode
            readings[entry] = json.loads(reader.stdout)
        app.stdin.close()
        app.wait(timeout=30)
        print(json.dumps(readings))
        return 0
    finally:
        for proc in reversed(started):
            proc.terminate()
        for proc in started:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
