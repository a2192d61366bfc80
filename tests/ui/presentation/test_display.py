"""The audience display: in step with the console, hidden rounds, blackout,
presentation mode on one screen, and (in a child process with two virtual
screens) the display on the second screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import drag_token, place_page

HERE = Path(__file__).resolve().parents[1]  # tests/ui, where the probe lives
#: The most common corporate laptop beside a full-HD projector.
LAPTOP_AND_PROJECTOR = {"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
                                    {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}]}
TWO_SCREENS = {"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900},
                           {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080}]}


def _open_on(window, sample_copy, entry: int, shown: bool = True):
    """The sample on ``entry``, with the display shown (the room sees it) unless not ``shown``."""
    assert window.open_file(sample_copy)
    window.workshop.show_entry(entry)
    if shown:
        window.display.show()
    return window.controller, window.display


def test_a_display_nobody_sees_waits_and_shows_the_board_as_it_is_once_shown(window, sample_copy):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(3)  # Place: needed
    controller, display = window.controller, window.display
    scene = display.board.board_scene
    assert not display.isVisible()
    # Hidden, it builds no rows (a large room's board, phones' placements).
    assert scene.round_id != controller.session.steps[2].round_id or not scene.tokens()
    dim = controller.session.dimensions[0].id
    drag_token(place_page(window).board, dim, "t1", 15)
    value = controller.session.position(controller.session.steps[2].round_id, dim, "t1")
    assert value is not None and abs(value - 15) < 3
    display.show()  # the room looks: the board as it is now, with every row's figures
    assert display.body.currentWidget() is display.board
    assert scene.round_id == controller.session.steps[2].round_id
    assert scene.token(dim, "t1").value == value
    assert display.figures_text().count("median") == len(controller.session.dimensions)
    display.hide()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone while nobody looks
    display.show()
    assert scene.token(dim, "t1").value == controller.session.position(controller.session.steps[2].round_id, dim, "t1")
    assert scene.token(dim, "t1").value != value


def test_a_placement_on_the_console_moves_the_token_on_the_display(window, sample_copy, qtbot):
    controller, display = _open_on(window, sample_copy, 3)  # Place: needed
    page = place_page(window)
    step = controller.session.steps[2]
    dim = controller.session.dimensions[0].id
    before = display.board.board_scene.token(dim, "t1").pos().x()
    drag_token(page.board, dim, "t1", 15)
    value = controller.session.position(step.round_id, dim, "t1")
    assert value is not None and abs(value - 15) < 3
    token = display.board.board_scene.token(dim, "t1")
    assert token.value == value
    assert token.pos().x() < before  # moved left on the display too
    # Every dimension's figures, on its row of the display's board.
    assert display.figures_text().count("median") == len(controller.session.dimensions)
    # Undo on the console: the display follows.
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert display.board.board_scene.token(dim, "t1").pos().x() == before


def test_step_changes_follow_on_the_display(window, sample_copy):
    controller, display = _open_on(window, sample_copy, 1)
    assert display.title_label.text() == controller.session.steps[0].title
    assert display.body.currentWidget() is display.frame_view  # no board on the welcome step: the frame
    window.next_action.trigger()
    assert display.title_label.text() == controller.session.steps[1].title
    assert display.prompt_label.text() == controller.session.steps[1].prompt
    assert display.body.currentWidget() is display.board
    assert display.board.board_scene.round_id == controller.session.steps[1].round_id
    window.back_action.trigger()
    assert display.title_label.text() == controller.session.steps[0].title


def test_hiding_a_round_hides_it_from_the_room_but_not_from_the_console(window, sample_copy):
    controller, display = _open_on(window, sample_copy, 2)  # Place: today
    console = window.console_panel
    assert display.aggregates_shown and console.aggregates.text()
    console.reveal_button.click()  # "Hide from the room"
    assert controller.session.round("today").hidden
    assert display.body.currentWidget() is display.hidden_label
    assert not display.aggregates_shown
    assert "25 of 25 placed" in display.hidden_label.text()
    assert "median" in console.aggregates.text()  # the console still sees the figures
    # The shared board page gives way to "Placed: n of m"; the console keeps its figures.
    assert not place_page(window).stats.isVisible()
    assert console.reveal_button.text() == "Reveal to the room"
    # A placement during a blind round updates the count, still without aggregates.
    controller.place("today", controller.session.dimensions[0].id, "t1", None)
    assert "24 of 25 placed" in display.hidden_label.text() and not display.aggregates_shown
    assert ("\u2026", "Harbour Works", "4 / 5") in console.placed_lines()
    console.reveal_button.click()
    assert not controller.session.round("today").hidden
    assert display.body.currentWidget() is display.board and display.aggregates_shown
    window.undo_action.trigger()  # hiding and revealing are undoable
    assert controller.session.round("today").hidden and not display.aggregates_shown


def _all_black(widget) -> bool:
    image = widget.grab().toImage()
    for x in range(0, image.width(), max(1, image.width() // 16)):
        for y in range(0, image.height(), max(1, image.height() // 16)):
            if QColor(image.pixel(x, y)) != QColor("#000000"):
                return False
    return True


def test_one_screen_presentation_blackout_and_escape(window, sample_copy, qtbot):
    controller, display = _open_on(window, sample_copy, 3, shown=False)
    assert len(QApplication.screens()) == 1
    assert not display.isVisible()
    QTest.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitExposed(display)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is display)  # the keys go to the display now
    assert window.presenter.presenting and display.isFullScreen()
    assert display.geometry() == window.screen().geometry()
    assert display.strip.isVisible()
    # The keys work from the display too: next step, blackout, Esc.
    QTest.keyClick(display, Qt.Key.Key_Right)
    assert controller.session.current_step == 3 and window.workshop.current_entry == 4
    QTest.keyClick(display, Qt.Key.Key_B)
    assert display.blacked_out and _all_black(display)
    assert window.console_panel.blackout_button.isChecked()
    QTest.keyClick(display, Qt.Key.Key_B)
    assert not display.blacked_out and not _all_black(display)
    display.strip_back.click()  # the strip steps back
    assert controller.session.current_step == 2
    QTest.keyClick(display, Qt.Key.Key_Escape)
    assert not display.isVisible() and not window.presenter.presenting
    # "Show display" with one screen is presentation mode too; the strip's Exit leaves it.
    window.console_panel.show_button.click()
    assert display.isVisible() and window.presenter.presenting
    display.strip_exit.click()
    assert not display.isVisible()


def test_two_screens_display_on_the_other_screen_swap_and_remembered(tmp_path, sample_copy):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["COLLABWORKSHOP_CONFIG_DIR"] = str(tmp_path / "config")
    env["COLLABWORKSHOP_DATA_DIR"] = str(tmp_path / "data")
    copy = tmp_path / "two.cwsession"
    shutil.copyfile(sample_copy, copy)
    result = subprocess.run([sys.executable, str(HERE / "two_screens_probe.py"), str(copy)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["Laptop", "Projector"]
    assert seen["console_screen"] == "Laptop"
    assert seen["chooser"] == ["Laptop", "Projector"]
    # F5 with a second screen: the display full-screen there, no control strip.
    assert seen["shown"] == {"screen": "Projector", "geometry": [1440, 0, 1920, 1080], "full_screen": True,
                             "strip": False, "presenting": False}
    assert seen["swapped"] == {"console_screen": "Projector", "screen": "Laptop", "geometry": [0, 0, 1440, 900]}
    assert seen["chosen"] == {"screen": "Projector", "geometry": [1440, 0, 1920, 1080]}
    assert seen["remembered"] == "Projector"
    ini = (tmp_path / "config" / "collabworkshop.ini").read_text(encoding="utf-8")
    assert "screen=Projector" in ini


def _probe_sizes(tmp_path, sample_copy) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(LAPTOP_AND_PROJECTOR), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["COLLABWORKSHOP_CONFIG_DIR"] = str(tmp_path / "config")
    env["COLLABWORKSHOP_DATA_DIR"] = str(tmp_path / "data")
    copy = tmp_path / "sizes.cwsession"
    shutil.copyfile(sample_copy, copy)
    result = subprocess.run([sys.executable, str(HERE / "two_screens_probe.py"), str(copy), "sizes"], env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_f5_on_a_laptop_puts_a_legible_display_full_screen_on_the_projector(tmp_path, sample_copy):
    """What the display decides: it goes full-screen to the projector, sizes
    its type for 1920x1080, gives the board the whole width and has large
    text on every step."""
    seen = _probe_sizes(tmp_path, sample_copy)
    assert seen["screen"] == "Projector" and seen["full_screen"]
    assert seen["geometry"] == [1366, 0, 1920, 1080]
    assert seen["unit"] == 1.0
    assert seen["board_widget_share"] >= 0.85
    assert len(seen["steps"]) == 7
    for step in seen["steps"]:
        assert step["view"] != "", step  # every step shows a view for the room, none blank
        assert step["smallest_text_px"] >= 24, step
        assert step["title_px"] >= 40, step


def test_the_board_on_the_projector_has_room_sized_tokens(tmp_path, sample_copy):
    seen = _probe_sizes(tmp_path, sample_copy)
    assert seen["token_px"] >= 56, seen
    assert seen["initials_px"] >= 22, seen
    assert seen["board_drawn_share"] >= 0.85, seen


def test_the_display_shows_every_row_of_the_board_without_scrolling(window, sample_copy, qtbot):
    # The room cannot scroll: the display's board is always drawn whole, even
    # where the console's board would fill the width and scroll its rows.
    controller, display = _open_on(window, sample_copy, 3)  # Place: needed, with Today's ghosts
    display.resize(1920, 1080)
    display.show()
    qtbot.waitExposed(display)
    display.board.fit()
    board = display.board
    shown = board.mapToScene(board.viewport().rect()).boundingRect()
    scene_rect = board.board_scene.sceneRect()
    assert board.verticalScrollBar().maximum() == 0
    assert shown.top() <= scene_rect.top() + 1 and shown.bottom() >= scene_rect.bottom() - 1
    display.hide()


def test_the_room_sees_phones_placements_at_most_ten_times_a_second(window, sample_copy, qtbot):
    # Phones placing in bursts: the console's board follows every frame, the
    # projector's board at most every READING_MS (a room reads it no faster),
    # and both end where the phones put the tokens.
    from collabworkshop.ui.common.frame import READING_MS

    controller, display = _open_on(window, sample_copy, 2)  # Place: today, the display shown
    qtbot.waitExposed(display)
    scene = display.board.board_scene
    dim = controller.session.dimensions[0].id
    runs = []
    scene.row_refreshed.connect(runs.append)
    timer = QElapsedTimer()
    timer.start()
    for i in range(12):
        controller.place_many([("today", dim, "t1", 10.0 + i)])  # a phone's placement (Origin.DEVICE)
        qtbot.wait(25)
    elapsed = timer.elapsed()
    qtbot.waitUntil(lambda: scene.token(dim, "t1").value == 21.0, timeout=2000)
    assert place_page(window).board.board_scene.token(dim, "t1").value == 21.0
    assert 1 <= len(runs) <= elapsed // READING_MS + 2, (len(runs), elapsed)
