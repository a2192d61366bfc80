"""The board as a widget: a QGraphicsView of the scene, scaled to the window
times a zoom the user sets with Ctrl+plus and Ctrl+minus, so tokens and text
grow with a projector-sized window.

Fit policy (``fit``): the whole board in view when that still draws it at
``READABLE_SCALE`` or more; otherwise the board fills the view's width and
scrolls vertically, so a short laptop screen never shrinks the tokens to
what its height allows (the board is taller than wide with five rows).

Ways to move a token, each one undo step: the mouse (press, drag, release;
token.py), touch (every finger drags its own token, several at once; each
finger's release commits that token; here) and the keyboard (Tab and
Shift+Tab walk the tokens row by row, here; the keys themselves are the
token's). The view also announces the focused token to assistive
technology; access.py gives the view its per-token accessible children.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsView, QStyle

from ...common.i18n import context
from .find import FindBox
from .geometry import CONSOLE, BoardProfile
from .scene import SpectrumScene
from .style import board_help, board_palette
from .token import TeamToken

tr = context("SpectrumBoard")

ZOOM_MIN, ZOOM_MAX = 0.5, 3.0
#: The smallest scale at which the whole-board fit is kept: a full-size token
#: (44 scene units) is 36 px across, the console's target at 1920x1080. Below
#: it the board fits the width and scrolls vertically instead.
READABLE_SCALE = 36.0 / 44.0


class SpectrumBoard(QGraphicsView):
    """The view: scales the scene to the widget (times the zoom), keeps
    aspect ratio; mouse, touch (several fingers) and keyboard."""

    zoom_changed = Signal(float)

    def __init__(self, parent=None, profile: BoardProfile = CONSOLE):
        super().__init__(parent)
        self.board_scene = SpectrumScene(self, profile)
        self.setScene(self.board_scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Shown when the board fits the width and is taller than the view (fit).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAccessibleName(tr("Spectrum board"))
        self.setAccessibleDescription(board_help())
        self._zoom = 1.0
        #: The board draws in the application's theme; the audience display
        #: sets its own palette instead (follows_theme False).
        self.follows_theme = True
        self._follow_theme()
        self._touches: dict[int, TeamToken] = {}  # touch point id -> the token its finger holds
        # The focused token is announced through the view as well (access.py
        # gives the view its per-token accessible children; the package's
        # __init__ installs it, so this module need not import it).
        self.board_scene.token_selected.connect(self._announce)
        self.board_scene.row_refreshed.connect(self._row_refreshed)
        self.find_box = FindBox(self)

    def _follow_theme(self) -> None:
        from PySide6.QtWidgets import QApplication

        from ..common.themes import current_theme

        app = QApplication.instance()
        if app is not None:
            self.board_scene.set_colours(board_palette(current_theme(app)))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "follows_theme", False):
            self._follow_theme()  # the application's theme changed

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        # The rows' layers paint only the places of marks that moved unless
        # told otherwise: a scroll exposes the picture anew.
        self.board_scene.repaint_layers()
        super().scrollContentsBy(dx, dy)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
        self.find_box.place()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # The board fits whatever it gets and scrolls its rows: it asks for
        # no height of its own, so a page around it never grows taller than
        # the window (the scene's full size would push the Back/Next bar off).
        return QSize(480, 320)

    # zoom --------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = round(max(ZOOM_MIN, min(ZOOM_MAX, zoom)), 2)
        if zoom != self._zoom:
            self._zoom = zoom
            policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if zoom > 1.0 else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            self.setHorizontalScrollBarPolicy(policy)
            self.fit()
            focused = self.board_scene.focusItem()
            if focused is not None:
                self.ensureVisible(focused)
            self.zoom_changed.emit(zoom)

    # Tab and Shift+Tab walk the tokens (row by row) before leaving the board.
    def focusNextPrevChild(self, next: bool) -> bool:
        # Row by row, on each row in value order (only the found ones while
        # the find box has text).
        tokens = self.board_scene.focus_order() if self.board_scene.editable else []
        current = self.board_scene.focusItem()
        if current in tokens:
            index = tokens.index(current) + (1 if next else -1)
            if 0 <= index < len(tokens):
                self._focus_token(tokens[index])
                return True
            self.board_scene.clearFocus()
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        tokens = self.board_scene.focus_order() if self.board_scene.editable else []
        if tokens and self.board_scene.focusItem() is None:
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            self._focus_token(tokens[-1] if backwards else tokens[0])

    def focusOutEvent(self, event) -> None:
        # The scene keeps its focus item while the view loses focus: commit a
        # pending keyboard move now, as the token itself would.
        focused = self.board_scene.focusItem()
        if isinstance(focused, TeamToken):
            focused.commit_pending()
        super().focusOutEvent(event)

    # touch: every finger drags its own token ----------------------------------------------------------
    def viewportEvent(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            self._touch(event)
            return True
        return super().viewportEvent(event)

    def _touch(self, event) -> None:
        scene = self.board_scene
        if event.type() == QEvent.Type.TouchCancel:
            for token in self._touches.values():
                token.end_drag()
            self._touches.clear()
            event.accept()
            return
        for point in event.points():
            state = point.state()
            pid = point.id()
            scene_pos = self.mapToScene(point.position().toPoint())
            if state == point.State.Pressed:
                if not scene.editable:
                    continue
                token = scene.token_at(scene_pos)
                if token is None or token.held:
                    continue
                self._touches[pid] = token
                token.begin_drag(scene_pos.x())
            elif state == point.State.Released:
                token = self._touches.pop(pid, None)
                if token is not None:
                    token.drag_to(scene_pos.x())
                    token.end_drag()
            elif pid in self._touches and state == point.State.Updated:
                self._touches[pid].drag_to(scene_pos.x())
        event.accept()

    def _row_refreshed(self, dimension_id: str) -> None:
        focused = self.board_scene.focusItem()
        if isinstance(focused, TeamToken) and focused.dimension_id == dimension_id:
            self._announce(dimension_id, focused.placer_id)

    def _announce(self, dimension_id: str, team_id: str) -> None:
        try:
            token = self.board_scene.token(dimension_id, team_id)
        except KeyError:
            return
        text = token.description()
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )
        if QAccessible.isActive() and token.hasFocus():
            # Tell assistive technology which child (token) has the focus.
            event = QAccessibleEvent(self, QAccessible.Event.Focus)
            event.setChild(self.board_scene.tokens().index(token))
            QAccessible.updateAccessibility(event)

    def _focus_token(self, token: TeamToken) -> None:
        token = self.board_scene.live_token(token)  # a crowded row's mark becomes a real token
        token.setFocus(Qt.FocusReason.TabFocusReason)
        self.ensureVisible(token)

    def focus_token(self, token: TeamToken) -> None:
        """Give a token the keyboard focus (the find box's Enter)."""
        self._focus_token(token)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Find) or (
                event.key() == Qt.Key.Key_Slash and not event.modifiers()):
            self.find_box.open()
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.set_zoom(self._zoom * 1.25)
                event.accept()
                return
            if event.key() == Qt.Key.Key_Minus:
                self.set_zoom(self._zoom / 1.25)
                event.accept()
                return
        super().keyPressEvent(event)

    def fit(self) -> None:
        rect = self.board_scene.sceneRect()
        if rect.isEmpty():
            return
        # The whole board when that is readable, else the full width (and a
        # vertical scroll), times the zoom.
        # Measured from the widget, not the viewport: the viewport narrows when
        # the vertical bar shows, and the fit must not depend on its own result.
        frame = 2 * self.frameWidth()
        width, height = self.width() - frame, self.height() - frame
        if self._zoom > 1.0:
            height -= self.horizontalScrollBar().sizeHint().height()
        width_fit, height_fit = width / rect.width(), height / rect.height()
        if not self.board_scene.profile.scrolls or height_fit >= min(width_fit, READABLE_SCALE):
            scale = min(width_fit, height_fit)  # the whole board, large enough
        else:
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
            scale = (width - bar) / rect.width()  # the full width; rows scroll
        scale = max(0.2, scale)
        self.resetTransform()
        self.scale(scale * self._zoom, scale * self._zoom)
        self.board_scene.repaint_layers()  # drawn at the new scale, whole

    def scale_factor(self) -> float:
        """Device pixels per scene unit (the view's transform, zoom included)."""
        return self.transform().m11()

    def token_view_pos(self, dimension_id: str, team_id: str):
        """Viewport position of a token's centre (for tests and tools)."""
        token = self.board_scene.token(dimension_id, team_id)
        return self.mapFromScene(token.scenePos())

    def value_view_pos(self, dimension_id: str, value: float):
        return self.mapFromScene(QPointF(self.board_scene.geo.value_to_x(value), self.board_scene.row_y(dimension_id)))

