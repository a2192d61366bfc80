"""The window's presentation part: the facilitator console dock, the key
guard, and per session the timers, the audience display and the presenter
(ui/presentation/console.py, ui/presentation/display.py, ui/presentation/presenter.py, ui/presentation/timer.py).

They stay the window's attributes (``window.timers``, ``window.display``,
``window.presenter``, ``window.console_panel``, ``window.console_dock``),
None while no session is open; the Present menu's actions call them
(ui/app/menus.py).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QPushButton, QWidget

from ...common.i18n import context
from ..common import settings as prefs

# The context these texts had before the window was split, so their translations stay.
tr = context("MainWindow")


def install(window) -> None:
    """Before the menus are built (the Present menu toggles the dock)."""
    window.timer_clock = None  # tests and screenshots set a ManualClock before opening a session
    window.timers = window.display = window.presenter = window.console_panel = None
    # The key guard watches the window's parts (guard_keys), and only while
    # a session is open (start/stop): the plain keys it arbitrates (arrows,
    # Space, B, J) are all session commands. A Python filter sees every event
    # of what it watches, and building the guard's QEvent enums before the
    # first window shows costs start-up time (docs/development.md).
    window.key_guard = None  # made with the first session (ui/presentation/presenter.py)
    window.console_fit = None  # likewise (_ConsoleFit)
    dock = QDockWidget(tr("Facilitator console"), window)
    dock.setObjectName("consoleDock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    # Placed by restore() where the saved window state has it, else on the
    # right when the first session opens (start): addDockWidget takes a
    # Qt.DockWidgetArea, and the first window builds no Qt namespace enums.
    window.console_dock = dock
    # Where the console gave way (a narrow window), a strip says so and
    # brings it back: the status bar's "Console (F9)".
    strip = QPushButton(tr("Console (F9)"))
    strip.setObjectName("consoleStrip")
    strip.setToolTip(tr("Show the facilitator console (F9); on a narrow window it gives the board the room."))
    strip.setFlat(True)
    strip.clicked.connect(lambda: show_console(window))
    strip.hide()
    bar = window.statusBar()
    bar.addPermanentWidget(strip)
    # The status bar takes a line of the screen only while it has something
    # to say (a message, or the strip): a 768 px screen gives it to the board.
    bar.messageChanged.connect(lambda _text: sync_strip(window))
    window.console_strip = strip
    window.console_auto_hidden = False
    dock.visibilityChanged.connect(lambda _v: sync_strip(window))


#: The window width (px) below which the console gives way to the board: a
#: 380 px console and the step list would leave the board less than the
#: 665 px at which a full-size token is 24 px across (docs/console.md).
CONSOLE_MIN_WINDOW = 1300


def show_console(window) -> None:
    window.console_auto_hidden = False
    window.console_dock.show()
    window.console_dock.raise_()


def sync_strip(window) -> None:
    """Show the status bar while it has something to say. Called on every
    status message: the widgets are shown or hidden only when that changes."""
    if not shiboken6.isValid(window):
        return  # the window is being deleted: its dock hides as it goes
    strip = window.console_panel is not None and not window.console_dock.isVisible()
    if window.console_strip.isHidden() == strip:
        window.console_strip.setVisible(strip)
    bar = window.statusBar()
    # Other permanent notes (the upgrade notice) keep it shown too.
    others = [w for w in bar.children() if isinstance(w, QWidget)
              and w is not window.console_strip and not w.isHidden() and w.objectName()]
    shown = strip or bool(bar.currentMessage()) or bool(others)
    if bar.isHidden() == shown:
        bar.setVisible(shown)


class _ConsoleFit(QObject):
    """Watches the window's resizes while a session is open: fit_console
    on a resize across CONSOLE_MIN_WINDOW."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if watched is self.window and event.type() == QEvent.Type.Resize:
            old, new = event.oldSize().width(), event.size().width()
            fit_console(self.window, (old < CONSOLE_MIN_WINDOW) != (new < CONSOLE_MIN_WINDOW))
        return False


def fit_console(window, changed: bool) -> None:
    """On a resize across CONSOLE_MIN_WINDOW: the console gives way below it
    and comes back above it if it was the width that hid it."""
    if window.console_panel is None or not changed:
        return
    if window.width() < CONSOLE_MIN_WINDOW:
        if window.console_dock.isVisible():
            window.console_dock.hide()
            window.console_auto_hidden = True
    elif window.console_auto_hidden:
        show_console(window)


def restore(window) -> None:
    """After the menus: the dock's saved size and place; hidden until a session."""
    state = prefs.settings().value("window/state")
    window.console_sized = state is not None and window.restoreState(state)
    window.console_dock.hide()


def guard_keys(window, on: bool) -> None:
    """Put the key guard on (or take it off) the parts of the windows whose
    shortcuts it guards: the main window's central widget and status bar,
    the console dock (a floating dock is a window of its own) and the
    audience display. Not the application: a Python filter there would see
    every event of every widget."""
    parts = [window.centralWidget(), window.statusBar(), window.console_dock]
    if window.display is not None:
        parts.append(window.display)
    if on:
        if window.key_guard is None:
            from ..presentation.presenter import KeyGuard

            window.key_guard = KeyGuard(window)
        for part in parts:
            window.key_guard.guard(part)
    elif window.key_guard is not None:
        for part in parts:
            if shiboken6.isValid(part):
                part.removeEventFilter(window.key_guard)


def start(window, controller, display_actions) -> None:
    """A session opened: its timers, display and console panel."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    from ..presentation.console import ConsolePanel
    from ..presentation.display import AudienceDisplay
    from ..presentation.presenter import Presenter
    from ..presentation.timer import TimerController

    guard_keys(window, True)
    if window.console_fit is None:
        window.console_fit = _ConsoleFit(window)
    window.installEventFilter(window.console_fit)
    window.timers = TimerController(controller, window.timer_clock, parent=controller)
    window.display = AudienceDisplay(controller, window.timers, parent=window)
    window.display.addActions(display_actions)
    window.key_guard.guard(window.display)
    window.presenter = Presenter(window, window.display, parent=controller)
    window.console_panel = ConsolePanel(controller, window.timers, window.presenter)
    scroll = QScrollArea()
    scroll.setAccessibleName(tr("Facilitator console"))
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(window.console_panel)
    window.console_dock.setWidget(scroll)
    if window.dockWidgetArea(window.console_dock) == Qt.DockWidgetArea.NoDockWidgetArea:
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.console_dock)  # no saved place
    window.console_dock.show()
    if window.width() < CONSOLE_MIN_WINDOW:
        window.console_dock.hide()
        window.console_auto_hidden = True
    sync_strip(window)
    if not window.console_sized:  # first run: leave the board most of the width
        window.console_sized = True
        window.resizeDocks([window.console_dock], [380], Qt.Orientation.Horizontal)


def stop(window) -> None:
    """The session closed: its presentation goes with it."""
    guard_keys(window, False)
    if window.console_fit is not None:
        window.removeEventFilter(window.console_fit)
    if window.timers is not None:
        window.timers.shutdown()
    if window.display is not None:
        window.display.hide()
        window.display.deleteLater()
    if window.console_panel is not None:
        window.console_dock.widget().deleteLater()  # the scroll area holding the panel
    window.console_dock.hide()
    window.timers = window.display = window.presenter = window.console_panel = None
    window.console_auto_hidden = False
    sync_strip(window)
