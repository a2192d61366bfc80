"""The window's presentation part: the facilitator console dock, the key
guard, and per session the timers, the audience display and the presenter
(ui/presentation/console.py, ui/presentation/display.py, ui/presentation/presenter.py, ui/presentation/timer.py).

They stay the window's attributes (``window.timers``, ``window.display``,
``window.presenter``, ``window.console_panel``, ``window.console_dock``),
None while no session is open; the Present menu's actions call them
(ui/app/menus.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QPushButton, QWidget

from ...common.i18n import context
from ..common import settings as prefs
from ..presentation.presenter import KeyGuard

# The context these texts had before the window was split, so their translations stay.
tr = context("MainWindow")


def install(window) -> None:
    """Before the menus are built (the Present menu toggles the dock)."""
    window.timer_clock = None  # tests and screenshots set a ManualClock before opening a session
    window.timers = window.display = window.presenter = window.console_panel = None
    window.key_guard = KeyGuard(window)
    # On the parts holding the focusable widgets, not the window itself
    # (a QMainWindow is sent a HoverMove for every mouse move over it).
    window.key_guard.guard(window.centralWidget())
    window.key_guard.guard(window.statusBar())
    dock = QDockWidget(tr("Facilitator console"), window)
    dock.setObjectName("consoleDock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.key_guard.guard(dock)  # a floating dock is a window of its own
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
    strip = window.console_panel is not None and not window.console_dock.isVisible()
    if window.console_strip.isHidden() == strip:
        window.console_strip.setVisible(strip)
    bar = window.statusBar()
    # Other permanent notes (the upgrade notice) keep it shown too.
    shown = strip or bool(bar.currentMessage()) or any(
        w is not window.console_strip and not w.isHidden() and w.objectName()
        for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly))
    if bar.isHidden() == shown:
        bar.setVisible(shown)


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


def start(window, controller, display_actions) -> None:
    """A session opened: its timers, display and console panel."""
    from PySide6.QtWidgets import QScrollArea

    from ..presentation.console import ConsolePanel
    from ..presentation.display import AudienceDisplay
    from ..presentation.presenter import Presenter
    from ..presentation.timer import TimerController

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
