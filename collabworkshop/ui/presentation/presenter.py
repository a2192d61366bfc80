"""Where the audience display goes: screens, presentation mode, blackout.

With two or more screens the display opens full-screen on the chosen
screen (by default one the console is not on); the choice is remembered by
screen name. With one screen, presentation mode shows the display
full-screen over the console with a small control strip; Esc leaves it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..common import settings as prefs

if TYPE_CHECKING:  # the display (and numpy behind it) loads with the first session, not at start-up
    from .display import AudienceDisplay

SCREEN_KEY = "display/screen"


def saved_screen_name() -> str:
    return str(prefs.settings().value(SCREEN_KEY, "") or "")


def save_screen_name(name: str) -> None:
    s = prefs.settings()
    s.setValue(SCREEN_KEY, name)
    s.sync()


class Presenter(QObject):
    state_changed = Signal()

    def __init__(self, console, display: AudienceDisplay, parent=None):
        super().__init__(parent)
        self.console = console  # the main window
        self.display = display
        self.presenting = False  # one-screen presentation mode
        display.back_requested.connect(self._back)
        display.next_requested.connect(self._next)
        display.blackout_requested.connect(self.toggle_blackout)
        display.exit_requested.connect(self.leave_presentation)
        display.closed.connect(self._display_closed)
        app = QGuiApplication.instance()
        # Bound methods, not lambdas: Qt drops these connections when the
        # presenter goes with its session.
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)

    # -- screens ----------------------------------------------------------------------------
    def screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def console_screen(self) -> QScreen:
        return self.console.screen() or QGuiApplication.primaryScreen()

    def display_screen(self) -> QScreen | None:
        """The screen the display goes to; None with one screen."""
        screens = self.screens()
        if len(screens) < 2:
            return None
        name = saved_screen_name()
        for screen in screens:
            if screen.name() == name:
                return screen
        console = self.console_screen()
        return next((s for s in screens if s is not console), screens[-1])

    @property
    def display_visible(self) -> bool:
        return self.display.isVisible()

    @property
    def blacked_out(self) -> bool:
        return self.display.blacked_out

    # -- showing -------------------------------------------------------------------------------
    def show_display(self) -> None:
        """The display, full-screen on its screen; with one screen, presentation mode."""
        screen = self.display_screen()
        if screen is None:
            self.present()
            return
        self.presenting = False
        self.display.set_strip_visible(False)
        self._place(screen)
        self.console.activateWindow()  # keys stay with the console
        self.state_changed.emit()

    def hide_display(self) -> None:
        self.presenting = False
        self.display.set_strip_visible(False)
        self.display.hide()
        self.console.activateWindow()
        self.state_changed.emit()

    def toggle_display(self) -> None:
        if self.display_visible:
            self.hide_display()
        else:
            self.show_display()

    def present(self) -> None:
        """F5: with a second screen, show the display there; with one,
        presentation mode on this screen."""
        if self.display_screen() is not None:
            self.show_display()
            return
        self.presenting = True
        self.display.set_strip_visible(True)
        self._place(self.console_screen())
        self.display.activateWindow()
        self.display.raise_()
        self.state_changed.emit()

    def leave_presentation(self) -> None:
        if self.presenting:
            self.hide_display()

    def _place(self, screen: QScreen) -> None:
        display = self.display
        if display.isVisible() and display.screen() is not screen:
            display.showNormal()
        display.setScreen(screen)
        display.setGeometry(screen.geometry())
        display.showFullScreen()

    def choose_screen(self, name: str) -> None:
        save_screen_name(name)
        if self.display_visible and not self.presenting:
            self.show_display()
        self.state_changed.emit()

    def swap_screens(self) -> None:
        """The console goes where the display is, and the display where the console was."""
        screens = self.screens()
        if len(screens) < 2:
            return
        console_screen = self.console_screen()
        target = self.display_screen()
        if target is None or target is console_screen:
            target = next(s for s in screens if s is not console_screen)
        was_max = self.console.isMaximized()
        was_full = self.console.isFullScreen()
        if was_max or was_full:
            self.console.showNormal()
        self.console.setScreen(target)
        geometry = self.console.frameGeometry()
        self.console.move(target.availableGeometry().topLeft() + (geometry.topLeft()
                                                                  - console_screen.availableGeometry().topLeft()))
        if was_max:
            self.console.showMaximized()
        save_screen_name(console_screen.name())
        if self.display_visible and not self.presenting:
            self._place(console_screen)
        self.state_changed.emit()

    def toggle_blackout(self) -> None:
        self.display.set_blackout(not self.display.blacked_out)
        self.state_changed.emit()

    # -- the strip and the platform -----------------------------------------------------------
    def _back(self) -> None:
        self.console.previous_step()

    def _next(self) -> None:
        self.console.next_step()

    def _display_closed(self) -> None:
        self.presenting = False
        self.display.set_strip_visible(False)
        self.state_changed.emit()

    def _screen_added(self, _screen: QScreen) -> None:
        self.state_changed.emit()

    def _screen_removed(self, screen: QScreen) -> None:
        # A projector unplugged mid-workshop: with one screen left the display
        # closes (F5 brings it back as presentation mode); with more, it goes
        # to the chosen screen that is still there.
        if self.display_visible and not self.presenting:
            if len(self.screens()) < 2:
                self.hide_display()
            else:
                self.show_display()
        self.state_changed.emit()


class KeyGuard(QObject):
    """Lets a focused widget keep the plain keys it needs.

    ←/→ step through the workshop, Space starts the timer, B blacks out
    and J shows the join screen,
    but a focused board token moves with the arrows, a text field types, a
    button presses with Space, and a table moves between cells (or starts
    editing a cell when you type). Accepting the
    ShortcutOverride sends the key to the widget instead of the shortcut.

    It watches the parts of the windows whose shortcuts it guards
    (:meth:`guard`: the main window's central widget and status bar, its
    console dock, the audience display), not the application: Qt offers a
    ShortcutOverride the focused widget did not take to its parents up to
    its window, so the guard sees that and those parts' own events, never
    the mouse moves, paints and timers of every widget (an
    application-wide Python filter costs a call per event).
    """

    ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right)
    LETTERS = (Qt.Key.Key_B, Qt.Key.Key_J)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        #: How many events reached the guard (the tests count these).
        self.seen = 0

    def guard(self, window: QWidget) -> None:
        """Keep the plain keys for the focused widgets of ``window``."""
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        self.seen += 1
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        if not isinstance(watched, QWidget):
            return False
        # The widget the key is for (its window's focus: the part watched
        # sees the key on its way up to the window).
        focused = watched.window().focusWidget()
        watched = focused if focused is not None else watched
        key = event.key()
        if key in self.ARROWS and _wants_arrows(watched):
            event.accept()
        elif key == Qt.Key.Key_Space and _wants_space(watched):
            event.accept()
        elif key in self.LETTERS and _wants_letters(watched):
            event.accept()
        return False


def _is_step_list(widget: QWidget) -> bool:
    return widget.objectName() == "stepList"


def _is_typing(widget: QWidget) -> bool:
    """A text field that takes input (a read-only text, like the frame page, does not)."""
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, (QAbstractSpinBox, QComboBox))


def _wants_arrows(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractItemView):
        return not _is_step_list(widget)
    return isinstance(widget, (QGraphicsView, QAbstractSlider)) or _is_typing(widget)


def _wants_letters(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractItemView):
        return not _is_step_list(widget)
    return _is_typing(widget)


def _wants_space(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractItemView):
        return not _is_step_list(widget)
    return isinstance(widget, QAbstractButton) or _is_typing(widget)
