"""Opening a session file from the window (File › Open, the recent files,
the start page, the command line's FILE, a file the desktop hands over).

The file is read, checked and decoded, and its working copy built, on a
worker thread (``controller/factory.py``'s :class:`Opening`: storage and
session code, no Qt); the window keeps painting and its timers keep
running meanwhile. When reading takes more than half a second a modal
progress dialog says which file is being opened, with Cancel. Cancel stops
the reading at its next step: the reading copy and the working copy are
removed, the file's lock is released and the user's file was only ever
read, so nothing of the attempt is left.

The order in the window (``MainWindow.open_file``): the questions about
the session that is open come first (save it?); the file is read second,
while that session stays open; the sessions are swapped last, on the GUI
thread, only once the new one has been read. A cancelled or failed opening
leaves the open session as it was.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ...common.i18n import context
from ..common.worker import WorkerThread

if TYPE_CHECKING:
    from ...controller.factory import Opening

tr = context("MainWindow")

#: The progress dialog appears when reading has taken this long (ms).
SHOW_AFTER_MS = 500


class OpeningCancelled(Exception):
    """The user cancelled the opening; nothing was opened or left behind."""


#: What a user does with the keyboard, mouse, touch screen or a shortcut.
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.ContextMenu, QEvent.Type.Drop,
})


class _InputGuard(QObject):
    """While a file is read, the user's input goes to the progress dialog
    only. Once the dialog shows, its window modality does that; before it
    shows (the first half second, and for a small file the whole opening)
    this does it, invisibly: the window still paints, but no click, key or
    shortcut can close, change or open a session under the opening."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self._dialog = dialog

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in _INPUT or self._in_dialog(watched):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # taken: no shortcut runs for this key
        return True

    def _in_dialog(self, watched) -> bool:
        dialog = self._dialog
        if isinstance(watched, QWidget):
            return watched is dialog or dialog.isAncestorOf(watched)
        if isinstance(watched, QWindow):
            return watched is dialog.windowHandle()
        # A shortcut: the dialog's own (Esc) passes, the window's actions not.
        owner = watched.parent() if isinstance(watched, QObject) else None
        while owner is not None and owner is not dialog:
            owner = owner.parent()
        return owner is dialog


class _Signals(QObject):
    """The worker's end, delivered queued on the GUI thread."""

    finished = Signal(object)


class OpenJob:
    """Reading one session file on a worker thread, with its progress
    dialog. :meth:`run` returns when the reading is over (a nested event
    loop keeps the window alive meanwhile)."""

    def __init__(self, window, path: Path, working_dir: Path) -> None:
        self.window = window
        self.path = Path(path)
        self.working_dir = Path(working_dir)
        self.cancelled = threading.Event()
        self._outcome: BaseException | None = None
        self._signals = _Signals()
        self._signals.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._loop = QEventLoop()
        title = tr("Open session")
        # No range: how long the reading takes cannot be told in advance, so
        # the bar shows that work goes on (a busy bar), and the label what.
        self.dialog = QProgressDialog(tr("Opening {0}\u2026").format(self.path.name), tr("Cancel"), 0, 0, window)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setAccessibleDescription(self.dialog.labelText())
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumWidth(self.dialog.fontMetrics().horizontalAdvance("M") * 28)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        # Its Cancel button, closing it, and Esc (which rejects it).
        self.dialog.canceled.connect(self.cancel)
        self.dialog.rejected.connect(self.cancel)

    def run(self) -> Opening:
        """The file read (an Opening ready to finish), or raises: the
        file's SessionFileError (or OSError), or OpeningCancelled."""
        from ...controller.factory import Opening

        try:
            opening = Opening.begin(self.path, self.working_dir)  # a file open elsewhere is refused here
            reader = WorkerThread(lambda: self._read(opening))
            guard = _InputGuard(self.dialog)
            app = QApplication.instance()
            app.installEventFilter(guard)
            try:
                self.dialog.setValue(0)  # starts the dialog's clock: it shows after SHOW_AFTER_MS
                reader.start()
                self._loop.exec()
                reader.wait()
            finally:
                app.removeEventFilter(guard)
        finally:
            # Closed in every case (a dialog left alone shows itself after
            # its minimum duration). Closing it emits both signals.
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.rejected.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        if self.cancelled.is_set():
            opening.abandon()  # read to the end meanwhile or not: nothing is kept
            raise OpeningCancelled()
        if self._outcome is not None:
            opening.abandon()
            raise self._outcome
        return opening

    def cancel(self) -> None:
        """Stop reading at its next step (the dialog's Cancel, Esc, or the
        window closing)."""
        if self.cancelled.is_set():
            return
        self.cancelled.set()
        self.dialog.setLabelText(tr("Cancelling\u2026"))
        self.dialog.setAccessibleDescription(self.dialog.labelText())

    def _read(self, opening: Opening) -> None:
        """On the worker thread."""
        outcome: Any = None
        try:
            opening.read(stop=self.cancelled.is_set)
        except BaseException as exc:  # noqa: BLE001 (handed to the GUI thread)
            outcome = exc
        self._signals.finished.emit(outcome)

    def _finish(self, outcome: BaseException | None) -> None:
        self._outcome = outcome
        # Quit once the loop runs (the reading may end before it starts).
        QTimer.singleShot(0, self._loop.quit)
