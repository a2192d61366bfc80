"""Render the app icon's SVG source to every file that carries it.

* ``resources/icons/collabworkshop-N.png``: the sizes the app loads at
  start-up (PNGs load without Qt's SVG plugin, which keeps start-up short);
  also the sizes installed into the Linux icon theme.
* ``packaging/icons/collabworkshop.ico``: the Windows icon (PyInstaller's
  executable icon), PNG-compressed entries from 16 to 256 px.
* ``packaging/icons/collabworkshop.icns``: the macOS icon (the .app bundle
  and the session file type), PNG chunks from 16 to 1024 px.

Both containers are written here from the PNG data, so they do not depend
on which Qt image plugins are installed. Run after changing
resources/icons/collabworkshop.svg, and commit what it writes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PACKAGING_ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types holding PNG data, by pixel size; the @2x types repeat a
# size for the Retina variant of a smaller point size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 pt @2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic10", 1024),  # 512 pt @2x
)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file with one PNG-compressed image per size (Windows Vista and
    later read PNG entries; 256 is written as 0 in the one-byte fields)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, data = [], []
    for size in sizes:
        if not 1 <= size <= 256:
            raise ValueError(f"ICO images are 1 to 256 px, not {size}")
        png = pngs[size]
        side = size % 256  # 256 -> 0
        # width, height, palette colours, reserved, colour planes, bits per pixel, data size, data offset
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        data.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(data)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: the 'icns' magic and total length, then one chunk per
    type (four-letter type, length including its 8-byte header, PNG data);
    all numbers big-endian."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for painting)
    renderer = QSvgRenderer(str(ICONS / "collabworkshop.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG could not be read", file=sys.stderr)
        return 1

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image

    def png(size: int) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not render(size).save(buffer, "PNG"):
            raise RuntimeError(f"could not encode the {size} px PNG")
        buffer.close()
        return bytes(data.data())

    def write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")

    pngs = {size: png(size) for size in sorted({*SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})}
    for size in SIZES:
        write(ICONS / f"collabworkshop-{size}.png", pngs[size])
    write(PACKAGING_ICONS / "collabworkshop.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    write(PACKAGING_ICONS / "collabworkshop.icns", icns_bytes(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
