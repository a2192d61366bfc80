"""The questions closing a session may ask (docs/recovery.md): save an
untitled or not-yet-upgraded session first, or, when its file could not
take the latest changes, Save As, keep for recovery or discard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ...common.i18n import context
from ..common.plaintext import safe

# The context these texts had before the window was split, so their translations stay.
tr = context("MainWindow")


def ask_save(parent, controller) -> str:
    """The session is in no file yet (or waits to be upgraded): "save",
    "discard" or "cancel"."""
    question = (
        tr("\u201c{0}\u201d has not been saved to a file yet. Save it before closing?")
        if controller.is_untitled else
        tr("Your changes to \u201c{0}\u201d are not saved yet (the file will be upgraded to the current "
           "format). Save them before closing?")
    ).format(controller.title)
    answer = QMessageBox.question(
        parent,
        tr("Save this session?"),
        safe(question),  # the title is text, not markup
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return "cancel"
    return "save" if answer == QMessageBox.StandardButton.Save else "discard"


def ask_file_behind(parent, controller) -> str:
    """The session's file could not take its latest changes: ask what
    becomes of them. Returns "save-as", "keep", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setObjectName("fileBehindBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Your latest changes are not in the file"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are text, not markup
    box.setText(tr("\u201c{0}\u201d: the latest changes could not be saved to {1} ({2}).").format(
        controller.title, controller.path, controller.save_problem))
    box.setInformativeText(tr(
        "Save As writes the session to another file. Keep for recovery closes it and keeps your work: "
        "the next time CollabWorkshop starts, it offers to recover it. Discard closes it and loses the "
        "changes the file does not have."))
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 28em; }")
    save_as = box.addButton(tr("Save &As\u2026"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("&Keep for recovery"), QMessageBox.ButtonRole.ActionRole)
    discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return {save_as: "save-as", keep: "keep", discard: "discard"}.get(clicked, "cancel")
