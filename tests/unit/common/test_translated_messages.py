"""The messages of the lower layers (storage, templates, file kinds) come out
in the installed language, one line each, and every translation keeps its
source's placeholders (a missing {1} would fail the message itself)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from collabworkshop.common import i18n
from collabworkshop.model.template import TemplateError, load_template, resource_path
from collabworkshop.storage import (
    InterchangeError,
    NotASessionFileError,
    SessionFileError,
    read_session,
    session_from_json,
    session_to_json,
)

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")


@pytest.fixture
def german():
    assert i18n.install_catalogue("de") == "de"
    yield
    i18n.set_lookup(None)


def _one_line(text: str) -> str:
    assert "\n" not in text and "Traceback" not in text
    return text


def test_a_file_that_is_not_a_session_is_refused_in_german(german, tmp_path: Path):
    notes = tmp_path / "notes.cwsession"
    notes.write_text("shopping list: milk, bread\n" * 200, encoding="utf-8")
    with pytest.raises(NotASessionFileError) as caught:
        read_session(notes)
    assert _one_line(str(caught.value)) == f"{notes}: keine CollabWorkshop-Sitzungsdatei"
    assert notes.read_text(encoding="utf-8").startswith("shopping list")  # left as it was


def test_a_missing_file_and_a_named_pipe_are_named_in_german(german, tmp_path: Path):
    with pytest.raises(SessionFileError) as caught:
        read_session(tmp_path / "gone.cwsession")
    assert _one_line(str(caught.value)) == f"{tmp_path / 'gone.cwsession'}: Datei nicht gefunden"
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    pipe = tmp_path / "pipe.cwsession"
    os.mkfifo(pipe)
    with pytest.raises(SessionFileError) as caught:
        read_session(pipe)  # refused, not waited on
    assert _one_line(str(caught.value)) == f"{pipe}: ist eine benannte Pipe (FIFO), keine Sitzungsdatei"


def test_the_same_messages_stay_english_without_a_catalogue(tmp_path: Path):
    notes = tmp_path / "notes.cwsession"
    notes.write_text("shopping list\n" * 200, encoding="utf-8")
    with pytest.raises(NotASessionFileError) as caught:
        read_session(notes)
    assert str(caught.value) == f"{notes}: not a CollabWorkshop session file"


def test_a_bad_json_import_names_the_field_in_german(german):
    data = json.loads(session_to_json(read_session(SAMPLE)))
    data["teams"][1]["name"] = 42
    with pytest.raises(InterchangeError) as caught:
        session_from_json(json.dumps(data))
    assert _one_line(str(caught.value)) == "teams[1].name: erwartet Text, erhalten: eine Zahl"
    data = json.loads(session_to_json(read_session(SAMPLE)))
    data["placements"][0]["team"] = "nobody"
    with pytest.raises(InterchangeError) as caught:
        session_from_json(json.dumps(data))
    assert _one_line(str(caught.value)) == "placements[0].team: ID 'nobody' nicht gefunden (Team)"


def test_a_bad_template_is_refused_in_german(german, tmp_path: Path):
    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(empty)
    assert _one_line(str(caught.value)) == f"Vorlage {empty} kann nicht gelesen werden: die Datei ist leer"
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "collabworkshop-template", "version": 99}), encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(newer)
    message = _one_line(str(caught.value))
    assert "von einem neueren CollabWorkshop erstellt (Vorlagenversion 99" in message
    assert "made by" not in message


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\d+)", text.replace("{{", "").replace("}}", "")))


def test_every_translation_keeps_the_placeholders_of_its_source():
    table = i18n.read_catalogue(i18n.catalogue_file("de", ".ts"))
    wrong = [
        f"[{ctx}] {source!r} -> {form!r}"
        for (ctx, source), forms in table.items()
        for form in forms
        if _fields(form) != _fields(source)
    ]
    assert not wrong, "\n".join(wrong)
