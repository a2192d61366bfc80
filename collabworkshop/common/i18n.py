"""Translatable text without Qt: the marker the core and the UI use for every
user-visible literal, and the hook the app and CLI point at the catalogue.

Every literal is written as ``translate("Context", "text")`` (or, in a module
that binds ``tr = context("Context")``, as ``tr("text")``); a table of words
that is translated later marks its literals with
``QT_TRANSLATE_NOOP("Context", "text")``. The context is always a literal
string, so ``scripts/translations.py`` can extract every source text into
``resources/translations/collabworkshop_*.ts``. Until a catalogue is installed
(``collabworkshop.ui.common.translations.install``) ``translate`` returns the English
source, so the core, its tests and a machine without Qt behave as before.

A count goes in ``n``: the text says ``%n`` where the number stands and
gives English's two forms split by "|" (``"%n team|%n teams"``), which is
also what English shows without a catalogue; the catalogue holds one form per
plural rule of the language (German: two).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

#: (context, source, n) -> the translation, or "" / None when there is none.
Lookup = Callable[[str, str, int], "str | None"]

_lookup: Lookup | None = None
_language = "en"


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the installed language (English without a catalogue)."""
    found = _lookup(context, text, n) if _lookup is not None and text else None
    out = found or text
    if n >= 0:
        if not found and "|" in out:
            forms = out.split("|")
            out = forms[0] if n == 1 else forms[-1]
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


def localise_json(data: Any, context_name: str) -> Any:
    """A copy of parsed JSON with its user-visible strings translated in
    ``context_name`` (the same strings ``json_texts`` yields)."""
    if isinstance(data, dict):
        return {k: v if k in JSON_CODE_KEYS else localise_json(v, context_name) for k, v in data.items()}
    if isinstance(data, list):
        return [localise_json(v, context_name) for v in data]
    if isinstance(data, str) and data.strip():
        return translate(context_name, data)
    return data


# -- the catalogue without Qt (the CLI) -------------------------------------------------------

#: The languages shipped, each named in its own language (English is the source).
LANGUAGES = {"en": "English", "de": "Deutsch"}


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The language of the environment's locale as Qt reads it on Unix
    (LC_ALL, then LC_MESSAGES, then LANG), if shipped; else English."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split(".")[0].split("_")[0].split("-")[0].lower()
            return code if code in LANGUAGES else "en"
    if os.name == "nt":  # no LANG on Windows: ask the C library
        import locale

        code = (locale.getlocale()[0] or "").split("_")[0].lower()
        return code if code in LANGUAGES else "en"
    return "en"


def forced_language(env: Mapping[str, str] | None = None) -> str:
    """``COLLABWORKSHOP_LANGUAGE`` when it names a shipped language, else ""."""
    env = os.environ if env is None else env
    value = env.get("COLLABWORKSHOP_LANGUAGE", "").strip().lower()
    return value if value in LANGUAGES else ""


def plural_form(language: str, n: int) -> int:
    """Which of the catalogue's forms a count takes (English and German: one
    for 1, the other for every other number, as Qt's rule for both)."""
    return 0 if n == 1 else 1


def catalogue_file(code: str, suffix: str) -> str:
    from importlib import resources

    return str(resources.files("collabworkshop.resources").joinpath("translations", f"collabworkshop_{code}{suffix}"))


def read_catalogue(path: str) -> dict[tuple[str, str], list[str]]:
    """The finished translations of a .ts file: (context, source) -> forms."""
    import xml.etree.ElementTree as ET

    out: dict[tuple[str, str], list[str]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            if all(forms):
                out[(name, msg.findtext("source") or "")] = forms
    return out


def install_catalogue(code: str | None = None) -> str:
    """Point ``translate`` at the shipped catalogue of ``code`` (default: the
    forced language, else the system's) without Qt. Returns the language in
    effect; English, or an unreadable catalogue, leaves the source texts."""
    code = code or forced_language() or system_language()
    if code == "en":
        set_lookup(None)
        return "en"
    try:
        table = read_catalogue(catalogue_file(code, ".ts"))
    except (OSError, SyntaxError):  # ElementTree's ParseError is a SyntaxError
        set_lookup(None)
        return "en"

    def lookup(context_name: str, text: str, n: int) -> str | None:
        forms = table.get((context_name, text))
        if not forms:
            return None
        return forms[min(plural_form(code, n), len(forms) - 1)] if n >= 0 else forms[0]

    set_lookup(lookup, code)
    return code
