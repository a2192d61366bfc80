"""Extract every user-visible string into the translation sources and check
that the catalogues are complete (``make translations``, docs/development.md).

    python scripts/translations.py update   # refresh resources/translations/*.ts
    python scripts/translations.py check    # exit 1, listing what is missing

Why our own extractor and not pyside6-lupdate: lupdate's Python parser files
a module-level ``tr("...")`` under an empty context (it does not follow
``tr = context("MainWindow")``) and does not read the JSON resources (the
default template, the action library). This script reads the same call forms
lupdate knows (``translate("Ctx", "text")``, ``QT_TRANSLATE_NOOP("Ctx",
"text")``) plus each module's ``tr``, and writes the .ts format lupdate
writes, so Qt Linguist and lrelease work on it unchanged. Finished
translations are kept; new strings are added as unfinished, strings that left
the sources are marked vanished (lrelease skips them).
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "collabworkshop"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"de": "de_DE"}
#: The shipped JSON resources, the context their strings are read in and
#: which keys hold words (None: every key but i18n.JSON_CODE_KEYS).
JSON_RESOURCES = {
    "resources/templates/default.json": ("DefaultTemplate", None),
    "resources/actions.json": ("ActionLibrary", None),
    "resources/themes/palettes.json": ("Themes", {"title"}),
}
#: The comment that says a non-literal tr()/translate() reads a marked table.
LOOKED_UP = "# i18n: looked up"
MARKERS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP"}


@dataclass
class Message:
    context: str
    source: str
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


class ExtractError(Exception):
    pass


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_context(tree: ast.Module) -> str | None:
    """The literal of ``tr = context("Name")`` at module level."""
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "tr"
            and isinstance(node.value, ast.Call)
            and node.value.args
        ):
            name = _literal(node.value.args[0])
            if name:
                return name
    return None


def _callee(call: ast.Call) -> str | None:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def _has_count(call: ast.Call, first_after: int) -> bool:
    return len(call.args) > first_after or any(k.arg == "n" for k in call.keywords)


def extract_python(path: Path, problems: list[str]) -> list[Message]:
    rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source, rel)

    def looked_up(node: ast.Call) -> bool:
        """A lookup in a table of QT_TRANSLATE_NOOP literals, said so on the line."""
        return any(LOOKED_UP in lines[i - 1] for i in range(node.lineno, (node.end_lineno or node.lineno) + 1))
    module_ctx = _module_context(tree)
    out: list[Message] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name == "tr" and isinstance(node.func, ast.Name):
            if not module_ctx:
                # A tr imported from elsewhere would hide its strings from the
                # catalogue: every module names its context on its own line.
                problems.append(f"{rel}:{node.lineno}: tr() in a module without its own "
                                'tr = context("Name") line; add one (its literal is the context)')
                continue
            if not node.args:
                continue
            text = _literal(node.args[0])
            if text is None:
                if looked_up(node):
                    continue
                problems.append(f"{rel}:{node.lineno}: tr() of a non-literal cannot be extracted; "
                                "mark the literal with QT_TRANSLATE_NOOP or write it in the call")
                continue
            out.append(Message(module_ctx, text, _has_count(node, 1), [(rel, node.lineno)]))
        elif name in MARKERS and isinstance(node.func, ast.Name) and len(node.args) >= 2:
            ctx, text = _literal(node.args[0]), _literal(node.args[1])
            if ctx is None or text is None:
                if looked_up(node) or (name == "translate" and rel.endswith("common/i18n.py")):
                    continue  # the helpers themselves pass variables on
                problems.append(f"{rel}:{node.lineno}: {name}() needs a literal context and text")
                continue
            out.append(Message(ctx, text, name != "QT_TRANSLATE_NOOP" and _has_count(node, 2), [(rel, node.lineno)]))
    return out


def _json_texts(data, keys):
    if keys is None:
        sys.path.insert(0, str(ROOT))
        from collabworkshop.common.i18n import json_texts

        return list(json_texts(data))
    out = []
    if isinstance(data, dict):
        for k, v in data.items():
            out += [v] if k in keys and isinstance(v, str) else _json_texts(v, keys)
    elif isinstance(data, list):
        for v in data:
            out += _json_texts(v, keys)
    return out


def extract() -> tuple[list[Message], list[str]]:
    """All messages of the sources, merged by (context, source), in order."""
    problems: list[str] = []
    found: dict[tuple[str, str], Message] = {}
    raw: list[Message] = []
    for path in sorted(SOURCES.rglob("*.py")):
        raw += extract_python(path, problems)
    for rel, (ctx, keys) in JSON_RESOURCES.items():
        data = json.loads((ROOT / rel).read_text(encoding="utf-8"))
        raw += [Message(ctx, text, False, [(rel, 0)]) for text in _json_texts(data, keys)]
    for m in raw:
        key = (m.context, m.source)
        if key in found:
            found[key].locations += m.locations
            found[key].numerus |= m.numerus
        else:
            found[key] = m
    return sorted(found.values(), key=lambda m: (m.context, m.locations[0])), problems


# -- the .ts file ---------------------------------------------------------------------------------


@dataclass
class Entry:
    translations: list[str]  # one, or one per plural form
    finished: bool


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    if not path.exists():
        return {}
    out: dict[tuple[str, str], Entry] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            kind = tr.get("type", "")
            out[(name, source)] = Entry(forms, kind not in ("unfinished", "vanished", "obsolete"))
    return out


def write_ts(path: Path, language: str, messages: list[Message], old: dict[tuple[str, str], Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    seen = set()
    for m in sorted(messages, key=lambda m: m.context):
        ctx = contexts.get(m.context)
        if ctx is None:
            ctx = contexts[m.context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = m.context
        msg = ET.SubElement(ctx, "message", numerus="yes") if m.numerus else ET.SubElement(ctx, "message")
        for filename, line in m.locations:
            ET.SubElement(msg, "location", filename="../../" + filename, line=str(line))
        ET.SubElement(msg, "source").text = m.source
        entry = old.get((m.context, m.source))
        seen.add((m.context, m.source))
        tr = ET.SubElement(msg, "translation")
        forms = entry.translations if entry else [""]
        if entry is None or not entry.finished or not all(forms):
            tr.set("type", "unfinished")
        if m.numerus:
            forms = (forms + [forms[-1]])[:2] if len(forms) < 2 else forms
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        else:
            tr.text = forms[0]
    for (ctx_name, source), entry in old.items():
        if (ctx_name, source) in seen or not any(entry.translations):
            continue
        ctx = contexts.get(ctx_name)
        if ctx is None:
            ctx = contexts[ctx_name] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = ctx_name
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "translation", type="vanished").text = entry.translations[0]
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def missing(messages: list[Message], entries: dict[tuple[str, str], Entry]) -> list[str]:
    """One line per source string without a finished translation."""
    out = []
    for m in messages:
        e = entries.get((m.context, m.source))
        if e is None or not e.finished or not all(e.translations):
            where = m.locations[0][0] + (f":{m.locations[0][1]}" if m.locations[0][1] else "")
            state = "not in the catalogue" if e is None else "not translated"
            out.append(f"{where}: [{m.context}] {m.source!r}: {state}")
    return out


def ts_path(code: str) -> Path:
    return TS_DIR / f"collabworkshop_{code}.ts"


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    messages, problems = extract()
    for p in problems:
        print(p, file=sys.stderr)
    if command == "update":
        TS_DIR.mkdir(parents=True, exist_ok=True)
        for code, language in LANGUAGES.items():
            path = ts_path(code)
            old = read_ts(path)
            write_ts(path, language, messages, old)
            gaps = missing(messages, read_ts(path))
            print(f"{path.relative_to(ROOT)}: {len(messages)} strings, {len(gaps)} to translate")
            for line in gaps:
                print("  " + line)
        return 1 if problems else 0
    if command == "check":
        bad = bool(problems)
        for code in LANGUAGES:
            gaps = missing(messages, read_ts(ts_path(code)))
            for line in gaps:
                print(f"{code}: {line}")
            bad |= bool(gaps)
        return 1 if bad else 0
    print(__doc__.strip().splitlines()[2], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
