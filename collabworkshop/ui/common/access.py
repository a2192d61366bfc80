"""Accessible names the widgets cannot give themselves.

Qt's scroll bars have no name, so a screen reader lists "scroll bar" with
nothing to say what it scrolls: every scroll bar is named, when it is first
polished, after the scroll area it belongs to ("Step page, vertical scroll
bar"). One application-wide rule rather than a line per scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Polish and isinstance(obj, QScrollBar) and not obj.accessibleName():
            obj.setAccessibleName(scroll_bar_name(obj))
        return False


_namer: _ScrollBarNamer | None = None


def install_scroll_bar_names(app: QApplication) -> None:
    """Once per application (the main window calls it)."""
    global _namer
    if _namer is None:
        _namer = _ScrollBarNamer(app)
        app.installEventFilter(_namer)
