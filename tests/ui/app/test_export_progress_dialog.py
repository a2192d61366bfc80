"""A long export from the window: a progress dialog appears, the window
keeps handling events meanwhile, and Cancel stops it leaving the previous
file byte for byte and nothing beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from largesession import write_large_session
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton


def _dialog(window) -> QProgressDialog | None:
    return next((d for d in window.findChildren(QProgressDialog) if d.isVisible()), None)


@pytest.mark.slow
# The PDF only: since the board is drawn by one layer per row, a board
# picture of the largest room is drawn within the dialog's half second, so
# no dialog comes up to cancel (the PNG goes through the same ExportJob).
@pytest.mark.parametrize("fmt, name", [("pdf", "report.pdf")])
def test_cancel_keeps_the_old_file_and_the_window_alive(window, qtbot, tmp_path: Path, fmt, name):
    source = write_large_session(tmp_path / "big.cwsession")
    assert window.open_file(source)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / name
    out.write_bytes(b"the report the client already has\n")
    before = out.read_bytes()

    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(20)
    seen = {}

    def watch() -> None:
        dialog = _dialog(window)
        if dialog is None:
            QTimer.singleShot(50, watch)
            return
        seen["label"] = dialog.labelText()
        seen["modal"] = dialog.windowModality()
        seen["ticks"] = len(ticks)
        QTimer.singleShot(100, lambda: click(dialog))

    def click(dialog) -> None:
        # The window's 20 ms timer went on firing while the dialog was up.
        seen["ticks_at_click"] = len(ticks)
        cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, watch)
    if fmt == "pdf":
        written = window.export_pdf(out)
    else:
        written = window.export("png", out, window.controller.session.rounds[0].id)
    ticker.stop()
    assert not written
    assert seen, "no progress dialog appeared"
    assert seen["modal"] == Qt.WindowModality.WindowModal
    assert "Writing the report" in seen["label"] or fmt != "pdf"
    assert seen["ticks"] > 0 and seen["ticks_at_click"] > seen["ticks"]  # timers ran during the export
    assert out.read_bytes() == before
    assert sorted(p.name for p in out_dir.iterdir()) == [name]  # no temporary file left
    assert "cancelled" in window.statusBar().currentMessage()
    QApplication.processEvents()
    assert _dialog(window) is None


@pytest.mark.slow
def test_markdown_of_a_big_room_is_written_off_the_gui_thread(window, qtbot, tmp_path: Path):
    source = write_large_session(tmp_path / "big.cwsession")
    assert window.open_file(source)
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(0)
    out = tmp_path / "r.md"
    assert window.export_markdown(out, full_appendix=True)
    ticker.stop()
    assert ticks, "the event loop ran while the report was written"
    appendix = out.read_text(encoding="utf-8").split("## Appendix: raw placements")[1]
    assert appendix.count("| Person ") == 25_000  # the full appendix, every placement
