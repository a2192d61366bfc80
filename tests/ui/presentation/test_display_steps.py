"""The audience display on every step: each kind of step shows the room the
right data, follows edits live (from the controller's records), fits long
lists with "and k more", and is large enough to read from the back of a
room (font metrics at 1920x1080 and 3840x2160)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QLabel

from collabworkshop.model import ActionStatus, Lever, Step, StepKind
from collabworkshop.ui.presentation.aggregates import dimension_figure_parts

ENTRY = {"frame": 1, "today": 2, "needed": 3, "discuss": 4, "vote": 5, "plan": 6, "wrapup": 7}


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _display(window, sample_copy, entry: str, size=(1920, 1080)):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(ENTRY[entry])
    display = window.display
    display.resize(*size)
    display.show()
    _settle()
    return window.controller, display


def test_the_frame_step_shows_cooperation_beside_collaboration(window, sample_copy):
    _controller, display = _display(window, sample_copy, "frame")
    assert display.current_view() is display.frame_view
    text = display.frame_view.text()
    for words in ("Cooperation", "Collaboration", "relay race", "jazz band"):
        assert words in text
    assert not display.prompt_label.isVisible()  # the frame says it in the body


def test_a_blind_round_shows_how_many_have_placed_and_who_is_still_to_place_never_where(window, sample_copy):
    controller, display = _display(window, sample_copy, "needed")
    session = controller.session
    controller.set_round_hidden("needed", True)
    assert display.current_view() is display.blind_view
    first, second = session.dimensions[0].id, session.dimensions[1].id
    controller.place("needed", first, "t2", None)  # Port Authority takes one token back
    controller.place("needed", second, "t4", None)  # so does Railink Systems
    text = display.blind_view.text()
    assert "23 of 25 placed" in text
    assert "Still to place" in text and "Port Authority" in text and "Railink Systems" in text
    assert "Harbour Works" not in text  # placed everything
    # Only the count's figures: no position, median or gap.
    assert sorted(set(re.findall(r"\d+(?:\.\d+)?", text))) == ["23", "25"]
    # Placing again updates the list live.
    controller.place("needed", first, "t2", 40.0)
    text = display.blind_view.text()
    assert "24 of 25 placed" in text and "Port Authority" not in text and "40" not in text
    controller.place("needed", second, "t4", 55.0)
    assert "Everyone has placed." in display.blind_view.text()


def test_a_long_list_of_people_still_to_place_ends_with_and_k_more(window, sample_copy):
    controller, display = _display(window, sample_copy, "needed")
    session = controller.session
    controller.set_round_hidden("needed", True)
    from collabworkshop.model import Participant, PlacementMode

    people = [Participant(f"p{i}", session.teams[i % 5].id, f"Person number {i:03d}") for i in range(300)]
    controller.replace_list("participants", people)
    controller.set_placement_mode(PlacementMode.PARTICIPANT)
    _settle()
    view = display.blind_view
    assert display.current_view() is view
    text = view.waiting.text()
    match = re.search(r"and (\d+) more", text)
    assert match, text
    assert 0 < view.shown_rows < 300 and view.shown_rows + int(match.group(1)) == 300
    assert view.waiting.sizeHint().height() + view.waiting.y() <= view.height()  # the list fits


def test_discuss_shows_the_most_divergent_dimension_and_the_largest_gaps(window, sample_copy):
    controller, display = _display(window, sample_copy, "discuss")
    assert display.current_view() is display.board
    strip = display.discuss_strip
    assert strip.isVisible() and display.aggregates_shown  # and every dimension's figures
    assert "Largest gaps: Integration +48.0 (major) \u00b7 Goals and accountability +46.0 (major)" in strip.text()
    # Of Today and Needed, the least agreed: Integration today (as the discuss page says).
    assert "Most divergent: Integration in Today (rwg 0.32, divided)" in strip.text()
    # Split the room on Decisions in Needed: it becomes the most divergent, live.
    decisions = controller.session.dimensions[-1]
    for team, value in (("t1", 0.0), ("t2", 100.0), ("t3", 5.0), ("t4", 95.0)):
        controller.place("needed", decisions.id, team, value)
    assert f"Most divergent: {decisions.name} in Needed (rwg 0.00, divided)" in strip.text()


def test_the_vote_tally_follows_every_dot(window, sample_copy):
    controller, display = _display(window, sample_copy, "vote")
    view = display.vote_view
    assert display.current_view() is view
    assert "L1 Shared goals: 5 dots" in view.text() and "L6 The right partners: 0 dots" in view.text()
    bar = view.rows[Lever.JOINT_GOVERNANCE][1]
    before = bar.filled_width()
    assert controller.spend_vote_dot("t2", Lever.JOINT_GOVERNANCE, -1)
    assert "L2 Joint governance: 2 dots" in view.text()
    assert 0 < bar.filled_width() < before  # the bar is shorter too
    assert controller.spend_vote_dot("t1", Lever.SHARED_GOALS, -1)
    assert "L1 Shared goals: 4 dots" in view.text()
    assert controller.spend_vote_dot("t1", Lever.RIGHT_PARTNERS, +1)
    assert "L6 The right partners: 1 dot" in view.text() and "14 of 15 dots" in view.text()
    controller.undo_stack.undo()
    assert "L6 The right partners: 0 dots" in view.text() and "13 of 15 dots" in view.text()


def test_the_plan_shows_the_agreed_actions_and_follows_their_edits(window, sample_copy):
    controller, display = _display(window, sample_copy, "plan")
    view = display.plan_view
    assert display.current_view() is view
    first = controller.session.actions[0]
    assert first.title in view.text()
    assert "owner Port Authority" in view.text() and "due 13 Nov 2026" in view.text()
    assert controller.update_action(first.id, "title", "Talk about integration first")
    assert "Talk about integration first" in view.text() and first.title not in view.text()
    assert controller.update_action(first.id, "owner", "Tidewater Design")
    assert "L4 Open communication \u00b7 owner Tidewater Design \u00b7 due 13 Nov 2026" in view.text()
    assert controller.update_action(first.id, "due", "2026-12-24")
    assert "due 24 Dec 2026" in view.text()


def test_a_long_plan_shows_what_fits_and_and_k_more(window, sample_copy):
    controller, display = _display(window, sample_copy, "plan")
    for i in range(23):  # 30 with the sample's 7
        controller.add_action(f"Action number {i} with a title of a fair length", Lever.SHARED_GOALS)
    _settle()
    assert len([a for a in controller.session.actions if a.accepted]) == 30
    view = display.plan_view
    match = re.search(r"and (\d+) more", view.text())
    assert match, view.text()
    assert view.shown_rows + int(match.group(1)) == 30
    last_title, _detail = view.row_labels[view.shown_rows - 1]
    assert last_title.isVisible()
    bottom = view.more.geometry().bottom()
    assert bottom <= view.height()  # "and k more" itself is on screen
    _assert_not_clipped(view)


def _assert_not_clipped(view) -> None:
    """Every label shown gets the height its wrapped text needs (geometry,
    not pixels): no title cut off at the bottom."""
    for label in view.findChildren(QLabel):
        if label.isVisibleTo(view) and label.text():
            need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
            assert label.height() >= need, (label.objectName(), label.text()[:40], label.height(), need)
            assert label.geometry().bottom() <= view.height(), label.text()[:40]


def test_the_wrap_up_shows_gaps_agreed_actions_and_the_remeasure_date(window, sample_copy):
    controller, display = _display(window, sample_copy, "wrapup")
    view = display.wrapup_view
    assert display.current_view() is view
    text = view.text()
    assert "Largest gaps, today \u2192 needed" in text
    assert text.index("Integration: 22.0 \u2192 70.0, +48.0 (major)") < text.index("Goals and")
    assert "We measure again on 13 Jan 2027" in text
    assert "Re-run the spectrum placement with all teams" in text
    _assert_not_clipped(view)
    remeasure = next(a for a in controller.session.actions if a.title.startswith("Re-run"))
    controller.update_action(remeasure.id, "due", "2027-03-01")
    assert "We measure again on 1 Mar 2027" in view.text()


def test_the_review_says_each_status_in_words_and_symbols(window, sample_copy):
    controller, display = _display(window, sample_copy, "frame")
    steps = list(controller.session.steps) + [Step("review", "Review actions", StepKind.REVIEW)]
    controller.replace_list("steps", steps)
    window.workshop.show_entry(len(steps))
    _settle()
    view = display.review_view
    assert display.current_view() is view
    first = controller.session.actions[0]
    assert f"\u25cb Not started: {first.title}" in view.text()
    controller.update_action(first.id, "status", ActionStatus.DONE)
    assert f"\u2714 Done: {first.title}" in view.text()
    assert "\u2714 Done 1" in view.heading.text()


@pytest.mark.parametrize("entry", ["needed", "discuss"])
def test_the_board_keeps_room_sized_tokens_with_its_figures_in_its_rows(window, sample_copy, entry):
    # Place (with Today's ghosts) and discuss at 1920x1080: the figures stand
    # in the board's rows, under each name, so no paragraph under the board
    # takes its height; tokens >= 56 px, initials >= 22 px, the board's text
    # >= 24 px and the board >= 85 % of the width.
    controller, display = _display(window, sample_copy, entry)
    board = display.board
    assert display.current_view() is board
    board.fit()
    _settle()
    scene, scale = board.board_scene, board.scale_factor()
    assert 2 * scene.token_radius * scale >= 56
    assert min(t._font.pixelSize() for t in scene.tokens()) * scale >= 22
    texts = [i for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible() and i.text()]
    assert min(i.font().pixelSize() for i in texts) * scale >= 24
    assert board.mapFromScene(scene.itemsBoundingRect()).boundingRect().width() >= 0.85 * display.width()
    step = controller.session.active_step()
    for dim in controller.session.dimensions:
        summary = scene._rows[dim.id].summary
        assert summary.text() == ", ".join(dimension_figure_parts(controller.session, step, dim.id))
        assert summary.sceneBoundingRect().right() <= scene.geo.line_x0  # in the names' column
        assert f"{dim.name}: {summary.text()}" in display.figures_text()
    # Under the board only the discuss step's two lines (the divergence, the gaps).
    content = display.content
    bottom = board.mapTo(content, board.rect().bottomLeft()).y()
    under = [w for w in _visible_labels(content) if w.mapTo(content, QPoint(0, 0)).y() > bottom]
    assert all(display.discuss_strip.isAncestorOf(w) for w in under), [w.objectName() for w in under]


def _visible_labels(widget) -> list[QLabel]:
    return [w for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text().strip()]


@pytest.mark.parametrize(("size", "factor"), [((1920, 1080), 1), ((3840, 2160), 2)])
def test_every_step_is_large_enough_for_the_back_of_the_room(window, sample_copy, size, factor):
    controller, display = _display(window, sample_copy, "frame", size)
    controller.set_round_hidden("needed", True)
    assert display.unit == factor
    for entry in range(1, len(controller.session.steps) + 1):
        window.workshop.show_entry(entry)
        _settle()
        view = display.current_view()
        title = QFontInfo(display.title_label.font()).pixelSize()
        assert title >= 40 * factor, (entry, title)
        labels = _visible_labels(view) + _visible_labels(display.discuss_strip) * display.discuss_strip.isVisible()
        if view is not display.board:
            assert labels, entry
        for label in labels:
            pixels = QFontInfo(label.font()).pixelSize()
            assert pixels >= 24 * factor, (entry, label.objectName(), label.text()[:40], pixels)
        if display.aggregates_shown:
            # The figures stand in the board's rows: their type on screen is
            # the scene's font times the board's scale.
            display.board.fit()
            scale = display.board.scale_factor()
            for row in display.board.board_scene._rows.values():
                pixels = row.summary.font().pixelSize() * scale
                assert pixels >= 24 * factor, (entry, row.summary.text()[:40], pixels)
