"""The status bar's notice while an older-format file waits for Save to be
upgraded (docs/file-format.md); it goes once the upgrade is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ...common.i18n import context
from ...storage.backup import backup_path

OBJECT_NAME = "upgradeNotice"


# The context these texts had before the window was split, so their translations stay.
tr = context("MainWindow")


def show_upgrade_notice(window, controller) -> None:
    """A non-blocking notice while an older-format file waits for Save."""
    remove_upgrade_notice(window)
    if not controller.autosave_paused or controller.path is None:
        return
    version = controller.store.migrated_from
    label = QLabel(tr("This file was made by an older CollabWorkshop{0}. It will be upgraded when you save "
                      "(Ctrl+S); the original is kept as {1}.").format(
        tr(" (format {0})").format(version) if version else "", backup_path(controller.path).name))
    label.setObjectName(OBJECT_NAME)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(label.text())
    # A notice, not an alarm: amber with dark text (contrast well over 7:1); the words carry the meaning.
    label.setStyleSheet("QLabel#upgradeNotice { background: #FFF4CE; color: #2B2200; "
                        "border: 1px solid #D9B44A; border-radius: 3px; padding: 4px 8px; }")
    window.statusBar().addPermanentWidget(label, 1)
    window.statusBar().show()  # the bar hides while it has nothing to say (presentation_part.sync_strip)

    pending = [True]

    def saved(_path: str) -> None:
        if pending[0] and window.controller is controller and not controller.autosave_paused:
            pending[0] = False  # once
            remove_upgrade_notice(window)
            if controller.last_backup is not None:
                window.statusBar().showMessage(
                    tr("Upgraded and saved; the original is kept as {0}").format(controller.last_backup), 10000)

    controller.saved.connect(saved)


def remove_upgrade_notice(window) -> None:
    old = window.statusBar().findChild(QLabel, OBJECT_NAME)
    if old is not None:
        old.setObjectName("")  # gone now, even before Qt deletes it
        window.statusBar().removeWidget(old)
        old.deleteLater()
