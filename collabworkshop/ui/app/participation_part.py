"""The window's participation part: letting participants join from their
phones (Present > Let participants join, and ``collabworkshop FILE
--participants``).

It holds the session's :class:`~collabworkshop.controller.participation.Participation`
(``window.participation_part.participation``, None while joining is off)
and keeps the menu's check mark true to whether the server runs. From the
menu, joining starts after the network chooser (``ui/app/join_dialog.py``:
address, port, anonymous phones); from the command line it starts at once.
Either way the running Participation is handed to the display's join screen
(``ui/presentation/join_screen.py``) and the console's list of phones
(``ui/presentation/participants_panel.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ...common.i18n import context

tr = context("ParticipationPart")


class ParticipationPart(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.participation = None
        #: The last reason joining could not start ("" after a start).
        self.last_error = ""
        #: The network chooser while it is open (Present > Let participants join).
        self.dialog = None

    def start(self, bind: str | None = None, port: int = 0, *, report: bool = True):
        """Let participants join the open session; the Participation, or
        None (the reason shown unless ``report`` is False, and kept in
        ``last_error``)."""
        from ...controller.participation import Participation
        from ..common.frame import pointer_pacer

        window = self.window
        controller = window.controller
        if controller is None:
            self.last_error = tr("Open a session first.")
            return None
        if self.participation is not None and self.participation.controller is controller:
            if self.participation.running:
                return self.participation
        # Batches of phones' placements wait for the gap after a drag's move.
        participation = Participation(controller, hold=pointer_pacer().hold)
        problems: list[str] = []
        participation.error.connect(problems.append)
        if not participation.start(bind, port):
            participation.deleteLater()
            self.last_error = problems[0] if problems else tr("Participants cannot join.")
            if report:
                window.show_error(tr("Participants cannot join"), self.last_error)
            self._sync()
            return None
        participation.error.disconnect(problems.append)
        participation.error.connect(lambda text: window.show_error(tr("Participants cannot join"), text))
        participation.state_changed.connect(self._sync)
        controller.closing.connect(self._closed)
        self.participation = participation
        self.last_error = ""
        self._attach(participation)
        self._sync()
        return participation

    def _attach(self, participation) -> None:
        """The display's join screen and the console's list follow it."""
        window = self.window
        if window.display is not None:
            window.display.join.attach(participation)
        if window.console_panel is not None:
            window.console_panel.participants.set_participation(participation)

    def stop(self) -> None:
        if self.participation is not None:
            self.participation.stop()
        self._sync()

    def toggle(self) -> None:
        """The menu action: off when on; when off, the network chooser first."""
        if self.participation is not None and self.participation.running:
            self.stop()
        else:
            self._sync()  # the check mark waits for the server to run
            self.ask()

    def ask(self):
        """Open the network chooser; its Start starts joining. Returns the dialog."""
        from PySide6.QtCore import Qt  # not at start-up (the Qt namespace's enums)

        from ...participation import network
        from .join_dialog import JoinDialog

        if self.window.controller is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = JoinDialog(network.candidate_addresses(), parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            choice = dialog.choice() if result == QDialog.DialogCode.Accepted else None
            if choice is not None:
                self.start_chosen(choice)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def start_chosen(self, choice):
        """Start joining as the chooser said; a taken port is replaced by a free one, and said."""
        participation = self.start(choice.bind, choice.port, report=choice.port == 0)
        fell_back = choice.port != choice.wanted_port
        if participation is None and choice.port != 0:
            # Taken between the dialog's look and the start: any free port, as promised.
            participation = self.start(choice.bind, 0)
            fell_back = True
        if participation is None:
            return None
        participation.set_allow_anonymous(choice.allow_anonymous)
        bound = participation.address
        if fell_back:
            self.window.statusBar().showMessage(
                tr("Port {0} was in use: participants join at {1}").format(choice.wanted_port, bound), 15000)
        else:
            self.window.statusBar().showMessage(tr("Participants can join at {0}").format(bound), 8000)
        return participation

    def _closed(self) -> None:
        self.participation = None
        self._sync()

    def _sync(self) -> None:
        action = getattr(self.window, "participants_action", None)
        if action is not None:
            action.setChecked(self.participation is not None and self.participation.running)
        menus = getattr(self.window, "menus", None)
        if menus is not None:
            menus.update(self.window)  # the join screen's key works only while joining is on

    @property
    def joining(self) -> bool:
        return self.participation is not None and self.participation.running
