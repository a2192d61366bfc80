"""The board and the charts follow the application's theme (they were light
cards in every theme); the audience display keeps its projector look."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from uihelpers import place_page

from collabworkshop.ui.board.style import board_palette
from collabworkshop.ui.common import themes


@pytest.fixture
def restore_theme():
    yield
    themes.apply_theme(QApplication.instance(), "light")


def _pixel(widget, x_share: float = 0.02, y_share: float = 0.98) -> str:
    image = widget.grab().toImage()
    return image.pixelColor(int(image.width() * x_share), int(image.height() * y_share)).name().upper()


def test_the_board_and_charts_take_the_theme_and_the_display_keeps_the_projector(window, sample_copy,
                                                                                  restore_theme):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(3)
    page = place_page(window)
    board = page.board
    assert board.board_scene.colours == board_palette("light")
    window.resize(1600, 1000)
    QApplication.processEvents()
    themes.apply_theme(QApplication.instance(), "dark")
    QApplication.processEvents()
    assert board.board_scene.colours == board_palette("dark")
    assert board.board_scene.backgroundBrush().color().name().upper() == board_palette("dark").background
    spread = page.stats.spread
    assert spread.backgroundBrush().color().name().upper() == themes.chart_colours("dark")["background"]
    # What the room sees does not change with the facilitator's theme.
    assert window.display.board.board_scene.colours == board_palette("projector")
    themes.apply_theme(QApplication.instance(), "projector")
    QApplication.processEvents()
    assert board.board_scene.colours == board_palette("projector")
    assert spread.backgroundBrush().color().name().upper() == "#000000"
