"""Start a follow-up from a saved session; review the carried actions; the trend."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QFileDialog

from collabworkshop.analysis import describe
from collabworkshop.model import ActionStatus, StepKind
from collabworkshop.storage import read_session
from collabworkshop.ui.steps.review_page import ReviewPage


def start(window, sample_copy) -> ReviewPage:
    window.open_file(sample_copy)
    previous = window.controller.session.copy()
    assert window.start_followup()
    page = window.workshop.current_page()
    assert isinstance(page, ReviewPage)
    return page, previous


def test_start_followup_carries_over_and_opens_the_review(window, sample_copy, qtbot):
    page, previous = start(window, sample_copy)
    session = window.controller.session
    assert window.controller.is_untitled and window.isWindowModified()
    assert session.info.date == dt.date.today().isoformat()
    assert session.info.title.endswith(": follow-up")
    assert [t.name for t in session.teams] == [t.name for t in previous.teams]
    assert session.steps[1].kind is StepKind.REVIEW
    assert window.workshop.step_label.text().startswith("Step 2 of")
    baselines = [r for r in session.rounds if r.baseline]
    assert [r.name for r in baselines] == [f"Baseline: {r.name} ({previous.info.date})" for r in previous.rounds]
    carried = [a for a in previous.actions if a.accepted]
    assert [(a.title, a.status) for a in session.actions] == [(a.title, a.status) for a in carried]
    assert page.model.rowCount() == len(carried)
    assert page.counts_label.text().startswith(f"{len(carried)} actions:")
    # The sample file itself is untouched.
    assert read_session(sample_copy).rounds == previous.rounds


def test_review_status_owner_due_by_keyboard_with_undo(window, sample_copy, qtbot):
    page, _ = start(window, sample_copy)
    session = window.controller.session
    first_status, second_status = session.actions[0].status, session.actions[1].status
    assert first_status is not ActionStatus.DONE and second_status is not ActionStatus.BLOCKED
    status_col = page.model.columns.index("status")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, status_col))
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(ActionStatus.DONE.value))
    QTest.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.actions[0].status is ActionStatus.DONE)
    done = sum(a.status is ActionStatus.DONE for a in session.actions)
    assert f"{done} done" in page.counts_label.text()

    page.table.setCurrentIndex(page.model.index(1, status_col))
    page.table.edit(page.model.index(1, status_col))
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(combo.findData(ActionStatus.BLOCKED.value))
    page.table.commitData(combo)
    page.table.closeEditor(combo, page.table.itemDelegate().EndEditHint.NoHint)
    blocked = sum(a.status is ActionStatus.BLOCKED for a in session.actions)
    assert f"{blocked} blocked" in page.counts_label.text()

    due_col = page.model.columns.index("due")
    page.table.setCurrentIndex(page.model.index(0, due_col))
    page.table.edit(page.model.index(0, due_col))
    edit = QApplication.focusWidget()
    assert isinstance(edit, QDateEdit)
    edit.setDate(QDate(2027, 1, 29))
    page.table.commitData(edit)
    page.table.closeEditor(edit, page.table.itemDelegate().EndEditHint.NoHint)
    assert session.actions[0].due == "2027-01-29"
    # The title is the earlier workshop's: not editable here.
    assert not page.model.flags(page.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    window.undo_action.trigger()
    assert session.actions[0].due != "2027-01-29"
    window.undo_action.trigger()
    assert session.actions[1].status is second_status
    window.undo_action.trigger()
    assert session.actions[0].status is first_status


def test_trend_follows_the_new_today(window, sample_copy, qtbot):
    page, previous = start(window, sample_copy)
    controller = window.controller
    session = controller.session
    trend = page.trend
    assert trend.table.rowCount() == len(session.dimensions)
    # nothing placed yet: every change is "not comparable"
    assert all("not comparable" in trend.table.item(i, 3).text() for i in range(trend.table.rowCount()))
    before = describe(previous.positions("today", "overall")).median
    for team in session.teams:
        controller.place("today", "overall", team.id, 90.0)
    qtbot.waitUntil(lambda: trend.table.item(0, 2).text() == "90")
    change = 90 - before
    assert trend.table.item(0, 1).text() == f"{before:.0f}"
    assert trend.table.item(0, 3).text().startswith(f"\u25b2 +{change:.0f}")
    assert "toward collaboration" in trend.table.item(0, 3).text()
    assert "1.00 Aligned" in trend.table.item(0, 5).text()
    # the chart shows both medians: baseline open circle, now filled square
    xs, _ = trend.chart.now.getData()
    assert 90.0 in list(xs)

    # The same view from the Workshop menu.
    window.trend_action.trigger()
    dialog = window.trend_dialog
    qtbot.waitExposed(dialog)
    assert dialog.view.table.item(0, 2).text() == "90"
    dialog.close()


def test_followup_needs_a_saved_session(window, messages, qtbot):
    window.new_session()
    assert not window.start_followup()
    assert messages and messages[-1][0] == "Save the session first"
    assert window.controller.session.steps[1].kind is not StepKind.REVIEW


def test_followup_saves_and_reopens(window, sample_copy, qtbot, tmp_path, monkeypatch):
    start(window, sample_copy)
    target = tmp_path / "eastport follow-up.cwsession"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_as()
    reopened = read_session(target)
    assert reopened.steps[1].kind is StepKind.REVIEW
    assert sum(r.baseline for r in reopened.rounds) == 2
    assert reopened.placements == window.controller.session.placements
