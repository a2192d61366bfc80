"""The console's list of phones, driven by real phones (aiohttp clients) on
the real participation server at 127.0.0.1: joining, registering with a
name full of markup, placing, removal (the socket closes and the cookie is
refused), locking, anonymous phones, and stopping."""

from __future__ import annotations

from console_phones import Phone
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from collabworkshop.ui.presentation.participants_panel import DEVICE_ROLE

MARKUP_NAME = "<b>x</b><script>alert(1)</script>"


def _lines(panel) -> list[str]:
    tree = panel.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append(top.text(0))
        out.extend("  " + top.child(j).text(0) for j in range(top.childCount()))
    return out


def _start(window, sample_copy, qtbot, fresh_round: bool = True):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(3)  # Place: needed (every team has placed)
    if fresh_round:
        window.workshop.current_page().add_replacement_round()  # a round no one has placed in
    p = window.start_participation("127.0.0.1", 0)
    assert p is not None and p.running
    panel = window.console_panel.participants
    window.console_dock.widget().ensureWidgetVisible(panel)
    qtbot.waitUntil(panel.isVisible)
    return p, panel


def _joined(p, qtbot, team: str = "t1", name: str = "") -> Phone:
    phone = Phone(p.address, qtbot)
    assert phone.join(p.join_url) == 303
    assert phone.connect() == 101
    qtbot.waitUntil(lambda: bool(phone.of_type("step")))
    phone.send({"type": "register", "team": team, "name": name})
    qtbot.waitUntil(lambda: any(m["me"]["team"] == team for m in phone.of_type("welcome")))
    return phone


def test_the_list_follows_a_phone_that_joins_registers_and_places(window, sample_copy, qtbot):
    p, panel = _start(window, sample_copy, qtbot)
    session = window.controller.session
    step = session.active_step()
    team = session.team("t1").name
    assert panel.status.text().startswith("Open: 127.0.0.1:")
    assert team in panel.still_label.text()

    phone = Phone(p.address, qtbot)
    try:
        assert phone.join(p.join_url) == 303
        qtbot.waitUntil(lambda: any(line.startswith("No team yet: 1") for line in _lines(panel)))
        assert phone.connect() == 101
        qtbot.waitUntil(lambda: bool(phone.of_type("step")))
        phone.send({"type": "register", "team": "t1", "name": MARKUP_NAME})
        # The name as typed, markup and all, as plain text.
        qtbot.waitUntil(lambda: any(line.startswith("  " + MARKUP_NAME + " \u00b7 online")
                                    for line in _lines(panel)))
        assert _lines(panel)[0] == f"{team}: 1"
        assert not any(line.startswith("No team yet") for line in _lines(panel))
        assert panel.still_label.textFormat() == Qt.TextFormat.PlainText
        assert panel.status.textFormat() == Qt.TextFormat.PlainText

        dims = session.dimensions
        phone.send({"type": "place", "seq": 1, "round": step.round_id, "dimension": dims[0].id, "value": 30})
        qtbot.waitUntil(lambda: any(f"1/{len(dims)} placed" in line for line in _lines(panel)))
        assert team in panel.still_label.text()
        for seq, dim in enumerate(dims[1:], start=2):
            phone.send({"type": "place", "seq": seq, "round": step.round_id, "dimension": dim.id, "value": 60})
        qtbot.waitUntil(lambda: len(phone.of_type("saved")) == len(dims))
        qtbot.waitUntil(lambda: any("all placed" in line for line in _lines(panel)))
        assert team not in panel.still_label.text()

        # The phone goes away: still listed, no longer connected.
        phone.disconnect()
        qtbot.waitUntil(lambda: any(line.startswith("  " + MARKUP_NAME + " \u00b7 offline")
                                    for line in _lines(panel)))
    finally:
        phone.close()
        p.stop()


def test_removing_a_phone_asks_first_then_closes_its_socket_and_refuses_its_cookie(window, sample_copy, qtbot):
    p, panel = _start(window, sample_copy, qtbot, fresh_round=False)
    phone = _joined(p, qtbot, "t2", MARKUP_NAME)
    other = _joined(p, qtbot, "t3", "Bo")
    try:
        qtbot.waitUntil(lambda: len([d for d in p.devices() if d.connected]) == 2)
        assert not panel.remove_button.isEnabled()  # nothing chosen yet
        device_id = next(d.device_id for d in p.devices() if d.name == MARKUP_NAME)

        def find_item():
            return next((panel.tree.topLevelItem(i).child(j) for i in range(panel.tree.topLevelItemCount())
                         for j in range(panel.tree.topLevelItem(i).childCount())
                         if panel.tree.topLevelItem(i).child(j).data(0, DEVICE_ROLE) == device_id), None)

        # The list redraws once per burst of phone activity (100 ms): wait for it.
        qtbot.waitUntil(lambda: find_item() is not None)
        item = find_item()
        panel.tree.scrollToItem(item)
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.tree.visualItemRect(item).center())
        assert panel.selected_device() == device_id
        assert panel.remove_button.isEnabled()

        # Cancel first: nothing happens.
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        box = panel.confirm_box
        assert box is not None and box.isVisible()
        assert box.textFormat() == Qt.TextFormat.PlainText and MARKUP_NAME in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.confirm_box is None)
        assert device_id in {d.device_id for d in p.devices()}
        assert not phone.socket_closed.is_set()

        # Delete in the list asks too.
        panel.tree.setFocus()
        QTest.keyClick(panel.tree, Qt.Key.Key_Delete)
        box = panel.confirm_box
        assert box is not None and box.isVisible()
        remove = next(b for b in box.buttons() if b.text() == "Remove")
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(phone.socket_closed.is_set)
        assert phone.of_type("removed")
        qtbot.waitUntil(lambda: not any(MARKUP_NAME in line for line in _lines(panel)))
        assert device_id not in {d.device_id for d in p.devices()}
        # Its cookie no longer opens a socket; the other phone is untouched.
        assert phone.connect() == 403
        assert not other.socket_closed.is_set()
        assert any(line.startswith("  Bo \u00b7 online") for line in _lines(panel))
    finally:
        phone.close()
        other.close()
        p.stop()


def test_lock_refuses_new_phones_and_unlock_lets_them_in(window, sample_copy, qtbot):
    p, panel = _start(window, sample_copy, qtbot, fresh_round=False)
    inside = _joined(p, qtbot, "t1", "Ana")
    late = Phone(p.address, qtbot)
    try:
        qtbot.mouseClick(panel.lock_button, Qt.MouseButton.LeftButton)
        assert p.locked
        assert panel.lock_button.isChecked() and panel.lock_button.text() == "Unlock joining"
        assert panel.status.text().startswith("Locked")
        assert late.join(p.join_url) == 423
        assert late.join_with_code(p.join_code) == 423
        assert late.connect() == 403  # no cookie was given
        # The phone already in keeps working.
        step = window.controller.session.active_step()
        dim = window.controller.session.dimensions[0].id
        inside.send({"type": "place", "seq": 7, "round": step.round_id, "dimension": dim, "value": 12})
        qtbot.waitUntil(lambda: any(m.get("seq") == 7 for m in inside.of_type("saved")))
        assert window.controller.session.position(step.round_id, dim, "t1") == 12

        qtbot.mouseClick(panel.lock_button, Qt.MouseButton.LeftButton)
        assert not p.locked and panel.lock_button.text() == "Lock joining"
        assert late.join_with_code(p.join_code.lower()) == 204
        assert late.connect() == 101
    finally:
        inside.close()
        late.close()
        p.stop()


def test_anonymous_phones_are_counted_and_can_be_forbidden(window, sample_copy, qtbot):
    p, panel = _start(window, sample_copy, qtbot, fresh_round=False)
    team = window.controller.session.team("t4").name
    anonymous = _joined(p, qtbot, "t4", "")
    named = _joined(p, qtbot, "t4", "Kai")
    try:
        qtbot.waitUntil(lambda: f"{team}: 2 (1 anonymous)" in _lines(panel))
        assert any(line.startswith("  (anonymous) \u00b7 online") for line in _lines(panel))
        assert panel.anonymous_box.isChecked()
        qtbot.mouseClick(panel.anonymous_box, Qt.MouseButton.LeftButton)
        assert not p.allow_anonymous
        third = _joined_unregistered(p, qtbot)
        third.send({"type": "register", "team": "t4", "name": ""})
        qtbot.waitUntil(lambda: bool(third.of_type("error")))
        assert f"{team}: 2 (1 anonymous)" in _lines(panel)
        third.close()
    finally:
        anonymous.close()
        named.close()
        p.stop()


def _joined_unregistered(p, qtbot) -> Phone:
    phone = Phone(p.address, qtbot)
    assert phone.join(p.join_url) == 303
    assert phone.connect() == 101
    qtbot.waitUntil(lambda: bool(phone.of_type("step")))
    return phone


def test_stop_participation_closes_the_phones_and_hides_the_list(window, sample_copy, qtbot):
    p, panel = _start(window, sample_copy, qtbot, fresh_round=False)
    phone = _joined(p, qtbot, "t1", "Ana")
    try:
        assert window.participants_action.isChecked()
        assert window.display.join.reminder.isVisibleTo(window.display)
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
        assert not p.running
        qtbot.waitUntil(phone.socket_closed.is_set)
        assert not panel.isVisible()
        assert not window.participants_action.isChecked()
        assert not window.display.join.reminder.isVisibleTo(window.display)
        assert not window.join_screen_action.isEnabled()
    finally:
        phone.close()
