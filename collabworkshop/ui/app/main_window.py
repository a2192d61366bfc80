"""The main window: the start page or the open session, and the commands
that change which session is open (new, open, template, sample, follow-up,
recovery, save, close).

Its parts live beside it: the menus and shortcuts are declared in
``ui/app/menus.py``, the exports in ``ui/app/exports.py`` (one handler for every
format), the console dock and the presentation in ``ui/app/presentation_part.py``,
the closing questions in ``ui/app/close_dialog.py``, F1 and About in
``ui/app/help.py``. Every controller is built by ``controller/factory.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QStackedWidget

from ...common.i18n import context
from ..common import settings as prefs
from . import presentation_part as presentation
from .exports import export_items, run_export
from .help import show_about, show_shortcuts
from .menus import build_menus, menu_table
from .participation_part import ParticipationPart
from .start_page import StartPage

if TYPE_CHECKING:
    from ...controller.session_controller import SessionController

# The session machinery (controller, model, storage: sqlite3, zipfile, the
# planner) is imported when a session is first opened, not at start-up: the
# start page needs none of it.

SAMPLE_FILE = ("sample", "eastport-alliance.cwsession")


tr = context("MainWindow")

#: The first window's size where the screen has room for it; a smaller
#: screen (a 1366x768 laptop) gets the window maximised instead.
DEFAULT_SIZE = (1440, 900)


def place_window(window: QMainWindow) -> bool:
    """Put the window where it was (its normal geometry) when that still
    fits one of today's screens; else fit it to the screen it opens on
    (DEFAULT_SIZE, or the screen's available area if smaller, centred, as
    its normal geometry). Returns whether to show it maximised: as it was
    last time, and on a first start (the workshop wants the whole screen:
    the board is the largest thing on it)."""
    saved, maximized = prefs.window_placement()
    if saved is not None and any(s.availableGeometry().contains(saved) for s in QApplication.screens()):
        window.setGeometry(saved)
        return maximized
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        window.resize(*DEFAULT_SIZE)
        return maximized
    area = screen.availableGeometry()
    width, height = min(DEFAULT_SIZE[0], area.width()), min(DEFAULT_SIZE[1], area.height())
    window.setGeometry(QRect(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2,
                             width, height))
    return maximized or saved is None or (width, height) != DEFAULT_SIZE


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.controller: SessionController | None = None
        self.workshop = None
        #: The opening under way (ui/app/opening.py), if any.
        self._opening = None
        from ..common.access import install_scroll_bar_names

        install_scroll_bar_names(QApplication.instance())
        self.setWindowTitle("CollabWorkshop")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self.start_page.new_requested.connect(self.new_session)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.sample_requested.connect(self.open_sample)
        self.start_page.recent_requested.connect(lambda f: self.open_file(Path(f)))
        presentation.install(self)
        self.participation_part = ParticipationPart(self)
        self._exports = {item.format: item for item in export_items()}
        self.menus = build_menus(self, menu_table())
        self.export_actions = [getattr(self, item.action) for item in self._exports.values()]
        self.theme_actions = {name[len("theme_"):-len("_action")]: action
                              for name, (action, _when) in self.menus.actions.items() if name.startswith("theme_")}
        from ..common.themes import current_theme

        current = self.theme_actions.get(current_theme(QApplication.instance()))
        if current is not None:
            current.setChecked(True)
        self.language_actions = {name[len("language_"):-len("_action")]: action
                                 for name, (action, _when) in self.menus.actions.items()
                                 if name.startswith("language_")}
        from ..common import translations

        self.language_actions[translations.preference()].setChecked(True)
        presentation.restore(self)
        presentation.sync_strip(self)
        self._refresh_recent()
        self._update_state()
        self.start_maximized = place_window(self)

    # -- state ------------------------------------------------------------------------------------
    def _update_state(self) -> None:
        self.menus.update(self)
        stack = self.controller.undo_stack if self.controller is not None else None
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

    def start_participation(self, bind: str | None = None, port: int = 0, *, report: bool = True):
        """Let participants join the open session from their phones; the
        Participation, or None (the reason shown, see ParticipationPart)."""
        return self.participation_part.start(bind, port, report=report)

    def show_error(self, title: str, message: str) -> None:
        from ..common.plaintext import safe

        self.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self, title, safe(message))  # file names and titles are text, not markup

    # -- which session is open --------------------------------------------------------------------
    def _start(self, build: Callable[..., SessionController], failure: str) -> SessionController | None:
        """Build a controller with ``build(working_dir, parent=self)`` (a
        controller/factory.py function); a failure is one message."""
        from ...storage import SessionFileError

        try:
            return build(prefs.working_dir(), parent=self)
        except (OSError, SessionFileError) as exc:
            self.show_error(failure, str(exc))
            return None

    def new_session(self) -> bool:
        from ...controller.factory import new_session

        if not self.close_session():
            return False
        controller = self._start(new_session, tr("Could not start a new session"))
        if controller is not None:
            self._show_session(controller, entry=0)
        return controller is not None

    def new_session_from_template(self, path: Path | None = None) -> bool:
        """Start a session from a template: ``path``, or one the user picks
        from the built-in and their saved templates. A broken template gets a
        message naming the problem, and nothing else changes."""
        from ...controller.factory import new_session
        from ..editors.agenda_editor import choose_template, open_template

        template = open_template(self, path) if path is not None else choose_template(self)
        if template is None or not self.close_session():
            return False
        controller = self._start(lambda wd, parent: new_session(wd, template, parent),
                                 tr("Could not start a new session"))
        if controller is not None:
            self._show_session(controller, entry=0)
        return controller is not None

    def open_dialog(self) -> None:
        from ...storage import FILE_SUFFIX

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open session"), folder, tr("CollabWorkshop sessions (*{0});;All files (*)").format(FILE_SUFFIX)
        )
        if name:
            self.open_file(Path(name))

    def open_sample(self) -> None:
        """Open a copy of the sample, so the shipped file is never changed."""
        from ...controller.factory import open_untitled_copy
        from ...model.template import resource_path

        if not self.close_session():
            return
        sample = resource_path(*SAMPLE_FILE)
        controller = self._start(lambda wd, parent: open_untitled_copy(sample, wd, parent),
                                 tr("Could not open the sample session"))
        if controller is not None:
            self._show_session(controller, entry=1)

    def open_file(self, path: Path) -> bool:
        """Open the session file ``path`` (ui/app/opening.py): ask about the
        open session first, read the file on a worker thread second (a
        progress dialog with Cancel when it takes a while), swap last. A
        cancelled or failed opening leaves the open session as it was."""
        from ...common.userfiles import same_target
        from ...storage import SessionFileError
        from .opening import OpeningCancelled, OpenJob

        path = Path(path)
        if self.controller is not None and self.controller.path and same_target(self.controller.path, path):
            return True
        if self._opening is not None:
            return False  # one opening at a time
        keep = self._ask_close()
        if keep is None:
            return False
        self._opening = OpenJob(self, path, prefs.working_dir())
        try:
            opening = self._opening.run()
        except OpeningCancelled:
            self.statusBar().showMessage(tr("Opening {0} cancelled; nothing was opened").format(path.name), 10000)
            return False
        except (OSError, SessionFileError) as exc:
            self.show_error(tr("Could not open the session"), str(exc))
            if not path.exists():
                prefs.remove_recent_file(path)
                self._refresh_recent()
            return False
        finally:
            self._opening = None
        previous = self.controller
        if previous is not None:
            self._drop_session(previous, keep)
        controller = opening.finish(parent=self)
        prefs.add_recent_file(path)
        self._refresh_recent()
        self._show_session(controller, entry=controller.session.current_step + 1)
        if previous is not None and keep:
            self._say_kept(previous)
        return True

    def start_followup(self) -> bool:
        """Start a follow-up of the open, saved session; shows its review step."""
        from ...controller.factory import start_followup

        if self.controller is None:
            return False
        if self.controller.is_untitled:
            QMessageBox.information(self, tr("Save the session first"),
                                    tr("A follow-up starts from a saved session. Save this one, then start "
                                       "the follow-up."))
            return False
        of = self.controller.session
        if not self.close_session():
            return False
        controller = self._start(lambda wd, parent: start_followup(of, wd, parent), tr("Could not start the follow-up"))
        if controller is None:
            return False
        review = next((i + 1 for i, st in enumerate(controller.session.steps) if st.kind.value == "review"), 1)
        self._show_session(controller, entry=review)
        self.statusBar().showMessage(tr("Follow-up started: save it to keep it"), 8000)
        return True

    def offer_recovery(self) -> int:
        """At start-up: offer the sessions a crashed run left behind."""
        working = prefs.working_dir()
        if not working.is_dir() or next(working.glob("working-*.json"), None) is None:
            return 0  # the usual case, without importing the session machinery at start-up
        from .recovery_dialog import offer_recovery

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
            self.show_error(tr("Something went wrong"), tr(
                "Could not update {0}: {1}. Your work is kept; use Save As to save it elsewhere.").format(
                controller.path, controller.save_problem))

    def _show_session(self, controller: SessionController, entry: int) -> None:
        from ..steps.workshop_view import WorkshopView
        from .upgrade_notice import show_upgrade_notice

        self.controller = controller
        controller.undo_stack.indexChanged.connect(self._update_state)
        controller.undo_stack.cleanChanged.connect(self._update_state)
        controller.info_changed.connect(self._update_title)
        controller.path_changed.connect(lambda _p: self._update_title())
        controller.file_state_changed.connect(self._update_title)
        controller.error_occurred.connect(lambda msg: self.show_error(tr("Something went wrong"), msg))
        controller.saved.connect(lambda p: self.statusBar().showMessage(tr("Saved to {0}").format(p), 4000))
        controller.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.workshop = WorkshopView(controller)
        self.workshop.export_pdf_requested.connect(self.export_pdf)
        self.workshop.export_json_requested.connect(self.export_json)
        self.workshop.save_requested.connect(self.save_as)
        self.stack.addWidget(self.workshop)
        self.stack.setCurrentWidget(self.workshop)
        self.workshop.show_entry(entry)
        presentation.start(self, controller, self.menus.display_actions)
        self._update_state()
        show_upgrade_notice(self, controller)

    def close_session(self) -> bool:
        """Close the open session; False if the user chose to keep it open."""
        controller = self.controller
        keep = self._ask_close()
        if keep is None:
            return False
        if controller is not None:
            self._drop_session(controller, keep)
            if keep:
                self._say_kept(controller)
        return True

    def _ask_close(self) -> bool | None:
        """The questions before the open session closes (save it? its file
        could not take the last change: keep it for recovery?), asked and
        acted on (saving) without closing it yet. None: the user keeps it
        open; else whether to keep its working copy for recovery."""
        from .close_dialog import ask_file_behind, ask_save

        controller = self.controller
        if controller is None:
            return False
        if controller.file_behind and not controller.save_again():
            choice = ask_file_behind(self, controller)
            if choice == "cancel" or (choice == "save-as" and not self.save_as()):
                return None
            return choice == "keep"
        if controller.needs_save:
            answer = ask_save(self, controller)
            if answer == "cancel" or (answer == "save" and not self.save()):
                return None
        return False

    def _say_kept(self, controller: SessionController) -> None:
        self.statusBar().showMessage(
            tr("\u201c{0}\u201d is kept: CollabWorkshop offers to recover it when it next starts").format(
                controller.title), 10000)

    def _drop_session(self, controller: SessionController, keep: bool) -> None:
        from .upgrade_notice import remove_upgrade_notice

        presentation.stop(self)
        self.controller = None
        remove_upgrade_notice(self)
        if self.workshop is not None:
            self.stack.removeWidget(self.workshop)
            self.workshop.deleteLater()
            self.workshop = None
        controller.close(keep_for_recovery=keep)
        controller.deleteLater()
        self.stack.setCurrentWidget(self.start_page)
        self._refresh_recent()
        self._update_state()

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
        from ...storage import FILE_SUFFIX
        from .filenames import suggested_path

        suggested = self.controller.path or suggested_path(self.controller, FILE_SUFFIX)
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

    # -- exports (ui/app/exports.py) ------------------------------------------------------------------
    def export(self, fmt: str, path: Path | None = None, round_id: str | None = None, *,
               full_appendix: bool = False) -> bool:
        """Export the session as ``fmt`` (an id of reports/formats.py) to
        ``path``, or to a file the user picks (with progress and Cancel)."""
        return run_export(self, self._exports[fmt], path, round_id, full_appendix=full_appendix)

    def export_pdf(self, path: Path | None = None, *, full_appendix: bool = False) -> bool:
        return self.export("pdf", path, full_appendix=full_appendix)

    def export_json(self, path: Path | None = None) -> bool:
        return self.export("json", path)

    def export_csv(self, path: Path | None = None) -> bool:
        """The placements to ``path`` and the action plan beside it (``name-actions.csv``)."""
        return self.export("csv", path)

    def export_markdown(self, path: Path | None = None, *, full_appendix: bool = False) -> bool:
        return self.export("md", path, full_appendix=full_appendix)

    def export_calendar(self, path: Path | None = None) -> bool:
        return self.export("ics", path)

    def export_board_image(self, path: Path | None = None, round_id: str | None = None) -> bool:
        """A PNG of the board for one round: ``round_id``, or the one chosen
        in a list (default: the current step's round)."""
        return self.export("png", path, round_id)

    # -- editing and steps ------------------------------------------------------------------------
    def undo(self) -> None:
        if self.controller is not None:
            self.controller.cancel_preview()
            self.controller.undo()  # stops at a participant's own edit (SessionController.undo)

    def redo(self) -> None:
        if self.controller is not None:
            self.controller.redo()

    def next_step(self) -> None:
        if self.workshop is not None:
            self.workshop.go_next()

    def previous_step(self) -> None:
        if self.workshop is not None:
            self.workshop.go_back()

    def go_to(self, entry: int) -> None:
        """Show the workshop's ``entry``: 0 is the set-up, 1 the first step."""
        if self.workshop is not None:
            self.workshop.show_entry(entry)

    def next_region(self) -> None:
        """F6: the next region (step list, board, statistics, console)."""
        from .regions import cycle

        cycle(self, 1)

    def previous_region(self) -> None:
        from .regions import cycle

        cycle(self, -1)

    def toggle_statistics(self) -> None:
        """F7: the statistics beside the board, or collapsed to their strip."""
        page = self.workshop.current_page() if self.workshop is not None else None
        if hasattr(page, "toggle_statistics"):
            page.toggle_statistics()

    def generate_plan(self) -> None:
        if self.controller is None:
            return
        self.controller.generate_plan()
        plan_entry = next(
            (i + 1 for i, s in enumerate(self.controller.session.steps) if s.kind.value == "plan"), None
        )
        if plan_entry is not None:
            self.go_to(plan_entry)

    def edit_agenda(self):
        """Open the agenda editor (modal); returns it after it closes."""
        if self.controller is None:
            return None
        from ..editors.agenda_editor import AgendaEditor

        editor = AgendaEditor(self.controller, self)
        editor.exec()
        editor.deleteLater()
        return editor

    def show_trend(self) -> None:
        if self.controller is None:
            return
        from ..stats.trend_view import TrendDialog

        dialog = TrendDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.trend_dialog = dialog
        dialog.open()

    # -- view and help ----------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        from ..common import translations

        translations.set_preference(code)
        self.language_actions[code].setChecked(True)
        self.statusBar().showMessage(tr("The language changes when CollabWorkshop starts next."), 8000)

    def set_theme(self, name: str) -> None:
        """Restyle the running app (this window included) and keep the choice."""
        from ..common.themes import apply_theme

        name = apply_theme(QApplication.instance(), name)
        prefs.set_theme(name)
        self.theme_actions[name].setChecked(True)

    def show_shortcuts(self) -> None:
        show_shortcuts(self)

    def show_about(self) -> None:
        show_about(self)

    # -- the window itself ------------------------------------------------------------------------
    def show_first(self) -> None:
        """Show the window as place_window decided (app start-up)."""
        if self.start_maximized:
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._opening is not None:
            # Closing the window while a file is read cancels the reading;
            # the window stays (with the session it had) until that is done.
            self._opening.cancel()
            event.ignore()
            return
        if not self.close_session():
            event.ignore()
            return
        prefs.set_window_placement(self.normalGeometry(), self.isMaximized())
        s = prefs.settings()
        s.setValue("window/state", self.saveState())
        s.sync()
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        limit = presentation.CONSOLE_MIN_WINDOW
        presentation.fit_console(self, (event.oldSize().width() < limit) != (event.size().width() < limit))
