"""Issue 16: no figure the app shows contradicts the word beside it.

Bands and classes are decided on the figure as shown (rwg two decimals,
gaps one, halves away from zero), the reports and the plan print the figure
with the same rounding, the gaps compare the session's own Today and Needed
(the latest placement of each, unless the session says first), and lever
importance follows one documented rule. Sessions are built with the app's
API and go through real session files.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from edgesessions import (
    GAP_EDGES,
    RWG_EDGES,
    baseline_first_session,
    gap_edge_session,
    replacement_session,
    rwg_edge_session,
)

from collabworkshop.analysis import AgreementBand, GapClass, classify_gap, describe, session_summary
from collabworkshop.model import Lever
from collabworkshop.model.session import Session
from collabworkshop.planning import generate_plan
from collabworkshop.planning.generate import collect_signals
from collabworkshop.reports.markdown import session_markdown
from collabworkshop.reports.text import summary_table
from collabworkshop.storage import read_session, save_session, session_to_dict

# -- the rounding itself --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text", "band"),
    [
        (0.70, "0.70", AgreementBand.ALIGNED),
        (0.6950000000000001, "0.70", AgreementBand.ALIGNED),
        (0.695, "0.70", AgreementBand.ALIGNED),  # the float 0.695 is 0.69499999999999995...
        (0.6949999, "0.69", AgreementBand.MIXED),
        (0.6989, "0.70", AgreementBand.ALIGNED),
        (0.50, "0.50", AgreementBand.MIXED),
        (0.495, "0.50", AgreementBand.MIXED),
        (0.4989, "0.50", AgreementBand.MIXED),
        (0.4949999, "0.49", AgreementBand.DIVIDED),
        (0.0, "0.00", AgreementBand.DIVIDED),
        (1.0, "1.00", AgreementBand.ALIGNED),
    ],
)
def test_rwg_band_is_decided_on_the_rwg_as_shown(value, text, band):
    from collabworkshop.analysis import rwg_text, shown_rwg

    assert rwg_text(value) == text
    assert AgreementBand.from_rwg(value) is band
    assert shown_rwg(value) == float(text)


@pytest.mark.parametrize(
    ("gap", "text", "cls"),
    [
        (12.5, "+12.5", GapClass.MODERATE),
        (12.499999999999998, "+12.5", GapClass.MODERATE),  # 16.4 - 3.9 in floats
        (12.49, "+12.5", GapClass.MODERATE),
        (12.45, "+12.5", GapClass.MODERATE),
        (12.44, "+12.4", GapClass.MAINTAIN),
        (-12.5, "-12.5", GapClass.MODERATE),
        (-12.45, "-12.5", GapClass.MODERATE),  # halves away from zero: symmetric
        (-12.44, "-12.4", GapClass.MAINTAIN),
        (37.5, "+37.5", GapClass.MAJOR),
        (37.45, "+37.5", GapClass.MAJOR),
        (37.44, "+37.4", GapClass.MODERATE),
        (-37.5, "-37.5", GapClass.MAJOR),
        (0.04, "0.0", GapClass.MAINTAIN),
        (-0.04, "0.0", GapClass.MAINTAIN),  # never "-0.0"
    ],
)
def test_gap_class_is_decided_on_the_gap_as_shown(gap, text, cls):
    from collabworkshop.analysis import gap_text, shown_gap

    assert gap_text(gap) == text
    assert classify_gap(gap) is cls
    assert shown_gap(gap) == float(text)


def test_perception_gap_flag_is_decided_on_the_distance_as_shown():
    from collabworkshop.analysis import gap_text, is_perception_gap

    assert is_perception_gap(24.95) and gap_text(24.95, signed=False) == "25.0"
    assert is_perception_gap(-25.0)
    assert not is_perception_gap(24.94) and gap_text(24.94, signed=False) == "24.9"


@pytest.mark.parametrize("dim_id", list(RWG_EDGES))
def test_describe_bands_the_issue_positions_as_they_are_shown(dim_id):
    values, text, band = RWG_EDGES[dim_id]
    s = describe(values)
    assert f"{s.rwg:.2f}" == text  # what f-string formatting prints too, here
    assert s.band.title == band


# -- the reports, from a real file -------------------------------------------------------------


def _through_file(session: Session, tmp_path: Path) -> Session:
    path = tmp_path / "edges.cwsession"
    save_session(session, path)
    return read_session(path)


def _row(text: str, name: str) -> list[str]:
    """The cells of the first summary/Markdown table row that starts with ``name``."""
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")] if line.startswith("|") else line.split()
        if line.startswith(name) or (cells and cells[0] == name):
            return cells if line.startswith("|") else [name, *line[len(name):].split()]
    raise AssertionError(f"no row for {name!r}")


def test_summary_prints_each_rwg_beside_the_band_it_reads_as(tmp_path):
    session = _through_file(rwg_edge_session(), tmp_path)
    text = summary_table(session)
    today = text.split("Round: Needed")[0]
    for dim_id, (_, rwg, band) in RWG_EDGES.items():
        name = session.dimension(dim_id).name
        cells = _row(today, name)
        # ... n, mean, median, SD, IQR, rwg, consensus, band
        assert cells[-3] == rwg and cells[-1] == band, (name, cells)


def test_summary_prints_each_gap_beside_the_class_it_reads_as(tmp_path):
    session = _through_file(gap_edge_session(), tmp_path)
    text = summary_table(session)
    gaps = text.split("Gap: Today -> Needed (median)")[1]
    for dim_id, (_, _, gap, cls) in GAP_EDGES.items():
        cells = _row(gaps, session.dimension(dim_id).name)
        assert cells[-2:] == [gap, cls], (dim_id, cells)
    # The medians print with the gap's rounding: 52.49 reads 52.5, so the
    # row reads 40.0 -> 52.5, +12.5.
    assert _row(gaps, "Relationship")[-4:] == ["40.0", "52.5", "+12.5", "Moderate"]


def test_markdown_prints_figures_beside_their_words(tmp_path):
    session = _through_file(rwg_edge_session(), tmp_path)
    md = session_markdown(session)
    today = md.split("## Round 2")[0]
    for dim_id, (_, rwg, band) in RWG_EDGES.items():
        cells = _row(today, session.dimension(dim_id).name)
        assert cells[-3] == rwg and cells[-1] == band, cells
    session = _through_file(gap_edge_session(), tmp_path)
    gaps = session_markdown(session).split("## Gaps")[1].split("## Perception gaps")[0]
    for dim_id, (_, _, gap, cls) in GAP_EDGES.items():
        cells = _row(gaps, session.dimension(dim_id).name)
        assert cells[-2:] == [gap, cls], cells


def test_executive_summary_names_the_moderate_gap_of_12_49(tmp_path):
    session = gap_edge_session()
    for (round_id, dim_id, team_id), _ in list(session.placements.items()):
        if round_id == "needed" and dim_id not in ("relationship", "integration"):
            session.placements[(round_id, dim_id, team_id)] = session.placements[("today", dim_id, team_id)]
    md = session_markdown(_through_file(session, tmp_path))
    assert "The biggest gaps from Today to Needed are on Relationship (+12.5 points, moderate); " in md
    assert "Integration (+12.4" not in md  # shown as 12.4: maintain, not among the gaps named


def test_pdf_prints_figures_beside_their_words(qapp, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from collabworkshop.reports.pdf import write_pdf_report

    def pdf_text(session: Session) -> str:
        out = tmp_path / f"{session.info.title}.pdf"
        write_pdf_report(_through_file(session, tmp_path), out)
        return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages))

    text = pdf_text(rwg_edge_session())
    session = rwg_edge_session()
    for dim_id, (_, rwg, band) in RWG_EDGES.items():
        # the row ends "... rwg consensus band": consensus sits between them
        pattern = re.escape(session.dimension(dim_id).name) + r" .*?" + re.escape(rwg) + r" \d\.\d\d " + band
        assert re.search(pattern, text), (dim_id, rwg, band)
    text = pdf_text(gap_edge_session())
    session = gap_edge_session()
    gaps = text.split("Gap from Today to Needed")[-1]
    for dim_id, (_, _, gap, cls) in GAP_EDGES.items():
        pattern = re.escape(session.dimension(dim_id).name) + r" [\d.]+ [\d.]+ " + re.escape(gap) + " " + cls
        assert re.search(pattern, gaps), (dim_id, gap, cls)


def test_json_says_which_rounded_figure_its_band_and_class_follow(tmp_path):
    data = session_to_dict(_through_file(rwg_edge_session(), tmp_path))
    overall = next(r for r in data["statistics"] if r["round"] == "today" and r["dimension"] == "overall")
    assert overall["rwg_shown"] == 0.7 and overall["band"] == "aligned"
    data = session_to_dict(_through_file(gap_edge_session(), tmp_path))
    rel = next(g for g in data["gaps"] if g["dimension"] == "relationship")
    assert (rel["gap_shown"], rel["class"]) == (12.5, "moderate")
    assert (rel["today_round"], rel["needed_round"]) == ("today", "needed")


# -- the plan's reasons --------------------------------------------------------------------------


def test_plan_reason_names_the_moderate_gap_as_shown():
    signals = {s.lever: s for s in collect_signals(gap_edge_session())}
    # relationship 40 -> 52.49 is a moderate gap of 12.5: L3 and L4
    assert signals[Lever.PSYCHOLOGICAL_SAFETY].why == "Relationship: today 40.0, needed 52.5, gap 12.5"
    assert signals[Lever.PSYCHOLOGICAL_SAFETY].gap_class == "moderate"
    # integration 40 -> 52.44 (shown 12.4) raises nothing; outcomes -12.5 raises L1
    assert "Integration" not in " ".join(s.why for s in signals.values())
    assert signals[Lever.SHARED_GOALS].why == (
        "Goals and accountability: today 52.5, needed 40.0, gap -12.5 (a step back)"
    )


def test_plan_dialogue_follows_the_band_as_shown():
    plan = generate_plan(rwg_edge_session())
    # decisions (rwg 0.49) is the one Divided dimension; outcomes (0.4989,
    # shown 0.50) is Mixed and does not lead to the dialogue.
    assert plan[0].lever is Lever.OPEN_COMMUNICATION
    assert plan[0].why.startswith("Decisions and governance: today 54.6, needed 50.0; divided, rwg 0.49.")
    s = rwg_edge_session()
    for dim_id in ("decisions",):  # without the Divided one, there is no dialogue
        for team in s.teams:
            s.placements[("today", dim_id, team.id)] = 50.0
    assert all("divided" not in a.why for a in generate_plan(s))


# -- lever importance ------------------------------------------------------------------------


def _voted(dots: dict[str, int]) -> Session:
    s = rwg_edge_session()
    s.votes = {("t1", code): n for code, n in dots.items()}
    return s


def test_lever_importance_of_the_issue_example():
    # L1 12, L3 8, L4 8, L5 6, L2 4, L6 4; top 12: 8 is exactly two thirds (not
    # more) -> 2; 6 -> 2; 4 is exactly a third (not more) -> 1.
    imp = _voted({"L1": 12, "L3": 8, "L4": 8, "L5": 6, "L2": 4, "L6": 4}).lever_importance()
    assert {lv.value: n for lv, n in imp.items()} == {"L1": 3, "L2": 1, "L3": 2, "L4": 2, "L5": 2, "L6": 1}


def test_lever_importance_ties_share_a_level_and_zero_dots_are_low():
    imp = _voted({"L1": 5, "L2": 5, "L3": 4, "L4": 1}).lever_importance()
    assert {lv.value: n for lv, n in imp.items()} == {"L1": 3, "L2": 3, "L3": 3, "L4": 1, "L5": 1, "L6": 1}
    # all dots on one lever: that one 3, every other 1
    imp = _voted({"L6": 3}).lever_importance()
    assert imp[Lever.RIGHT_PARTNERS] == 3 and set(imp.values()) == {1, 3}
    assert list(imp.values()).count(1) == 5
    # one dot each on two levers (a small group): both 3, the rest 1
    imp = _voted({"L2": 1, "L5": 1}).lever_importance()
    assert (imp[Lever.JOINT_GOVERNANCE], imp[Lever.MUTUAL_ACCOUNTABILITY], imp[Lever.SHARED_GOALS]) == (3, 3, 1)
    # no dots at all: no vote
    assert _voted({"L1": 0}).lever_importance() is None


# -- the rounds the gaps compare ------------------------------------------------------------------


def test_baselines_first_in_the_file_never_count_as_today_or_needed(tmp_path):
    session = _through_file(baseline_first_session(), tmp_path)
    summary = session_summary(session)
    assert summary.gaps["integration"].gap == pytest.approx(20.0)
    text = summary_table(session)
    assert "Gap: Today -> Needed (median)" in text
    assert _row(text.split("Gap: Today")[1], "Integration")[-4:] == ["40.0", "60.0", "+20.0", "Moderate"]
    md = session_markdown(session)
    assert "Median of Needed minus median of Today" in md
    assert "The biggest gaps from Today to Needed" in md
    assert "Agreement in Baseline" not in md
    # the plan reads the same rounds
    why = {s.why for s in collect_signals(session)}
    assert "Integration: today 40.0, needed 60.0, gap 20.0" in why


def test_gaps_use_the_latest_placement_and_say_so(tmp_path):
    session = _through_file(replacement_session(), tmp_path)
    summary = session_summary(session)
    assert summary.gaps["integration"].gap == pytest.approx(50.0)  # 30 -> 80, after discussion
    text = summary_table(session)
    assert "Gap: Today -> Needed (After discussion) (median)" in text
    md = session_markdown(session)
    assert "Median of Needed \\(After discussion\\) minus median of Today" in md or (
        "Median of Needed (After discussion) minus median of Today" in md)
    # the plan: Relationship is Divided only in the re-placement -> the dialogue
    plan = generate_plan(session)
    assert plan[0].lever is Lever.OPEN_COMMUNICATION and plan[0].why.startswith("Relationship:")
    assert any(a.why.startswith("Integration: today 30.0, needed 80.0, gap 50.0") for a in plan)


def test_the_facilitator_can_choose_the_first_placement(tmp_path):
    from collabworkshop.model.session import GapPlacement

    session = _through_file(replacement_session(GapPlacement.FIRST), tmp_path)
    assert session.settings.gap_placement is GapPlacement.FIRST  # stored and read back
    assert session_summary(session).gaps["integration"].gap == pytest.approx(20.0)
    assert "Gap: Today -> Needed (median)" in summary_table(session)
    plan = generate_plan(session)
    assert all("divided" not in a.why for a in plan)
    assert session_to_dict(session)["settings"]["gap_placement"] == "first"


def test_a_file_without_the_setting_uses_the_latest_placement(tmp_path):
    from collabworkshop.model.session import GapPlacement
    from collabworkshop.storage import session_from_dict

    path = tmp_path / "old.cwsession"
    save_session(replacement_session(GapPlacement.FIRST), path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM meta WHERE key = 'gap_placement'")
    conn.close()
    assert read_session(path).settings.gap_placement is GapPlacement.LATEST
    # and a JSON file without it too
    data = session_to_dict(replacement_session(GapPlacement.FIRST))
    del data["settings"]["gap_placement"]
    assert session_from_dict(json.loads(json.dumps(data))).settings.gap_placement is GapPlacement.LATEST


def test_a_replacement_without_tokens_yet_leaves_the_first_placement_in_use():
    session = replacement_session()
    session.placements = {k: v for k, v in session.placements.items() if k[0] != "after"}
    # Needed as first placed (50 everywhere), not an empty re-placement
    assert session_summary(session).gaps["integration"].gap == pytest.approx(20.0)
    assert "Gap: Today -> Needed (median)" in summary_table(session)


# -- movement and trend: the change is the change of the rwg as shown ---------------------------


def _two_rounds(before: tuple[float, float], after: tuple[float, float]) -> Session:
    from collabworkshop.model import Round

    s = rwg_edge_session()
    s.placements = {}
    s.rounds.append(Round("after", "After discussion", follows="today"))
    for rid, values in (("today", before), ("after", after)):
        for team, pos in zip(s.teams, values, strict=False):
            s.placements[(rid, "overall", team.id)] = pos
    return s


def test_movement_from_0_69_to_0_70_reads_as_converging():
    from collabworkshop.analysis.movement import Trend, dimension_movement

    # 40 and 62.6: rwg 0.6935, shown 0.69; 40 and 62.5: 0.69625, shown 0.70.
    m = dimension_movement(_two_rounds((40.0, 62.6), (40.0, 62.5)), "today", "after", "overall")
    assert (f"{m.before.rwg:.2f}", f"{m.after.rwg:.2f}") == ("0.69", "0.70")
    assert m.trend is Trend.CONVERGING  # what "0.69 -> 0.70" reads as


def test_trend_rwg_change_is_the_difference_of_the_rwg_as_shown():
    from collabworkshop.planning.trend import Measurement, compare

    s = _two_rounds((40.0, 62.6), (40.0, 60.9))  # rwg 0.6935 (0.69) -> 0.7379 (0.74)
    (row,) = [r for r in compare(Measurement(s, "today"), Measurement(s, "after")) if r.dimension_id == "overall"]
    assert row.rwg_change == 0.05
    assert row.agreement_words == "more agreement"
