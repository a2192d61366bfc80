"""Themes: WCAG AA contrast for every text/background pair each theme uses,
the generated style sheets are current, and the projector theme is larger."""

from __future__ import annotations

import re

import pytest

from collabworkshop.ui.common import themes


def test_contrast_formula_matches_known_values():
    assert themes.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert themes.contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert themes.contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic near-miss
    assert themes.contrast_ratio("#0072B2", "#FFFFFF") == pytest.approx(5.19, abs=0.01)
    assert themes.contrast_ratio("#FFFFFF", "#0072B2") == themes.contrast_ratio("#0072B2", "#FFFFFF")
    with pytest.raises(ValueError):
        themes.relative_luminance("#FFF")


def test_three_themes():
    assert themes.theme_names() == ["light", "dark", "projector"]
    assert themes.theme_title("projector") == "High contrast (projector)"


@pytest.mark.parametrize("name", ["light", "dark", "projector"])
def test_every_pair_meets_wcag_aa(name):
    failures = [
        f"{fg} on {bg} ({where}): {ratio:.2f}:1 < {minimum}:1"
        for fg, bg, ratio, minimum, where in themes.contrast_report(name)
        if ratio < minimum
    ]
    assert failures == []


def test_pairs_cover_every_text_colour_and_background_the_style_sheet_uses():
    """A colour the template sets as text (``color:``) must be checked
    against every background it is paired with in TEXT_PAIRS, and every
    named background the template uses must have its text checked."""
    template = themes.template_text()
    texts = set(re.findall(r"(?<![-\w])color:\s*@([a-z_]+)", template))
    backgrounds = set(re.findall(r"background(?:-color)?:\s*@([a-z_]+)", template))
    backgrounds |= set(re.findall(r"selection-background-color:\s*@([a-z_]+)", template))
    pair_fg = {fg for fg, _, _, _ in themes.TEXT_PAIRS}
    pair_bg = {bg for _, bg, _, _ in themes.TEXT_PAIRS}
    assert texts - pair_fg == set()
    assert backgrounds - pair_bg == set()
    # and the checked names all exist in every theme
    for name in themes.theme_names():
        assert pair_fg | pair_bg <= set(themes.colours(name))


def test_a_failing_palette_is_caught(monkeypatch):
    broken = {**themes.palettes()["light"], "colours": {**themes.colours("light"), "muted": "#9AA3AC"}}
    monkeypatch.setitem(themes.palettes(), "light", broken)
    low = [row for row in themes.contrast_report("light") if row[2] < row[3]]
    assert {(fg, bg) for fg, bg, *_ in low} == {("muted", "window"), ("muted", "panel"), ("muted", "input")}


@pytest.mark.parametrize("name", ["light", "dark", "projector"])
def test_shipped_style_sheets_are_generated_from_the_palette(name):
    shipped = themes.qss_path(name).read_text(encoding="utf-8")
    assert shipped == themes.render_qss(name), (
        "run `python -m collabworkshop.ui.common.themes` and commit the .qss files")
    assert "@" not in shipped.split("*/", 1)[1]  # every name filled in


def _sizes(qss: str) -> list[int]:
    return [int(n) for n in re.findall(r"font-size:\s*(\d+)pt", qss)]


def test_projector_text_is_larger():
    light, projector = _sizes(themes.render_qss("light")), _sizes(themes.render_qss("projector"))
    assert len(light) == len(projector)
    assert all(p > n for n, p in zip(light, projector, strict=True))
    assert min(projector) >= 12  # the smallest caption still reads from the back of a room
    assert min(light) >= 9


def test_unknown_theme_falls_back_to_light():
    assert themes.stylesheet("neon") == themes.stylesheet("light")
