"""Accessible names the widgets cannot give themselves.

Qt's scroll bars have no name, so a screen reader lists "scroll bar" with
nothing to say what it scrolls: every scroll bar is named, when it is first
polished, after the scroll area it belongs to ("Step page, vertical scroll
bar"). One application-wide rule rather than a line per scroll area, in
effect from the moment assistive technology first asks about the app.
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
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Polish and isinstance(obj, QScrollBar) and not obj.accessibleName():
            obj.setAccessibleName(scroll_bar_name(obj))
        return False


_namer: _ScrollBarNamer | None = None
_installed = False


def name_scroll_bars(app: QApplication) -> None:
    """Name every scroll bar there is, and from now on each new one when it
    is first polished (a filter on the application)."""
    global _namer
    if _namer is not None:
        return
    _namer = _ScrollBarNamer(app)
    app.installEventFilter(_namer)
    for widget in app.allWidgets():
        if isinstance(widget, QScrollBar) and not widget.accessibleName():
            widget.setAccessibleName(scroll_bar_name(widget))


def _reader_arrived(key: str, obj: QObject) -> None:
    """An accessibility interface factory (QAccessible.installFactory), asked
    for every object assistive technology reaches whose class Qt's own
    factories do not know, the window first among them: the sign that a
    screen reader is listening, so the scroll bars get their names. Returns
    None: Qt's own interfaces serve every widget."""
    if _namer is None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            name_scroll_bars(app)
    return None


def install_scroll_bar_names(app: QApplication | None = None) -> None:
    """Once per application (the main window calls it). The names' filter
    goes on the application only once a screen reader (or another assistive
    tool) asks about the app, or where accessibility is already on: a
    Python filter on the application sees every event of every object, and
    the first object of a Qt class without a binding makes PySide build
    every class of its modules with their enums, a third of the start-up
    beyond a bare window (docs/development.md)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_reader_arrived)
        _installed = True
    if QAccessible.isActive():
        name_scroll_bars(app or QApplication.instance())
