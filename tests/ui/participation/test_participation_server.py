"""Participants' phones against the real server on 127.0.0.1: joining,
placing and voting into the session file, and what a phone may see."""

from __future__ import annotations

from conftest import joined_phone

from collabworkshop.model import Lever
from collabworkshop.storage import read_session


def on_step(controller, index: int) -> None:
    controller.set_step(index)


def test_joining_with_the_token_swaps_it_for_a_cookie_and_leaves_the_address_bar(participation, net):
    phone = net.phone(participation.address)
    status, headers, _ = phone.get(participation.join_url[len(participation.address):])
    assert status == 303 and headers["Location"] == "/"
    cookie = headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert participation.join_url.split("/j/")[1] not in cookie
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Content-Security-Policy"] == "default-src 'self'; frame-ancestors 'none'"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert phone.connect() == 101
    welcome = phone.wait_for(lambda f: f["type"] == "welcome")
    assert welcome["mode"] == "team" and welcome["me"]["team"] == ""
    assert [t["id"] for t in welcome["teams"]] == ["t1", "t2", "t3", "t4", "t5"]


def test_joining_with_the_code_in_any_case_and_spacing(participation, net):
    phone = net.phone(participation.address)
    code = participation.join_code
    typed = f"{code[:3].lower()} -{code[3:]}"
    status, headers, _ = phone.post("/api/join", {"code": typed})
    assert status == 204 and "cw_device=" in headers["Set-Cookie"]
    assert phone.connect() == 101


def test_without_token_or_code_there_is_no_way_in(participation, net):
    phone = net.phone(participation.address)
    status, _, _ = phone.get("/j/not-the-token")
    assert status == 403
    assert phone.connect() == 403
    status, _, body = phone.post("/api/join", {"code": "AAAAAA" if participation.join_code != "AAAAAA" else "BBBBBB"})
    assert status == 403 and b"wrong-code" in body
    assert phone.connect() == 403
    assert participation.devices() == []


def test_placements_from_a_phone_are_in_the_session_file(participation, controller, net, session_file, qtbot):
    controller.set_step(1)  # Place: today
    phone = joined_phone(net, participation, "t2")
    step = phone.last_step()
    assert step["kind"] == "place" and step["editable"] and step["round"]["id"] == "today"
    phone.send({"type": "place", "seq": 1, "round": "today", "dimension": "overall", "value": 81.26})
    assert phone.saved(1)["type"] == "saved"
    assert controller.session.position("today", "overall", "t2") == 81.3
    record = []
    controller.changed.connect(record.append)
    phone.send({"type": "place", "seq": 2, "round": "today", "dimension": "integration", "value": 12})
    assert phone.saved(2)["type"] == "saved"
    assert record[-1].origin.value == "device"
    controller.flush_publishing()
    again = read_session(session_file)
    assert again.position("today", "overall", "t2") == 81.3
    assert again.position("today", "integration", "t2") == 12
    assert participation.devices()[0].placed >= {"overall", "integration"}


def test_votes_from_a_phone_are_in_the_session_file(participation, controller, net, session_file, qtbot):
    controller.set_step(4)  # Lever vote
    phone = joined_phone(net, participation, "t3")
    step = phone.last_step()
    assert step["kind"] == "vote" and step["vote"]["dots"] == 3
    assert step["vote"]["mine"] == {"L1": 1, "L3": 1, "L4": 1}  # the sample's team already voted
    phone.send({"type": "vote", "seq": 6, "lever": Lever.PSYCHOLOGICAL_SAFETY.value, "dots": 0})
    assert phone.saved(6)["type"] == "saved"
    phone.send({"type": "vote", "seq": 7, "lever": Lever.SHARED_GOALS.value, "dots": 2})
    assert phone.saved(7)["type"] == "saved"
    phone.send({"type": "vote", "seq": 8, "lever": Lever.OPEN_COMMUNICATION.value, "dots": 2})
    refused = phone.saved(8)
    assert refused["type"] == "error" and refused["code"] == "no-dots"
    controller.flush_publishing()
    assert read_session(session_file).votes.get(("t3", "L1")) == 2
    assert read_session(session_file).votes.get(("t3", "L4")) == 1


def test_closing_the_session_stops_the_server_and_publishes_what_waits(session_file, tmp_path, qtbot, net):
    from collabworkshop.controller.factory import open_session
    from collabworkshop.controller.participation import Participation

    controller = open_session(session_file, tmp_path / "work-close")
    controller.set_step(1)
    controller._publish_timer.setInterval(60_000)  # the device edit still waits when the session closes
    participation = Participation(controller)
    assert participation.start("127.0.0.1", 0)
    phone = joined_phone(net, participation, "t5")
    phone.send({"type": "place", "seq": 1, "round": "today", "dimension": "outcomes", "value": 3.3})
    assert phone.saved(1)["type"] == "saved"
    address = participation.address
    controller.close()  # at once: the device edit has not been published yet
    assert not participation.running
    qtbot.waitUntil(lambda: phone.closed)
    late = net.phone(address)
    try:
        late.get("/")
        reachable = True
    except Exception:
        reachable = False
    assert not reachable
    assert read_session(session_file).position("today", "outcomes", "t5") == 3.3


def test_device_edits_reach_the_file_together_not_once_each(participation, controller, net, session_file, qtbot):
    controller.set_step(1)
    controller._publish_timer.setInterval(60_000)  # so the test sees the file before the one publish
    phone = joined_phone(net, participation, "t1")
    saves = []
    controller.saved.connect(saves.append)
    for seq, value in enumerate((10, 20, 30, 40), start=1):  # one change each: each waits for its ack
        phone.send({"type": "place", "seq": seq, "round": "today", "dimension": "overall", "value": value})
        assert phone.saved(seq)["type"] == "saved"
    assert saves == [] and read_session(session_file).position("today", "overall", "t1") == 35
    controller.place("today", "relationship", "t2", 1)  # a facilitator's edit publishes, the waiting ones with it
    assert read_session(session_file).position("today", "overall", "t1") == 40
    assert len(saves) == 1


def test_a_phone_hears_saved_only_once_the_disk_has_its_placement(participation, controller, net, qtbot):
    # The board shows a phone's placement at once; "saved" waits for the
    # working copy's sync to the disk (on the server's side, so neither the
    # window nor the other phones wait), and a disk that refuses the sync
    # says "not saved", so the phone sends again.
    import threading

    controller.set_step(1)  # Place: today
    phone = joined_phone(net, participation, "t2")
    store = controller.store
    real_sync = store.sync
    gate = threading.Event()
    synced = []

    def held_sync() -> None:
        assert gate.wait(10)
        real_sync()
        synced.append(True)

    store.sync = held_sync
    phone.send({"type": "place", "seq": 1, "round": "today", "dimension": "overall", "value": 64})
    qtbot.waitUntil(lambda: controller.session.position("today", "overall", "t2") == 64)
    # Committed: a second reader of the working copy (the crash recovery) has it.
    assert read_session(store.working_path).position("today", "overall", "t2") == 64
    qtbot.wait(150)
    assert not [f for f in phone.frames if f.get("seq") == 1]  # not "saved" before the disk has it
    gate.set()
    assert phone.saved(1)["type"] == "saved" and synced

    def failing_sync() -> None:
        raise OSError(5, "Input/output error")

    store.sync = failing_sync
    phone.send({"type": "place", "seq": 2, "round": "today", "dimension": "overall", "value": 70})
    reply = phone.saved(2)
    assert reply["type"] == "error" and reply["code"] == "not-saved"
    store.sync = real_sync
    phone.send({"type": "place", "seq": 3, "round": "today", "dimension": "overall", "value": 70})
    assert phone.saved(3)["type"] == "saved"  # sent again: saved (already in the working copy)
