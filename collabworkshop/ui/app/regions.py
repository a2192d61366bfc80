"""F6 and Shift+F6: the window's regions in turn, as browsers and office
suites do, so that the board is one or two keys away rather than a long
walk of Tabs.

The regions, in order: the step list, the step's main part (the board on a
place or discuss step, else the page itself), the statistics beside the
board (when shown) and the facilitator console (when shown). Focus lands
on a sensible item: the board's focused token (or its first), the first
control of a page, panel or console.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def regions(window) -> list[QWidget]:
    """The regions shown now, in F6 order."""
    workshop = window.workshop
    if workshop is None:
        return []
    out: list[QWidget] = [workshop.step_list]
    page = workshop.current_page()
    board = getattr(page, "board", None)
    if board is not None:
        out.append(board)
        if page.stats_shown:
            out.append(page.stats_stack)
    elif page is not None:
        out.append(page)
    dock = window.console_dock
    if dock.isVisible() and window.console_panel is not None:
        out.append(dock)
    return [w for w in out if w.isVisible()]


def _takes_focus(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def first_focusable(region: QWidget) -> QWidget | None:
    """The first widget inside ``region`` that Tab would reach."""
    if _takes_focus(region):
        return region
    widget = region.nextInFocusChain()
    while widget is not None and widget is not region:
        if region.isAncestorOf(widget) and _takes_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def current_region(window, shown: list[QWidget]) -> int:
    focus = QApplication.focusWidget()
    for i, region in enumerate(shown):
        if focus is region or (focus is not None and region.isAncestorOf(focus)):
            return i
    return -1


def cycle(window, step: int) -> QWidget | None:
    """Move the focus ``step`` regions on (1: F6, -1: Shift+F6); returns the
    widget that has it."""
    shown = regions(window)
    if not shown:
        return None
    here = current_region(window, shown)
    start = here if here >= 0 else (-1 if step > 0 else 0)
    for k in range(1, len(shown) + 1):
        region = shown[(start + step * k) % len(shown)]
        target = first_focusable(region)
        if target is not None:
            # The board puts its focus on its focused (or first) token itself.
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return target
    return None
