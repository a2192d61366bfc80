"""Render the app icon's SVG source to the PNG sizes the app loads.

PNGs load without Qt's SVG plugin, which keeps start-up short. Run after
changing resources/icons/collabworkshop.svg, and commit the PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for painting)
    renderer = QSvgRenderer(str(ICONS / "collabworkshop.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"collabworkshop-{size}.png"
        image.save(str(out))
        print(f"wrote {out.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
