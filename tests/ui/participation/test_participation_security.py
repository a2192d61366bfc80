"""Each security rule of the participation server, refused for real:
a real server on 127.0.0.1 and real HTTP and WebSocket clients."""

from __future__ import annotations

import json

from conftest import joined_phone

from collabworkshop.participation import limits


def test_a_websocket_or_post_from_another_origin_is_refused(participation, net):
    phone = joined_phone(net, participation, "t1")
    phone.disconnect()
    assert phone.connect(origin="http://evil.example") == 403
    assert phone.connect(origin="") == 403
    other = net.phone(participation.address)
    status, _, body = other.post("/api/join", {"code": participation.join_code}, origin="http://evil.example")
    assert status == 403 and json.loads(body) == {"error": "origin"}
    assert phone.connect() == 101  # the page's own origin still works


def test_a_request_naming_another_host_is_refused(participation, net):
    phone = net.phone(participation.address)
    status, _, _ = phone.get("/", headers={"Host": "attacker.example"})
    assert status == 421
    status, _, _ = phone.get(participation.join_url[len(participation.address):],
                             headers={"Host": "attacker.example:80"})
    assert status == 421
    assert participation.devices() == []


def test_a_removed_device_cannot_come_back_with_its_cookie(participation, net, qtbot):
    phone = joined_phone(net, participation, "t1")
    secret = phone.cookie()
    device_id = participation.devices()[0].device_id
    participation.remove_device(device_id)
    phone.wait_for(lambda f: f["type"] == "removed")
    qtbot.waitUntil(lambda: phone.closed)
    replay = net.phone(participation.address)
    replay.set_cookie(secret)
    assert replay.connect() == 403
    assert participation.devices() == []


def test_guessing_the_code_is_stopped_per_address(participation, net):
    phone = net.phone(participation.address)
    wrong = "AAAAAA" if participation.join_code != "AAAAAA" else "BBBBBB"
    answers = [phone.post("/api/join", {"code": wrong})[0] for _ in range(limits.CODE_ATTEMPTS)]
    assert answers == [403] * limits.CODE_ATTEMPTS
    status, _, body = phone.post("/api/join", {"code": participation.join_code})
    assert status == 429 and json.loads(body) == {"error": "rate-limited"}  # even the right code, for now
    assert participation.devices() == []


def test_a_locked_session_takes_no_new_phone_but_keeps_the_joined_ones(participation, net):
    inside = joined_phone(net, participation, "t1")
    participation.set_locked(True)
    late = net.phone(participation.address)
    assert late.get(participation.join_url[len(participation.address):])[0] == 423
    status, _, body = late.post("/api/join", {"code": participation.join_code})
    assert status == 423 and json.loads(body) == {"error": "locked"}
    inside.disconnect()
    assert inside.connect() == 101
    assert len(participation.devices()) == 1


def test_flooding_a_connection_gets_errors_then_the_socket_closes(participation, net, qtbot):
    phone = joined_phone(net, participation, "t1")
    flood = [{"type": "register", "team": "t1", "name": f"x{i}"} for i in range(400)]
    phone.send_many(flood)
    qtbot.waitUntil(lambda: phone.closed, timeout=10000)
    if not phone.reset_while_sending:
        # The server says why: errors first, then the policy close.
        assert phone.close_code == 1008
        assert any(f.get("code") == "rate-limited" for f in phone.of_type("error"))
    # Else the flood was still being written when the server closed: the
    # kernel reset the connection, and what the server sent last (errors,
    # close frame) can be lost on the way - the same cut-off, told less.
    # Either way the server goes on serving the others.
    other = joined_phone(net, participation, "t2")
    assert other.of_type("welcome") and not other.closed


def test_oversized_frames_close_the_socket_and_oversized_bodies_are_refused(participation, net, qtbot):
    phone = joined_phone(net, participation, "t1")
    phone.send({"type": "register", "team": "t1", "name": "x" * (limits.MAX_MESSAGE + 10)})
    qtbot.waitUntil(lambda: phone.closed, timeout=10000)
    assert phone.close_code == 1009
    other = net.phone(participation.address)
    status, _, _ = other.post("/api/join", None, raw=b'{"code": "' + b"A" * (limits.MAX_BODY + 10) + b'"}')
    assert status == 413


def test_malformed_messages_get_an_error_and_the_socket_stays(participation, controller, net):
    controller.set_step(1)
    phone = joined_phone(net, participation, "t1")
    bad = [
        "not json",
        "[1, 2]",
        json.dumps({"type": "dance"}),
        json.dumps({"type": "place", "seq": "1", "round": "today", "dimension": "overall", "value": 5}),
        json.dumps({"type": "place", "seq": 2, "round": "today", "dimension": "overall", "value": "5"}),
        json.dumps({"type": "place", "seq": 3, "round": "today", "dimension": "overall", "value": 1e999}),
        json.dumps({"type": "place", "seq": 4, "round": "today", "dimension": "overall", "value": 101}),
        json.dumps({"type": "place", "seq": 5, "round": ["today"], "dimension": "overall", "value": 5}),
        json.dumps({"type": "vote", "seq": 6, "lever": "L1", "dots": True}),
        json.dumps({"type": "register", "team": 5, "name": "x"}),
        '{"type": "place", "seq": 7, "round": "today", "dimension": "overall", "value": NaN}',
        "[" * 1500 + "]" * 1500,
    ]
    for text in bad:
        phone.send(text)
    phone.send_bytes(b"\x00\x01")
    phone.wait_for(lambda f: f["type"] == "error" and f.get("message") == "text frames only")
    errors = phone.of_type("error")
    assert len(errors) == len(bad) + 1 and {e["code"] for e in errors} == {"invalid"}
    assert controller.session.position("today", "overall", "t1") == 35  # the sample's, untouched
    phone.send({"type": "place", "seq": 9, "round": "today", "dimension": "overall", "value": 40})
    assert phone.saved(9)["type"] == "saved"  # still connected and working


def test_placing_outside_a_place_step_or_in_another_round_is_refused(participation, controller, net):
    controller.set_step(0)  # Welcome: nothing to place
    phone = joined_phone(net, participation, "t1")
    phone.send({"type": "place", "seq": 1, "round": "today", "dimension": "overall", "value": 70})
    assert phone.saved(1)["code"] == "not-editable"
    controller.set_step(2)  # Place: needed
    phone.send({"type": "place", "seq": 2, "round": "today", "dimension": "overall", "value": 70})
    assert phone.saved(2)["code"] == "not-editable"
    phone.send({"type": "vote", "seq": 3, "lever": "L1", "dots": 1})
    assert phone.saved(3)["code"] == "not-editable"
    assert controller.session.position("today", "overall", "t1") == 35


def test_only_the_pages_files_are_served(participation, net):
    phone = net.phone(participation.address)
    for path in ("/static/../../../../etc/passwd", "/static/..%2F..%2Fpyproject.toml", "/static/app.py",
                 "/static/.env", "/j/", "/api/join"):
        assert phone.get(path)[0] in (403, 404, 405), path
    status, headers, body = phone.get("/static/app.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert headers["X-Content-Type-Options"] == "nosniff"
    status, _, body = phone.get("/")
    assert status == 200 and b"/static/app.js" in body and b"<script>" not in body  # no inline script (CSP)
