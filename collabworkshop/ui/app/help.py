"""Help > Keyboard shortcuts (F1) and Help > About.

The F1 list names keys of the whole app, the board and the plan editor as
well as the menus' (``ui/app/menus.py``): a key added there is added here too.
"""

from __future__ import annotations

from ... import __version__
from ...common.i18n import context

# The context these texts had before the window was split, so their translations stay.
tr = context("MainWindow")


def show_shortcuts(window) -> None:
    """F1: the keys of the app, the board and the plan, as a table."""
    rows = [
        ("\u2192, Page Down, Ctrl+Right", tr("Next step")),
        ("\u2190, Page Up, Ctrl+Left", tr("Previous step")),
        ("Space", tr("Start or pause the step timer")),
        ("F5", tr("Present: the audience display (full-screen)")),
        ("F9", tr("Show or hide the facilitator console panel")),
        ("B", tr("Blackout: blank the display, and back")),
        ("J", tr("Show or hide the join screen (while participants join from phones)")),
        ("Esc", tr("Leave presentation mode")),
        ("Ctrl+0 \u2026 Ctrl+9", tr("Set-up, or go to a step")),
        ("Tab / Shift+Tab", tr("Move between tokens on the board")),
        ("\u2190 \u2192 (Shift: 10)", tr("Move the focused token (when a token has focus)")),
        ("Home / End", tr("Move the focused token to a pole")),
        ("Enter / Escape", tr("Keep the token's move / put it back")),
        ("Ctrl+plus / Ctrl+minus", tr("Zoom the board")),
        ("Delete", tr("Take the focused token off the line")),
        ("Ctrl+Z / Ctrl+Shift+Z", tr("Undo / redo")),
        ("Ctrl+G", tr("Generate the action plan")),
        ("Ctrl+Return / Delete", tr("Accept / drop the selected action (plan)")),
        ("Alt+\u2191 / Alt+\u2193", tr("Move the selected action or agenda step up / down")),
        ("Ctrl+Shift+A", tr("Edit the agenda")),
        ("Ctrl+N / Ctrl+Shift+N", tr("New session / new session from a template")),
        ("Ctrl+O / Ctrl+S", tr("Open / save")),
        ("Ctrl+E", tr("Export the PDF report")),
        ("Ctrl+Alt+1 / 2 / 3", tr("Light / dark / high-contrast theme")),
    ]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    from PySide6.QtWidgets import QMessageBox  # here, not at start-up: its enums are built with it

    QMessageBox.information(window, tr("Keyboard shortcuts"), f"<table cellpadding='4'>{table}</table>")


def show_about(window) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        window,
        tr("About CollabWorkshop"),
        tr("<h3>CollabWorkshop {0}</h3><p>A facilitated workshop on moving a partnership "
           "from cooperation to collaboration. Works offline; your sessions stay on this computer.</p>").format(
            __version__
        ),
    )
