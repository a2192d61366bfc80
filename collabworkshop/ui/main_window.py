"""The main window: start page or the open session, menus and shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
)

from .. import __version__
from ..i18n import context
from . import settings as prefs
from .start_page import StartPage

if TYPE_CHECKING:
    from ..controller import SessionController

# The session machinery (controller, model, storage: sqlite3, zipfile, the
# planner) is imported when a session is first opened, not at start-up: the
# start page needs none of it.

SAMPLE_FILE = ("sample", "eastport-alliance.cwsession")


tr = context("MainWindow")


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.controller: SessionController | None = None
        self.workshop = None
        self.setWindowTitle("CollabWorkshop")
        self.resize(1440, 900)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self.start_page.new_requested.connect(self.new_session)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.sample_requested.connect(self.open_sample)
        self.start_page.recent_requested.connect(lambda f: self.open_file(Path(f)))
        self._build_actions()
        self._install_followup_actions()
        self._install_export_actions()
        self._install_agenda_actions()
        self._install_theme_actions()
        self._install_presentation_actions()
        self._refresh_recent()
        self._update_state()
        geometry = prefs.settings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- menus and shortcuts --------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self.new_action = self._action(tr("&New session"), self.new_session, QKeySequence.StandardKey.New, file_menu)
        self.open_action = self._action(tr("&Open\u2026"), self.open_dialog, QKeySequence.StandardKey.Open, file_menu)
        self.sample_action = self._action(tr("Open the sa&mple session"), self.open_sample, None, file_menu)
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        file_menu.addSeparator()
        self.save_action = self._action(tr("&Save"), self.save, QKeySequence.StandardKey.Save, file_menu)
        self.save_as_action = self._action(tr("Save &as\u2026"), self.save_as, QKeySequence("Ctrl+Shift+S"), file_menu)
        file_menu.addSeparator()
        self.export_pdf_action = self._action(tr("Export &PDF report\u2026"), self.export_pdf, "Ctrl+E", file_menu)
        self.export_json_action = self._action(tr("Export &JSON\u2026"), self.export_json, "Ctrl+Shift+E", file_menu)
        file_menu.addSeparator()
        self.close_action = self._action(tr("&Close session"), self.close_session, QKeySequence.StandardKey.Close,
                                         file_menu)
        self.quit_action = self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, file_menu)

        edit_menu = bar.addMenu(tr("&Edit"))
        self.undo_action = self._action(tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo, edit_menu)
        self.redo_action = self._action(tr("&Redo"), self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], edit_menu)

        workshop_menu = bar.addMenu(tr("&Workshop"))
        self.next_action = self._action(tr("&Next step"), self.next_step, ["PgDown", "Ctrl+Right"], workshop_menu)
        self.back_action = self._action(tr("&Previous step"), self.previous_step, ["PgUp", "Ctrl+Left"],
                                        workshop_menu)
        self.setup_action = self._action(tr("Session &set-up"), lambda: self._go(0), "Ctrl+0", workshop_menu)
        workshop_menu.addSeparator()
        self.step_actions = []
        for i in range(1, 10):
            self.step_actions.append(self._action(tr("Go to step {0}").format(i), lambda _=False, i=i: self._go(i),
                                                  f"Ctrl+{i}"))
        self.generate_action = self._action(tr("&Generate action plan"), self.generate_plan, "Ctrl+G", workshop_menu)

        help_menu = bar.addMenu(tr("&Help"))
        self.shortcuts_action = self._action(tr("&Keyboard shortcuts"), self.show_shortcuts, "F1", help_menu)
        self.about_action = self._action(tr("&About CollabWorkshop"), self.show_about, None, help_menu)

    def _session_actions(self) -> list[QAction]:
        return [self.save_action, self.save_as_action, self.export_pdf_action, self.export_json_action,
                self.close_action, self.next_action, self.back_action, self.setup_action, self.generate_action,
                *self.step_actions, *self.export_actions, *self.presentation_actions]

    def _update_state(self) -> None:
        has = self.controller is not None
        for action in self._session_actions():
            action.setEnabled(has)
        self.edit_agenda_action.setEnabled(has)
        stack = self.controller.undo_stack if has else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        if stack is not None:
            self.undo_action.setText(tr("&Undo {0}").format(stack.undoText()) if stack.canUndo() else tr("&Undo"))
            self.redo_action.setText(tr("&Redo {0}").format(stack.redoText()) if stack.canRedo() else tr("&Redo"))
        self._update_title()

    def _update_title(self) -> None:
        if self.controller is None:
            self.setWindowTitle("CollabWorkshop")
            self.setWindowModified(False)
            return
        self.setWindowTitle(f"{self.controller.title}[*] \u2014 CollabWorkshop")
        self.setWindowModified(self.controller.needs_save)

    def _refresh_recent(self) -> None:
        files = prefs.recent_files()
        self.start_page.set_recent(files)
        self.recent_menu.clear()
        for f in files:
            action = self.recent_menu.addAction(Path(f).name)
            action.setToolTip(f)
            action.triggered.connect(lambda _=False, f=f: self.open_file(Path(f)))
        self.recent_menu.setEnabled(bool(files))

    # -- sessions ---------------------------------------------------------------------------
    def new_session(self) -> None:
        if not self.close_session():
            return
        from ..controller import SessionController
        from ..storage import SessionFileError

        try:
            controller = SessionController.new(prefs.working_dir(), parent=self)
        except (OSError, SessionFileError) as exc:
            self._error(tr("Could not start a new session"), str(exc))
            return
        self._show_session(controller, entry=0)

    def open_dialog(self) -> None:
        from ..storage import FILE_SUFFIX

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open session"), folder, tr("CollabWorkshop sessions (*{0});;All files (*)").format(FILE_SUFFIX)
        )
        if name:
            self.open_file(Path(name))

    def open_sample(self) -> None:
        """Open a copy of the sample, so the shipped file is never changed."""
        if not self.close_session():
            return
        from ..controller import SessionController
        from ..model.template import resource_path
        from ..storage import SessionFileError

        try:
            controller = SessionController.open(resource_path(*SAMPLE_FILE), prefs.working_dir(), parent=self)
        except SessionFileError as exc:
            self._error(tr("Could not open the sample session"), str(exc))
            return
        controller.path = None  # untitled: Save asks where to keep it
        self._show_session(controller, entry=1)

    def open_file(self, path: Path) -> bool:
        from ..storage.userfiles import same_target

        if self.controller is not None and self.controller.path and same_target(self.controller.path, path):
            return True
        if not self.close_session():
            return False
        from ..controller import SessionController
        from ..storage import SessionFileError

        try:
            controller = SessionController.open(path, prefs.working_dir(), parent=self)
        except SessionFileError as exc:
            self._error(tr("Could not open the session"), str(exc))
            if not path.exists():
                prefs.remove_recent_file(path)
                self._refresh_recent()
            return False
        prefs.add_recent_file(path)
        self._refresh_recent()
        self._show_session(controller, entry=controller.session.current_step + 1)
        return True

    def _show_session(self, controller: SessionController, entry: int) -> None:
        from .workshop_view import WorkshopView

        self.controller = controller
        controller.undo_stack.indexChanged.connect(self._update_state)
        controller.undo_stack.cleanChanged.connect(self._update_state)
        controller.info_changed.connect(self._update_title)
        controller.path_changed.connect(lambda _p: self._update_title())
        controller.file_state_changed.connect(self._update_title)
        controller.error_occurred.connect(lambda msg: self._error(tr("Something went wrong"), msg))
        controller.saved.connect(lambda p: self.statusBar().showMessage(tr("Saved to {0}").format(p), 4000))
        self.workshop = WorkshopView(controller)
        self.workshop.export_pdf_requested.connect(self.export_pdf)
        self.workshop.export_json_requested.connect(self.export_json)
        self.workshop.save_requested.connect(self.save_as)
        self.stack.addWidget(self.workshop)
        self.stack.setCurrentWidget(self.workshop)
        self.workshop.show_entry(entry)
        self._start_console(controller)
        self._update_state()
        self._show_upgrade_notice(controller)

    # -- crash recovery and older files (collabworkshop/recovery.py) --------------------------------
    def offer_recovery(self) -> int:
        """At start-up: offer the sessions a crashed run left behind."""
        working = prefs.working_dir()
        if not working.is_dir() or next(working.glob("working-*.json"), None) is None:
            return 0  # the usual case, without importing the session machinery at start-up
        from ..recovery import offer_recovery

        return offer_recovery(self, working)

    def show_recovered(self, controller: SessionController) -> None:
        if not self.close_session():
            # The open session stays; the recovered one waits for the next
            # start rather than being thrown away unasked.
            controller.close(keep_for_recovery=True)
            return
        self._show_session(controller, entry=controller.session.current_step + 1)
        self.statusBar().showMessage(tr("Recovered \u201c{0}\u201d").format(controller.title), 8000)
        if controller.file_behind:  # its file could not take it yet (still full or read-only)
            self._error(tr("Something went wrong"), tr(
                "Could not update {0}: {1}. Your work is kept; use Save As to save it elsewhere.").format(
                controller.path, controller.save_problem))

    def _show_upgrade_notice(self, controller: SessionController) -> None:
        """A non-blocking notice while an older-format file waits for Save."""
        from PySide6.QtWidgets import QLabel

        from ..storage.backup import backup_path

        self._remove_upgrade_notice()
        if not controller.autosave_paused or controller.path is None:
            return
        version = controller.store.migrated_from
        label = QLabel(tr("This file was made by an older CollabWorkshop{0}. It will be upgraded when you save "
                          "(Ctrl+S); the original is kept as {1}.").format(
            tr(" (format {0})").format(version) if version else "", backup_path(controller.path).name))
        label.setObjectName("upgradeNotice")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(label.text())
        # A notice, not an alarm: amber with dark text (contrast well over 7:1); the words carry the meaning.
        label.setStyleSheet("QLabel#upgradeNotice { background: #FFF4CE; color: #2B2200; "
                            "border: 1px solid #D9B44A; border-radius: 3px; padding: 4px 8px; }")
        self.statusBar().addPermanentWidget(label, 1)

        pending = [True]

        def saved(_path: str) -> None:
            if pending[0] and self.controller is controller and not controller.autosave_paused:
                pending[0] = False  # once
                self._remove_upgrade_notice()
                if controller.last_backup is not None:
                    self.statusBar().showMessage(
                        tr("Upgraded and saved; the original is kept as {0}").format(controller.last_backup), 10000)

        controller.saved.connect(saved)

    def _remove_upgrade_notice(self) -> None:
        from PySide6.QtWidgets import QLabel

        old = self.statusBar().findChild(QLabel, "upgradeNotice")
        if old is not None:
            old.setObjectName("")  # gone now, even before Qt deletes it
            self.statusBar().removeWidget(old)
            old.deleteLater()

    def close_session(self) -> bool:
        """Close the open session; False if the user chose to keep it open."""
        controller = self.controller
        if controller is None:
            return True
        keep = False
        if controller.file_behind and not controller.save_again():
            choice = self._ask_file_behind(controller)
            if choice == "cancel":
                return False
            if choice == "save-as" and not self.save_as():
                return False
            keep = choice == "keep"
        elif controller.needs_save:
            from .plaintext import safe

            question = (
                tr("\u201c{0}\u201d has not been saved to a file yet. Save it before closing?")
                if controller.is_untitled else
                tr("Your changes to \u201c{0}\u201d are not saved yet (the file will be upgraded to the current "
                   "format). Save them before closing?")
            ).format(controller.title)
            answer = QMessageBox.question(
                self,
                tr("Save this session?"),
                safe(question),  # the title is text, not markup
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return False
        self._stop_console()
        self.controller = None
        self._remove_upgrade_notice()
        if self.workshop is not None:
            self.stack.removeWidget(self.workshop)
            self.workshop.deleteLater()
            self.workshop = None
        controller.close(keep_for_recovery=keep)
        controller.deleteLater()
        self.stack.setCurrentWidget(self.start_page)
        self._refresh_recent()
        self._update_state()
        if keep:
            self.statusBar().showMessage(
                tr("\u201c{0}\u201d is kept: CollabWorkshop offers to recover it when it next starts").format(
                    controller.title), 10000)
        return True

    def _ask_file_behind(self, controller: SessionController) -> str:
        """The session's file could not take its latest changes: ask what
        becomes of them. Returns "save-as", "keep", "discard" or "cancel"."""
        box = QMessageBox(self)
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

    def save(self) -> bool:
        if self.controller is None:
            return False
        if self.controller.is_untitled:
            return self.save_as()
        # A named session is saved after every change; saving again is harmless.
        return self.controller.save_as(self.controller.path)

    def save_as(self) -> bool:
        if self.controller is None:
            return False
        from ..storage import FILE_SUFFIX

        suggested = self.controller.path or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        ) / (_safe_file_name(self.controller.title) + FILE_SUFFIX)
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save session as"), str(suggested), tr("CollabWorkshop sessions (*{0})").format(FILE_SUFFIX)
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        if not self.controller.save_as(path):
            return False
        prefs.add_recent_file(path)
        self._refresh_recent()
        self._update_state()
        return True

    # -- exports --------------------------------------------------------------------------------
    def _export_target(self, title: str, suffix: str, pattern: str) -> Path | None:
        assert self.controller is not None
        base = self.controller.path.with_suffix(suffix) if self.controller.path else Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        ) / (_safe_file_name(self.controller.title) + suffix)
        name, _ = QFileDialog.getSaveFileName(self, title, str(base), pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export_pdf(self, path: Path | None = None) -> bool:
        if self.controller is None:
            return False
        path = path or self._export_target(tr("Export PDF report"), ".pdf", tr("PDF files (*.pdf)"))
        if path is None:
            return False
        from ..reports.pdf import ReportError, write_pdf_report
        from .board import board_images

        self.statusBar().showMessage(tr("Writing the report\u2026"))
        self.statusBar().repaint()  # shown now, before the event loop is busy drawing
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            images = board_images(self.controller.session)
            write_pdf_report(self.controller.session, path, images)
        except (ReportError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self._error(tr("Could not write the report"), str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(tr("Report written to {0}").format(path), 6000)
        return True

    def export_json(self, path: Path | None = None) -> bool:
        if self.controller is None:
            return False
        path = path or self._export_target(tr("Export JSON"), ".json", tr("JSON files (*.json)"))
        if path is None:
            return False
        from ..storage import SessionFileError
        from ..storage.interchange import write_session_json

        try:
            write_session_json(self.controller.session, Path(path))
        except SessionFileError as exc:
            self._error(tr("Could not export JSON"), str(exc))
            return False
        self.statusBar().showMessage(tr("Exported to {0}").format(path), 6000)
        return True

    # -- more exports: File > Export submenu --------------------------------------------------------
    def _install_export_actions(self) -> None:
        """File > Export: every format in one submenu, where the PDF and JSON
        items used to be (their actions and shortcuts are unchanged)."""
        file_menu = next(
            a.menu() for a in self.menuBar().actions() if a.menu() and self.export_pdf_action in a.menu().actions()
        )
        menu = QMenu(tr("E&xport"), self)
        menu.setObjectName("exportMenu")
        file_menu.insertMenu(self.export_pdf_action, menu)
        file_menu.removeAction(self.export_pdf_action)
        file_menu.removeAction(self.export_json_action)
        self.export_pdf_action.setText(tr("&PDF report\u2026"))
        self.export_json_action.setText(tr("&JSON (complete, re-importable)\u2026"))
        menu.addAction(self.export_pdf_action)
        self.export_csv_action = self._action(tr("&CSV spreadsheets (placements, actions)\u2026"),
                                              lambda: self.export_csv(), None, menu)
        self.export_markdown_action = self._action(tr("&Markdown\u2026"), lambda: self.export_markdown(), None, menu)
        self.export_calendar_action = self._action(tr("&Action calendar (.ics)\u2026"),
                                                   lambda: self.export_calendar(), None, menu)
        self.export_board_action = self._action(tr("&Board image (PNG)\u2026"), lambda: self.export_board_image(),
                                                None, menu)
        menu.addSeparator()
        menu.addAction(self.export_json_action)
        self.export_menu = menu
        self.export_actions = [self.export_csv_action, self.export_markdown_action, self.export_calendar_action,
                               self.export_board_action]

    def _write_export(self, what: str, write) -> bool:
        """Run ``write()``; a destination problem becomes an error dialog."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write()
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            self._error(tr("Could not export {0}").format(what), str(exc))
            return False
        QApplication.restoreOverrideCursor()
        return True

    def export_csv(self, path: Path | None = None) -> bool:
        """The placements to ``path`` and the action plan beside it
        (``name-actions.csv``)."""
        if self.controller is None:
            return False
        path = path or self._export_target(tr("Export CSV (placements; the actions go beside it)"), ".csv",
                                           tr("CSV files (*.csv)"))
        if path is None:
            return False
        from ..reports.csv_export import actions_path_for, write_csv_pair

        session = self.controller.session
        if not self._write_export(tr("CSV"), lambda: write_csv_pair(session, Path(path))):
            return False
        self.statusBar().showMessage(
            tr("Exported placements to {0} and actions to {1}").format(path, actions_path_for(Path(path)).name), 6000
        )
        return True

    def export_markdown(self, path: Path | None = None) -> bool:
        if self.controller is None:
            return False
        path = path or self._export_target(tr("Export Markdown"), ".md", tr("Markdown files (*.md)"))
        if path is None:
            return False
        from ..reports.markdown import write_markdown

        session = self.controller.session
        if not self._write_export(tr("Markdown"), lambda: write_markdown(session, Path(path))):
            return False
        self.statusBar().showMessage(tr("Exported to {0}").format(path), 6000)
        return True

    def export_calendar(self, path: Path | None = None) -> bool:
        if self.controller is None:
            return False
        from ..reports.ics import calendar_events, write_ics

        session = self.controller.session
        dated, undated = calendar_events(session)
        if not dated:
            self._error(tr("Nothing to put in a calendar"),
                        tr("No action has a due date (YYYY-MM-DD) yet; add due dates in the plan first."))
            return False
        path = path or self._export_target(tr("Export action calendar"), ".ics", tr("Calendar files (*.ics)"))
        if path is None:
            return False
        if not self._write_export(tr("the calendar"), lambda: write_ics(session, Path(path))):
            return False
        message = tr("Exported %n action(s) with a due date to {0}", len(dated)).format(path)
        if undated:
            message += tr("; {0} without a due date left out").format(len(undated))
        self.statusBar().showMessage(message, 8000)
        return True

    def _current_round_id(self) -> str:
        session = self.controller.session if self.controller else None
        if not session or not session.rounds:
            return ""
        if 0 <= session.current_step < len(session.steps):
            rid = session.steps[session.current_step].round_id
            if rid and any(r.id == rid for r in session.rounds):
                return rid
        return session.rounds[0].id

    def export_board_image(self, path: Path | None = None, round_id: str | None = None) -> bool:
        """A PNG of the board for one round: ``round_id``, or the one chosen
        in a list (default: the current step's round)."""
        if self.controller is None:
            return False
        session = self.controller.session
        if not session.rounds:
            return False
        if round_id is None:
            round_id = self._current_round_id()
            if path is None and len(session.rounds) > 1:
                names = [r.name for r in session.rounds]
                current = [r.id for r in session.rounds].index(round_id)
                name, ok = QInputDialog.getItem(self, tr("Export board image"), tr("Round to draw:"), names,
                                                current, False)
                if not ok:
                    return False
                round_id = session.rounds[names.index(name)].id
        path = path or self._export_target(tr("Export board image"), ".png", tr("PNG images (*.png)"))
        if path is None:
            return False
        from ..reports.png import write_board_png
        from .board import render_board_image

        if not self._write_export(tr("the board image"),
                                  lambda: write_board_png(session, Path(path), round_id,
                                                          board_image=render_board_image)):
            return False
        self.statusBar().showMessage(tr("Board image written to {0}").format(path), 6000)
        return True

    # -- editing and steps -------------------------------------------------------------------------
    def undo(self) -> None:
        if self.controller is not None:
            self.controller.cancel_preview()
            self.controller.undo_stack.undo()

    def redo(self) -> None:
        if self.controller is not None:
            self.controller.undo_stack.redo()

    def next_step(self) -> None:
        if self.workshop is not None:
            self.workshop.go_next()

    def previous_step(self) -> None:
        if self.workshop is not None:
            self.workshop.go_back()

    def _go(self, entry: int) -> None:
        if self.workshop is not None:
            self.workshop.show_entry(entry)

    def generate_plan(self) -> None:
        if self.controller is None:
            return
        self.controller.generate_plan()
        plan_entry = next(
            (i + 1 for i, s in enumerate(self.controller.session.steps) if s.kind.value == "plan"), None
        )
        if plan_entry is not None:
            self._go(plan_entry)

    # -- help ----------------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        rows = [
            ("\u2192, Page Down, Ctrl+Right", tr("Next step")),
            ("\u2190, Page Up, Ctrl+Left", tr("Previous step")),
            ("Space", tr("Start or pause the step timer")),
            ("F5", tr("Present: the audience display (full-screen)")),
            ("F9", tr("Show or hide the facilitator console panel")),
            ("B", tr("Blackout: blank the display, and back")),
            ("Esc", tr("Leave presentation mode")),
            ("Ctrl+0 \u2026 Ctrl+9", tr("Set-up, or go to a step")),
            ("Tab / Shift+Tab", tr("Move between tokens on the board")),
            ("\u2190 \u2192 (Shift: 10)", tr("Move the focused token (when a token has focus)")),
            ("Home / End", tr("Move the focused token to a pole")),
            ("Enter / Escape", tr("Keep the token's move / put it back")),
            ("Ctrl+plus / Ctrl+minus", tr("Zoom the board")),
            ("Delete", tr("Take the focused token off the line")),
            ("Ctrl+Z / Ctrl+Shift+Z", tr("Undo / redo")),
            ("Ctrl+G", tr("Generate the action plan")),
            ("Ctrl+Return / Delete", tr("Accept / drop the selected action (plan)")),
            ("Alt+\u2191 / Alt+\u2193", tr("Move the selected action or agenda step up / down")),
            ("Ctrl+Shift+A", tr("Edit the agenda")),
            ("Ctrl+N / Ctrl+Shift+N", tr("New session / new session from a template")),
            ("Ctrl+O / Ctrl+S", tr("Open / save")),
            ("Ctrl+E", tr("Export the PDF report")),
            ("Ctrl+Alt+1 / 2 / 3", tr("Light / dark / high-contrast theme")),
        ]
        table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        QMessageBox.information(self, tr("Keyboard shortcuts"), f"<table cellpadding='4'>{table}</table>")

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("About CollabWorkshop"),
            tr("<h3>CollabWorkshop {0}</h3><p>A facilitated workshop on moving a partnership "
               "from cooperation to collaboration. Works offline; your sessions stay on this computer.</p>").format(
                __version__
            ),
        )

    # -- follow-up (start one, and the trend since its baseline) --------------------------------------
    def _install_followup_actions(self) -> None:
        menus = [a.menu() for a in self.menuBar().actions() if a.menu() is not None]
        file_menu = next(m for m in menus if self.close_action in m.actions())
        workshop_menu = next(m for m in menus if self.generate_action in m.actions())
        self.followup_action = QAction(tr("Start &follow-up\u2026"), self)
        self.followup_action.setToolTip(tr("A new session with these teams and agenda, today's results as the "
                                           "baseline and the accepted actions to review"))
        self.followup_action.triggered.connect(self.start_followup)
        file_menu.insertAction(self.close_action, self.followup_action)
        file_menu.insertSeparator(self.close_action)
        self.trend_action = self._action(tr("&Trend since baseline\u2026"), self.show_trend, None, workshop_menu)

        def update() -> None:
            has = self.controller is not None
            self.followup_action.setEnabled(has)
            self.trend_action.setEnabled(has and any(r.baseline for r in self.controller.session.rounds))

        file_menu.aboutToShow.connect(update)
        workshop_menu.aboutToShow.connect(update)

    def start_followup(self) -> bool:
        """Start a follow-up of the open, saved session; shows its review step."""
        if self.controller is None:
            return False
        if self.controller.is_untitled:
            QMessageBox.information(self, tr("Save the session first"),
                                    tr("A follow-up starts from a saved session. Save this one, then start "
                                       "the follow-up."))
            return False
        from ..controller import SessionController
        from ..planning.followup import start_followup
        from ..storage import SessionFileError, SessionStore

        session = start_followup(self.controller.session)
        if not self.close_session():
            return False
        try:
            controller = SessionController(session, SessionStore.create(session, prefs.working_dir()), None, self)
        except (OSError, SessionFileError) as exc:
            self._error(tr("Could not start the follow-up"), str(exc))
            return False
        review = next((i + 1 for i, st in enumerate(session.steps) if st.kind.value == "review"), 1)
        self._show_session(controller, entry=review)
        controller.undo_stack.resetClean()  # not in a file yet: closing asks to save it
        self._update_state()
        self.statusBar().showMessage(tr("Follow-up started: save it to keep it"), 8000)
        return True

    def show_trend(self) -> None:
        if self.controller is None:
            return
        from .trend_view import TrendDialog

        dialog = TrendDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.trend_dialog = dialog
        dialog.open()

    def _error(self, title: str, message: str) -> None:
        from .plaintext import safe

        self.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self, title, safe(message))  # file names and titles are text, not markup

    def _menu(self, title: str):
        """The menu bar's menu called ``title``; a new one goes before Help."""
        bar = self.menuBar()
        for action in bar.actions():
            if action.text() == title and action.menu() is not None:
                return action.menu()
        help_action = next((a for a in bar.actions() if a.text() == tr("&Help")), None)
        menu = QMenu(title, self)
        if help_action is not None:
            bar.insertMenu(help_action, menu)
        else:
            bar.addMenu(menu)
        return menu

    # -- agenda and templates (ui/agenda_editor.py) ---------------------------------------------
    def _install_agenda_actions(self) -> None:
        file_menu = self._menu(tr("&File"))
        self.new_from_template_action = QAction(tr("New session from &template\u2026"), self)
        self.new_from_template_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_from_template_action.triggered.connect(lambda: self.new_session_from_template())
        file_menu.insertAction(self.open_action, self.new_from_template_action)
        self.addAction(self.new_from_template_action)
        workshop_menu = self._menu(tr("&Workshop"))
        workshop_menu.addSeparator()
        self.edit_agenda_action = self._action(tr("Edit &agenda\u2026"), self.edit_agenda, "Ctrl+Shift+A",
                                               workshop_menu)

    def edit_agenda(self):
        """Open the agenda editor (modal); returns it after it closes."""
        if self.controller is None:
            return None
        from .agenda_editor import AgendaEditor

        editor = AgendaEditor(self.controller, self)
        editor.exec()
        editor.deleteLater()
        return editor

    def new_session_from_template(self, path: Path | None = None) -> bool:
        """Start a session from a template: ``path``, or one the user picks
        from the built-in and their saved templates. A broken template gets a
        message naming the problem, and nothing else changes."""
        from .agenda_editor import choose_template, open_template

        template = open_template(self, path) if path is not None else choose_template(self)
        if template is None or not self.close_session():
            return False
        from ..controller import SessionController
        from ..storage import SessionFileError

        try:
            controller = SessionController.new(prefs.working_dir(), template, parent=self)
        except (OSError, SessionFileError) as exc:
            self._error(tr("Could not start a new session"), str(exc))
            return False
        self._show_session(controller, entry=0)
        return True

    # -- themes (ui/themes.py) ------------------------------------------------------------------
    def _install_theme_actions(self) -> None:
        from PySide6.QtGui import QActionGroup

        from . import themes

        view_menu = self._menu(tr("&View"))
        theme_menu = view_menu.addMenu(tr("&Theme"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.theme_actions = {}
        current = themes.current_theme(QApplication.instance())
        for i, name in enumerate(themes.theme_names(), start=1):
            action = QAction(themes.theme_title(name), self, checkable=True)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{i}"))
            action.setChecked(name == current)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            group.addAction(action)
            theme_menu.addAction(action)
            self.addAction(action)
            self.theme_actions[name] = action
        self._install_language_actions(view_menu)

    # -- language (translations.py) -----------------------------------------------------------
    def _install_language_actions(self, view_menu) -> None:
        """View > Language: System, English, Deutsch. The choice is saved and
        takes effect at the next start (every text is made when its widget is)."""
        from PySide6.QtGui import QActionGroup

        from .. import translations

        menu = view_menu.addMenu(tr("&Language"))
        menu.menuAction().setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions = {}
        chosen = translations.preference()
        choices = [(translations.SYSTEM, tr("System language"))] + list(translations.LANGUAGES.items())
        for code, title in choices:
            action = QAction(title, self, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, code: str) -> None:
        from .. import translations

        translations.set_preference(code)
        self.language_actions[code].setChecked(True)
        self.statusBar().showMessage(tr("The language changes when CollabWorkshop starts next."), 8000)

    def set_theme(self, name: str) -> None:
        """Restyle the running app (this window included) and keep the choice."""
        from .themes import apply_theme

        name = apply_theme(QApplication.instance(), name)
        prefs.set_theme(name)
        self.theme_actions[name].setChecked(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_session():
            event.ignore()
            return
        s = prefs.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.sync()
        # The key guard watches the whole application; a closed window's
        # guard must not stay in every key event's path.
        QApplication.instance().removeEventFilter(self._key_guard)
        event.accept()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        QApplication.instance().installEventFilter(self._key_guard)  # again after a close
        super().showEvent(event)


    # -- facilitator console and audience display (see ui/console.py, ui/display.py) --------------
    def _install_presentation_actions(self) -> None:
        from PySide6.QtWidgets import QDockWidget, QMenu

        from .presenter import KeyGuard

        self.timer_clock = None  # tests and screenshots set a ManualClock before opening a session
        self.timers = self.display = self.presenter = self.console_panel = None
        help_menu = next(a for a in self.menuBar().actions() if self.shortcuts_action in a.menu().actions())
        menu = QMenu(tr("&Present"), self)
        self.menuBar().insertMenu(help_menu, menu)
        self.present_action = self._action(tr("&Present"), self.present, "F5", menu)
        self.show_display_action = self._action(tr("Show or hide the audience &display"), self.toggle_display,
                                                None, menu)
        self.swap_screens_action = self._action(tr("S&wap screens"), self.swap_screens, None, menu)
        self.blackout_action = self._action(tr("&Blackout"), self.toggle_blackout, "B", menu)
        menu.addSeparator()
        self.timer_action = self._action(tr("&Start or pause the timer"), self.toggle_timer, "Space", menu)
        self.add_minute_action = self._action(tr("&Add a minute"), lambda: self.timers and self.timers.add_minute(),
                                              None, menu)
        self.reset_timer_action = self._action(tr("&Reset the timer"), lambda: self.timers and self.timers.reset(),
                                               None, menu)
        # Esc belongs to the audience display only (added to it in _start_console).
        self.leave_action = QAction(tr("Leave presentation"), self)
        self.leave_action.setShortcut(QKeySequence("Esc"))
        self.leave_action.triggered.connect(self.leave_presentation)
        self.presentation_actions = [self.present_action, self.show_display_action, self.swap_screens_action,
                                     self.blackout_action, self.timer_action, self.add_minute_action,
                                     self.reset_timer_action, self.leave_action]
        # Presenter clickers send Page Down/Up; plain arrows work too, except
        # where the focused widget needs them (a board token, a text field).
        self.next_action.setShortcuts([*self.next_action.shortcuts(), QKeySequence("Right")])
        self.back_action.setShortcuts([*self.back_action.shortcuts(), QKeySequence("Left")])
        self._key_guard = KeyGuard(self)
        QApplication.instance().installEventFilter(self._key_guard)
        self.console_dock = QDockWidget(tr("Facilitator console"), self)
        self.console_dock.setObjectName("consoleDock")
        self.console_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.console_dock)
        menu.addSeparator()
        toggle = self.console_dock.toggleViewAction()
        toggle.setText(tr("Facilitator &console panel"))
        toggle.setShortcut(QKeySequence("F9"))
        menu.addAction(toggle)
        self.addAction(toggle)
        self.presentation_actions.append(toggle)
        state = prefs.settings().value("window/state")
        self._console_sized = state is not None and self.restoreState(state)
        self.console_dock.hide()  # shown with a session

    def _start_console(self, controller: SessionController) -> None:
        from PySide6.QtWidgets import QScrollArea

        from .console import ConsolePanel
        from .display import AudienceDisplay
        from .presenter import Presenter
        from .timer import TimerController

        self.timers = TimerController(controller, self.timer_clock, parent=controller)
        self.display = AudienceDisplay(controller, self.timers, parent=self)
        self.display.addActions([self.next_action, self.back_action, self.timer_action, self.blackout_action,
                                 self.leave_action, self.present_action, self.undo_action, self.redo_action,
                                 self.shortcuts_action])
        self.presenter = Presenter(self, self.display, parent=controller)
        self.console_panel = ConsolePanel(controller, self.timers, self.presenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.console_panel)
        self.console_dock.setWidget(scroll)
        self.console_dock.show()
        if not self._console_sized:  # first run: leave the board most of the width
            self._console_sized = True
            self.resizeDocks([self.console_dock], [380], Qt.Orientation.Horizontal)

    def _stop_console(self) -> None:
        if self.timers is not None:
            self.timers.shutdown()
        if self.display is not None:
            self.display.hide()
            self.display.deleteLater()
        if self.console_panel is not None:
            self.console_dock.widget().deleteLater()  # the scroll area holding the panel
        self.console_dock.hide()
        self.timers = self.display = self.presenter = self.console_panel = None

    def present(self) -> None:
        if self.presenter is not None:
            self.presenter.present()

    def toggle_display(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_display()

    def swap_screens(self) -> None:
        if self.presenter is not None:
            self.presenter.swap_screens()

    def toggle_blackout(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_blackout()

    def leave_presentation(self) -> None:
        if self.presenter is not None:
            self.presenter.leave_presentation()

    def toggle_timer(self) -> None:
        if self.timers is not None:
            self.timers.toggle()


def _safe_file_name(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return " ".join(keep.split())[:80] or "session"
