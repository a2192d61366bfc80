"""The main window on the screens facilitators have: a 1366x768 laptop and
a 1920x1080 monitor. Each size runs in a child process whose offscreen
platform has that one screen (tests/ui/app/screen_probe.py); the sizes are
measured from geometry and font metrics (docs/console.md, "Layout")."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def probe(tmp_path: Path, sample_copy: Path, width: int, height: int, settings: str = "") -> dict:
    config = tmp_path / f"screen-{width}.json"
    config.write_text(json.dumps({"screens": [{"name": "Screen", "x": 0, "y": 0, "width": width,
                                               "height": height}]}), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["COLLABWORKSHOP_CONFIG_DIR"] = str(tmp_path / f"config-{width}")
    env["COLLABWORKSHOP_DATA_DIR"] = str(tmp_path / f"data-{width}")
    if settings:
        (tmp_path / f"config-{width}").mkdir(exist_ok=True)
        (tmp_path / f"config-{width}" / "collabworkshop.ini").write_text(settings, encoding="utf-8")
    copy = tmp_path / f"screen-{width}.cwsession"
    shutil.copyfile(sample_copy, copy)
    result = subprocess.run([sys.executable, str(HERE / "screen_probe.py"), str(copy)], env=env,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def laptop(tmp_path_factory):
    from collabworkshop.model.template import resource_path

    tmp = tmp_path_factory.mktemp("laptop")
    return probe(tmp, resource_path("sample", "eastport-alliance.cwsession"), 1366, 768)


@pytest.fixture(scope="module")
def monitor(tmp_path_factory):
    from collabworkshop.model.template import resource_path

    tmp = tmp_path_factory.mktemp("monitor")
    return probe(tmp, resource_path("sample", "eastport-alliance.cwsession"), 1920, 1080)


def test_first_window_fills_the_screen_it_opens_on(laptop, monitor):
    for seen, size in ((laptop, [0, 0, 1366, 768]), (monitor, [0, 0, 1920, 1080])):
        assert seen["window"]["maximized"]
        frame = seen["window"]["frame"]
        assert frame[0] >= 0 and frame[1] >= 0
        assert frame[0] + frame[2] <= size[2] and frame[1] + frame[3] <= size[3]
        assert seen["again"]["maximized"], "closed maximised, it opens maximised"


def test_nothing_is_cut_off_at_1366x768_on_any_step(laptop):
    cut = {step: texts for step, texts in laptop["cut"].items() if texts}
    assert cut == {}
    # The plan shows at least four whole actions, with or without the console.
    assert laptop["plan_rows"]["console"] >= 4 and laptop["plan_rows"]["no console"] >= 4
    # No page (the vote's six levers included) needs a sideways scroll.
    assert {step: areas for step, areas in laptop["sideways"].items() if areas} == {}


def test_nothing_is_cut_off_at_1920x1080_on_any_step(monitor):
    cut = {step: texts for step, texts in monitor["cut"].items() if texts}
    assert cut == {}


def test_the_board_is_large_on_the_laptop_with_the_console(laptop):
    board = laptop["board-console"]
    assert board["token_diameter"] >= 24
    assert board["widget_text"] >= 11
    # The statistics gave way to the board (F7 shows them).
    assert not board["stats_shown"]
    # Without the console the board takes its room.
    assert laptop["board-no console"]["token_diameter"] > board["token_diameter"]


def test_the_board_is_large_on_a_full_hd_monitor(monitor):
    board = monitor["board-console"]
    assert board["token_diameter"] >= 36
    assert board["widget_text"] >= 12
    assert monitor["board-no console"]["token_diameter"] >= 36
    assert monitor["board-no console"]["stats_shown"], "room for the statistics beside the board"


def test_board_text_is_legible_on_the_laptop(laptop):
    board = laptop["board-console"]
    assert board["smallest_scene_text"] >= 11 and board["initials"] >= 11


def test_a_saved_window_that_no_longer_fits_is_not_restored(tmp_path, sample_copy):
    # Saved on a larger monitor at 1600x1000, not maximised; today's screen is the laptop's.
    ini = "[window]\nnormal=@Rect(100 100 1600 1000)\nmaximized=false\n"
    seen = probe(tmp_path, sample_copy, 1366, 768, ini)
    frame = seen["window"]["frame"]
    assert frame[2] <= 1366 and frame[3] <= 768 and seen["window"]["maximized"]


def test_a_saved_window_that_fits_comes_back_where_it_was(tmp_path, sample_copy):
    ini = "[window]\nnormal=@Rect(100 80 1100 640)\nmaximized=false\n"
    seen = probe(tmp_path, sample_copy, 1366, 768, ini)
    assert not seen["window"]["maximized"]
    # The probe closed it there: the next window is placed the same way.
    assert not seen["again"]["maximized"]
