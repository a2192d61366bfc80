"""The accessible tree as a screen reader reads it: the app under Xvfb (with
openbox) and the AT-SPI bus in a D-Bus session, read with the system
python3's pyatspi (tests/ui/app/atspi_driver.py). Needs the Debian packages
xvfb, openbox, at-spi2-core, python3-pyatspi and dbus-x11 (.ci/run installs
them); skipped, saying which is missing, without them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
ENTRIES = "0,1,3,4,5,6,7"  # set-up, frame, place, discuss, vote, plan, wrap-up


def missing() -> str:
    for tool in ("Xvfb", "openbox", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install xvfb openbox dbus-x11)"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core is not installed (no at-spi-bus-launcher)"
    if not Path("/usr/bin/python3").exists() or subprocess.run(
            ["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode != 0:
        return "the system python3 cannot import pyatspi (apt-get install python3-pyatspi)"
    return ""


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    reason = missing()
    if reason:
        pytest.skip(reason)
    from collabworkshop.model.template import resource_path

    tmp = tmp_path_factory.mktemp("atspi")
    copy = tmp / "eastport.cwsession"
    shutil.copyfile(resource_path("sample", "eastport-alliance.cwsession"), copy)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env["COLLABWORKSHOP_CONFIG_DIR"] = str(tmp / "config")
    env["COLLABWORKSHOP_DATA_DIR"] = str(tmp / "data")
    result = subprocess.run(["dbus-run-session", "--", sys.executable, str(HERE / "atspi_driver.py"), str(copy),
                             ENTRIES], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_every_token_is_listed_with_its_team_dimension_and_value(tree):
    from collabworkshop.model.template import resource_path
    from collabworkshop.storage import read_session

    session = read_session(resource_path("sample", "eastport-alliance.cwsession"))
    tokens = tree["3"]["tokens"]  # Place: needed
    assert len(tokens) == len(session.teams) * len(session.dimensions)
    seen = {t["name"]: t["description"] for t in tokens}
    for team in session.teams:
        for dim in session.dimensions:
            name = f"{team.name}, {dim.name}"
            assert name in seen
            value = session.position("needed", dim.id, team.id)
            assert f"{value:.0f} of 100" in seen[name]


@pytest.mark.slow
def test_every_control_on_every_step_has_a_name(tree):
    unnamed = {entry: reading["unnamed"] for entry, reading in tree.items() if reading["unnamed"]}
    assert unnamed == {}
