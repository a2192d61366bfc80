"""The window's participation part: letting participants join from their
phones (Present > Let participants join, and ``collabworkshop FILE
--participants``).

It holds the session's :class:`~collabworkshop.controller.participation.Participation`
(``window.participation_part.participation``, None while joining is off)
and keeps the menu's check mark true to whether the server runs. The
console list, the network chooser and the display's join screen build on
this part.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...common.i18n import context

tr = context("ParticipationPart")


class ParticipationPart(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.participation = None
        #: The last reason joining could not start ("" after a start).
        self.last_error = ""

    def start(self, bind: str | None = None, port: int = 0, *, report: bool = True):
        """Let participants join the open session; the Participation, or
        None (the reason shown unless ``report`` is False, and kept in
        ``last_error``)."""
        from ...controller.participation import Participation

        window = self.window
        controller = window.controller
        if controller is None:
            self.last_error = tr("Open a session first.")
            return None
        if self.participation is not None and self.participation.controller is controller:
            if self.participation.running:
                return self.participation
        participation = Participation(controller)
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
        self._sync()
        return participation

    def stop(self) -> None:
        if self.participation is not None:
            self.participation.stop()
        self._sync()

    def toggle(self) -> None:
        """The menu action: on when off, off when on."""
        if self.participation is not None and self.participation.running:
            self.stop()
        else:
            self.start()

    def _closed(self) -> None:
        self.participation = None
        self._sync()

    def _sync(self) -> None:
        action = getattr(self.window, "participants_action", None)
        if action is not None:
            action.setChecked(self.participation is not None and self.participation.running)
