"""A whole workshop walked by keyboard alone: QTest key events to whatever
has the keyboard focus, as a facilitator with a keyboard (or a presenter
clicker) would. The timer runs on a hand-driven clock."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from collabworkshop.model.timer import ManualClock
from collabworkshop.storage import read_session
from collabworkshop.ui.board import SpectrumBoard, TeamToken

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def key(k, mods=NONE, times: int = 1) -> None:
    """Press a key where the keyboard focus is (the active window if nothing has focus)."""
    for _ in range(times):
        QTest.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), k, mods)


def tab_to(predicate, limit: int = 60) -> None:
    """Tab through the window until the focus is where the user wants it."""
    for _ in range(limit):
        if predicate(QApplication.focusWidget()):
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the widget; focus is on {QApplication.focusWidget()!r}")


def answer_file_dialog(path: str) -> None:
    """Type a file name into the file dialog once it is up, and press Return.
    (The offscreen platform has no native dialogs: this is Qt's own.)"""
    def answer():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, answer)
            return
        edit = QApplication.focusWidget()  # the dialog opens with the focus on its file name
        assert edit is dialog.findChild(QLineEdit, "fileNameEdit")
        edit.selectAll()
        QTest.keyClicks(edit, path)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_a_whole_workshop_by_keyboard(window, qtbot, tmp_path, messages):
    clock = ManualClock()
    window.timer_clock = clock
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    key(Qt.Key.Key_N, CTRL)  # new session
    assert window.controller is not None
    controller = window.controller
    setup = window.workshop.current_page()
    tab_to(lambda w: w is setup.fields["title"])
    QTest.keyClicks(QApplication.focusWidget(), "Riverside bid consortium")
    tab_to(lambda w: w is setup.new_name)
    for name, org in (("Design Studio", "Arc Ltd"), ("Build Crew", "Stone & Co")):
        QTest.keyClicks(QApplication.focusWidget(), name)
        key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is setup.new_org
        QTest.keyClicks(QApplication.focusWidget(), org)
        key(Qt.Key.Key_Return)
        tab_to(lambda w: w is setup.new_name)
    assert controller.session.info.title == "Riverside bid consortium"
    assert [t.name for t in controller.session.teams] == ["Design Studio", "Build Crew"]
    a, b = (t.id for t in controller.session.teams)

    key(Qt.Key.Key_PageDown)  # the clicker's "next"
    assert window.workshop.current_entry == 1
    tab_to(lambda w: w is window.workshop.step_list)
    key(Qt.Key.Key_Right)  # → on the step list: next step
    assert window.workshop.current_entry == 2 and controller.session.current_step == 1
    step = controller.session.steps[1]

    # Place tokens with the keyboard: Tab into the board, arrows move the focused token.
    tab_to(lambda w: isinstance(w, SpectrumBoard) and w.isVisible() and w is not window.display.board)
    board = QApplication.focusWidget()
    assert isinstance(board.scene().focusItem(), TeamToken)
    key(Qt.Key.Key_Right)  # first press puts the token in the middle
    key(Qt.Key.Key_Right, SHIFT)
    key(Qt.Key.Key_Right, times=2)
    key(Qt.Key.Key_Tab)  # the next token (leaving a token commits its move)
    key(Qt.Key.Key_Left)
    key(Qt.Key.Key_Left, SHIFT, times=2)
    key(Qt.Key.Key_Return)  # Enter commits the keyboard move
    first_dim = controller.session.dimensions[0].id
    assert controller.session.position(step.round_id, first_dim, a) == 62
    assert controller.session.position(step.round_id, first_dim, b) == 30
    assert window.workshop.current_entry == 2  # the arrows moved tokens, not steps
    key(Qt.Key.Key_Z, CTRL)  # the whole keyboard move is one undo step: off the board again
    assert controller.session.position(step.round_id, first_dim, b) is None
    key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert controller.session.position(step.round_id, first_dim, b) == 30

    # The timer: Space starts and pauses it.
    key(Qt.Key.Key_Space)
    assert window.timers.running
    clock.advance(250)
    window.timers.tick()
    key(Qt.Key.Key_Space)
    assert not window.timers.running and controller.session.step(step.id).actual == 250

    # Present (one screen), blackout and back, leave with Esc.
    key(Qt.Key.Key_F5)
    display = window.display
    qtbot.waitUntil(lambda: QApplication.activeWindow() is display)
    # The room sees the keyboard's moves.
    assert display.board.board_scene.token(first_dim, a).value == 62
    assert display.board.board_scene.token(first_dim, b).value == 30
    key(Qt.Key.Key_B)
    assert display.blacked_out
    key(Qt.Key.Key_B)
    assert not display.blacked_out
    key(Qt.Key.Key_PageDown)  # the clicker works while presenting
    assert controller.session.current_step == 2 and display.title_label.text() == controller.session.steps[2].title
    key(Qt.Key.Key_Escape)
    assert not display.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Shortcuts overview.
    key(Qt.Key.Key_F1)
    assert messages and "Blackout" in messages[-1][1] and "Space" in messages[-1][1]

    # Generate the plan: Ctrl+G shows the plan step.
    key(Qt.Key.Key_G, CTRL)
    assert controller.session.actions
    plan_entry = next(i + 1 for i, s in enumerate(controller.session.steps) if s.kind.value == "plan")
    assert window.workshop.current_entry == plan_entry

    # On to the wrap-up with the clicker, then save with Ctrl+S through the file dialog.
    while window.workshop.current_entry < len(controller.session.steps):
        key(Qt.Key.Key_PageDown)
    target = tmp_path / "riverside.cwsession"
    answer_file_dialog(str(target))
    key(Qt.Key.Key_S, CTRL)
    assert target.exists() and controller.path == target
    saved = read_session(target)
    assert [t.name for t in saved.teams] == ["Design Studio", "Build Crew"]
    assert saved.placements[(step.round_id, first_dim, a)] == 62
    assert saved.step(step.id).actual == 250
    assert saved.actions

