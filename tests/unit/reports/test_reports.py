"""The pieces of the exports: iCalendar folding and escaping, CSV formula
defusing, Markdown escaping, the executive summary, the vote tally and the
gap chart."""

from __future__ import annotations

import datetime as dt

import pytest
from exportsamples import AWKWARD, full_session, sample_session
from hypothesis import given
from hypothesis import strategies as st

from collabworkshop.model.session import Session
from collabworkshop.reports import content, csv_export, ics, markdown


@given(st.text(min_size=0, max_size=400))
def test_ics_folding_keeps_lines_short_and_text_whole(text: str):
    line = "DESCRIPTION:" + ics.escape_text(text)
    folded = ics.fold(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    # Unfolding (RFC 5545 3.1: drop CRLF + one space) gives the line back.
    assert folded.replace("\r\n ", "") == line


def test_ics_escaping():
    assert ics.escape_text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"


def test_ics_uid_is_stable_and_dtstamp_is_utc():
    s = full_session()
    when = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
    one, two = ics.session_ics(s, when), ics.session_ics(full_session(), when)
    assert one == two
    assert b"DTSTAMP:20261127T120000Z" in one
    retitled = full_session()
    from dataclasses import replace

    retitled.info = replace(retitled.info, title="Another workshop")
    assert ics.session_key(retitled) != ics.session_key(s)


def test_ics_leaves_out_actions_without_a_valid_date():
    dated, undated = ics.calendar_events(full_session())
    assert {a.due for a in undated} == {"", "not a date"}
    assert all(ics.due_date(a) for a in dated)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+2", "'=1+2"),
        ("+31 20 555", "'+31 20 555"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("Harbour Works", "Harbour Works"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_csv_defuses_formulas(value: str, expected: str):
    assert csv_export.safe_cell(value) == expected


def test_csv_actions_file_sits_beside_the_placements(tmp_path):
    assert csv_export.actions_path_for(tmp_path / "x.csv") == tmp_path / "x-actions.csv"
    assert csv_export.actions_path_for(tmp_path / "x") == tmp_path / "x-actions.csv"


def test_markdown_escapes_table_breakers():
    assert markdown.escape("a|b") == "a\\|b"
    assert markdown.escape("line\nnext") == "line<br>next"
    assert markdown.escape("*not bold*") == "\\*not bold\\*"
    assert "\n" not in markdown.escape(AWKWARD)


def test_executive_summary_of_the_sample():
    lines = content.executive_summary(sample_session())
    text = " ".join(lines)
    assert lines[0] == "5 teams from 4 organisations placed tokens on 5 dimensions in 2 rounds."
    assert "The biggest gaps from Today to Needed are on Integration (+48.0 points, major)" in text
    assert "The room disagreed most on Integration in Today (rwg 0.32, divided)." in lines
    assert "The lever vote put L1 Shared goals first (5 dots)." in lines
    assert lines[-1] == "The plan has 7 actions: 7 with an owner, 7 with a due date."


def test_executive_summary_of_an_empty_session():
    lines = content.executive_summary(Session())
    assert lines[0] == "0 teams placed tokens on 0 dimensions in 0 rounds."
    assert lines[-2:] == ["No lever vote was taken.", "No actions were agreed."]


def test_vote_tally_ranks_by_dots_then_lever_order():
    tally = content.vote_tally(full_session())
    assert [(t.lever.value, t.dots, t.teams) for t in tally[:3]] == [("L3", 5, 2), ("L1", 1, 1), ("L4", 1, 1)]
    assert len(tally) == 6
    assert " ".join(content.executive_summary(full_session())).count("L3 Psychological safety first (5 dots)") == 1


def test_placement_records_cover_every_placement_once():
    s = full_session()
    records = content.placement_records(s)
    keys = [(r.round_id, r.dimension_id, r.participant_id or r.team_id) for r in records]
    assert sorted(keys) == sorted(s.placements)


def test_gap_chart_is_greyscale_and_not_blank(qapp):
    from collabworkshop.reports.gapchart import render_gap_chart

    image = render_gap_chart(sample_session(), 800)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 10  # something is drawn
    for rgb in colours:
        r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
        assert r == g == b, hex(rgb)  # meaning never rests on colour


def test_gap_chart_with_one_round_says_why(qapp):
    from collabworkshop.reports.gapchart import render_gap_chart

    s = sample_session()
    s.rounds = s.rounds[:1]
    image = render_gap_chart(s, 600)
    dark = sum(1 for x in range(image.width()) for y in range(0, image.height(), 2) if image.pixel(x, y) & 0xFF < 128)
    assert dark > 50  # the notice is written
