"""Every export format, written by the command line and read back by a real
reader: pypdf for the PDF, the csv module, the icalendar package, jsonschema
for the JSON, Qt's image reader for the PNG, and `collabworkshop import`
for the round trip.

Most tests call ``cli.main`` in this process (fast); a few run the real
command in a child process end to end.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from exportsamples import AWKWARD, FORMULA_TEAM, REPO, SAMPLE, full_session, sample_session

from collabworkshop import cli
from collabworkshop.reports.content import placement_records
from collabworkshop.storage import read_session, save_session, session_to_json

SCHEMA = REPO / "docs" / "session.schema.json"


def normalised(text: str) -> str:
    return " ".join(text.split())


def run(*args: str | Path) -> int:
    return cli.main([str(a) for a in args])


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("collabworkshop: ")
    return lines[0]


@pytest.fixture(scope="module")
def full_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("full") / "full.cwsession"
    save_session(full_session(), path)
    return path


@pytest.fixture(scope="module")
def full_pdf_text(full_file: Path, tmp_path_factory) -> tuple[str, int, list[str]]:
    """The full session's report, exported once by the real command and read
    back with pypdf: (all text, page count, text per page)."""
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path_factory.mktemp("pdf") / "report.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COLLABWORKSHOP_DEBUG", None)
    result = subprocess.run(
        [sys.executable, "-m", "collabworkshop", "export", str(full_file), "-o", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert os.listdir(out.parent) == ["report.pdf"]  # no temporary file left beside it
    reader = pypdf.PdfReader(out)
    pages = [page.extract_text() for page in reader.pages]
    return normalised(" ".join(pages)), len(pages), pages


# -- PDF ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_pdf_report_has_every_section_and_numbered_pages(full_pdf_text):
    text, count, pages = full_pdf_text
    session = full_session()
    assert normalised(session.info.title) in normalised(pages[0])  # the cover
    for heading in (
        "Executive summary",
        "Round 1: Last spring",
        "Gap from Today (Today, after discussion) to Needed",  # own rounds, latest placement
        "Divergence and perception gaps",
        "Lever vote",
        "Action plan",
        "Notes, decisions and parking lot",
        "Decisions",
        "Parking lot",
        "Appendix: raw placements",
    ):
        assert heading in text, heading
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {count}" in normalised(page)
    # The vote tally: L3 has 5 dots (2 + 3), the most.
    assert re.search(r"L3 Psychological safety 5 ", text)
    # The plan shows supporters, impact and effort, and marks a suggestion.
    assert "Supported by Port Authority, Tidewater Design" in text
    assert "(suggestion, not accepted)" in text
    # A note and a participant's placement from the appendix.
    assert "We meet monthly, chaired in turn" in text
    assert "Ana \u00c5lesund 10.5" in text


@pytest.mark.slow
def test_pdf_without_votes_says_so(tmp_path: Path, qapp):
    pypdf = pytest.importorskip("pypdf")
    session = read_session(SAMPLE)
    session.votes = {}  # the shipped sample has a vote; this session has none
    session.notes = []
    source = tmp_path / "no-vote.cwsession"
    save_session(session, source)
    out = tmp_path / "sample.pdf"
    assert run("export", source, "--format", "pdf", "-o", out) == 0
    text = normalised(" ".join(p.extract_text() for p in pypdf.PdfReader(out).pages))
    assert "No lever vote was taken." in text
    assert "No notes were taken." in text
    assert "The biggest gaps from Today to Needed are on Integration (+48.0 points, major)" in text


# -- CSV ------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte order mark, so that Excel reads UTF-8"
    assert raw.endswith(b"\r\n") and raw.split(b"\n", 1)[0].endswith(b"\r"), "CRLF records (RFC 4180)"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_writes_placements_and_actions(full_file: Path, tmp_path: Path, capsys):
    out = tmp_path / "workshop.csv"
    assert run("export", full_file, "-o", out) == 0
    assert sorted(os.listdir(tmp_path)) == ["workshop-actions.csv", "workshop.csv"]
    # The second file is named: the user asked for one.
    assert capsys.readouterr().out.splitlines() == [f"wrote {out}", f"wrote {tmp_path / 'workshop-actions.csv'}"]
    session = full_session()

    rows = _read_csv(out)
    assert len(rows) == len(placement_records(session))
    assert len(rows) == len(session.placements)  # nothing lost, nothing invented
    ana = [r for r in rows if r["participant"] == "Ana \u00c5lesund"]
    assert len(ana) == len(session.dimensions)
    assert ana[0]["team"] == session.teams[0].name
    assert ana[0]["round"] == "Today" and float(ana[0]["position"]) == 10.5
    for row in rows:
        key = (row["round_id"], row["dimension_id"], row["participant_id"] or row["team_id"])
        assert float(row["position"]) == session.placements[key]

    actions = _read_csv(tmp_path / "workshop-actions.csv")
    assert [a["id"] for a in actions] == [a.id for a in session.actions]
    first = actions[0]
    assert first["supporting_teams"] == "Port Authority; Tidewater Design"
    assert (first["impact"], first["effort"], first["accepted"]) == ("high", "medium", "yes")
    assert actions[1]["accepted"] == "no"
    last = actions[-1]
    assert last["title"] == AWKWARD  # commas, quotes and the line break survive
    assert last["status"] == "blocked" and last["due"] == "2027-02-28"
    assert float(last["priority"]) == 12.5


def test_csv_cells_cannot_become_formulas(full_file: Path, tmp_path: Path):
    out = tmp_path / "x.csv"
    assert run("export", full_file, "--format", "csv", "-o", out) == 0
    rows = _read_csv(out)
    teams = {r["team"] for r in rows}
    assert "'" + FORMULA_TEAM in teams and FORMULA_TEAM not in teams
    assert "'-Minus Org" in {r["organisation"] for r in rows}
    assert "'+Bo Chen" in {r["participant"] for r in rows}
    actions = _read_csv(tmp_path / "x-actions.csv")
    assert actions[-1]["owner"] == "'-Owner; with semicolon"
    assert actions[-1]["why"].startswith("'@because")
    # Numbers are the app's own and stay numbers.
    assert all(not r["position"].startswith("'") for r in rows)


def test_csv_to_standard_output_is_the_placements(capsys):
    assert run("export", SAMPLE, "--format", "csv", "-o", "-") == 0
    text = capsys.readouterr().out.lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(sample_session().placements)


# -- Markdown -------------------------------------------------------------------------------


def test_markdown_report_reads_as_a_document(full_file: Path, tmp_path: Path):
    out = tmp_path / "report.md"
    assert run("export", full_file, "-o", out) == 0
    text = out.read_text(encoding="utf-8")
    session = full_session()
    assert text.startswith(f"# {session.info.title}\n")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[:2] == ["## Executive summary", "## Teams"]
    assert "## Lever vote" in headings and "## Action plan" in headings
    assert headings[-1] == "## Appendix: raw placements"
    # Every table row has as many cells as its header: a pipe or a line
    # break in a team name or note did not break a table.
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("| ---") or line.startswith("| -"):
            width = len(re.split(r"(?<!\\)\|", lines[i - 1]))
            j = i + 1
            while j < len(lines) and lines[j].startswith("|"):
                assert len(re.split(r"(?<!\\)\|", lines[j])) == width, lines[j]
                j += 1
    assert "Quay \"North\"; a, b \\\\ c \\| d \\<e\\> & f<br>second line" in text
    assert "- We meet monthly, chaired in turn" in text
    assert "| Today | Overall way of working | Harbour Works | Ana Ålesund | 10.5 |" in text


# -- iCalendar --------------------------------------------------------------------------------


def test_calendar_has_one_event_per_dated_action(full_file: Path, tmp_path: Path):
    icalendar = pytest.importorskip("icalendar")
    out = tmp_path / "plan.ics"
    assert run("export", full_file, "-o", out) == 0
    raw = out.read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75

    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    session = full_session()
    dated = [a for a in session.actions if re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.due)]
    assert len(dated) == len(session.actions) - 2  # one without a date, one with "not a date"
    assert [str(e["SUMMARY"]) for e in events] == [a.title for a in dated]
    last = events[-1]
    assert str(last["SUMMARY"]) == AWKWARD  # ; , \ and the newline unescaped again
    assert last.decoded("DTSTART").isoformat() == "2027-02-28"
    assert last.decoded("DTEND").isoformat() == "2027-03-01"
    description = str(last["DESCRIPTION"])
    assert "Owner: -Owner; with semicolon" in description
    assert f"Supporting: {FORMULA_TEAM}" in description
    assert "Success measure: \u00e9t\u00e9 \u2013 done \U0001F389" in description
    first = events[0]
    assert "Supporting: Port Authority, Tidewater Design" in str(first["DESCRIPTION"])

    # A second export of the same session gives the same UIDs (calendars
    # update the events instead of duplicating them).
    again = tmp_path / "again.ics"
    assert run("export", full_file, "--format", "ics", "-o", again) == 0
    uids = [str(e["UID"]) for e in events]
    assert uids == [str(e["UID"]) for e in icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")]
    assert len(set(uids)) == len(uids)


# -- PNG ------------------------------------------------------------------------------------------


def test_png_writes_one_board_per_round_or_the_chosen_round(full_file: Path, tmp_path: Path, qapp, capsys):
    from PySide6.QtGui import QImage

    out = tmp_path / "board.png"
    assert run("export", full_file, "-o", out) == 0
    # Files other than the one asked for are named, in order, one a line.
    assert capsys.readouterr().out.splitlines() == [
        f"wrote {tmp_path / name}" for name in
        ["board-1-last-spring.png", "board-2-today.png", "board-3-needed.png", "board-4-today-after-discussion.png"]
    ]
    session = full_session()
    assert sorted(os.listdir(tmp_path)) == sorted(
        ["board-1-last-spring.png", "board-2-today.png", "board-3-needed.png", "board-4-today-after-discussion.png"]
    )
    assert len(os.listdir(tmp_path)) == len(session.rounds)
    image = QImage(str(tmp_path / "board-2-today.png"))
    assert not image.isNull() and image.width() == 1800 and image.height() > 300
    # Not blank: the board has ink on it.
    assert len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}) > 5

    chosen = tmp_path / "chosen" / "needed.png"
    chosen.parent.mkdir()
    assert run("export", full_file, "-o", chosen, "--round", "needed") == 0
    assert os.listdir(chosen.parent) == ["needed.png"]
    assert capsys.readouterr().out == ""  # just what was asked: nothing to say
    assert not QImage(str(chosen)).isNull()


def test_png_with_an_unknown_round_is_a_usage_error(full_file: Path, tmp_path: Path, capsys):
    assert run("export", full_file, "-o", tmp_path / "b.png", "--round", "9") == cli.EXIT_USAGE
    line = one_line_error(capsys)
    assert "no round '9'" in line and "1 (Last spring)" in line
    assert os.listdir(tmp_path) == []


# -- JSON and import ---------------------------------------------------------------------------


def test_json_export_validates_against_the_schema(full_file: Path, tmp_path: Path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    out = tmp_path / "full.json"
    assert run("export", full_file, "-o", out) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    # Format 2 content is there.
    assert {p["name"] for p in data["participants"]} == {"Ana \u00c5lesund", "+Bo Chen", "C\u00e9line Dupont"}
    assert data["settings"] == {"placement_mode": "participant", "vote_dots": 4, "gap_placement": "latest"}
    assert {"team": "t2", "lever": "L3", "dots": 3} in data["votes"]
    assert [n["kind"] for n in data["notes"]] == ["decision", "note", "parking"]
    rounds = {r["id"]: r for r in data["rounds"]}
    assert rounds["base"]["baseline"] and rounds["after"]["hidden"] and rounds["after"]["follows"] == "today"
    assert data["steps"][1]["script"] == "Say hello to step 1" and data["steps"][1]["actual"] == 120
    assert data["actions"][0]["supporting"] == ["t2", "t3"] and data["actions"][1]["accepted"] is False


@pytest.mark.parametrize("make", [sample_session, full_session], ids=["sample", "full"])
def test_import_of_an_export_reproduces_the_session(make, tmp_path: Path):
    original = make()
    source = tmp_path / "source.cwsession"
    save_session(original, source)
    exported = tmp_path / "export.json"
    assert run("export", source, "-o", exported) == 0
    imported = tmp_path / "imported.cwsession"
    assert run("import", exported, "-o", imported) == 0
    assert read_session(imported) == original


def test_import_refuses_to_overwrite_without_force(tmp_path: Path, capsys):
    exported = tmp_path / "export.json"
    exported.write_text(session_to_json(sample_session()), encoding="utf-8")
    target = tmp_path / "taken.cwsession"
    target.write_bytes(b"precious")
    assert run("import", exported, "-o", target) == cli.EXIT_FAILED
    assert "already exists; add --force" in one_line_error(capsys)
    assert target.read_bytes() == b"precious"
    assert run("import", exported, "-o", target, "--force") == 0
    assert read_session(target) == sample_session()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32"])
def test_import_reads_byte_order_marks_and_utf16(encoding: str, tmp_path: Path):
    text = session_to_json(full_session())
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    source = tmp_path / "in.json"
    source.write_bytes(data)
    out = tmp_path / "out.cwsession"
    assert run("import", source, "-o", out) == 0
    assert read_session(out) == full_session()


def _doc() -> dict:
    return json.loads(session_to_json(sample_session()))


BAD_IMPORTS = {
    "not json": (b"{\"format\": ", "not valid JSON"),
    "binary": (bytes(range(256)) * 4, "not"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "huge integer": (b'{"format": ' + b"9" * 20_000 + b"}", "a number has too many digits"),
    "array": (b"[1, 2]", "expected an object"),
    "wrong type": (
        json.dumps({**_doc(), "teams": [{"id": "t1", "name": 7}]}).encode(),
        "teams[0].name: expected text, got a number",
    ),
    "huge position": (
        json.dumps({**_doc(), "placements": [{**_doc()["placements"][0], "position": 1e308 * 10}]}).encode(),
        "not a finite number",
    ),
    "huge dots": (
        json.dumps({**_doc(), "votes": [{"team": "t1", "lever": "L1", "dots": 10**30}]}).encode(),
        "votes[0].dots",
    ),
    "newer format": (json.dumps({**_doc(), "schema_version": 99}).encode(), "newer CollabWorkshop"),
}


@pytest.mark.parametrize("case", BAD_IMPORTS)
def test_bad_json_is_one_clear_line_and_writes_nothing(case: str, tmp_path: Path, capsys):
    data, expected = BAD_IMPORTS[case]
    source = tmp_path / "bad.json"
    source.write_bytes(data)
    out = tmp_path / "out.cwsession"
    assert run("import", source, "-o", out) == cli.EXIT_FAILED
    line = one_line_error(capsys)
    assert expected in line, line
    assert line.startswith(f"collabworkshop: {source}: ")
    assert len(line) < 400
    assert sorted(os.listdir(tmp_path)) == ["bad.json"]


def test_import_of_a_missing_file(tmp_path: Path, capsys):
    assert run("import", tmp_path / "none.json", "-o", tmp_path / "x.cwsession") == cli.EXIT_FAILED
    assert "no such file" in one_line_error(capsys)


# -- destinations ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "json", "csv", "md", "ics", "png"])
def test_unwritable_destination_is_one_line(fmt: str, tmp_path: Path, capsys, qapp):
    missing = tmp_path / "no" / "such" / f"out.{fmt}"
    assert run("export", SAMPLE, "--format", fmt, "-o", missing) == cli.EXIT_FAILED
    assert "folder does not exist" in one_line_error(capsys)
    folder = tmp_path / f"folder.{fmt}"
    folder.mkdir()
    args = ["--round", "1"] if fmt == "png" else []
    assert run("export", SAMPLE, "--format", fmt, "-o", folder, *args) == cli.EXIT_FAILED
    assert "is a folder" in one_line_error(capsys)


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path, capsys):
    # The second file of a CSV pair cannot be written (a folder is in the
    # way); the first is replaced whole or not at all, never half-written.
    out = tmp_path / "x.csv"
    out.write_bytes(b"old")
    (tmp_path / "x-actions.csv").mkdir()
    assert run("export", SAMPLE, "-o", out) == cli.EXIT_FAILED
    one_line_error(capsys)
    data = out.read_bytes()
    assert data == b"old" or data.startswith(b"\xef\xbb\xbfround_id,")
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]


def test_round_option_belongs_to_png(tmp_path: Path, capsys):
    assert run("export", SAMPLE, "-o", tmp_path / "x.md", "--round", "1") == cli.EXIT_USAGE
    assert "--round is for the png export only" in one_line_error(capsys)
    assert run("export", SAMPLE, "-o", "-", "--format", "png") == cli.EXIT_USAGE
    one_line_error(capsys)


@pytest.mark.slow
def test_text_exports_and_import_do_not_load_qt(tmp_path: Path):
    # CSV, Markdown, iCalendar and import work on a server without Qt; only
    # the PDF and PNG exports draw.
    code = (
        "import sys, os\n"
        "from collabworkshop import cli\n"
        "out = sys.argv[2]\n"
        "for fmt in ('csv', 'md', 'ics', 'json'):\n"
        "    assert cli.main(['export', sys.argv[1], '-o', os.path.join(out, 'x.' + fmt)]) == 0\n"
        "assert cli.main(['import', os.path.join(out, 'x.json'), '-o', os.path.join(out, 'y.cwsession')]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(SAMPLE), str(tmp_path)], cwd=REPO, capture_output=True, text=True,
        timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(tmp_path)) == ["x-actions.csv", "x.csv", "x.ics", "x.json", "x.md", "y.cwsession"]


def test_import_from_standard_input(tmp_path: Path, monkeypatch):
    data = session_to_json(full_session()).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    out = tmp_path / "piped.cwsession"
    assert run("import", "-", "-o", out) == 0
    assert read_session(out) == full_session()


def test_the_shipped_sample_report_is_a_complete_report():
    # docs/sample-report.pdf comes from `make report` (scripts/make_sample_report.py).
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(REPO / "docs" / "sample-report.pdf")
    count = len(reader.pages)
    first, last = (normalised(reader.pages[i].extract_text()) for i in (0, count - 1))
    assert sample_session().info.title in first
    assert "Executive summary" in first and "Page 1 of" in first
    assert last.endswith(f"Page {count} of {count}")
    assert "Quayside Community" in last  # the appendix lists placements to the end


@pytest.mark.slow
@pytest.mark.parametrize("after_s", [0.3, 0.7, 1.1])
def test_a_killed_pdf_export_leaves_the_old_report_whole(tmp_path: Path, after_s: float):
    # Kill the export at some moment of its run: the report the user had is
    # untouched or wholly replaced by the new one, never half-replaced. (The
    # PDF is made in memory and written in one go, so the moment the
    # temporary file exists is too short to aim at; moments spread over the
    # run stand in for it.)
    import signal
    import time

    pypdf = pytest.importorskip("pypdf")
    old = b"%PDF-1.4 the previous, complete report"
    out = tmp_path / "report.pdf"
    out.write_bytes(old)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "collabworkshop", "export", str(SAMPLE), "-o", str(out)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(after_s)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    data = out.read_bytes()
    if data != old:
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        assert len(pypdf.PdfReader(out).pages) > 1
