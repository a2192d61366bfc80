"""User text shown by Qt as text, never as markup.

Qt guesses whether a string is rich text (``Qt::mightBeRichText``) for
labels, message boxes and tool tips. A team called ``<b>Ops</b>`` or
``<script>`` must appear exactly as typed: labels showing user text get
``Qt.PlainText``; tool tips, which have no format setting, get the text
escaped into a paragraph with :func:`tip`.
"""

from __future__ import annotations

from PySide6.QtGui import Qt as _GuiQt


def tip(text: str) -> str:
    """A tool tip (or message box text) that shows ``text`` literally:
    unchanged when Qt would not take it for markup anyway, escaped otherwise."""
    if not text or not _GuiQt.mightBeRichText(text):
        return text
    return _GuiQt.convertFromPlainText(text)


#: For QMessageBox texts, which Qt also guesses about.
safe = tip
