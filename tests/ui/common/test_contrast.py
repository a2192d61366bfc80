"""Contrast of the colours the board, the charts and the audience display
actually draw with, in every theme: text at least WCAG AA (4.5:1), AAA
(7:1) in the projector theme; token initials on every team colour the app
hands out; marks that carry meaning at least 3:1 (WCAG 1.4.11)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from collabworkshop.model.template import resource_path
from collabworkshop.session.operations.teams import TEAM_PALETTE
from collabworkshop.storage import read_session
from collabworkshop.ui.app.main_window import SAMPLE_FILE
from collabworkshop.ui.board.style import BOARD_PALETTES, board_palette, text_colour_for
from collabworkshop.ui.common import themes
from collabworkshop.ui.common.themes import AA_LARGE, AA_NORMAL, chart_colours, contrast_ratio, text_minimum
from collabworkshop.ui.presentation.display import DISPLAY_THEME

THEMES = themes.theme_names()


def _team_colours() -> set[str]:
    sample = read_session(resource_path(*SAMPLE_FILE))
    return {c.upper() for c in TEAM_PALETTE} | {t.colour.upper() for t in sample.teams}


def test_the_minimum_is_aaa_in_the_projector_theme():
    assert text_minimum("projector") == 7.0
    assert text_minimum("light") == text_minimum("dark") == AA_NORMAL
    assert DISPLAY_THEME == "projector"  # the room sees the high-contrast theme


@pytest.mark.parametrize("theme", THEMES)
def test_board_text_on_every_board_background(theme):
    """Titles, summaries and legend names (ink), pole labels, zone names and
    "not placed" (muted), the compare round's initials (ghost): on the scene
    and on the zone bands and trays they cross."""
    assert theme in BOARD_PALETTES
    p = board_palette(theme)
    need = text_minimum(theme)
    for fg, where in ((p.ink, "ink"), (p.muted, "pole labels, zone names"), (p.ghost, "ghost initials")):
        for bg in (p.background, p.band, p.plate):
            ratio = contrast_ratio(fg, bg)
            assert ratio >= need, f"{theme}: {where} {fg} on {bg} = {ratio:.2f}, needs {need}"
    # The line and the tray's edge are not text, but show where to place.
    assert contrast_ratio(p.line, p.background) >= AA_LARGE
    assert contrast_ratio(p.line, p.band) >= AA_LARGE
    # The tick of "placed, hidden" on its ink badge.
    assert contrast_ratio(p.on_ink, p.ink) >= AA_LARGE


def test_token_initials_on_every_team_colour_reach_aa():
    """Initials are bold and large on the display (>= 22 px bold counts as
    large text, whose AAA bar is 4.5:1); everywhere the better of black and
    white is used, which never falls below 4.58:1. The old rule (black from
    a luminance of 0.28) put white on the sample's green at 3.4:1."""
    for colour in sorted(_team_colours()):
        ink = text_colour_for(QColor(colour)).name().upper()
        ratio = contrast_ratio(ink, colour)
        assert ratio >= AA_NORMAL, f"initials {ink} on {colour} = {ratio:.2f}"


@pytest.mark.parametrize("theme", THEMES)
def test_team_tokens_stand_out_from_the_board(theme):
    """A token is a mark, not text: it needs 3:1 against the board, or its
    ring (drawn in the board's background colour) and initials carry it.
    Colour is never the only cue: the initials name the team."""
    p = board_palette(theme)
    for colour in sorted(_team_colours()):
        best = max(contrast_ratio(colour, p.background), contrast_ratio(colour, p.band))
        initials = text_colour_for(QColor(colour)).name().upper()
        # Either the disc stands out, or its initials do against the board.
        assert best >= AA_LARGE or contrast_ratio(initials, p.background) >= AA_LARGE, (theme, colour)


@pytest.mark.parametrize("theme", THEMES)
def test_chart_text_and_marks(theme):
    c = chart_colours(theme)
    need = text_minimum(theme)
    for key in ("ink", "axis", "gap"):  # tick labels, axis titles, the gap figures beside the arrows
        ratio = contrast_ratio(c[key], c["background"])
        assert ratio >= need, f"{theme}: chart {key} {c[key]} = {ratio:.2f}, needs {need}"
    assert contrast_ratio(c["ink"], c["legend"]) >= need  # legend labels on the legend's box
    for key in ("divergent", "compare", "accent"):
        assert contrast_ratio(c[key], c["background"]) >= AA_LARGE, (theme, key)
    for colour in c["rounds"]:  # the profile's lines (also told apart by dash and marker)
        assert contrast_ratio(colour, c["background"]) >= AA_LARGE, (theme, colour)


@pytest.mark.parametrize("theme", THEMES)
def test_display_text_and_vote_bars(theme):
    """The audience display's text (titles, prompts, lists: text and muted
    on the window colour) and the vote bar's dot marks on its fill."""
    c = themes.colours(theme)
    need = text_minimum(theme)
    for fg in ("text", "muted"):
        assert contrast_ratio(c[fg], c["window"]) >= need, (theme, fg)
    assert contrast_ratio(c["on_accent"], c["accent"]) >= AA_LARGE  # the dots inside a bar
    assert contrast_ratio(c["text"], c["window"]) >= AA_LARGE  # a bar's outline


def test_a_dark_team_colour_gets_white_initials_and_a_light_one_black():
    assert text_colour_for(QColor("#0072B2")).name() == "#ffffff"
    assert text_colour_for(QColor("#F0E442")).name() == "#000000"
    assert text_colour_for(QColor("#009E73")).name() == "#000000"  # was white at 3.4:1
