"""Who a phone is (participant or team), what it may see in a blind
round, the facilitator's undo beside the phones' edits, and a phone that
stays the same device when the app is restarted with the same session."""

from __future__ import annotations

import json

from conftest import joined_phone

from collabworkshop.controller.factory import open_session
from collabworkshop.controller.participation import Participation
from collabworkshop.model import PlacementMode
from collabworkshop.reports.markdown import session_markdown
from collabworkshop.storage import read_session


def test_a_blind_round_sends_no_one_elses_position(participation, controller, net, qtbot):
    controller.set_round_hidden("needed", True)
    controller.set_step(2)  # Place: needed, now blind
    alice = joined_phone(net, participation, "t1")
    own = {(d.id, controller.session.position("needed", d.id, "t1")) for d in controller.session.dimensions}
    bob = joined_phone(net, participation, "t2")
    bob.send({"type": "place", "seq": 1, "round": "needed", "dimension": "overall", "value": 63.7})
    assert bob.saved(1)["type"] == "saved"
    alice.send({"type": "place", "seq": 1, "round": "needed", "dimension": "overall", "value": 12.9})
    assert alice.saved(1)["type"] == "saved"
    controller.place("needed", "outcomes", "t3", 77.7)  # the facilitator places for another team
    controller.set_step(3)  # Discuss, still blind
    alice.wait_for(lambda f: f["type"] == "step" and f["kind"] == "discuss")
    for step in alice.of_type("step"):
        assert step["group"] is None
        assert set(step["mine"].items()) <= own | {("overall", 12.9)}  # only Alice's own tokens
    assert not any("63.7" in raw or "77.7" in raw for raw in alice.raw)
    assert all(("script" not in raw) for raw in alice.raw)  # no facilitator script field either
    controller.set_round_hidden("needed", False)  # revealed: the medians, still nobody's own
    revealed = alice.wait_for(lambda f: f["type"] == "step" and f["group"] is not None)
    assert revealed["group"]["overall"] == round(
        sorted(controller.session.positions("needed", "overall"))[2], 1)
    assert revealed["mine"]["overall"] == 12.9


def test_steps_never_carry_the_facilitators_script_or_notes(participation, controller, net):
    from dataclasses import replace

    step = controller.session.steps[1]
    controller.update_step(replace(step, script="SECRET-SCRIPT facilitator only"))
    controller.add_note("SECRET-NOTE about team two", step_id=step.id)
    controller.set_step(1)
    phone = joined_phone(net, participation, "t1")
    phone.wait_for(lambda f: f["type"] == "step" and f["kind"] == "place")
    assert not any("SECRET" in raw for raw in phone.raw)


def test_in_participant_mode_each_phone_is_a_person_and_a_name_stays_text(participation, controller, net,
                                                                          session_file):
    controller.set_placement_mode(PlacementMode.PARTICIPANT)
    controller.set_step(1)
    name = '<script>alert("x")</script>\u202eEve\nNew line'
    eve = joined_phone(net, participation, "t2", name=name)
    sam = joined_phone(net, participation, "t2", name="Sam")
    people = controller.session.team_participants("t2")
    assert len(people) == 2
    eve_person = next(p for p in people if p.name != "Sam")
    assert eve_person.name.startswith('<script>alert("x")</script>') and "\u202e" not in eve_person.name
    assert "\n" not in eve_person.name
    eve.send({"type": "place", "seq": 1, "round": "today", "dimension": "overall", "value": 90})
    sam.send({"type": "place", "seq": 1, "round": "today", "dimension": "overall", "value": 10})
    assert eve.saved(1)["type"] == "saved" and sam.saved(1)["type"] == "saved"
    assert controller.session.position("today", "overall", eve_person.id) == 90
    welcome = eve.of_type("welcome")[-1]
    assert welcome["mode"] == "participant" and welcome["me"]["name"] == eve_person.name
    markdown = session_markdown(controller.session)
    assert "<script>" not in markdown and "\\<script\\>" in markdown
    controller.flush_publishing()
    assert any(p.name == eve_person.name for p in read_session(session_file).participants)
    devices = {d.name: d for d in participation.devices()}
    assert devices["Sam"].person_id and devices["Sam"].team_id == "t2" and devices["Sam"].placed == {"overall"}


def test_two_phones_of_one_team_last_write_wins_and_both_see_it(participation, controller, net):
    controller.set_step(1)
    first = joined_phone(net, participation, "t4")
    second = joined_phone(net, participation, "t4")
    first.send({"type": "place", "seq": 1, "round": "today", "dimension": "decisions", "value": 20})
    assert first.saved(1)["type"] == "saved"
    second.send({"type": "place", "seq": 1, "round": "today", "dimension": "decisions", "value": 80})
    assert second.saved(1)["type"] == "saved"
    assert controller.session.position("today", "decisions", "t4") == 80
    first.wait_for(lambda f: f["type"] == "step" and f["mine"].get("decisions") == 80)


def test_undo_never_takes_back_a_participants_own_placement(participation, controller, net):
    controller.set_step(1)
    phone = joined_phone(net, participation, "t1")
    controller.place("today", "overall", "t1", 50)  # the facilitator's drag, on the undo stack
    phone.send({"type": "place", "seq": 1, "round": "today", "dimension": "overall", "value": 88})
    assert phone.saved(1)["type"] == "saved"
    notices = []
    controller.notice.connect(notices.append)
    assert controller.undo() is False  # it would have put the token back to the sample's 35
    assert controller.session.position("today", "overall", "t1") == 88
    assert notices and "participant" in notices[0]
    controller.place("today", "relationship", "t2", 5)  # an edit no phone touched since: undone as usual
    assert controller.undo() is True
    assert controller.session.position("today", "relationship", "t2") != 5
    assert controller.session.position("today", "overall", "t1") == 88


def test_the_window_undo_stops_with_a_message(window, sample_copy, qtbot, net):
    assert window.open_file(sample_copy)
    window.controller.set_step(1)
    participation = window.start_participation("127.0.0.1", 0)
    assert participation is not None and window.participants_action.isChecked()
    phone = joined_phone(net, participation, "t3")
    window.controller.place("today", "integration", "t3", 1)
    phone.send({"type": "place", "seq": 4, "round": "today", "dimension": "integration", "value": 99})
    assert phone.saved(4)["type"] == "saved"
    window.undo_action.trigger()
    assert window.controller.session.position("today", "integration", "t3") == 99
    assert "participant" in window.statusBar().currentMessage()
    window.participants_action.trigger()  # Present > Let participants join, off again
    assert not participation.running and not window.participants_action.isChecked()
    qtbot.waitUntil(lambda: phone.closed)


def test_a_phone_stays_the_same_person_after_the_app_restarts(session_file, tmp_path, qtbot, net):
    first = open_session(session_file, tmp_path / "work1")
    first.set_placement_mode(PlacementMode.PARTICIPANT)
    first.set_step(1)
    participation = Participation(first)
    assert participation.start("127.0.0.1", 0)
    phone = joined_phone(net, participation, "t5", name="Robin")
    url, code = participation.join_url, participation.join_code
    phone.send({"type": "place", "seq": 1, "round": "today", "dimension": "overall", "value": 42})
    assert phone.saved(1)["type"] == "saved"
    person = participation.devices()[0].person_id
    secret = phone.cookie()
    participation.stop()
    first.close()

    second = open_session(session_file, tmp_path / "work2")
    again = Participation(second)
    try:
        assert again.start("127.0.0.1", 0)
        token = url.split("/j/")[1]
        assert again.join_url.endswith("/j/" + token) and again.join_code == code  # the QR on the wall still works
        returning = net.phone(again.address)
        returning.set_cookie(secret)
        assert returning.connect() == 101
        welcome = returning.wait_for(lambda f: f["type"] == "welcome")
        assert welcome["me"] == {"team": "t5", "name": "Robin"}
        step = returning.wait_for(lambda f: f["type"] == "step")
        assert step["mine"] == {"overall": 42}
        returning.send({"type": "place", "seq": 2, "round": "today", "dimension": "overall", "value": 43})
        assert returning.saved(2)["type"] == "saved"
        assert second.session.position("today", "overall", person) == 43
        assert len(second.session.team_participants("t5")) == 1  # no second Robin
        sidecar = json.loads((session_file.parent / (session_file.name + ".phones.json")).read_text())
        assert secret not in json.dumps(sidecar)  # only its hash is kept
    finally:
        again.stop()
        second.close()
