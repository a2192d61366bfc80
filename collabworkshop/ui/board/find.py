"""The board's find box: type part of a person's or a team's name and their
tokens stand out (larger, ringed, on top) while the rest fade, so one token
can be found among hundreds on a crowded line.

Ctrl+F or "/" on the board opens it (top right of the board); Enter or Down
moves the keyboard focus to the first token found (then Tab walks the found
tokens only, in value order), Escape clears it and gives the focus back to
the board.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ...common.i18n import context

if TYPE_CHECKING:
    from .view import SpectrumBoard

tr = context("SpectrumBoard")


class FindBox(QLineEdit):
    """A search field over the board that filters its tokens."""

    def __init__(self, board: SpectrumBoard):
        super().__init__(board)
        self.setObjectName("boardFind")
        self.setPlaceholderText(tr("Find a person or team"))
        self.setAccessibleName(tr("Find a person or team on the board"))
        self.setClearButtonEnabled(True)
        self.setToolTip(tr("Ctrl+F or / on the board; Enter goes to the first token found, Escape closes"))
        self.textChanged.connect(self._changed)
        self.found = 0
        self.hide()

    @property
    def board(self) -> SpectrumBoard:
        # The parent, not an attribute: a Python reference back to the view
        # would make a cycle, and the garbage collector would then free the
        # scene's Python side after Qt deleted its items (a crash).
        return self.parentWidget()  # type: ignore[return-value]

    def place(self) -> None:
        """Top right of the board, a fixed size on screen whatever the zoom."""
        width = min(320, max(160, self.board.width() // 3))
        self.resize(width, self.sizeHint().height())
        self.move(self.board.width() - width - 8, 8)

    def open(self) -> None:
        self.place()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def close_box(self) -> None:
        # The board takes the focus first, so hiding the box does not send it elsewhere.
        self.board.setFocus(Qt.FocusReason.OtherFocusReason)
        self.clear()
        self.hide()

    def _changed(self, text: str) -> None:
        self.found = self.board.board_scene.set_filter(text)
        if text.strip():
            self.setAccessibleDescription(tr("{0} found on each row").format(self.found))
        else:
            self.setAccessibleDescription("")

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_box()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            tokens = self.board.board_scene.focus_order() if self.board.board_scene.editable else []
            if tokens:
                self.board.setFocus(Qt.FocusReason.OtherFocusReason)
                self.board.focus_token(tokens[0])
            event.accept()
            return
        super().keyPressEvent(event)
