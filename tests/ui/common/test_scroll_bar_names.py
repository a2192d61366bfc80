"""Scroll bars are named after what they scroll, as a screen reader meets
them: with accessibility active, reading the window's accessible tree from
the top (as a reader walks it) finds every scroll bar named, and so for a
scroll area made afterwards. The names' filter goes on the application when
assistive technology first asks about the app, not at start-up."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


@pytest.fixture
def reader(qapp):
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(was)


def _scroll_bars(iface, out: list) -> list:
    if iface is None or not iface.isValid():
        return out
    if iface.role() == QAccessible.Role.ScrollBar:
        out.append(iface.text(QAccessible.Text.Name))
    for i in range(iface.childCount()):
        _scroll_bars(iface.child(i), out)
    return out


def test_the_main_window_has_no_unnamed_scroll_bar(reader, window, sample_copy):
    assert window.open_file(sample_copy)
    names = _scroll_bars(QAccessible.queryAccessibleInterface(window), [])
    assert names and all(names), names


def test_a_scroll_area_made_after_the_reader_came_is_named(reader, window, qtbot):
    _scroll_bars(QAccessible.queryAccessibleInterface(window), [])  # the reader reads the window
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    area = QScrollArea()
    area.setAccessibleName("Step page")
    area.setWidget(QLabel("\n".join(f"line {i} " * 20 for i in range(80))))
    layout.addWidget(area)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    names = _scroll_bars(QAccessible.queryAccessibleInterface(holder), [])
    assert sorted(n.split(", ")[-1].lower() for n in names) == ["horizontal scroll bar", "vertical scroll bar"]
