"""The recovery question at start-up: per session a crashed run left behind,
Recover, Discard or Later (docs/recovery.md). Finding those sessions and
recovering one is ``collabworkshop.controller.recovery`` (no widgets); this module
only asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ...common.i18n import context
from ...controller.recovery import find_orphans, recover, source_state
from ...storage import SessionFileError
from ..common.plaintext import safe

# The context these texts had before the window was split, so their translations stay.
tr = context("Recovery")


def offer_recovery(window, working_dir: Path) -> int:
    """Ask about every orphaned working copy; returns how many were
    recovered (at most one: the window shows one session, through its
    ``show_recovered``)."""
    orphans = find_orphans(working_dir)
    recovered = 0
    for orphan in orphans:
        if recovered:
            orphan.release()  # offered again at the next start
            continue
        state = source_state(orphan) if orphan.session is not None else "unreadable"
        if state == "same":
            orphan.discard()  # the file has every change: nothing was lost
            continue
        box = QMessageBox(window)
        box.setObjectName("recoveryBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Recover a session?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("CollabWorkshop did not close properly last time. A session was kept:\n\n{0}").format(
            orphan.describe()))
        details = {
            "untitled": tr("Recover opens it as an untitled session; save it to keep it."),
            "missing": tr("Its file is gone; Recover saves it there again."),
            "copy-newer": tr("It has changes its file does not have; Recover saves them to the file "
                             "(the file as it is now is kept as a backup)."),
            "file-newer": tr("Its file was changed after this copy; Recover opens the copy as an untitled "
                             "session and leaves the file as it is."),
            "replaced": tr("Its file was replaced by something that is not this session; Recover opens the "
                           "copy as an untitled session and leaves the file as it is."),
            "unreadable": tr("It cannot be opened; you can only discard it."),
        }[state]
        if orphan.source is not None:
            details = tr("Its file: {0}").format(orphan.source) + "\n\n" + details
        box.setInformativeText(details)
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 28em; }")
        recover_button = None
        if orphan.session is not None:
            recover_button = box.addButton(tr("&Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard_button = box.addButton(tr("&Discard\u2026"), QMessageBox.ButtonRole.DestructiveRole)
        later_button = box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover_button or later_button)
        box.setEscapeButton(later_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if recover_button is not None and clicked is recover_button:
            try:
                controller = recover(orphan, working_dir, window)
            except SessionFileError as exc:
                orphan.release()
                QMessageBox.warning(window, tr("Could not recover the session"), str(exc))
                continue
            window.show_recovered(controller)
            recovered += 1
        elif clicked is discard_button:
            sure = QMessageBox.question(
                window, tr("Discard the session?"),
                safe(tr("Delete {0} for good? This cannot be undone.").format(orphan.describe())),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if sure == QMessageBox.StandardButton.Discard:
                orphan.discard()
            else:
                orphan.release()
        else:
            orphan.release()
    return recovered

