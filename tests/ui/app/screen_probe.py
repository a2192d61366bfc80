"""Run by tests/ui/app/test_screens.py in a child process, on an offscreen
platform whose one screen has the size under test (the test sets
QT_QPA_PLATFORM to ``offscreen:configfile=...``; a QApplication's platform
is fixed once it exists).

Starts the main window as the app does (``show_first``), opens the session
given, and measures from geometry and font metrics, never from pixels: the
window's geometry, the board's token diameter and text sizes in device
pixels on a place step, and every visible text in the window that does not
fit its widget, on every step, with the console shown and hidden. Prints
one JSON object."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def plain(text: str) -> str:
    from PySide6.QtGui import QTextDocument

    if "<" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped_by_scroll_area(widget) -> bool:
    """Inside a scroll area that scrolls vertically (not the step page's,
    which must not need it): the user scrolls to the rest; not cut off."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if (isinstance(parent, QAbstractScrollArea) and parent.objectName() != "pageScroller"
                and parent.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
            return True
        parent = parent.parentWidget()
    return False


def cut_texts(window) -> list[str]:
    """Every visible label, button, header section, table cell and list item
    whose text does not fit the room it has."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QStyle, QTableView, QTreeView

    out: list[str] = []
    wrap = int(Qt.TextFlag.TextWordWrap)
    for w in window.findChildren(QLabel):
        if not w.isVisible() or not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
            continue
        text = plain(w.text()) if w.textFormat() != Qt.TextFormat.PlainText else w.text()
        if w.buddy() is not None:
            text = mnemonic_free(text)
        room = w.contentsRect()
        fm = w.fontMetrics()
        if w.wordWrap():
            need = fm.boundingRect(QRect(0, 0, room.width(), 100000), wrap, text).height()
            if need > room.height() + 2 and not clipped_by_scroll_area(w):
                out.append(f"label {w.objectName() or text[:40]!r}: {need} px tall in {room.height()}")
        else:
            widest = max(fm.horizontalAdvance(line) for line in text.split("\n"))
            if widest > room.width() + 1:
                out.append(f"label {w.objectName() or text[:40]!r}: {widest} px wide in {room.width()}")
    for b in window.findChildren(QAbstractButton):
        if not b.isVisible() or not b.text() or b.metaObject().className() == "QTabBar":
            continue
        needed = b.fontMetrics().horizontalAdvance(mnemonic_free(b.text()))
        if needed > b.contentsRect().width() - 4:
            out.append(f"button {mnemonic_free(b.text())!r}: {needed} px in {b.contentsRect().width()}")
    for tree in window.findChildren(QTreeView):
        header = tree.header()
        if not tree.isVisible() or header.isHidden():
            continue
        for c in range(tree.model().columnCount()):
            text = str(tree.model().headerData(c, Qt.Orientation.Horizontal) or "")
            if text and header.fontMetrics().horizontalAdvance(text) + 8 > header.sectionSize(c):
                out.append(f"header {tree.objectName()}/{text!r}: {header.sectionSize(c)} px")
    for t in window.findChildren(QTableView):
        if not t.isVisible():
            continue
        model = t.model()
        header = t.horizontalHeader()
        fm = t.fontMetrics()
        margin = 2 * t.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, t) + 2
        if not header.isHidden():
            hfm = header.fontMetrics()
            for c in range(model.columnCount()):
                if t.isColumnHidden(c):
                    continue
                text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                if hfm.horizontalAdvance(text) + 8 > header.sectionSize(c):
                    out.append(f"header {t.objectName()}/{text!r}: {header.sectionSize(c)} px")
        for r in range(model.rowCount()):
            if t.isRowHidden(r) or t.rowViewportPosition(r) > t.viewport().height():
                continue
            for c in range(model.columnCount()):
                if t.isColumnHidden(c):
                    continue
                text = model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not text:
                    continue
                width = t.columnWidth(c) - margin
                if model.index(r, c).data(Qt.ItemDataRole.DecorationRole) is not None:
                    width -= 24
                if t.wordWrap():
                    need = fm.boundingRect(QRect(0, 0, max(1, width), 100000), wrap, text).height()
                    if need > t.rowHeight(r):
                        out.append(f"cell {t.objectName()}[{r},{c}] {text[:30]!r}: {need} px tall in "
                                   f"{t.rowHeight(r)}")
                elif fm.horizontalAdvance(text) > width:
                    out.append(f"cell {t.objectName()}[{r},{c}] {text[:30]!r}: {fm.horizontalAdvance(text)} px "
                               f"in {width}")
    for lw in window.findChildren(QListWidget):
        if not lw.isVisible():
            continue
        for i in range(lw.count()):
            item = lw.item(i)
            if lw.fontMetrics().horizontalAdvance(item.text()) > lw.visualItemRect(item).width() - 4:
                out.append(f"list item {lw.objectName()}/{item.text()!r}")
    return out


def sideways(window) -> list[str]:
    """Scroll areas (not tables) of the step's page showing a sideways scroll bar."""
    from PySide6.QtWidgets import QScrollArea

    return [area.objectName() or area.accessibleName() or type(area.__class__).__name__
            for area in window.workshop.findChildren(QScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()]


def board_sizes(page) -> dict:
    """The board in device pixels: the view's scale times the scene's sizes."""
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    board = page.board
    scale = board.scale_factor()
    scene = board.board_scene
    tokens = scene.tokens()
    smallest_text = None
    for item in scene.items():
        if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible() and item.text():
            px = QFontMetricsF(item.font()).height() * scale * item.sceneTransform().m11()
            smallest_text = px if smallest_text is None else min(smallest_text, px)
    initials = [QFontMetricsF(t._font).height() * scale for t in tokens]  # the tokens' own letters
    return {
        "scale": scale,
        "view_width": board.width(),
        "token_diameter": min(2 * t.radius for t in tokens) * scale,
        "initials": min(initials) if initials else None,
        "smallest_scene_text": smallest_text,
    }


def widget_text_sizes(window) -> float:
    """The smallest pixel height of the fonts of the visible widgets with text."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    sizes = [w.fontMetrics().height() for cls in (QLabel, QAbstractButton) for w in window.findChildren(cls)
             if w.isVisible() and w.text()]
    return min(sizes)


def main(sample: str) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from collabworkshop.app import configure
    from collabworkshop.ui.app.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    configure(app)

    def settle():
        for _ in range(10):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            app.processEvents()

    screen = app.primaryScreen().availableGeometry()
    out: dict = {"screen": rect(screen)}
    win = MainWindow()
    win.show_first()
    settle()
    out["window"] = {"frame": rect(win.frameGeometry()), "maximized": win.isMaximized()}
    win.open_file(Path(sample))
    settle()
    entries = win.workshop.step_list.count()
    out["cut"] = {}
    for console in (True, False):
        win.console_dock.setVisible(console)
        for entry in range(entries):
            win.workshop.show_entry(entry)
            settle()
            out["cut"][f"{entry}-{'console' if console else 'no console'}"] = cut_texts(win)
            page = win.workshop.current_page()
            if page.objectName() == "" and hasattr(page, "table") and page.table.objectName() == "planTable":
                table = page.table
                whole = [r for r in range(table.model().rowCount())
                         if 0 <= table.rowViewportPosition(r)
                         and table.rowViewportPosition(r) + table.rowHeight(r) <= table.viewport().height()]
                out.setdefault("plan_rows", {})["console" if console else "no console"] = len(whole)
            out.setdefault("sideways", {})[f"{entry}-{'console' if console else 'no console'}"] = sideways(win)
        win.workshop.show_entry(3)  # Place: needed
        settle()
        page = win.workshop.current_page()
        out["board-" + ("console" if console else "no console")] = {
            **board_sizes(page), "widget_text": widget_text_sizes(win),
            "stats_shown": page.stats_shown}
    win.controller.undo_stack.setClean()
    win.close()
    settle()
    again = MainWindow()
    out["again"] = {"maximized": again.start_maximized}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
