"""Present > Let participants join: the small dialog that says where phones join.

The facilitator picks the network (the laptop's addresses, the one with the
default route first; a warning when only loopback or link-local addresses
exist, since phones cannot reach those), the port (8765, easy to read out;
when something else already uses it, a free one is taken instead and the
dialog says so) and whether phones may join without a name. The caller
starts joining with :meth:`JoinDialog.choice`.
"""

from __future__ import annotations

import socket
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ...common.i18n import context

tr = context("JoinDialog")

#: The port phones join on unless it is taken: short, and the same every time.
FRIENDLY_PORT = 8765


class Choice(NamedTuple):
    bind: str
    port: int  # 0: any free port (the chosen one was taken)
    wanted_port: int
    allow_anonymous: bool


def port_free(address: str, port: int) -> bool:
    """Whether a server could listen on ``address``:``port`` now."""
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            # As the server itself binds: a port left in TIME_WAIT is free.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((address, port))
    except OSError:
        return False
    return True


def describe_address(addr) -> str:
    """One line of the network list: the address, its interface, and what it is."""
    where = addr.interface or tr("unknown interface")
    if addr.local_only:
        if addr.address.startswith("127.") or addr.address == "::1":
            kind = tr("this computer only")
        else:
            kind = tr("link-local, phones cannot reach it")
        return f"{addr.address} ({where}, {kind})"
    if addr.default_route:
        return f"{addr.address} ({where}, {tr('default route')})"
    return f"{addr.address} ({where})"


class JoinDialog(QDialog):
    def __init__(self, addresses, allow_anonymous: bool = True, parent=None):
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(tr("Let participants join"))
        self.addresses = list(addresses)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Participants join from their phones' browsers over this network. The phones "
                          "must be on the same network as this computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.network_box = QComboBox()
        self.network_box.setObjectName("networkChooser")
        self.network_box.setAccessibleName(tr("Network the phones join on"))
        for addr in self.addresses:
            self.network_box.addItem(describe_address(addr), addr.address)
        network_label = QLabel(tr("&Network:"))
        network_label.setBuddy(self.network_box)
        form.addRow(network_label, self.network_box)
        self.port_box = QSpinBox()
        self.port_box.setObjectName("portChooser")
        self.port_box.setAccessibleName(tr("Port"))
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(FRIENDLY_PORT)
        port_label = QLabel(tr("&Port:"))
        port_label.setBuddy(self.port_box)
        form.addRow(port_label, self.port_box)
        layout.addLayout(form)

        self.network_warning = QLabel()
        self.network_warning.setObjectName("networkWarning")
        self.network_warning.setWordWrap(True)
        self.network_warning.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.network_warning)
        self.port_note = QLabel()
        self.port_note.setObjectName("portNote")
        self.port_note.setWordWrap(True)
        self.port_note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.port_note)

        self.anonymous_box = QCheckBox(tr("&Allow anonymous phones (no name needed)"))
        self.anonymous_box.setObjectName("allowAnonymousChoice")
        self.anonymous_box.setChecked(allow_anonymous)
        layout.addWidget(self.anonymous_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(tr("&Start joining"))
        self.start_button.setObjectName("startJoiningButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.network_box.currentIndexChanged.connect(lambda _i: self._check())
        self.port_box.valueChanged.connect(lambda _v: self._check())
        self.network_box.setFocus()
        self._check()

    def chosen_address(self):
        i = self.network_box.currentIndex()
        return self.addresses[i] if 0 <= i < len(self.addresses) else None

    def _check(self) -> None:
        addr = self.chosen_address()
        self.start_button.setEnabled(addr is not None)
        if addr is None:
            self.network_warning.setText(tr("\u26a0 No network address found on this computer."))
        elif all(a.local_only for a in self.addresses):
            self.network_warning.setText(tr(
                "\u26a0 Only this computer's own addresses were found: phones cannot reach them. Connect "
                "this computer to the room's Wi-Fi (or your phone's hotspot) and open this again."))
        elif addr.local_only:
            self.network_warning.setText(tr("\u26a0 Phones cannot reach this address; choose another network."))
        else:
            self.network_warning.setText("")
        self.network_warning.setVisible(bool(self.network_warning.text()))
        port = self.port_box.value()
        if addr is not None and not port_free(addr.address, port):
            self.port_note.setText(tr("Port {0} is in use on this address: a free port will be taken "
                                      "instead, and shown once joining starts.").format(port))
        else:
            self.port_note.setText("")
        self.port_note.setVisible(bool(self.port_note.text()))

    def choice(self) -> Choice | None:
        addr = self.chosen_address()
        if addr is None:
            return None
        wanted = self.port_box.value()
        port = wanted if port_free(addr.address, wanted) else 0
        return Choice(addr.address, port, wanted, self.anonymous_box.isChecked())
