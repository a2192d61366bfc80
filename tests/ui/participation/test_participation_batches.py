"""Phones joining or placing together become one change each: one record,
one transaction, and still the rules of the single edits."""

from __future__ import annotations

import pytest

from collabworkshop.model import Part, PlacementMode
from collabworkshop.session import OperationRefused, Origin
from collabworkshop.session.operations import teams
from collabworkshop.storage import read_session


def test_many_participants_are_one_change_with_fresh_ids(controller):
    controller.set_placement_mode(PlacementMode.PARTICIPANT)
    records = []
    controller.changed.connect(records.append)
    ids = controller.add_participants([("t1", "Ana"), ("t2", "Ben"), ("t1", "Cem")], origin=Origin.DEVICE)
    assert len(ids) == len(set(ids)) == 3 and len(records) == 1
    assert [controller.session.participant(i).name for i in ids] == ["Ana", "Ben", "Cem"]
    assert {p.id for p in read_session(controller.store.working_path).participants} >= set(ids)
    with pytest.raises(OperationRefused):
        teams.add_participants(controller.session, [("t1", "Dee"), ("t1", "  ")])
    with pytest.raises(OperationRefused):
        teams.add_participants(controller.session, [("no-such-team", "Dee")])


def test_many_placements_are_one_change_and_the_last_of_a_token_wins(controller):
    records = []
    controller.changed.connect(records.append)
    assert controller.place_many([("today", "overall", "t1", 10), ("today", "overall", "t2", 20),
                                  ("today", "overall", "t1", 15.04)])
    assert len(records) == 1 and records[0].origin is Origin.DEVICE
    assert records[0].keys_of(Part.PLACEMENTS) == {("today", "overall", "t1"), ("today", "overall", "t2")}
    assert controller.session.position("today", "overall", "t1") == 15.0
    assert controller.session.position("today", "overall", "t2") == 20
    assert controller.undo_stack.count() == 0  # a device's edit is not on the facilitator's stack
    assert not controller.place_many([("today", "overall", "t2", 20)])  # nothing to change


def test_the_place_page_redraws_each_row_once_for_many_tokens(window, sample_copy, qtbot):
    from uihelpers import place_page

    assert window.open_file(sample_copy)
    window.workshop.show_entry(2)  # Place: today
    scene = place_page(window).board.board_scene
    redrawn = []
    real = scene.refresh_row
    scene.refresh_row = lambda dimension_id, **how: (redrawn.append(dimension_id), real(dimension_id, **how))[1]
    # Spread along the line (tokens piled on one spot would outgrow the row's
    # band, and the board's relayout would redraw every row besides).
    teams = window.controller.session.teams
    items = [("today", d.id, t.id, 10.0 + 17 * i + k) for k, d in enumerate(window.controller.session.dimensions[:2])
             for i, t in enumerate(teams)]
    assert window.controller.place_many(items)
    # Redrawn once the event loop turns (phones place faster than a frame), once per row.
    qtbot.waitUntil(lambda: not scene.rows_due)
    assert sorted(redrawn) == sorted(d.id for d in window.controller.session.dimensions[:2])
    for _round_id, dimension_id, team_id, value in items:  # and every token stands where it was put
        assert scene.token(dimension_id, team_id).value == value


def test_stepping_saves_the_step_once_the_facilitator_pauses_and_phones_keep_their_deadline(
        controller, session_file, qtbot):
    # A switch of step writes where the workshop stands to the working copy
    # at once and to the file once the facilitator stays on a step (the
    # whole file is not copied and synced inside every switch). A phone's
    # placement made meanwhile still reaches the file within its second.
    stamp = session_file.stat().st_mtime_ns
    for index in (1, 2, 1, 2, 1, 3):  # longer than a publish's delay, a step every 0.3 s
        controller.set_step(index)
        assert read_session(controller.store.working_path).current_step == index  # what a recovery reads
        qtbot.wait(300)
    assert session_file.stat().st_mtime_ns == stamp  # nothing copied while stepping
    qtbot.waitUntil(lambda: read_session(session_file).current_step == 3, timeout=5000)

    controller.set_step(1)  # Place: today
    assert controller.place_many([("today", "overall", "t1", 42.0)])  # a phone's placement
    for index in (2, 1, 2, 1, 2, 1, 2):  # the facilitator keeps stepping
        controller.set_step(index)
        qtbot.wait(200)
        if read_session(session_file).position("today", "overall", "t1") == 42.0:
            break
    assert read_session(session_file).position("today", "overall", "t1") == 42.0
