"""Accessibility for the spectrum board: one accessible child per token.

Graphics items have no accessibility interface of their own, so the board
view gets a custom one through :func:`QAccessible.installFactory`: the view
(role Client) has one child per token (role Slider) whose name is who and
which dimension ("Harbour Works, Relationship") and whose value is where
("62 of 100, relational side"). The focused child follows the scene's focus
item, so a screen reader announces the token Tab lands on.

PySide6 lets Python subclass QAccessibleWidget and QAccessibleInterface and
calls the overrides from C++ (checked with PySide6 6.11.3). The child
interfaces are held by the view's interface (Python keeps them alive); Qt
does not delete interfaces it did not create through the factory, and the
view's own interface is dropped by Qt when the view is destroyed.

This module depends on the view (the factory recognises boards), never the
other way round; the board package's ``__init__`` calls
:func:`install_board_accessibility` once, when it is first imported.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from .token import TeamToken
from .view import SpectrumBoard

_installed = False


class TokenAccessible(QAccessibleInterface):
    """A token as a slider: name, value, bounds, focus."""

    def __init__(self, parent: BoardAccessible, token: TeamToken):
        super().__init__()
        self._parent = parent
        self._token = weakref.ref(token)

    def token(self):
        return self._token()

    def isValid(self) -> bool:
        token = self._token()
        try:
            return token is not None and token.scene() is not None
        except RuntimeError:  # the C++ item is gone
            return False

    def object(self):
        return None

    def window(self):
        return self._parent.window()

    def parent(self):
        return self._parent

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def childAt(self, x: int, y: int):
        return None

    def role(self):
        return QAccessible.Role.Slider

    def text(self, kind):
        if not self.isValid():
            return ""
        token = self._token()
        if kind == QAccessible.Text.Name:
            return token.accessible_name()
        if kind == QAccessible.Text.Value:
            return token.accessible_value()
        if kind == QAccessible.Text.Description:
            return token.description()
        return ""

    def setText(self, kind, text: str) -> None:
        pass

    def rect(self) -> QRect:
        if not self.isValid():
            return QRect()
        token = self._token()
        view = self._parent.view()
        if view is None:
            return QRect()
        poly = view.mapFromScene(token.sceneBoundingRect())
        local = poly.boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def state(self):
        state = QAccessible.State()
        if not self.isValid():
            state.invalid = True
            return state
        token = self._token()
        state.focusable = True
        state.focused = token.hasFocus()
        return state


class BoardAccessible(QAccessibleWidget):
    """The board view, with its tokens as children."""

    def __init__(self, view: SpectrumBoard):
        super().__init__(view, QAccessible.Role.Client, view.accessibleName())
        self._view = weakref.ref(view)
        self._children: dict[int, TokenAccessible] = {}

    def view(self):
        return self._view()

    def _tokens(self) -> list:
        view = self._view()
        try:
            return view.board_scene.tokens() if view is not None else []
        except RuntimeError:
            return []

    def _child_for(self, token) -> TokenAccessible:
        key = id(token)
        child = self._children.get(key)
        if child is None or child.token() is not token:
            child = TokenAccessible(self, token)
            self._children[key] = child
        return child

    def childCount(self) -> int:
        return len(self._tokens())

    def child(self, index: int):
        tokens = self._tokens()
        if 0 <= index < len(tokens):
            return self._child_for(tokens[index])
        return None

    def indexOfChild(self, child) -> int:
        if isinstance(child, TokenAccessible):
            try:
                return self._tokens().index(child.token())
            except ValueError:
                return -1
        return -1

    def focusChild(self):
        view = self._view()
        if view is None:
            return None
        focused = view.board_scene.focusItem()
        if focused in self._tokens():
            return self._child_for(focused)
        return None


def _factory(key: str, obj):
    if isinstance(obj, SpectrumBoard):
        return BoardAccessible(obj)
    return None


def install_board_accessibility() -> None:
    """Register the factory once per process."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
