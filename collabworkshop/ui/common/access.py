"""Accessible names the widgets cannot give themselves.

Qt's scroll bars have no name, so a screen reader lists "scroll bar" with
nothing to say what it scrolls: every scroll bar is named, when it is first
polished, after the scroll area it belongs to ("Step page, vertical scroll
bar"). One application-wide rule rather than a line per scroll area.

Names are read only by assistive technology, so the rule runs only while
one listens: then every scroll bar there is gets its name and an
application-wide filter names each new one as it is polished. Without one,
no Python filter sits in the path of every event (mouse moves, paints,
timers: a call each), and start-up does not pay for one (the first object
of a Qt class without a Python binding that a filter on the application
sees makes PySide build every class of its modules with their enums:
docs/development.md). The rule starts when assistive technology first asks
about the app (an accessibility interface factory is asked), when a window
of ours gets the focus while accessibility is on, or at once if it is on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar

from ...common.i18n import context

tr = context("Access")


def _area_name(bar: QScrollBar) -> str:
    widget = bar.parentWidget()
    while widget is not None:
        if isinstance(widget, QAbstractScrollArea) and widget.accessibleName():
            return widget.accessibleName()
        if widget.accessibleName():
            return widget.accessibleName()
        widget = widget.parentWidget()
    return ""


def scroll_bar_name(bar: QScrollBar) -> str:
    from PySide6.QtCore import Qt  # not at start-up (the Qt namespace's enums)

    area = _area_name(bar)
    if bar.orientation() == Qt.Orientation.Vertical:
        return tr("{0}, vertical scroll bar").format(area) if area else tr("Vertical scroll bar")
    return tr("{0}, horizontal scroll bar").format(area) if area else tr("Horizontal scroll bar")


class _ScrollBarNamer(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        #: Whether the application-wide filter is in (a screen reader listens).
        self.active = False
        #: How many events the filter looked at (the tests count these).
        self.seen = 0
        # A screen reader started meanwhile is noticed when a window of ours
        # gets the focus (a signal: no filter in every event's path).
        app.focusWindowChanged.connect(lambda _window: self.sync())

    def sync(self) -> None:
        """The filter in while a screen reader listens, out once none does."""
        if QAccessible.isActive():
            self.activate()
        elif self.active:
            self.active = False
            self.app.removeEventFilter(self)

    def activate(self) -> None:
        """Name the scroll bars from now on, if a screen reader listens."""
        if self.active or not QAccessible.isActive():
            return
        self.active = True
        for widget in self.app.allWidgets():
            if isinstance(widget, QScrollBar):
                _name(widget)
        self.app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent  # not at start-up (QEvent.Type: 179 members)

        self.seen += 1
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, QScrollBar):
            _name(obj)
        return False


def _name(bar: QScrollBar) -> None:
    if not bar.accessibleName():
        bar.setAccessibleName(scroll_bar_name(bar))


_namer: _ScrollBarNamer | None = None
_factory_installed = False


def _reader_arrived(key: str, obj: QObject) -> None:
    """An accessibility interface factory (QAccessible.installFactory), asked
    for every object assistive technology reaches whose class Qt's own
    factories do not know, the window first among them: the sign that a
    screen reader is listening, so the scroll bars get their names. Returns
    None: Qt's own interfaces serve every widget."""
    if _namer is not None and not _namer.active:
        _namer.activate()
    return None


def install_scroll_bar_names(app: QApplication) -> _ScrollBarNamer:
    """Once per application (the main window calls it)."""
    global _namer, _factory_installed
    if _namer is None:
        _namer = _ScrollBarNamer(app)
    if not _factory_installed:
        QAccessible.installFactory(_reader_arrived)
        _factory_installed = True
    _namer.sync()
    return _namer
