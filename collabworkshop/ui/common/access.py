"""Accessible names the widgets cannot give themselves.

Qt's scroll bars have no name, so a screen reader lists "scroll bar" with
nothing to say what it scrolls: every scroll bar is named, when it is first
polished, after the scroll area it belongs to ("Step page, vertical scroll
bar"). One application-wide rule rather than a line per scroll area.

Names are read only by assistive technology, so the rule runs only while
one listens (``QAccessible.isActive()``): then every scroll bar there is
gets its name and an application-wide filter names each new one as it is
polished. Without one, no Python filter sits in the path of every event
(mouse moves, paints, timers: a call each). Whenever a window of the
application gets the focus it looks again, so a screen reader started
later finds the scroll bars named.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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
        app.focusWindowChanged.connect(lambda _window: self.activate())

    def activate(self) -> None:
        if self.active or not QAccessible.isActive():
            return
        self.active = True
        for widget in self.app.allWidgets():
            if isinstance(widget, QScrollBar):
                _name(widget)
        self.app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        self.seen += 1
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, QScrollBar):
            _name(obj)
        return False


def _name(bar: QScrollBar) -> None:
    if not bar.accessibleName():
        bar.setAccessibleName(scroll_bar_name(bar))


_namer: _ScrollBarNamer | None = None


def install_scroll_bar_names(app: QApplication) -> _ScrollBarNamer:
    """Once per application (the main window calls it)."""
    global _namer
    if _namer is None:
        _namer = _ScrollBarNamer(app)
    _namer.activate()
    return _namer
