"""The join screen on the audience display, with the real participation server
on 127.0.0.1: the QR code read back from the display's pixels is the join
URL's, the address and the code are in type a room can read, J and the
console's button show it, and the corner reminder stays on the steps while
joining is open and goes when it stops."""

from __future__ import annotations

import numpy as np
import pytest
import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from collabworkshop.ui.common.themes import colours, contrast_ratio, text_minimum, theme_names
from collabworkshop.ui.presentation.join_screen import QUIET_ZONE, group_code


def _open_joining(window, sample_copy, entry: int):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(entry)
    p = window.start_participation("127.0.0.1", 0)
    assert p is not None and p.running
    display = window.display
    display.resize(1920, 1080)
    display.show()
    return p, display


def _settle(qtbot) -> None:
    qtbot.wait(20)


def _dark(image: QImage) -> np.ndarray:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = gray.width(), gray.height()
    pixels = np.frombuffer(gray.constBits(), dtype=np.uint8).reshape(h, gray.bytesPerLine())[:, :w]
    return pixels < 128


def read_qr_modules(image: QImage) -> tuple[list[list[int]], int, QRect]:
    """The module matrix of the one QR code in ``image``, read from its
    pixels: the dark area's bounds, the module size from the top-left finder
    pattern (seven modules wide), then the colour of each module. Also
    checks that every module is one flat colour (a sharp code)."""
    dark = _dark(image)
    ys, xs = np.nonzero(dark.any(axis=1))[0], np.nonzero(dark.any(axis=0))[0]
    assert ys.size and xs.size, "no dark pixels: no QR code shown"
    top, bottom, left, right = int(ys[0]), int(ys[-1]), int(xs[0]), int(xs[-1])
    side = right - left + 1
    assert bottom - top + 1 == side, "the code is not square"
    run = int(np.argmin(dark[top, left:]))  # the finder pattern's top edge
    assert run % 7 == 0, f"finder pattern {run} px wide: not a whole number of pixels per module"
    module = run // 7
    assert side % module == 0, "the code's side is not a whole number of modules"
    n = side // module
    cells = dark[top:top + side, left:left + side].reshape(n, module, n, module)
    flat = cells.all(axis=(1, 3)) | ~cells.any(axis=(1, 3))
    assert flat.all(), "a module is not one flat colour"
    return cells[:, 0, :, 0].astype(int).tolist(), module, QRect(left, top, side, side)


def assert_is_qr_of(image: QImage, text: str) -> None:
    matrix, module, rect = read_qr_modules(image)
    # Re-encode the text: segno raises the error level when it is free, so
    # any level that gives this symbol is the same text.
    wanted = [[[int(b) for b in row] for row in segno.make(text, error=level, micro=False).matrix]
              for level in "LMQH"]
    assert matrix in wanted, "the QR code shown is not the join URL's"
    # The quiet zone: four light modules on every side, inside the picture.
    margin = QUIET_ZONE * module
    assert rect.left() >= margin and rect.top() >= margin
    assert rect.right() + margin < image.width() and rect.bottom() + margin < image.height()
    dark = _dark(image)
    zone = dark[rect.top() - margin:rect.bottom() + margin + 1, rect.left() - margin:rect.right() + margin + 1].copy()
    zone[margin:-margin, margin:-margin] = False
    assert not zone.any(), "a dark pixel in the quiet zone"


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_the_join_screen_shows_a_qr_code_of_the_join_url(window, sample_copy, qtbot, size):
    p, display = _open_joining(window, sample_copy, 3)
    display.resize(*size)
    display.join.set_shown(True)
    _settle(qtbot)
    assert display.pages.currentWidget() is display.join.page
    assert "/j/" in p.join_url
    # What the display's QR widget paints, in device pixels: the code's
    # light square (quiet zone included) on the theme's dark page.
    qr = display.join.page.qr
    image = qr.grab(qr.symbol_rect()).toImage()
    assert_is_qr_of(image, p.join_url)
    _matrix, module, rect = read_qr_modules(image)
    # Big enough to scan from the back of the room: well over a third of the height.
    assert rect.height() / image.devicePixelRatio() > size[1] * 0.4
    assert module >= 8
    p.stop()


def test_the_address_and_the_code_are_large_and_whole_at_1080p(window, sample_copy, qtbot):
    p, display = _open_joining(window, sample_copy, 1)
    display.join.set_shown(True)
    _settle(qtbot)
    page = display.join.page
    ratio = display.devicePixelRatioF()
    shown_address = p.address.removeprefix("http://")
    assert page.address_label.text() == shown_address
    assert page.code_label.text() == group_code(p.join_code)
    assert page.code_label.text().replace(" ", "") == p.join_code.upper()
    assert " " in page.code_label.text()  # grouped for reading aloud
    for label in (page.address_label, page.code_label):
        assert label.isVisible()
        assert QFontInfo(label.font()).pixelSize() * ratio >= 40, label.objectName()
        # Not cut off: the label is as wide as its text.
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    assert QFontInfo(page.code_label.font()).pixelSize() > QFontInfo(page.address_label.font()).pixelSize()
    assert page.count_label.text() == "No one has joined yet"
    p.stop()


def test_j_and_the_console_button_show_and_hide_the_join_screen(window, sample_copy, qtbot):
    p, display = _open_joining(window, sample_copy, 3)
    panel = window.console_panel.participants
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_J)
    assert display.join.shown
    assert display.pages.currentWidget() is display.join.page
    assert panel.join_screen_button.text().startswith("Hide")
    # Blackout and back: the join screen returns, not the step.
    QTest.keyClick(window, Qt.Key.Key_B)
    assert display.blacked_out
    QTest.keyClick(window, Qt.Key.Key_B)
    assert display.pages.currentWidget() is display.join.page
    qtbot.mouseClick(panel.join_screen_button, Qt.MouseButton.LeftButton)
    assert not display.join.shown
    assert display.pages.currentWidget() is display.content
    # In a text field J is a letter, not the join screen.
    field = window.console_panel.notes.findChild(QLineEdit)
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_J)
    assert field.text() == "j" and not display.join.shown
    p.stop()


def test_the_corner_reminder_stays_on_a_place_step_while_joining_is_open(window, sample_copy, qtbot):
    p, display = _open_joining(window, sample_copy, 3)  # Place: needed
    _settle(qtbot)
    reminder = display.join.reminder
    assert reminder.isVisible()
    assert p.address.removeprefix("http://") in reminder.text()
    assert group_code(p.join_code) in reminder.text()
    assert reminder.textFormat() == Qt.TextFormat.PlainText
    # Out of the board's way: the two do not overlap on the display.
    board = QRect(display.board.mapTo(display, display.board.rect().topLeft()), display.board.size())
    corner = QRect(reminder.mapTo(display, reminder.rect().topLeft()), reminder.size())
    assert display.board.isVisible() and not board.intersects(corner)
    assert corner.right() > display.width() * 0.7 and corner.bottom() > display.height() * 0.85
    assert QFontInfo(reminder.font()).pixelSize() >= 20
    # On the next step too.
    window.next_action.trigger()
    assert reminder.isVisible()
    # Locked: the code no longer works, so the reminder goes.
    p.set_locked(True)
    assert not reminder.isVisible()
    page = display.join.page  # and the join screen shows no code that would not work
    assert page.qr.isHidden() and page.code_label.isHidden()
    assert page.locked_label.text() == "Joining is closed for now."
    p.set_locked(False)
    assert reminder.isVisible()
    p.stop()
    assert not reminder.isVisible()
    display.join.set_shown(True)  # J does nothing while joining is off
    assert display.pages.currentWidget() is display.content


def _colour_at(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name().upper()


@pytest.mark.parametrize("theme", theme_names())
def test_the_join_screen_follows_the_display_theme(window, sample_copy, qtbot, theme):
    """On the black projector display the join page is not a white flash:
    its background and text are the display's theme's, with the contrast that
    theme requires (AAA in the projector theme); only the QR code keeps its
    light square, quiet zone included, so a phone can read it."""
    p, display = _open_joining(window, sample_copy, 3)
    display.set_theme(theme)
    display.join.set_shown(True)
    _settle(qtbot)
    c = colours(theme)
    page = display.join.page
    shot = page.grab().toImage()
    ratio = shot.devicePixelRatio()
    # The page's corner: the theme's window colour (black in the projector theme).
    assert _colour_at(shot, 2, 2) == c["window"].upper()
    # Every label is in the theme's text colour, legible at the theme's bar.
    need = text_minimum(theme)
    for label in (page.title, page.scan_label, page.address_label, page.code_hint, page.code_label,
                  page.count_label):
        assert label.isVisible()
        fg = label.palette().color(label.foregroundRole()).name().upper()
        assert fg == c["text"].upper(), (label.objectName(), fg)
        bg = _colour_at(shot, int(label.x() * ratio) + 1, int(label.y() * ratio) + 1)
        assert bg == c["window"].upper(), label.objectName()
        assert contrast_ratio(fg, bg) >= need, (label.objectName(), fg, bg)
    # The QR code: dark modules in a light square with its four-module quiet
    # zone, on the page's own colour around it.
    qr = page.qr
    assert_is_qr_of(qr.grab(qr.symbol_rect()).toImage(), p.join_url)
    whole = qr.grab().toImage()
    rect = qr.symbol_rect()
    if rect.left() > 2:
        assert _colour_at(whole, 0, whole.height() // 2) == c["window"].upper()
    else:
        assert _colour_at(whole, whole.width() // 2, 0) == c["window"].upper()
    assert _colour_at(whole, int((rect.left() + 1) * ratio), int((rect.top() + 1) * ratio)) == "#FFFFFF"
    # The corner reminder on the steps: the same colours, in its own box.
    display.join.set_shown(False)
    _settle(qtbot)
    reminder = display.join.reminder
    assert reminder.isVisible()
    fg = reminder.palette().color(reminder.foregroundRole()).name().upper()
    corner = reminder.grab().toImage()
    inside = _colour_at(corner, 4 * int(ratio), corner.height() // 2)
    assert fg == c["text"].upper() and inside == c["window"].upper()
    assert contrast_ratio(fg, inside) >= need
    p.stop()


def test_the_join_screen_is_black_on_a_new_display(window, sample_copy, qtbot):
    """The room sees the projector theme unless the facilitator picks
    another: the join page is black from the first time it is shown."""
    p, display = _open_joining(window, sample_copy, 1)
    assert display.theme == "projector"
    display.join.set_shown(True)
    _settle(qtbot)
    shot = display.join.page.grab().toImage()
    assert _colour_at(shot, 2, 2) == "#000000"
    assert display.join.page.title.palette().color(display.join.page.title.foregroundRole()).name() == "#ffffff"
    p.stop()
