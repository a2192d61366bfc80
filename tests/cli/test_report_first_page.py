"""The report's first page (and the top of the Markdown): Today against
Needed as a chart, the three largest gaps in words, the agreed actions with
owners and dates, read back from the real PDF with pypdf."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from edgesessions import gap_edge_session
from exportsamples import full_session, sample_session

from collabworkshop import cli
from collabworkshop.analysis.stats import session_summary
from collabworkshop.reports.content import largest_gaps
from collabworkshop.storage import save_session


def normalised(text: str) -> str:
    return " ".join(text.split())


def _pdf_pages(session, tmp_path: Path) -> list[str]:
    pypdf = pytest.importorskip("pypdf")
    source = tmp_path / "s.cwsession"
    save_session(session, source)
    out = tmp_path / "report.pdf"
    assert cli.main(["export", str(source), "-o", str(out)]) == 0
    reader = pypdf.PdfReader(out)
    assert reader.pages[0].images, "the first page carries the Today/Needed chart"
    return [normalised(p.extract_text()) for p in reader.pages]


def test_first_page_has_the_profile_the_three_largest_gaps_and_the_agreed_actions(tmp_path: Path, qapp):
    session = sample_session()
    # One suggestion nobody accepted, one action without an owner or a date yet.
    session.actions[1] = replace(session.actions[1], accepted=False)
    session.actions[2] = replace(session.actions[2], owner="", due="")
    pages = _pdf_pages(session, tmp_path)
    first = pages[0]
    assert session.info.title in first
    assert "Executive summary" in first
    assert "Today against Needed" in first
    assert "The three largest gaps" in first
    gaps = largest_gaps(session, session_summary(session))
    assert [g.dimension_name for g in gaps] == ["Integration", "Goals and accountability", "Overall way of working"]
    for gap in gaps:
        assert normalised(gap.sentence) in first
    assert "Integration: +48.0 points, major: from 22.0 (Today) to 70.0 (Needed), towards collaboration." in first
    assert "Agreed actions" in first
    for action in session.actions:
        if not action.accepted:
            assert normalised(action.title) not in first  # a suggestion is not agreed
        elif action.owner:
            assert normalised(f"{action.title} {action.lever.label} {action.owner} {action.due}") in first
        else:
            assert normalised(f"{action.title} {action.lever.label} No owner yet No date yet") in first
    assert "1 suggestion awaits a decision" in first
    # The detail follows on later pages.
    assert "Teams taking part" not in first and "Teams taking part" in pages[1]
    assert "Page 1 of" in first


def test_the_first_page_stands_alone_however_long_the_action_titles(tmp_path: Path, qapp):
    # Eight agreed actions whose titles run to three lines each: laid out, the
    # page would spill onto a second sheet; it lists fewer and says so, and
    # the next page starts with the detail, not with the first page's tail.
    session = sample_session()
    long_title = "Agree with every partner, in writing and before the next steering group, " * 3
    base = session.actions[0]
    session.actions[:] = [replace(base, id=f"a{i}", title=f"{i}. {long_title}", accepted=True) for i in range(8)]
    pages = _pdf_pages(session, tmp_path)
    first, second = pages[0], pages[1]
    listed = [i for i in range(8) if f"{i}. Agree with every partner" in first]
    assert listed == list(range(len(listed))) and 3 <= len(listed) < 8, listed
    assert f"and {8 - len(listed)} more in the action plan" in first
    assert "Agree with every partner" not in second.split("Teams taking part")[0]
    assert "Teams taking part" in second


def test_rounds_without_a_common_placer_say_there_is_no_gap_yet(tmp_path: Path, qapp):
    session = full_session()  # its Today and Needed share no placer: no gap on any line
    first = _pdf_pages(session, tmp_path)[0]
    assert "No dimension has tokens in both rounds yet." in first
    assert "Quay \"North\"; a, b \\ c | d <e> & f" in first  # an agreed action, escaped as typed


def test_the_words_never_contradict_the_figures(tmp_path: Path, qapp):
    # 37.44 prints as 37.4, a moderate gap; 37.5 is major; 12.49 prints 12.5.
    session = gap_edge_session()
    first = _pdf_pages(session, tmp_path)[0]
    named = re.findall(r"(\d)\. ([^:]+): ([+-]\d+\.\d) points, (\w+)", first)
    assert [(name, gap, cls) for _, name, gap, cls in named] == [
        ("Decisions and governance", "+37.5", "major"),
        ("Major below", "+37.4", "moderate"),
        ("Overall way of working", "+12.5", "moderate"),
    ]


def test_markdown_starts_with_the_same_first_page(tmp_path: Path):
    session = sample_session()
    out = tmp_path / "r.md"
    source = tmp_path / "s.cwsession"
    save_session(session, source)
    assert cli.main(["export", str(source), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    top = text.split("\n## Teams\n")[0]
    assert "## Executive summary" in top
    chart = top.split("```text\n")[1].split("```")[0]
    summary = session_summary(session)
    rows = [line for line in chart.splitlines() if line.startswith("  |")]
    assert len(rows) == len(session.dimensions)
    for row, dim in zip(rows, session.dimensions, strict=True):
        line = row.strip().split()[0]
        g = summary.gaps[dim.id]
        # "o" at Today's median, "#" at Needed's, on a 0..100 line of 51 marks.
        assert line.index("o") == round(g.today.median / 2) and line.index("#") == round(g.needed.median / 2)
        assert row.endswith(dim.name)
    assert "o = Today median, # = Needed median" in chart
    for gap in largest_gaps(session, summary):
        assert gap.sentence in top
    for action in session.actions:
        assert f"| {action.title} |" in top and action.due in top
