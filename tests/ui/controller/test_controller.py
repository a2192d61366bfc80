"""The session controller: one edit path, autosave, undo, previews."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from collabworkshop.controller.factory import new_session, open_session
from collabworkshop.model.template import resource_path
from collabworkshop.storage import read_session


@pytest.fixture
def controller(tmp_path, qtbot):
    path = tmp_path / "s.cwsession"
    shutil.copyfile(resource_path("sample", "eastport-alliance.cwsession"), path)
    c = open_session(path, tmp_path / "work")
    yield c
    c.close()


def test_a_new_session_is_dated_today(tmp_path, qtbot):
    c = new_session(tmp_path / "work")
    try:
        assert c.session.info.date == dt.date.today().isoformat()
        assert c.is_untitled and c.session.teams == []
    finally:
        c.close()


def test_preview_commits_nothing_and_place_commits_once(controller, qtbot):
    with qtbot.waitSignal(controller.placement_previewed):
        controller.preview_placement("today", "overall", "t1", 90)
    assert controller.position("today", "overall", "t1") == 90
    assert controller.session.position("today", "overall", "t1") == 35
    assert read_session(controller.path).position("today", "overall", "t1") == 35
    with qtbot.waitSignal(controller.placement_moved):
        controller.place("today", "overall", "t1", 90)
    assert controller.undo_stack.count() == 1
    assert read_session(controller.path).position("today", "overall", "t1") == 90


def test_undo_and_redo_reach_the_file(controller):
    controller.place("today", "overall", "t1", 90)
    controller.undo_stack.undo()
    assert read_session(controller.path).position("today", "overall", "t1") == 35
    controller.undo_stack.redo()
    assert read_session(controller.path).position("today", "overall", "t1") == 90


def test_lost_folder_warns_once_and_keeps_the_work(controller, tmp_path, qtbot):
    # The folder the session lived in disappears (a USB stick pulled out).
    controller.path = tmp_path / "unplugged" / "s.cwsession"
    errors = []
    controller.error_occurred.connect(errors.append)
    controller.place("today", "overall", "t1", 80)
    controller.place("today", "overall", "t2", 81)
    assert len(errors) == 1 and "Your work is kept" in errors[0]
    assert controller.session.position("today", "overall", "t2") == 81
    # Save As somewhere else: everything is there.
    rescued = tmp_path / "rescued.cwsession"
    assert controller.save_as(rescued)
    on_disk = read_session(rescued)
    assert on_disk.position("today", "overall", "t1") == 80
    assert on_disk.position("today", "overall", "t2") == 81


def test_team_needs_a_name(controller, qtbot):
    errors = []
    controller.error_occurred.connect(errors.append)
    assert controller.add_team("   \x07  ") is None
    assert errors == ["A team needs a name."]
    assert len(controller.session.teams) == 5


def test_typed_text_with_a_lone_surrogate_is_kept_with_a_replacement_character(controller, qtbot):
    errors = []
    controller.error_occurred.connect(errors.append)
    team = controller.add_team("North \ud800 Depot")
    controller.set_info("title", "Quay \udfff day")
    assert errors == []
    on_disk = read_session(controller.path)
    assert on_disk.team(team).name == "North \ufffd Depot"
    assert on_disk.info.title == "Quay \ufffd day"
