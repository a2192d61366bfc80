"""Reports that stay short in a big room: the PDF and Markdown print the
largest 20 rows of each long list and count the rest; ``--full-appendix``
prints every row; the CSV and JSON always hold everything. Pages are
counted with a real PDF reader (pypdf)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from largesession import large_session

from collabworkshop import cli
from collabworkshop.analysis.stats import perception_gaps
from collabworkshop.storage import save_session


def normalised(text: str) -> str:
    return " ".join(text.split())


def _appendix_rows(markdown: str) -> list[str]:
    appendix = markdown.split("## Appendix: raw placements")[1]
    return [line for line in appendix.splitlines() if line.startswith("| ") and not line.startswith("| Round")
            and not line.startswith("| ---")]


def _pairs(session) -> int:
    return sum(len(perception_gaps(session, r.id, d.id, repeats=False)) for r in session.rounds
               for d in session.dimensions)


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> tuple[Path, object]:
    session = large_session()
    path = tmp_path_factory.mktemp("big") / "big.cwsession"
    save_session(session, path)
    return path, session


def test_markdown_of_a_big_room_shows_the_largest_20_and_counts_the_rest(big, tmp_path: Path):
    path, session = big
    out = tmp_path / "r.md"
    assert cli.main(["export", str(path), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    total = len(session.placements)
    assert total == 25_000
    assert len(_appendix_rows(text)) == 20
    assert f"The first 20 of {total:,} tokens placed." in text
    assert f"and {total - 20:,} more (the complete list is in the CSV and JSON exports" in text
    # Perception gaps: the 20 widest, widest first, and the count of the rest.
    pairs = _pairs(session)
    assert pairs > 60
    section = text.split("## Perception gaps")[1].split("## Lever vote")[0]
    points = [float(line.rstrip(" |").rsplit("|", 1)[1]) for line in section.splitlines()
              if line.startswith("| ") and re.search(r"\d \|$", line)]
    assert len(points) == 20 and points == sorted(points, reverse=True)
    assert f"The 20 widest of {pairs:,} pairs, widest first." in section
    assert f"and {pairs - 20:,} more" in section
    # Teams: 50 is a long list too.
    teams = text.split("## Teams")[1].split("## Round 1")[0]
    assert "Team 20" in teams and "Team 21" not in teams and "and 30 more" in teams

    # The full appendix prints every row; the CSV always has them all.
    full = tmp_path / "full.md"
    assert cli.main(["export", str(path), "-o", str(full), "--full-appendix"]) == 0
    full_text = full.read_text(encoding="utf-8")
    assert len(_appendix_rows(full_text)) == total
    assert "more (the complete list" not in full_text
    assert cli.main(["export", str(path), "-o", str(tmp_path / "all.csv")]) == 0
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == total


@pytest.mark.slow
def test_pdf_of_a_big_room_has_at_most_20_pages(big, tmp_path: Path, qapp):
    pypdf = pytest.importorskip("pypdf")
    path, session = big
    out = tmp_path / "r.pdf"
    assert cli.main(["export", str(path), "-o", str(out)]) == 0
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) <= 20
    text = normalised(" ".join(p.extract_text() for p in reader.pages))
    assert "Appendix: raw placements" in text
    assert f"and {len(session.placements) - 20:,} more" in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


@pytest.mark.slow
def test_pdf_with_the_full_appendix_lists_every_placement(tmp_path: Path, qapp):
    pypdf = pytest.importorskip("pypdf")
    # 400 placements: a long list, cut by default, whole with --full-appendix.
    session = large_session(teams=10, per_team=4, rounds=2)
    path = tmp_path / "mid.cwsession"
    save_session(session, path)
    short, full = tmp_path / "short.pdf", tmp_path / "full.pdf"
    assert cli.main(["export", str(path), "-o", str(short)]) == 0
    assert cli.main(["export", str(path), "-o", str(full), "--full-appendix"]) == 0
    short_pages, full_pages = pypdf.PdfReader(short).pages, pypdf.PdfReader(full).pages
    assert len(full_pages) > len(short_pages) + 5
    short_text = normalised(" ".join(p.extract_text() for p in short_pages))
    full_text = normalised(" ".join(p.extract_text() for p in full_pages))
    assert "and 380 more" in short_text and "more (the complete list" not in full_text
    last = session.participants[-1]
    assert f"{last.name} " not in short_text.split("Appendix: raw placements")[1]
    appendix = full_text.split("Appendix: raw placements")[1]
    assert appendix.count(last.name) == len(session.dimensions) * len(session.rounds)


def test_full_appendix_is_refused_for_formats_without_one(big, tmp_path: Path, capsys):
    path, _ = big
    assert cli.main(["export", str(path), "-o", str(tmp_path / "x.json"), "--full-appendix"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["collabworkshop: --full-appendix is for the pdf and md export only"]
    assert list(tmp_path.iterdir()) == []
