"""Bad session files, each through every door: the storage layer, the
command line (one line on stderr, non-zero exit) and the window (a message
box, no traceback). Whatever happens, the file is byte-identical afterwards.

Hostile values in an otherwise good file open, display as plain text and
never run as SQL or markup.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import sqlite3
import struct
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel

from collabworkshop import cli
from collabworkshop.controller.factory import open_session
from collabworkshop.model.template import resource_path
from collabworkshop.storage import APPLICATION_ID, SessionFileError, SessionStore, read_session

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")
SIZE = SAMPLE.stat().st_size
TRUNCATIONS = sorted({1, 15, 16, 60, 99, 100, 101, 512, 1024, 4095, 4096, 4097, SIZE - 1}
                     | {SIZE * k // 18 for k in range(1, 18)})
FLIP_SEEDS = range(8)

#: name -> words the message must contain (any of them); None: it may also open.
CASES: dict[str, tuple[str, ...] | None] = {
    "empty": ("not a CollabWorkshop session",),
    "random-bytes": ("not a CollabWorkshop session",),
    "sqlite-magic-then-random": ("not a CollabWorkshop session", "damaged"),
    "other-sqlite-database": ("not a CollabWorkshop session",),
    "zip-renamed": ("not a CollabWorkshop session",),
    "pdf-renamed": ("not a CollabWorkshop session",),
    "right-id-missing-tables": ("damaged",),
    "right-id-not-sqlite-inside": ("damaged",),
    "newer-version": ("newer", "format 99"),
    "no-version": ("no format version",),
    "folder": ("folder",),
    "missing": ("no such file",),
    "header-app-id-flipped": ("not a CollabWorkshop session",),
    # What is missing is named, not "no workshop steps" for all three.
    "no-dimensions": ("it has no dimensions;",),
    "no-rounds": ("it has no rounds;",),
    "no-steps": ("it has no steps;",),
    "no-dimensions-no-rounds": ("it has no dimensions and no rounds;",),
    **{f"truncated-{n}": ("not a CollabWorkshop session", "damaged") for n in TRUNCATIONS},
    **{f"flipped-{seed}": None for seed in FLIP_SEEDS},
}


def make_case(name: str, folder: Path) -> Path:
    path = folder / f"{name}.cwsession"
    real = SAMPLE.read_bytes()
    if name == "empty":
        path.write_bytes(b"")
    elif name == "random-bytes":
        path.write_bytes(random.Random(1).randbytes(5000))
    elif name == "sqlite-magic-then-random":
        path.write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(8000))
    elif name == "other-sqlite-database":
        conn = sqlite3.connect(path)
        conn.executescript("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');")
        conn.close()
    elif name == "zip-renamed":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("minutes.txt", "not a session")
    elif name == "pdf-renamed":
        path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    elif name == "right-id-missing-tables":
        conn = sqlite3.connect(path)
        conn.executescript(f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 2; "
                           "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")
        conn.close()
    elif name == "right-id-not-sqlite-inside":
        header = bytearray(real[:100])
        path.write_bytes(bytes(header) + random.Random(3).randbytes(SIZE - 100))
    elif name in ("newer-version", "no-version", "header-app-id-flipped"):
        data = bytearray(real)
        if name == "newer-version":
            data[60:64] = struct.pack(">I", 99)
        elif name == "no-version":
            data[60:64] = struct.pack(">I", 0)
        else:
            data[70] ^= 0xFF
        path.write_bytes(bytes(data))
    elif name.startswith("no-"):
        path.write_bytes(real)
        conn = sqlite3.connect(path)
        for table in name[3:].split("-no-"):
            conn.execute(f"DELETE FROM {table}")
        conn.commit()
        conn.close()
    elif name == "folder":
        path.mkdir()
    elif name == "missing":
        pass
    elif name.startswith("truncated-"):
        path.write_bytes(real[: int(name.split("-")[1])])
    elif name.startswith("flipped-"):
        rng = random.Random(int(name.split("-")[1]))
        data = bytearray(real)
        for _ in range(12):
            data[rng.randrange(100, len(data))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
    else:
        raise AssertionError(name)
    return path


def snapshot(path: Path):
    if path.is_file():
        return ("file", path.read_bytes(), path.stat().st_mode)
    return ("folder", sorted(os.listdir(path))) if path.is_dir() else ("none",)


def assert_clear(message: str, expected: tuple[str, ...] | None, path: Path) -> None:
    assert "Traceback" not in message and "File \"" not in message, message
    assert message.strip() and "\n" not in message.strip(), message
    assert len(message) < 600, message
    assert path.name in message, message
    if expected is not None:
        assert any(word in message for word in expected), (expected, message)


@pytest.mark.parametrize("name", list(CASES))
def test_storage_refuses_with_a_clear_message_and_leaves_the_file(tmp_path, name):
    path = make_case(name, tmp_path)
    before = snapshot(path)
    for attempt in (read_session, lambda p: SessionStore.open_copy(p, tmp_path / "working")):
        try:
            result = attempt(path)
        except SessionFileError as exc:
            assert_clear(str(exc), CASES[name], path)
        else:
            assert CASES[name] is None, f"{name} opened"
            if isinstance(result, tuple):
                result[0].close()
    assert snapshot(path) == before
    assert not list((tmp_path / "working").glob("*")) if (tmp_path / "working").exists() else True


@pytest.mark.parametrize("name", list(CASES))
def test_command_line_says_one_line_and_leaves_the_file(tmp_path, capsys, name):
    path = make_case(name, tmp_path)
    before = snapshot(path)
    code = cli.main(["summary", str(path)])
    out, err = capsys.readouterr()
    if CASES[name] is None and code == 0:
        assert out.strip()  # a flip that hit nothing that matters: the summary prints
    else:
        assert code != 0
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("collabworkshop: "), err
        assert_clear(lines[0], CASES[name], path)
    assert snapshot(path) == before


@pytest.mark.parametrize("name", list(CASES))
def test_window_shows_a_message_and_leaves_the_file(window, tmp_path, messages, name):
    path = make_case(name, tmp_path)
    before = snapshot(path)
    opened = window.open_file(path)
    if opened:
        assert CASES[name] is None and not messages
        window.close_session()
    else:
        assert window.controller is None
        assert len(messages) == 1
        title, text = messages[0]
        assert title == "Could not open the session"
        assert_clear(text, CASES[name], path)
    assert snapshot(path) == before


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="running as root: file permissions do not stop root from reading, so an unreadable "
                           "file cannot be made honestly here")
def test_unreadable_file(window, tmp_path, messages, capsys):
    path = tmp_path / "locked.cwsession"
    shutil.copyfile(SAMPLE, path)
    path.chmod(0)
    try:
        assert not window.open_file(path)
        assert "cannot read" in messages[-1][1] or "Permission denied" in messages[-1][1]
        assert cli.main(["summary", str(path)]) != 0
        assert "collabworkshop: " in capsys.readouterr().err
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == SAMPLE.read_bytes()


# -- hostile values ------------------------------------------------------------------------

HOSTILE_NAMES = {
    "t1": "Robert'); DROP TABLE teams; --",
    "t2": "<script>alert('x')</script><b>bold</b>",
    "t3": "\u202eevil\u202c \u0634\u0631\u0643\u0629 RTL",
    "t4": "Tab\tBell\x07Esc\x1b[31m",
    "t5": "N" * 1_000_000,
}


def make_hostile(path: Path) -> None:
    shutil.copyfile(SAMPLE, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        """
        ALTER TABLE placements RENAME TO placements_old;
        CREATE TABLE placements (round_id TEXT, dimension_id TEXT, placer_id TEXT, position);
        INSERT INTO placements SELECT * FROM placements_old;
        DROP TABLE placements_old;
        ALTER TABLE teams RENAME TO teams_old;
        CREATE TABLE teams (id TEXT, sort_order INTEGER, name TEXT, organisation TEXT, colour TEXT);
        INSERT INTO teams SELECT * FROM teams_old;
        DROP TABLE teams_old;
        INSERT INTO teams VALUES ('t1', 99, 'Duplicate of t1', '', '#000000');
        """
    )
    for team_id, name in HOSTILE_NAMES.items():
        conn.execute("UPDATE teams SET name=? WHERE id=? AND sort_order<99", (name, team_id))
    conn.execute("UPDATE meta SET value=? WHERE key='title'", ("<h1>Big</h1><img src=x onerror=alert(1)>",))
    conn.execute("DELETE FROM placements WHERE round_id='today' AND placer_id='t1'")
    conn.executemany(
        "INSERT INTO placements VALUES ('today', ?, 't1', ?)",
        [("overall", math.inf), ("integration", -1e308), ("decisions", 1e9), ("outcomes", "abc"),
         ("relationship", math.nan)],
    )
    conn.executemany("INSERT INTO placements VALUES (?, ?, ?, 50)",
                     [("today", "overall", "ghost"), ("nowhere", "overall", "t2"), ("today", "nowhere", "t2")])
    # Code in the file that would run on the app's writes, if it were let in.
    conn.executescript("CREATE TRIGGER wipe AFTER INSERT ON placements BEGIN DELETE FROM teams; END;"
                       "CREATE VIEW nosy AS SELECT * FROM teams;")
    conn.close()


def test_hostile_values_open_as_plain_data(tmp_path, qapp):
    path = tmp_path / "hostile.cwsession"
    make_hostile(path)
    before = path.read_bytes()
    session = read_session(path)
    assert [t.id for t in session.teams] == ["t1", "t2", "t3", "t4", "t5"]  # the duplicate is dropped
    # Names come through as they are, only cut to the length the app lets anyone type.
    assert {t.id: t.name for t in session.teams} == {k: v[:2000] for k, v in HOSTILE_NAMES.items()}
    assert session.info.title.startswith("<h1>")
    # No unusable position and nothing pointing nowhere got in.
    assert not any(k[2] == "t1" and k[0] == "today" for k in session.placements)
    assert all(0 <= v <= 100 and math.isfinite(v) for v in session.placements.values())
    assert all(k[2] != "ghost" and k[0] != "nowhere" and k[1] != "nowhere" for k in session.placements)
    # The file's trigger never runs on our writes: placing keeps every team.
    controller = open_session(path, tmp_path / "working")
    try:
        assert path.read_bytes() == before  # opening wrote nothing
        controller.place("today", "overall", "t1", 40)
        after = read_session(path)
        assert [t.id for t in after.teams] == ["t1", "t2", "t3", "t4", "t5"]
        assert after.position("today", "overall", "t1") == 40
    finally:
        controller.close()


HOSTILE_MARKS = ("<script", "&lt;script", "<b>bold", "&lt;b&gt;bold", "<h1>Big", "&lt;h1&gt;Big", "<u>Today",
                 "&lt;u&gt;Today", "<i>Overall", "&lt;i&gt;Overall")


def _shown_strings(window):
    """(where, text, rendered as rich text?) for every label and tool tip."""
    from PySide6.QtWidgets import QGraphicsView, QWidget

    for label in window.findChildren(QLabel):
        fmt = label.textFormat()
        rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
        yield f"label {label.objectName() or type(label.parent()).__name__}", label.text(), rich
    for widget in window.findChildren(QWidget):
        if widget.toolTip():
            yield f"tooltip of {type(widget).__name__}", widget.toolTip(), GuiQt.mightBeRichText(widget.toolTip())
    for view in window.findChildren(QGraphicsView):
        if view.scene() is None:
            continue
        for item in view.scene().items():
            tip = item.toolTip()
            if tip:
                yield f"tooltip of {type(item).__name__}", tip, GuiQt.mightBeRichText(tip)


def test_hostile_names_are_shown_as_text_not_markup(window, tmp_path, messages):
    path = tmp_path / "hostile.cwsession"
    make_hostile(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE dimensions SET name='<i>Overall</i><script>x</script>' WHERE id='overall'")
    conn.execute("UPDATE rounds SET name='<u>Today</u>' WHERE id='today'")
    conn.close()
    before = path.read_bytes()
    assert window.open_file(path)
    assert not messages
    assert path.read_bytes() == before  # opening wrote nothing (moving between steps will autosave)
    offenders = set()
    checked = 0
    for entry in range(len(window.controller.session.steps) + 1):
        window.workshop.show_entry(entry)
        for where, text, rich in _shown_strings(window):
            if any(mark in text for mark in HOSTILE_MARKS):
                checked += 1
                # Rich text is fine when the names in it were escaped; raw markup must be shown as plain text.
                if rich and any(raw in text for raw in ("<script", "<b>bold", "<h1>Big", "<u>Today", "<i>Overall")):
                    offenders.add((entry, where, text[:80]))
    assert not offenders, "\n".join(sorted({f"{where}: {text}" for _e, where, text in offenders}))
    assert checked, "no label or tool tip showed the hostile names: the check looked at nothing"
    assert [t.id for t in read_session(path).teams] == ["t1", "t2", "t3", "t4", "t5"]


def test_a_file_name_with_markup_is_shown_literally_in_the_message(window, tmp_path, messages):
    path = tmp_path / "<b>bold<br>minutes.cwsession"  # no "/" in a file name, so no closing tags
    path.write_text("not a session")
    assert not window.open_file(path)
    [(_title, text)] = messages
    # Qt would render "<b>" as bold and "<br>" as a line break; the message arrives escaped, so it reads as typed.
    assert "<b>bold" not in text and "&lt;b&gt;bold&lt;br&gt;minutes.cwsession" in text
    assert GuiQt.mightBeRichText(text)  # an escaped paragraph, shown as rich text: the tags appear literally


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc")
def test_a_file_that_fails_to_read_is_reported_clearly(window, messages, capsys):
    """An honest unreadable file that works even as root: reading the start
    of /proc/self/mem fails with an I/O error, as a failing disk or a
    vanished network share would."""
    path = Path("/proc/self/mem")
    assert not window.open_file(path)
    [(_title, text)] = messages
    assert "cannot read" in text and "Traceback" not in text
    assert cli.main(["summary", str(path)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("collabworkshop: ") and "cannot read" in err[0]
