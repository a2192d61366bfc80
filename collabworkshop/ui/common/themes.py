"""Themes: light, dark and a high-contrast projector theme.

Each theme's colours and text scale are defined once, by name, in
``resources/themes/palettes.json``; ``resources/themes/theme.qss.in`` uses
the names, and this module fills it in to the shipped ``<theme>.qss`` files
(``python -m collabworkshop.ui.common.themes`` regenerates them; a test checks they
are current). :data:`TEXT_PAIRS` lists every text/background pair the style
sheet puts together, and the tests check each against WCAG 2.x AA with
:func:`contrast_ratio`.

The spectrum board follows the theme through its own palette
(ui/board/style.py, ``board_palette``) and the charts through
:data:`CHART_COLOURS` (background, ink, axes, legend, marks); the
statistics table keeps its light band colours. :data:`AAA` (7:1) is the
projector theme's minimum for text; tests/ui/common/test_contrast.py
computes every pair the board, the charts and the audience display draw.

No Qt at import time: the app reads the theme during start-up.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

from ...common.i18n import translate


def _themes_dir() -> Path:
    from ... import resources  # the package's own files (see app._resource_path)

    return Path(resources.__file__).parent / "themes"


THEMES_DIR = _themes_dir()
DEFAULT_THEME = "light"

#: WCAG 2.x AA minimum contrast ratios.
AA_NORMAL = 4.5  # text below 18 pt (14 pt bold)
AA_LARGE = 3.0  # large text, and user-interface components (WCAG 1.4.11)

#: WCAG 2.x AAA minimum for normal text: the projector theme's bar.
AAA = 7.0


def text_minimum(theme: str) -> float:
    """The contrast text needs in a theme: AAA in the projector theme, else AA."""
    return AAA if theme == "projector" else AA_NORMAL


#: The charts' colours per theme (pyqtgraph: background, text, axes, the
#: legend's box, the strip's marks and the profile's round colours, which
#: also differ by dash pattern and marker, never by colour alone).
CHART_COLOURS: dict[str, dict[str, object]] = {
    "light": {
        "background": "#FFFFFF", "ink": "#1B1F24", "axis": "#59636E", "legend": "#FFFFFF",
        "legend_border": "#D5DAE0", "hollow": "#FFFFFF", "compare": "#6E7781", "gap": "#B34700",
        "divergent": "#B04A00", "accent": "#0072B2",
        "rounds": ("#0072B2", "#B34700", "#00785A", "#A8467F", "#8A6200"),  # Okabe-Ito, darkened to 5:1
    },
    "dark": {
        "background": "#1F2329", "ink": "#E8EBEF", "axis": "#B3BCC6", "legend": "#16191D",
        "legend_border": "#3A414A", "hollow": "#1F2329", "compare": "#A3ADB8", "gap": "#FF9A5C",
        "divergent": "#FFB38A", "accent": "#5CB8F0",
        "rounds": ("#5CB8F0", "#FF9A5C", "#3CCB9A", "#E89CC6", "#F0B43C"),
    },
    "projector": {
        "background": "#000000", "ink": "#FFFFFF", "axis": "#E6E6E6", "legend": "#000000",
        "legend_border": "#FFFFFF", "hollow": "#000000", "compare": "#C8C8C8", "gap": "#FF9A5C",
        "divergent": "#FFE500", "accent": "#5CB8F0",
        "rounds": ("#5CB8F0", "#FF9A5C", "#3CCB9A", "#E89CC6", "#FFE500"),
    },
}


def chart_colours(theme: str) -> dict[str, object]:
    return CHART_COLOURS.get(theme, CHART_COLOURS[DEFAULT_THEME])


#: (foreground, background, minimum ratio, where) for every pair the style
#: sheet combines. Keep in step with theme.qss.in: a test fails if the
#: template uses a text colour that appears in no pair.
TEXT_PAIRS: tuple[tuple[str, str, float, str], ...] = (
    ("text", "window", AA_NORMAL, "body text"),
    ("text", "panel", AA_NORMAL, "step list, menus, table headers"),
    ("text", "button", AA_NORMAL, "buttons"),
    ("text", "button_hover", AA_NORMAL, "buttons under the mouse"),
    ("text", "input", AA_NORMAL, "fields, tables, lists"),
    ("text", "callout", AA_NORMAL, "divergence callout"),
    ("text", "bar", AA_NORMAL, "vote tally figures over the bar"),
    ("muted", "window", AA_NORMAL, "hints, captions"),
    ("muted", "panel", AA_NORMAL, "captions on panels"),
    ("muted", "input", AA_NORMAL, "hints in fields"),
    ("warning", "window", AA_NORMAL, "vote limit message"),
    ("selection_text", "selection", AA_NORMAL, "selected rows and menu items"),
    ("on_accent", "accent", AA_NORMAL, "selected step, primary button"),
    ("on_accent", "accent_hover", AA_NORMAL, "primary button under the mouse"),
    ("disabled", "button", AA_LARGE, "disabled buttons (exempt in WCAG; kept readable)"),
    ("disabled", "panel", AA_LARGE, "disabled menu items (exempt in WCAG; kept readable)"),
    ("focus", "window", AA_LARGE, "focus ring (non-text contrast)"),
    ("control_border", "window", AA_LARGE, "field and button borders (non-text contrast)"),
)

_NAME = re.compile(r"@([a-z_]+)")
_SIZE = re.compile(r"@pt\((\d+(?:\.\d+)?)\)")


@cache
def palettes() -> dict:
    data = json.loads((THEMES_DIR / "palettes.json").read_text(encoding="utf-8"))
    return data["themes"]


def theme_names() -> list[str]:
    return list(palettes())


def theme_title(name: str) -> str:
    """The theme's name for menus, translated (palettes.json's "title")."""
    return translate("Themes", palettes()[name]["title"])  # i18n: looked up


def colours(name: str) -> dict[str, str]:
    return dict(palettes()[name]["colours"])


def template_text() -> str:
    return (THEMES_DIR / "theme.qss.in").read_text(encoding="utf-8")


def render_qss(name: str) -> str:
    """The style sheet of theme ``name``, filled in from its palette."""
    theme = palettes()[name]
    scale = float(theme["scale"])
    named = theme["colours"]

    def size(match: re.Match) -> str:
        return str(round(float(match.group(1)) * scale))

    def colour(match: re.Match) -> str:
        key = match.group(1)
        if key == "theme":
            return name
        if key not in named:
            raise KeyError(f"theme {name!r} has no colour {key!r}")
        return named[key]

    return _NAME.sub(colour, _SIZE.sub(size, template_text()))


def qss_path(name: str) -> Path:
    return THEMES_DIR / f"{name}.qss"


def stylesheet(name: str) -> str:
    """The shipped style sheet (generated); falls back to the default theme
    for an unknown name, e.g. from an old settings file."""
    if name not in palettes():
        name = DEFAULT_THEME
    return qss_path(name).read_text(encoding="utf-8")


# -- WCAG 2.x contrast ----------------------------------------------------------------------------
def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of ``#RRGGBB``."""
    h = hex_colour.lstrip("#")
    if len(h) != 6:
        raise ValueError(f"not a #RRGGBB colour: {hex_colour!r}")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def contrast_report(name: str) -> list[tuple[str, str, float, float, str]]:
    """(foreground, background, ratio, minimum, where) for each pair of a theme."""
    c = colours(name)
    return [(fg, bg, contrast_ratio(c[fg], c[bg]), minimum, where) for fg, bg, minimum, where in TEXT_PAIRS]


# -- applying ---------------------------------------------------------------------------------------------
def apply_theme(app, name: str) -> str:
    """Restyle the running application; returns the theme applied."""
    if name not in palettes():
        name = DEFAULT_THEME
    # The name first: widgets that follow the theme (the board, the charts)
    # read it when the new palette reaches them.
    app.setProperty("collabworkshopTheme", name)
    app.setPalette(qt_palette(name))
    app.setStyleSheet(stylesheet(name))
    return name


def qt_palette(name: str):
    """A QPalette from the theme's colours, for what the style sheet does not
    reach: scroll bars, spin box and combo box arrows, check boxes, the
    native parts of dialogs."""
    from PySide6.QtGui import QColor, QPalette

    c = {key: QColor(value) for key, value in colours(name).items()}
    role = QPalette.ColorRole
    palette = QPalette()
    for r, key in (
        (role.Window, "window"), (role.WindowText, "text"), (role.Base, "input"), (role.AlternateBase, "panel"),
        (role.Text, "text"), (role.Button, "button"), (role.ButtonText, "text"), (role.BrightText, "warning"),
        (role.Highlight, "selection"), (role.HighlightedText, "selection_text"), (role.ToolTipBase, "panel"),
        (role.ToolTipText, "text"), (role.PlaceholderText, "muted"), (role.Link, "accent"), (role.Mid, "border"),
        (role.Dark, "control_border"), (role.Light, "button_hover"), (role.Midlight, "button_hover"),
        (role.Shadow, "control_border"),
    ):
        palette.setColor(r, c[key])
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, c["disabled"])
    return palette


def current_theme(app) -> str:
    return app.property("collabworkshopTheme") or DEFAULT_THEME


def write_stylesheets() -> list[Path]:
    out = []
    for name in theme_names():
        path = qss_path(name)
        path.write_text(render_qss(name), encoding="utf-8")
        out.append(path)
    return out


if __name__ == "__main__":
    for written in write_stylesheets():
        print(f"wrote {written}")
    for theme in theme_names():
        worst = min(contrast_report(theme), key=lambda row: row[2] / row[3])
        print(f"{theme}: lowest margin {worst[0]} on {worst[1]} = {worst[2]:.2f}:1 (needs {worst[3]})")
    sys.exit(0)
