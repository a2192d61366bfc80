"""The ``collabworkshop`` command, run as a real process (``python -m
collabworkshop``) the way a user or a script runs it.

What matters here: the numbers printed are the analysis module's numbers,
the exports are complete, and every failure is one clear line on stderr with
a non-zero status, without a traceback and without touching the input file.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from collabworkshop import __version__
from collabworkshop.analysis import describe, session_summary
from collabworkshop.storage import read_session, session_from_dict

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "eastport-alliance.cwsession"
TIMEOUT = 120


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("COLLABWORKSHOP_DEBUG", None)  # it would turn errors into tracebacks
    return subprocess.run(
        [sys.executable, "-m", "collabworkshop", *map(str, args)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A private copy of the sample, so a test can compare its bytes."""
    path = tmp_path / "in" / "eastport.cwsession"
    path.parent.mkdir()
    shutil.copyfile(SAMPLE, path)
    return path


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("collabworkshop: "), result.stderr
    return lines[0]


def normalised(text: str) -> str:
    return " ".join(text.split())


# -- --version and summary -------------------------------------------------------------


def test_version_prints_the_package_version():
    result = run_cli("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"collabworkshop {__version__}"
    assert result.stderr == ""


def _section(text: str, heading: str) -> list[str]:
    """The lines after ``heading`` up to the next blank line."""
    lines = text.splitlines()
    start = lines.index(heading)
    out = []
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        out.append(line)
    return out


def test_summary_prints_the_analysis_figures(sample: Path):
    before = sample.read_bytes()
    result = run_cli("summary", sample)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert sample.read_bytes() == before

    session = read_session(SAMPLE)
    dim = session.dimension("integration")
    for rnd in session.rounds:
        s = describe(session.positions(rnd.id, dim.id))
        rows = [line for line in _section(result.stdout, f"Round: {rnd.name}") if line.startswith(dim.name)]
        assert len(rows) == 1, result.stdout
        assert rows[0][len(dim.name) :].split() == [
            str(s.n),
            f"{s.mean:.1f}",
            f"{s.median:.1f}",
            f"{s.sd:.1f}",
            f"{s.iqr:.1f}",
            f"{s.rwg:.2f}",
            f"{s.consensus:.2f}",
            s.band.title,
        ]

    summary = session_summary(session)
    gap = summary.gaps[dim.id]
    gap_rows = [
        line for line in _section(result.stdout, "Gap: Today -> Needed (median)") if line.startswith(dim.name)
    ]
    assert gap_rows[0][len(dim.name) :].split() == [
        f"{gap.today.median:.1f}",
        f"{gap.needed.median:.1f}",
        f"{gap.gap:+.1f}",
        gap.gap_class.title,
    ]

    divergent = _section(result.stdout, "Most divergent dimension (lowest rwg)")
    for rnd in session.rounds:
        dim_id = summary.most_divergent[rnd.id]
        name = session.dimension(dim_id).name
        assert any(line.startswith(rnd.name) and name in line for line in divergent), divergent


def test_summary_and_json_export_do_not_load_qt():
    # The terminal commands must work on a machine without a display or Qt
    # libraries; only the PDF export and the app need PySide6.
    code = (
        "import sys\n"
        "from collabworkshop import cli\n"
        "import collabworkshop.storage.interchange, collabworkshop.reports.text\n"
        "assert cli.main(['summary', sys.argv[1]]) == 0\n"
        "assert cli.main(['export', sys.argv[1], '--format', 'json', '-o', '-']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(SAMPLE)], cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert result.returncode == 0, result.stderr


# -- exports ----------------------------------------------------------------------------


def test_export_json_is_complete_and_round_trips(sample: Path, tmp_path: Path):
    before = sample.read_bytes()
    out = tmp_path / "out" / "eastport.json"
    out.parent.mkdir()
    result = run_cli("export", sample, "--format", "json", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert sample.read_bytes() == before
    assert os.listdir(out.parent) == ["eastport.json"]  # no temporary file left behind

    data = json.loads(out.read_text(encoding="utf-8"))
    original = read_session(SAMPLE)
    assert data["format"] == "collabworkshop-session"
    assert data["schema_version"] == 2
    assert data["app_version"] == __version__
    assert len(data["placements"]) == len(original.placements) == 50
    assert len(data["statistics"]) == len(original.rounds) * len(original.dimensions)
    assert {g["dimension"]: g["class"] for g in data["gaps"]}["integration"] == "major"

    rebuilt = session_from_dict(data)
    assert rebuilt.teams == original.teams
    assert rebuilt.placements == original.placements
    assert rebuilt.actions == original.actions
    assert rebuilt.info == original.info
    assert rebuilt == original


def test_export_json_format_follows_the_output_name(sample: Path, tmp_path: Path):
    out = tmp_path / "eastport.json"
    result = run_cli("export", sample, "-o", out)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "collabworkshop-session"


def test_export_pdf_holds_the_report(sample: Path, tmp_path: Path):
    pypdf = pytest.importorskip("pypdf")
    before = sample.read_bytes()
    out = tmp_path / "out" / "eastport.pdf"
    out.parent.mkdir()
    result = run_cli("export", sample, "--format", "pdf", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert sample.read_bytes() == before
    assert os.listdir(out.parent) == ["eastport.pdf"]
    assert out.read_bytes().startswith(b"%PDF")

    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 2
    text = normalised(" ".join(page.extract_text() for page in reader.pages))
    session = read_session(SAMPLE)
    for team in session.teams:
        assert team.name in text
    assert "rwg" in text
    assert normalised(session.actions[0].title) in text
    assert re.search(r"Page 1 of \d+", text)
    for rnd in session.rounds:
        assert rnd.name in text


def test_pdf_export_works_without_the_board_renderer(monkeypatch):
    # The report must not depend on the board module: with it missing, the
    # CLI hands the report no board renderer (so no pictures) instead of failing.
    from collabworkshop import cli

    monkeypatch.setitem(sys.modules, "collabworkshop.ui.board", None)  # import now raises ImportError
    assert cli._board_renderer() is None


# -- errors -------------------------------------------------------------------------------


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere.cwsession"


def _text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.cwsession"
    path.write_text("These are my workshop notes, not a session.\n" * 5, encoding="utf-8")
    return path


def _plain_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "other.cwsession"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO things (name) VALUES ('spanner')")
    conn.commit()
    conn.close()
    return path


def _newer_version(tmp_path: Path) -> Path:
    path = tmp_path / "newer.cwsession"
    data = bytearray(SAMPLE.read_bytes())
    data[60:64] = struct.pack(">I", 99)  # PRAGMA user_version lives at offset 60
    path.write_bytes(bytes(data))
    return path


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.cwsession"
    data = bytearray(SAMPLE.read_bytes())
    data[100:] = b"\xa5" * (len(data) - 100)  # a valid header over garbage
    path.write_bytes(bytes(data))
    return path


BAD_INPUTS = {
    "missing": (_missing, "no such file"),
    "text file": (_text_file, "not a CollabWorkshop session file"),
    "plain sqlite": (_plain_sqlite, "different SQLite database"),
    "newer version": (_newer_version, "newer CollabWorkshop"),
    "damaged": (_damaged, "damaged"),
}

COMMANDS = {
    "summary": lambda path, out: ("summary", path),
    "export json": lambda path, out: ("export", path, "--format", "json", "-o", out / "x.json"),
    "export pdf": lambda path, out: ("export", path, "--format", "pdf", "-o", out / "x.pdf"),
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_gives_one_clear_line(case: str, command: str, tmp_path: Path):
    make, expected = BAD_INPUTS[case]
    path = make(tmp_path)
    before = path.read_bytes() if path.exists() else None
    out = tmp_path / "out"
    out.mkdir()

    result = run_cli(*COMMANDS[command](path, out))

    line = assert_one_line_error(result)
    assert expected in line
    assert str(path.name) in line
    assert result.stdout == ""
    if before is None:
        assert not path.exists()
    else:
        assert path.read_bytes() == before
    assert os.listdir(out) == []  # nothing written, not even a temporary file


@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_output_into_a_missing_folder_is_a_clear_error(fmt: str, sample: Path, tmp_path: Path):
    before = sample.read_bytes()
    folder = tmp_path / "no" / "such" / "folder"
    result = run_cli("export", sample, "--format", fmt, "-o", folder / f"report.{fmt}")
    line = assert_one_line_error(result)
    assert "folder does not exist" in line
    assert str(folder) in line
    assert not folder.exists()
    assert sample.read_bytes() == before


def test_export_refuses_to_overwrite_its_input(sample: Path):
    before = sample.read_bytes()
    result = run_cli("export", sample, "--format", "json", "-o", sample)
    line = assert_one_line_error(result)
    assert "refusing to overwrite" in line
    assert sample.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ("export", "{sample}", "-o", "{tmp}/report.txt"),  # no --format and no telling extension
        ("export", "{sample}", "--format", "docx", "-o", "{tmp}/report.docx"),
        ("export", "{sample}"),  # no -o
        ("summary",),
    ],
    ids=["unknown extension", "unknown format", "no output", "no file"],
)
def test_usage_errors_are_one_line_too(args: tuple[str, ...], sample: Path, tmp_path: Path):
    result = run_cli(*(a.format(sample=sample, tmp=tmp_path) for a in args))
    assert_one_line_error(result)
    assert result.returncode == 2
    assert os.listdir(tmp_path) == ["in"]


def test_import_of_a_lone_surrogate_is_a_clear_error_not_an_internal_one(sample: Path, tmp_path: Path):
    exported = tmp_path / "export.json"
    assert run_cli("export", sample, "-o", exported).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["teams"][1]["name"] = "South \ud800 Yard"
    exported.write_text(json.dumps(data), encoding="ascii")  # the escape "\ud800", as a script writes it
    out = tmp_path / "imported.cwsession"
    result = run_cli("import", exported, "-o", out)
    assert result.returncode == 1  # a bad input, not an internal error (70)
    line = assert_one_line_error(result)
    assert "teams[1].name" in line and "lone surrogate" in line and "internal error" not in line
    assert not out.exists() and list(tmp_path.glob(".*")) == []
