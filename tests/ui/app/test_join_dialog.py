"""Present > Let participants join: the network chooser starts a real server
(on 127.0.0.1, with a free port when 8765 is taken), by keyboard; the
warning when phones could not reach any address; one line when the server
cannot start; and the same menu item stops it."""

from __future__ import annotations

import socket

from console_phones import Phone
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from collabworkshop.participation import network
from collabworkshop.participation.network import Address
from collabworkshop.ui.app.join_dialog import FRIENDLY_PORT, Choice, JoinDialog


def _hold_port(address: str, port: int) -> socket.socket | None:
    """Listen on the port, so the dialog finds it taken (None: something
    else holds it already, which is just as taken)."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        holder.bind((address, port))
        holder.listen(1)
    except OSError:
        holder.close()
        return None
    return holder


def test_the_menu_opens_the_chooser_and_starts_joining_on_loopback_by_keyboard(window, sample_copy, qtbot):
    assert window.open_file(sample_copy)
    holder = _hold_port("127.0.0.1", FRIENDLY_PORT)
    try:
        window.participants_action.trigger()
        dialog = window.participation_part.dialog
        assert dialog is not None and dialog.isVisible()
        assert not window.participants_action.isChecked()  # not yet running
        # The default route's address first, loopback among them, each named for a screen reader.
        candidates = network.candidate_addresses()
        assert dialog.network_box.itemData(0) == candidates[0].address
        assert dialog.network_box.currentIndex() == 0
        assert dialog.network_box.accessibleName() and dialog.port_box.accessibleName()
        assert dialog.port_box.value() == FRIENDLY_PORT
        loopback = dialog.network_box.findData("127.0.0.1")
        assert loopback >= 0 and "this computer only" in dialog.network_box.itemText(loopback)

        # By keys alone: in the network list, Home and Down walk to loopback.
        dialog.activateWindow()
        dialog.network_box.setFocus()
        QTest.keyClick(dialog.network_box, Qt.Key.Key_Home)
        for _ in range(loopback):
            QTest.keyClick(dialog.network_box, Qt.Key.Key_Down)
        assert dialog.network_box.currentData() == "127.0.0.1"
        # Loopback only reaches this computer: said, in words.
        assert dialog.network_warning.isVisibleTo(dialog)
        assert "cannot reach" in dialog.network_warning.text()
        # 8765 is in use: said, and a free one is taken.
        assert dialog.port_note.isVisibleTo(dialog)
        assert f"Port {FRIENDLY_PORT} is in use" in dialog.port_note.text()
        QTest.keyClick(dialog.network_box, Qt.Key.Key_Return)  # the default button: Start joining
        qtbot.waitUntil(lambda: window.participation_part.participation is not None)
    finally:
        if holder is not None:
            holder.close()
    p = window.participation_part.participation
    assert p.running and p.bound.address == "127.0.0.1"
    port = int(p.address.rsplit(":", 1)[1])
    assert port != FRIENDLY_PORT
    assert f"Port {FRIENDLY_PORT} was in use" in window.statusBar().currentMessage()
    assert str(port) in window.statusBar().currentMessage()
    assert window.participants_action.isChecked()
    assert window.console_panel.participants.isVisibleTo(window.console_panel)
    assert window.join_screen_action.isEnabled()
    # A real server: the QR code's link gives a phone its cookie.
    phone = Phone(p.address, qtbot)
    try:
        assert phone.join(p.join_url) == 303
    finally:
        phone.close()

    # The same menu item stops it.
    window.participants_action.trigger()
    assert not p.running
    assert not window.participants_action.isChecked()
    assert not window.console_panel.participants.isVisibleTo(window.console_panel)
    assert window.participation_part.dialog is None  # no chooser to stop


def test_the_friendly_port_is_used_when_free(window, sample_copy, qtbot):
    assert window.open_file(sample_copy)
    dialog = window.participation_part.ask()
    dialog.network_box.setCurrentIndex(dialog.network_box.findData("127.0.0.1"))
    dialog.anonymous_box.setChecked(False)
    choice = dialog.choice()
    assert choice.bind == "127.0.0.1" and choice.allow_anonymous is False
    if choice.port == 0:  # another program has 8765 right now: then the fallback is what must happen
        assert not dialog.port_note.isHidden()
    else:
        assert choice.port == FRIENDLY_PORT and dialog.port_note.isHidden()
    dialog.reject()
    assert window.participation_part.participation is None


def test_only_local_addresses_get_a_warning(qtbot):
    local = [Address("127.0.0.1", "lo", False, True), Address("169.254.7.9", "eth0", False, True)]
    dialog = JoinDialog(local)
    qtbot.addWidget(dialog)
    assert not dialog.network_warning.isHidden()
    assert "phones cannot reach them" in dialog.network_warning.text()
    assert "link-local" in dialog.network_box.itemText(1)
    reachable = JoinDialog([Address("192.168.1.20", "wlan0", True, False), *local])
    qtbot.addWidget(reachable)
    assert reachable.network_warning.isHidden()
    assert "default route" in reachable.network_box.itemText(0)
    reachable.network_box.setCurrentIndex(2)  # the link-local one
    assert not reachable.network_warning.isHidden()


def test_a_server_that_cannot_start_says_so_in_one_line(window, sample_copy, messages):
    assert window.open_file(sample_copy)
    # 192.0.2.1 is a documentation address, never this machine's: the bind fails, nothing is sent.
    assert window.participation_part.start_chosen(Choice("192.0.2.1", 0, FRIENDLY_PORT, True)) is None
    assert len(messages) == 1
    title, text = messages[0]
    assert "\n" not in text and "Traceback" not in text and "192.0.2.1" in text
    assert not window.participants_action.isChecked()
    assert not window.console_panel.participants.isVisibleTo(window.console_panel)


def test_a_port_taken_after_the_dialog_looked_still_falls_back_to_a_free_one(window, sample_copy, qtbot):
    assert window.open_file(sample_copy)
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    taken = holder.getsockname()[1]
    try:
        # The dialog saw the port free; something took it before the server started.
        p = window.participation_part.start_chosen(Choice("127.0.0.1", taken, taken, True))
    finally:
        holder.close()
    assert p is not None and p.running
    assert int(p.address.rsplit(":", 1)[1]) != taken
    assert f"Port {taken} was in use" in window.statusBar().currentMessage()
    p.stop()
