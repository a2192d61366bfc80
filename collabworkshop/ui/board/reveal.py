"""The reveal at the end of blind placement: every token flies from the tray
to its place (about 600 ms, eased) while the row markers fade in.

The scene starts one (:meth:`SpectrumScene.reveal`) and can end it at once
(:meth:`SpectrumScene.finish_reveal`); it lives beside the scene, not the
view, because a scene without a view (a picture) reveals too.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QVariantAnimation
from PySide6.QtWidgets import QGraphicsItem

REVEAL_MS = 600


class RevealAnimation(QVariantAnimation):
    """Moves each token from its start to its end and fades the markers
    from transparent to opaque; :meth:`jump_to_end` shows the end state."""

    def __init__(self, moving: list[tuple[QGraphicsItem, QPointF, QPointF]], markers: list[QGraphicsItem],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.moving = moving
        self.markers = markers
        for token, start, _ in moving:
            token.setPos(start)
        for marker in markers:
            marker.setOpacity(0.0)
        self.setStartValue(0.0)
        self.setEndValue(1.0)
        self.setDuration(REVEAL_MS)
        self.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.valueChanged.connect(self._step)

    def _step(self, t) -> None:
        t = float(t)
        for token, a, b in self.moving:
            token.setPos(a + (b - a) * t)
        for marker in self.markers:
            marker.setOpacity(t)

    def jump_to_end(self) -> None:
        for token, _, end in self.moving:
            token.setPos(end)
        for marker in self.markers:
            marker.setOpacity(1.0)
        self.moving = []
        self.markers = []
