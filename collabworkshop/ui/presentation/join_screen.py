"""The room's way in: the join screen and the corner reminder on the audience display.

While participants may join from their phones (controller/participation.py),
the display can show, on demand (the console's button, or J), a page with a
large QR code of the join URL, the address to type and the join code in very
large type, and how many phones have joined. On every other page of the
display a small reminder of the address and the code stays in a corner, for
late joiners. Everything here is sized from the display's height, so it is the
same picture on a 1080p projector as on a 4K screen, and the QR code is drawn
module by module at a whole number of device pixels, so it stays sharp.

The page and the reminder are in the display's theme (black in the
projector theme): text in the theme's text colour on its window colour, the
contrast the theme requires (AAA in the projector theme). The QR code alone
stays dark on light, inside its light quiet zone, as phone cameras expect.

The QR code is made with segno (its module matrix); Qt draws it. Nothing
shown here comes from a participant, so no participant text is on this page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...common.i18n import context
from ..common.themes import colours

if TYPE_CHECKING:
    from ...controller.participation import Participation
    from .display import AudienceDisplay

tr = context("JoinScreen")

#: A QR reader needs a light margin of four modules around the symbol (ISO/IEC 18004).
QUIET_ZONE = 4
#: The code's modules and its quiet zone: dark on light in every theme (a
#: phone's reader expects it); 16.9:1.
INK = QColor("#1B1F24")
PAPER = QColor("#FFFFFF")
#: How long phone activity is gathered before the count and the list are redrawn.
COALESCE_MS = 100


def join_colours(theme: str) -> dict[str, str]:
    """The join page's colours in ``theme``: its background and its text."""
    c = colours(theme)
    return {"background": c["window"], "text": c["text"]}


def group_code(code: str) -> str:
    """The join code in groups that are easy to read aloud: "K7QXM4" -> "K7Q XM4"."""
    code = code.strip().upper()
    size = 3 if len(code) % 4 else 4
    if len(code) <= 4:
        return code
    return " ".join(code[i:i + size] for i in range(0, len(code), size))


def spoken_code(code: str) -> str:
    """For a screen reader: one character at a time."""
    return " ".join(code.replace(" ", ""))


def short_address(address: str) -> str:
    """The address as people type it (phone browsers add http:// themselves)."""
    for scheme in ("http://", "https://"):
        if address.startswith(scheme):
            return address[len(scheme):]
    return address


class QrCode(QWidget):
    """A QR code drawn from segno's module matrix, with its quiet zone, as
    large as fits and at a whole number of device pixels per module."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("joinQrCode")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._text = ""
        self._modules: QImage | None = None  # one pixel per module, quiet zone included
        self._drawn: tuple[tuple, QImage] | None = None  # the code at the last size painted
        self._surround = PAPER  # the page's background around the light square
        self.setAccessibleName(tr("QR code of the join address"))

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._modules = None
        if text:
            import segno

            # Error level M survives a projector's glare and a phone's distance;
            # segno raises the level for free when the version has room.
            qr = segno.make(text, error="m", micro=False)
            rows = list(qr.matrix_iter(scale=1, border=QUIET_ZONE))
            size = len(rows)
            image = QImage(size, size, QImage.Format.Format_RGB32)
            dark, light = INK.rgb(), PAPER.rgb()
            for y, row in enumerate(rows):
                for x, bit in enumerate(row):
                    image.setPixel(x, y, dark if bit else light)
            self._modules = image
        self.setAccessibleDescription(text)
        self.update()

    def set_surround(self, colour: QColor) -> None:
        """The colour around the code's light square (the page's background)."""
        if colour != self._surround:
            self._surround = QColor(colour)
            self.update()

    def modules(self) -> int:
        """Modules across, the quiet zone included (0 without a code)."""
        return self._modules.width() if self._modules is not None else 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(400, 400)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        n = self.modules() or 41
        return QSize(2 * n, 2 * n)

    def symbol_rect(self) -> QRect:
        """Where the code (quiet zone included) is drawn, in the widget's coordinates."""
        n = self.modules()
        if not n:
            return QRect()
        ratio = self.devicePixelRatioF()
        scale = max(1, int(min(self.width(), self.height()) * ratio) // n)
        side = n * scale / ratio
        x = (self.width() - side) / 2
        y = (self.height() - side) / 2
        return QRect(round(x), round(y), round(side), round(side))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._surround)
        if self._modules is None:
            return
        n = self.modules()
        ratio = self.devicePixelRatioF()
        scale = max(1, int(min(self.width(), self.height()) * ratio) // n)
        # Each module a square of whole device pixels (QImage.scaled's fast
        # path can be a pixel off at large factors): a sharp code on any screen.
        key = (self._text, scale, ratio)
        if self._drawn is None or self._drawn[0] != key:
            image = QImage(n * scale, n * scale, QImage.Format.Format_RGB32)
            image.fill(PAPER)
            modules = QPainter(image)
            for y in range(n):
                for x in range(n):
                    if self._modules.pixel(x, y) == INK.rgb():
                        modules.fillRect(x * scale, y * scale, scale, scale, INK)
            modules.end()
            image.setDevicePixelRatio(ratio)
            self._drawn = (key, image)
        image = self._drawn[1]
        rect = self.symbol_rect()
        painter.drawImage(rect.topLeft(), image)
        painter.end()


class JoinPage(QWidget):
    """The full join screen: QR code, address, code, how many have joined."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("joinPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(tr("Join screen"))
        outer = self._outer = QVBoxLayout(self)
        self.title = QLabel(tr("Join from your phone"))
        self.title.setObjectName("joinTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.title)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        self.qr = QrCode()
        row.addWidget(self.qr, 5)
        column = QVBoxLayout()
        row.addLayout(column, 6)
        column.addStretch(1)

        def label(name: str, text: str = "") -> QLabel:
            widget = QLabel(text)
            widget.setObjectName(name)
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setWordWrap(name not in ("joinAddress", "joinCode"))
            column.addWidget(widget)
            return widget

        self.scan_label = label("joinHint", tr("Scan the code with your phone's camera, or open"))
        self.address_label = label("joinAddress")
        self.code_hint = label("joinHint", tr("and enter the code"))
        self.code_label = label("joinCode")
        column.addSpacing(24)
        self.count_label = label("joinCount")
        self.locked_label = label("joinLocked")
        column.addStretch(1)
        self._address = ""
        self.theme = "light"
        self._resize_type()

    def set_theme(self, theme: str) -> None:
        """The display's theme: the page's background and text, the code's surround."""
        if theme == self.theme:
            return
        self.theme = theme
        self.qr.set_surround(QColor(join_colours(theme)["background"]))
        self._resize_type()

    def show_state(self, url: str, address: str, code: str, joined: int, locked: bool) -> None:
        """Joining is open (``locked``: for the phones already in only)."""
        self.qr.set_text("" if locked else url)
        self.qr.setVisible(not locked)
        restyle = short_address(address) != self._address
        self._address = short_address(address)
        self.address_label.setText(self._address)
        self.address_label.setAccessibleName(tr("Address: {0}").format(self._address))
        self.code_label.setText(group_code(code))
        self.code_label.setAccessibleName(tr("Join code: {0}").format(spoken_code(code)))
        self.count_label.setText(tr("%n phone has joined|%n phones have joined", n=joined) if joined
                                 else tr("No one has joined yet"))
        for widget in (self.scan_label, self.address_label, self.code_hint, self.code_label):
            widget.setVisible(not locked)
        self.locked_label.setVisible(locked)
        self.locked_label.setText(tr("Joining is closed for now."))
        if restyle:  # the address's size depends on its length
            self._resize_type()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._resize_type()

    def _resize_type(self) -> None:
        # Sizes follow the page's height: at 1080 the address is 67 px and the
        # code 135 px, read from the back of a room; a long address shrinks to
        # fit its column, never below 40 px.
        h = max(self.height(), 360)
        title, hint, count = h // 15, h // 30, h // 24
        code = h // 8
        address = h // 16
        column = max(1, self.width() * 6 // 11 - 40)
        from PySide6.QtGui import QFont, QFontMetrics

        probe = QFont(self.address_label.font())
        probe.setBold(True)
        while address > 40:
            probe.setPixelSize(address)
            if QFontMetrics(probe).horizontalAdvance(self._address or "x") <= column:
                break
            address -= 2
        margin = h // 27
        self._outer.setContentsMargins(margin * 2, margin, margin * 2, margin)
        c = join_colours(self.theme)
        self.setStyleSheet(
            f"#joinPage {{ background: {c['background']}; }}"
            f"#joinPage QLabel {{ color: {c['text']}; }}"
            f"QLabel#joinTitle {{ font-size: {title}px; font-weight: bold; }}"
            f"QLabel#joinHint {{ font-size: {hint}px; }}"
            f"QLabel#joinAddress {{ font-size: {address}px; font-weight: bold; }}"
            f"QLabel#joinCode {{ font-size: {code}px; font-weight: bold; letter-spacing: {code // 10}px; }}"
            f"QLabel#joinCount {{ font-size: {count}px; }}"
            f"QLabel#joinLocked {{ font-size: {hint}px; font-weight: bold; }}"
        )


class JoinReminder(QLabel):
    """The corner line "Join: address · code": small, but legible from the room."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("joinReminder")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(tr("How to join"))
        self.theme = "light"
        self._size = 16
        self.hide()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self._restyle()

    def show_state(self, address: str, code: str) -> None:
        self.setText(tr("Join: {0}  \u00b7  code {1}").format(short_address(address), group_code(code)))

    def fit_to(self, height: int) -> None:
        size = max(16, height // 40)  # 27 px at 1080p
        if size != self._size or not self.styleSheet():
            self._size = size
            self._restyle()

    def _restyle(self) -> None:
        # Its own box in the theme's colours, outlined in the text colour so
        # it reads as a separate note on a board of the same background.
        c = join_colours(self.theme)
        size = self._size
        self.setStyleSheet(
            f"QLabel#joinReminder {{ background: {c['background']}; color: {c['text']};"
            f" border: 2px solid {c['text']}; border-radius: 6px;"
            f" font-size: {size}px; font-weight: bold; padding: {size // 4}px {size // 2}px; }}"
        )


class JoinScreen(QObject):
    """Puts the join page and the reminder on one audience display and keeps
    them in step with a Participation while one is attached."""

    #: The join page appeared or went.
    shown_changed = Signal(bool)

    def __init__(self, display: AudienceDisplay):
        super().__init__(display)
        self.display = display
        self.participation: Participation | None = None
        self.page = JoinPage()
        display.pages.addWidget(self.page)
        self.reminder = JoinReminder()
        # In the content page's own layout, bottom right: it takes its own
        # strip of height, so it never covers the board or its figures.
        layout = display.content.layout()
        assert isinstance(layout, QBoxLayout)
        layout.addWidget(self.reminder, 0, Qt.AlignmentFlag.AlignRight)
        self._shown = False
        display.installEventFilter(self)
        # A room of phones placing sends devices_changed many times a second:
        # the count is redrawn once per burst, not once per placement.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(COALESCE_MS)
        self._soon.timeout.connect(self.refresh)
        self._follow_theme()

    def _follow_theme(self) -> None:
        """The display's theme (``AudienceDisplay.set_theme`` restyles the
        display, which this object watches) on the page and the reminder."""
        theme = getattr(self.display, "theme", "light")
        if theme != self.page.theme or theme != self.reminder.theme:
            self.page.set_theme(theme)
            self.reminder.set_theme(theme)

    # -- the participation ------------------------------------------------------------------
    def attach(self, participation: Participation) -> None:
        if self.participation is participation:
            return
        self.detach()
        self.participation = participation
        participation.state_changed.connect(self.refresh)
        participation.devices_changed.connect(self._refresh_soon)
        self.refresh()

    def detach(self) -> None:
        if self.participation is not None:
            try:
                self.participation.state_changed.disconnect(self.refresh)
                self.participation.devices_changed.disconnect(self._refresh_soon)
            except (RuntimeError, TypeError):
                pass  # already gone with its session
        self.participation = None
        self.set_shown(False)
        self.reminder.hide()

    @property
    def open(self) -> bool:
        """Joining is on (a participation is attached and its server runs)."""
        return self.participation is not None and self.participation.running

    # -- showing ------------------------------------------------------------------------------
    @property
    def shown(self) -> bool:
        return self._shown

    def set_shown(self, on: bool) -> None:
        on = bool(on) and self.open
        changed = on != self._shown
        self._shown = on
        if not self.display.blacked_out:
            self.display.pages.setCurrentWidget(self.page if on else self.display.content)
        self.refresh()
        if changed:
            self.shown_changed.emit(on)

    def toggle(self) -> None:
        self.set_shown(not self._shown)

    def lit_page(self) -> QWidget:
        """The page the display shows when it is not blacked out."""
        return self.page if self._shown else self.display.content

    def _refresh_soon(self) -> None:
        if not self._soon.isActive():
            self._soon.start()

    def refresh(self) -> None:
        self._soon.stop()
        p = self.participation
        if p is None or not p.running:
            self.reminder.hide()
            if self._shown:
                self._shown = False
                if not self.display.blacked_out:
                    self.display.pages.setCurrentWidget(self.display.content)
                self.shown_changed.emit(False)
            return
        joined = len(p.devices())
        self.page.show_state(p.join_url, p.address, p.join_code, joined, p.locked)
        self.reminder.show_state(p.address, p.join_code)
        self.reminder.fit_to(self.display.height())
        # Late joiners need the reminder only while the code works.
        self.reminder.setVisible(not p.locked)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.display:
            if event.type() == QEvent.Type.Resize:
                self.reminder.fit_to(self.display.height())
            elif event.type() == QEvent.Type.StyleChange:
                self._follow_theme()
        return False
