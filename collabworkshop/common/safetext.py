"""Text from a session file made safe to show on a terminal, and the one
definition of "a line break" that the text exports share.

A session file is data someone else may have written: a team, title or
file name can hold an escape sequence (``ESC ] 0 ; ... BEL`` retitles a
terminal, ``ESC [ 2 J`` clears it, the 8-bit ``CSI``/``OSC`` controls do
the same on many terminals), a carriage return that makes a line overwrite
itself, or a bidi override that makes a line read in a different order.
:func:`printable` replaces each such character with one visible character,
so a name stays recognisable and a table laid out by ``len()`` stays
aligned. Pure Python, no imports from the rest of the app: the command
line uses it before anything else is loaded.
"""

from __future__ import annotations

import re

#: Characters that reorder the text around them (bidi embeddings,
#: overrides, isolates and the invisible direction marks).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

#: Everything a terminal may act on instead of showing: C0 controls, DEL,
#: C1 controls (NEL, 8-bit CSI/OSC/DCS ...), the Unicode line and
#: paragraph separators, bidi controls, and lone surrogates (which cannot
#: even be encoded for the stream).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + BIDI_CONTROLS + "\ud800-\udfff]")

#: Every line break ``str.splitlines`` knows, CRLF first so it counts once.
LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

#: Shown for an unsafe character that has no picture of its own.
REPLACEMENT = "\ufffd"


def _picture(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures: ESC shows as U+241B, CR as U+240D
    if code == 0x7F:
        return "\u2421"
    return REPLACEMENT


def printable(text: str, keep: str = "") -> str:
    """``text`` with every control, separator and bidi character replaced by
    one visible character, except the characters in ``keep`` (say ``"\\n"``
    for text whose lines are meant as lines). Same length as ``text``."""
    text = str(text)
    if keep:
        return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _picture(m.group()), text)
    return _UNSAFE.sub(lambda m: _picture(m.group()), text)
