"""File > Export: every format from the app, read back by a real reader."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog


def _menu_texts(window) -> list[str]:
    return [a.text() for a in window.export_menu.actions() if not a.isSeparator()]


def test_export_submenu_lists_every_format_with_keyboard_access(window, sample_copy):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_menu.menuAction() in file_menu.actions()
    # PDF and JSON moved into the submenu; they are not listed twice.
    assert window.export_pdf_action not in file_menu.actions()
    texts = _menu_texts(window)
    assert len(texts) == 6
    for word in ("PDF", "CSV", "Markdown", "calendar", "Board image", "JSON"):
        assert any(word in t for t in texts), word
    # Every item has its own mnemonic, and the PDF keeps its shortcut.
    mnemonics = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(mnemonics)) == len(mnemonics)
    assert window.export_pdf_action.shortcut().toString() == "Ctrl+E"
    assert not any(a.isEnabled() for a in window.export_actions)  # no session yet
    window.open_file(sample_copy)
    assert all(a.isEnabled() for a in window.export_actions)


def test_every_format_from_the_app(window, sample_copy, tmp_path: Path):
    icalendar = pytest.importorskip("icalendar")
    window.open_file(sample_copy)
    session = window.controller.session

    assert window.export_csv(tmp_path / "w.csv")
    with open(tmp_path / "w.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == len(session.placements)
    with open(tmp_path / "w-actions.csv", encoding="utf-8-sig", newline="") as fh:
        assert [r["title"] for r in csv.DictReader(fh)] == [a.title for a in session.actions]
    assert "w-actions.csv" in window.statusBar().currentMessage()

    assert window.export_markdown(tmp_path / "w.md")
    assert (tmp_path / "w.md").read_text(encoding="utf-8").startswith(f"# {session.info.title}")

    assert window.export_calendar(tmp_path / "w.ics")
    events = list(icalendar.Calendar.from_ical((tmp_path / "w.ics").read_bytes()).walk("VEVENT"))
    assert len(events) == len(session.actions)
    assert "7 action(s)" in window.statusBar().currentMessage()

    assert window.export_board_image(tmp_path / "w.png", session.rounds[1].id)
    image = QImage(str(tmp_path / "w.png"))
    assert not image.isNull() and image.width() == 1800

    assert window.export_json(tmp_path / "w.json")
    assert json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))["format"] == "collabworkshop-session"


def test_menu_item_asks_for_a_file_and_the_round(window, sample_copy, tmp_path: Path, monkeypatch):
    window.open_file(sample_copy)
    out = tmp_path / "board"  # no extension: the app adds .png
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    asked = []

    def get_item(parent, title, label, items, current, editable):
        asked.append((list(items), current))
        return items[-1], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    window.export_board_action.trigger()
    names = [r.name for r in window.controller.session.rounds]
    assert asked and asked[0][0] == names
    assert not QImage(str(tmp_path / "board.png")).isNull()
    assert "board.png" in window.statusBar().currentMessage()


def test_export_errors_are_dialogs_not_crashes(window, sample_copy, tmp_path: Path, messages):
    window.open_file(sample_copy)
    not_a_folder = tmp_path / "minutes.txt"
    not_a_folder.write_text("x")
    for export, name in (
        (window.export_csv, "a.csv"),
        (window.export_markdown, "a.md"),
        (window.export_calendar, "a.ics"),
        (window.export_board_image, "a.png"),
    ):
        messages.clear()
        assert not export(not_a_folder / name)
        assert messages, name
        title, text = messages[-1]
        assert title.startswith("Could not export")
        assert "minutes.txt" in text
    assert not_a_folder.read_text() == "x"


def test_calendar_without_due_dates_explains_why(window, tmp_path: Path, messages):
    window.new_session()
    assert not window.export_calendar(tmp_path / "none.ics")
    assert messages and "due date" in messages[-1][1]
    assert not (tmp_path / "none.ics").exists()


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1.2 MB file system: room for one report (about 0.8 MB), not two."""
    import subprocess

    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_pdf_export_on_a_full_disk_says_so_and_keeps_the_old_report(window, sample_copy, small_disk, messages):
    pypdf = pytest.importorskip("pypdf")
    window.open_file(sample_copy)
    old = small_disk / "report.pdf"
    assert window.export_pdf(old)
    before = old.read_bytes()
    messages.clear()
    # The new report needs a second megabyte beside the old one: the disk is full.
    assert not window.export_pdf(old)
    assert messages, "no message"
    title, text = messages[-1]
    assert title == "Could not write the report"
    assert "report.pdf" in text and "No space left on device" in text
    assert old.read_bytes() == before
    assert len(pypdf.PdfReader(old).pages) > 3
    assert sorted(p.name for p in small_disk.iterdir()) == ["report.pdf"]  # nothing left behind
