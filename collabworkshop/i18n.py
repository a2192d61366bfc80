"""Translatable text without Qt: the marker the core and the UI use for every
user-visible literal, and the hook the app and CLI point at the catalogue.

Every literal is written as ``translate("Context", "text")`` (or, in a module
that binds ``tr = context("Context")``, as ``tr("text")``); a table of words
that is translated later marks its literals with
``QT_TRANSLATE_NOOP("Context", "text")``. The context is always a literal
string, so ``scripts/translations.py`` can extract every source text into
``resources/translations/collabworkshop_*.ts``. Until a catalogue is installed
(``collabworkshop.translations.install``) ``translate`` returns the English
source, so the core, its tests and a machine without Qt behave as before.

A count goes in ``n``: the text says ``%n`` where the number stands, and the
catalogue holds one form per plural rule of the language (German: two).
"""

from __future__ import annotations

from collections.abc import Callable

#: (context, source, n) -> the translation, or "" / None when there is none.
Lookup = Callable[[str, str, int], "str | None"]

_lookup: Lookup | None = None
_language = "en"


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the installed language (English without a catalogue)."""
    out = text
    if _lookup is not None and text:
        found = _lookup(context, text, n)
        if found:
            out = found
    if n >= 0:
        out = out.replace("%n", str(n))
    return out


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name the extractor and lupdate know)
    """Mark ``text`` for the catalogue without translating it now (for tables
    read later through ``translate(context, value)``)."""
    return text


def context(name: str) -> Callable[..., str]:
    """The ``tr`` of one module: ``tr = context("MainWindow")``. The extractor
    reads the literal ``name`` from that line."""

    def tr(text: str, n: int = -1) -> str:
        return translate(name, text, n)

    tr.context = name  # type: ignore[attr-defined]
    return tr


def set_lookup(lookup: Lookup | None, language: str = "en") -> None:
    """Point ``translate`` at a catalogue (None: back to English)."""
    global _lookup, _language
    _lookup = lookup
    _language = language if lookup is not None else "en"


def language() -> str:
    """The language ``translate`` answers in ("en", "de")."""
    return _language


#: Keys of the shipped JSON resources (templates, the action library) that
#: hold codes, not words: everything else that is a string is user-visible
#: text, read through the catalogue at load time and extracted by the script.
JSON_CODE_KEYS = frozenset(
    {"format", "version", "id", "kind", "round", "compare_round", "lever", "gap", "effort", "impact", "colour"}
)


def json_texts(data: object, key: str = ""):
    """Every user-visible string in parsed JSON, in file order."""
    if isinstance(data, dict):
        for k, v in data.items():
            if k not in JSON_CODE_KEYS:
                yield from json_texts(v, k)
    elif isinstance(data, list):
        for v in data:
            yield from json_texts(v, key)
    elif isinstance(data, str) and data.strip():
        yield data


def localise_json(data: object, context_name: str) -> object:
    """A copy of parsed JSON with its user-visible strings translated in
    ``context_name`` (the same strings ``json_texts`` yields)."""
    if isinstance(data, dict):
        return {k: v if k in JSON_CODE_KEYS else localise_json(v, context_name) for k, v in data.items()}
    if isinstance(data, list):
        return [localise_json(v, context_name) for v in data]
    if isinstance(data, str) and data.strip():
        return translate(context_name, data)
    return data
