"""The statistics panel with real widgets: the figures it shows are describe()'s,
the charts carry the right data, redraws are coalesced per frame, and it can
be used from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from uihelpers import drag_token, place_page

from collabworkshop.analysis import (
    characteristic_ids,
    describe,
    most_divergent,
    perception_gaps,
    team_figures,
)
from collabworkshop.controller.factory import open_session
from collabworkshop.model import Participant, PlacementMode, SessionSettings
from collabworkshop.ui.stats.stats_panel import StatsPanel, band_text


@pytest.fixture
def controller(sample_copy, tmp_path):
    c = open_session(sample_copy, tmp_path / "working")
    yield c
    c.undo_stack.setClean()
    c.close()


@pytest.fixture
def panel(qtbot, controller):
    p = StatsPanel(controller)
    qtbot.addWidget(p)
    p.resize(620, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


def headers(table) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_figures_and_table_show_describe_for_every_dimension(panel, controller):
    session = controller.session
    panel.show_round("needed", "today")
    cols = headers(panel.table)
    for row, dim in enumerate(session.dimensions):
        s = describe(session.positions("needed", dim.id))
        before = describe(session.positions("today", dim.id))
        cell = {name: panel.table.item(row, c).text() for c, name in enumerate(cols)}
        assert cell["Dimension"].endswith(dim.name)
        assert cell["n"] == str(s.n)
        assert cell["Median"] == f"{s.median:.0f}"
        assert cell["rwg"] == f"{s.rwg:.2f}"
        assert cell["Agreement"] == band_text(s.band)
        assert cell["Mean"] == f"{s.mean:.0f}"
        assert cell["SD"] == f"{s.sd:.1f}"
        assert cell["Q1\u2013Q3"] == f"{s.q1:.0f}\u2013{s.q3:.0f}"
        assert cell["IQR"] == f"{s.iqr:.0f}"
        assert cell["Min\u2013max"] == f"{s.minimum:.0f}\u2013{s.maximum:.0f}"
        assert cell["Consensus"] == f"{s.consensus:.2f}"
        assert cell["Gap"] == f"{s.median - before.median:+.1f}"  # gaps: one decimal, as in the reports
    # The dimension in focus: every figure, big.
    panel.set_focus_dimension("integration")
    s = describe(session.positions("needed", "integration"))
    shown = {key: label.text() for key, label in panel.figure_labels.items()}
    assert shown == {
        "n": "5 of 5",
        "mean": f"{s.mean:.0f}",
        "median": f"{s.median:.0f}",
        "sd": f"{s.sd:.1f}",
        "iqr": f"{s.iqr:.0f}",
        "quartiles": f"{s.q1:.0f}\u2013{s.q3:.0f}",
        "range": f"{s.minimum:.0f}\u2013{s.maximum:.0f}",
        "rwg": f"{s.rwg:.2f}",
        "consensus": f"{s.consensus:.2f}",
        "band": band_text(s.band),
    }
    assert panel.headline.text() == "Integration \u00b7 Needed"


def test_spread_chart_draws_every_dimension_with_the_compare_round_and_gaps(panel, controller):
    session = controller.session
    panel.show_round("needed", "today")
    for dim in session.dimensions:
        now = describe(session.positions("needed", dim.id))
        then = describe(session.positions("today", dim.id))
        strip = panel.spread.strip_data(dim.id)
        assert strip["positions"] == sorted(session.positions("needed", dim.id))
        assert (strip["mean"], strip["median"], strip["iqr"]) == (now.mean, now.median, (now.q1, now.q3))
        assert strip["gap"] == f"{now.median - then.median:+.1f}"
        old = panel.spread.strip_data(dim.id, "compare")
        assert old["positions"] == sorted(session.positions("today", dim.id))
        assert (old["mean"], old["median"]) == (then.mean, then.median)
    # each dot in its team's colour, in team order
    colours = [t.colour.upper() for t in session.teams]
    assert panel.spread.strip_data("overall")["colours"] == colours
    # the round with a placement of Integration at 75: the most divergent today
    panel.show_round("today")
    stats = {d.id: describe(session.positions("today", d.id)) for d in session.dimensions}
    assert most_divergent(stats) == "integration"
    assert panel.spread.divergent_dimension == "integration"
    assert panel.spread.label_of("integration").startswith("\u2691")
    assert not panel.spread.label_of("overall").startswith("\u2691")
    row = [d.id for d in session.dimensions].index("integration")
    assert panel.table.item(row, 0).text() == "\u2691 Integration"
    assert panel.table.item(row, 0).font().bold()
    assert "Integration" in panel.divergent_label.text() and "0.32" in panel.divergent_label.text()
    # no compare round: one strip per dimension, no gap arrows
    with pytest.raises(AssertionError):
        panel.spread.strip_data("overall", "compare")
    assert panel.spread.strip_data("overall")["gap"] is None
    assert "Gap" not in headers(panel.table)


def test_profile_chart_has_one_styled_line_per_round(panel, controller):
    session = controller.session
    panel.show_round("needed", "today")
    panel.tabs.setCurrentWidget(panel.profile)
    dims = characteristic_ids(session)
    assert dims == ["relationship", "integration", "outcomes", "decisions"]
    for rnd in session.rounds:
        expected = [describe(session.positions(rnd.id, d)).median for d in dims]
        assert panel.profile.line_data(rnd.id) == expected
    today, needed = (panel.profile.line_style(r.id) for r in session.rounds)
    # told apart by dash pattern and marker, not only by colour
    assert today[0] != needed[0] and today[1] != needed[1]
    legend = [label.text for _, label in panel.profile.legend.items]
    assert legend == ["Today", "Needed"]


def test_gaps_tab_lists_every_pair_25_points_or_more_apart(panel, controller):
    session = controller.session
    panel.show_round("needed", "today")
    panel.tabs.setCurrentWidget(panel.gap_table)
    expected = []
    for rnd in ("needed", "today"):
        for dim in session.dimensions:
            expected += [(rnd, dim.id, g.kind, g.a, g.b) for g in perception_gaps(session, rnd, dim.id)]
    model = panel.gap_model
    assert model.rowCount() == len(expected) > 0
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.gap_table)) == f"&Gaps ({len(expected)})"
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    # Integration today: Port Authority at 75, Quayside Community at 18 -> 57 apart, the widest
    assert ["57.0", "Integration (Today)", "Port Authority", "Quayside Community", "Teams"] in rows
    # An organisation with two teams (Eastport Port Authority: 30 and 55 on
    # relationship today, mean 42.5) against Harbour Works Ltd (62): 19.5, not listed;
    # Railink (25) against Harbour Works Ltd (62): 37, listed at organisation level too.
    assert ["37.0", "Relationship (Today)", "Harbour Works Ltd", "Railink", "Organisations"] in rows
    points = [float(r[0]) for r in rows]
    assert all(p >= 25 for p in points)


def test_previews_within_a_frame_make_one_redraw(panel, controller, qtbot):
    panel.show_round("today")
    start = panel.redraw_count
    for i in range(40):
        controller.preview_placement("today", "outcomes", "t1", 10 + i)
    # nothing redrawn yet: the previews wait for the frame timer
    assert panel.redraw_count == start
    qtbot.waitUntil(lambda: panel.redraw_count == start + 1, timeout=2000)
    qtbot.wait(60)  # several frames more: nothing else is pending
    assert panel.redraw_count == start + 1
    live = describe([49.0, 26, 40, 24, 33])  # t1 dragged to 10 + 39
    assert panel.spread.strip_data("outcomes")["positions"] == sorted([49.0, 26, 40, 24, 33])
    assert panel.headline.text().startswith("Goals and accountability")
    assert panel.figure_labels["mean"].text() == f"{live.mean:.0f}"
    # A committed drop redraws at once.
    assert controller.place("today", "outcomes", "t1", 60)
    assert panel.redraw_count == start + 2
    assert panel.spread.strip_data("outcomes")["positions"] == sorted([60.0, 26, 40, 24, 33])
    # A preview of a round the panel does not show changes nothing.
    controller.preview_placement("needed", "outcomes", "t1", 5)
    qtbot.wait(60)
    assert panel.redraw_count == start + 2
    controller.cancel_preview()


def test_participant_mode_aggregates_over_participants_and_per_team(panel, controller):
    session = controller.session
    people = [Participant(f"{t.id}p{k}", t.id, f"{t.name} {k + 1}") for t in session.teams for k in range(2)]
    controller.replace_list("participants", tuple(people))
    controller.set_settings(SessionSettings(PlacementMode.PARTICIPANT, 3))
    values = {}
    for i, person in enumerate(people):
        values[person.id] = float(10 + 9 * i)  # 10, 19, ..., 91
        controller.place("today", "relationship", person.id, values[person.id])
    panel.show_round("today")
    panel.set_focus_dimension("relationship")
    s = describe(values.values())
    assert s.n == 10
    assert panel.figure_labels["n"].text() == "10 of 10"
    assert panel.figure_labels["mean"].text() == f"{s.mean:.0f}"
    assert panel.figure_labels["sd"].text() == f"{s.sd:.1f}"
    assert panel.spread.strip_data("relationship")["positions"] == sorted(values.values())
    # dots in their team's colour, participants grouped by team
    colours = [t.colour.upper() for t in session.teams for _ in range(2)]
    assert panel.spread.strip_data("relationship")["colours"] == colours
    panel.tabs.setCurrentWidget(panel.team_table)
    table = panel.team_table
    assert headers(table) == ["Team", "Organisation", "n", "Mean", "Median", "Min\u2013max"]
    figures = team_figures(session, "today", "relationship")
    assert table.rowCount() == len(session.teams)
    for row, f in enumerate(figures):
        # Harbour Works: participants at 10 and 19 -> n 2, mean 14.5 -> "14" (round half to even)
        assert table.item(row, 0).text() == session.team(f.team_id).name
        assert table.item(row, 2).text() == str(f.n) == "2"
        assert table.item(row, 3).text() == f"{f.mean:.0f}"
        assert table.item(row, 5).text() == f"{f.minimum:.0f}\u2013{f.maximum:.0f}"
    # the per-team view follows the dimension in focus
    panel.set_focus_dimension("overall")
    assert table.item(0, 2).text() == "0"


def test_team_figures_beside_the_compare_round(panel, controller):
    session = controller.session
    panel.show_round("needed", "today")
    panel.set_focus_dimension("integration")
    panel.tabs.setCurrentWidget(panel.team_table)
    table = panel.team_table
    assert headers(table) == ["Team", "Organisation", "Needed", "Today", "Change"]
    # Port Authority: integration today 75, needed 68 -> -7
    row = [t.id for t in session.teams].index("t2")
    assert [table.item(row, c).text() for c in range(5)] == [
        "Port Authority", "Eastport Port Authority", "68", "75", "-7"]
    assert table.accessibleDescription() == "Teams: Integration"


def test_panel_is_keyboard_reachable_and_named(panel, controller):
    panel.show_round("needed", "today")
    panel.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    # Right arrow on the tab bar opens the next tab
    QTest.keyClick(panel.tabs.tabBar(), Qt.Key.Key_Right)
    assert panel.tabs.currentWidget() is panel.profile
    QTest.keyClick(panel.tabs.tabBar(), Qt.Key.Key_Left)
    # Tab walks on to the table of every dimension
    for _ in range(6):
        if panel.table.hasFocus():
            break
        QTest.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
    assert panel.table.hasFocus()
    # arrows choose the dimension in focus
    panel.table.setCurrentCell(0, 0)
    QTest.keyClick(panel.table, Qt.Key.Key_Down)
    QTest.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.headline.text() == "Integration \u00b7 Needed"
    assert panel.spread.focus_dimension == "integration"
    # Tab leaves the table rather than walking its cells
    assert not panel.table.tabKeyNavigation()
    # every view the panel offers has an accessible name
    tables = panel.findChildren(QTableView)
    assert {t.objectName() for t in tables} >= {"statsTable", "teamTable", "gapTable"}
    for table in tables:
        assert table.accessibleName(), table.objectName()
    for widget in (panel.spread, panel.profile, panel.tabs, panel.legend, panel.divergent_label):
        assert widget.accessibleName()
    assert all(label.accessibleName() for label in panel.figure_labels.values())


def test_dragging_on_the_page_updates_the_strip_live(window, sample_copy, qtbot):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(3)  # Place: needed, Today beside it
    page = place_page(window)
    stats = page.stats
    drag_token(page.board, "decisions", "t3", 90, release=False)
    live = window.controller.position("needed", "decisions", "t3")
    assert live == pytest.approx(90, abs=1.5)
    others = [55.0, 50.0, 48.0, 52.0]
    qtbot.waitUntil(lambda: stats.spread.strip_data("decisions")["positions"] == sorted([*others, live]),
                    timeout=1000)
    now = describe([*others, live])
    assert stats.spread.strip_data("decisions")["median"] == now.median
    assert stats.spread.strip_data("decisions")["gap"] == f"{now.median - 45:+.1f}"
    QTest.mouseRelease(page.board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       page.board.value_view_pos("decisions", 90))
    assert window.controller.undo_stack.count() == 1


def test_names_are_shown_as_typed_not_as_markup(panel, controller):
    from dataclasses import replace

    rounds = tuple(replace(r, name="Now <i>really</i>") if r.id == "today" else r for r in controller.session.rounds)
    controller.replace_list("rounds", rounds)
    panel.show_round("today")
    assert panel.headline.text() == "Overall way of working \u00b7 Now <i>really</i>"
    assert panel.headline.textFormat() == Qt.TextFormat.PlainText
    assert "Now &lt;i&gt;really&lt;/i&gt;" in panel.divergent_label.text()
    panel.show_round("needed", "today")
    assert "Now <i>really</i> (hollow)" in panel.legend.text()
    assert panel.legend.textFormat() == Qt.TextFormat.PlainText


def test_profile_leaves_a_gap_where_nothing_is_placed(panel, controller, qtbot):
    panel.show_round("needed", "today")
    panel.tabs.setCurrentWidget(panel.profile)
    for team in controller.session.teams:
        controller.place("needed", "outcomes", team.id, None)
    qtbot.wait(20)
    line = panel.profile.line_data("needed")
    assert line[2] is None  # outcomes: nobody placed in Needed
    assert line[0] == describe(controller.session.positions("needed", "relationship")).median
    panel.profile.grab()  # paints with the gap (a NaN in the data) without a warning
    assert panel.table.item(3, 1).text() == "0"
    assert panel.table.item(3, 3).text() == "\u2013"
    assert panel.spread.strip_data("outcomes")["positions"] == []
    assert panel.spread.strip_data("outcomes")["gap"] is None


def test_profile_is_made_when_its_tab_is_first_opened_with_a_line_per_round(panel, controller):
    """Issue 15: the profile chart is made on first view, and then shows
    what it would have shown had it been made with the panel."""
    from collabworkshop.ui.stats.charts import ProfileChart

    session = controller.session
    panel.show_round("needed", "today")
    assert panel.charts_made == (True, False)  # the spread tab is open; the profile waits
    index = next(i for i in range(panel.tabs.count()) if "rofile" in panel.tabs.tabText(i))
    panel.tabs.setCurrentIndex(index)  # as a click on its tab does
    chart = panel.tabs.currentWidget()
    assert isinstance(chart, ProfileChart)
    assert panel.tabs.indexOf(chart) == index and panel.tabs.tabText(index) == "P&rofile"
    assert chart.accessibleName() == "Profile across the characteristics, one line per round"
    dims = characteristic_ids(session)
    for rnd in session.rounds:
        assert chart.line_data(rnd.id) == [describe(session.positions(rnd.id, d)).median for d in dims]
    assert [label.text for _, label in chart.legend.items] == ["Today", "Needed"]
    # a later placement reaches the chart that is now there
    controller.place("needed", "decisions", "t1", 3)
    assert chart.line_data("needed")[dims.index("decisions")] == describe(
        session.positions("needed", "decisions")).median


def test_collapsed_statistics_make_their_chart_when_opened_and_show_changes_made_meanwhile(window, sample_copy,
                                                                                            qtbot):
    """Issue 15: beside a narrow board the statistics are a one-line strip
    and their charts are not made; F7 opens them with the chart drawn from
    the placements as they are then."""
    from collabworkshop.ui.stats.charts import SpreadChart

    assert window.open_file(sample_copy)
    window.workshop.show_entry(3)  # Place: needed, Today beside it
    page = place_page(window)
    assert not page.stats_shown  # the test window is narrower than board and statistics
    assert page.stats.charts_made == (False, False)
    window.controller.place("needed", "decisions", "t3", 90)  # while they are collapsed
    QTest.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: page.stats.isVisible())
    assert page.stats.charts_made == (True, False)
    charts = page.stats.findChildren(SpreadChart)
    assert len(charts) == 1 and charts[0].isVisible()
    session = window.controller.session
    for dim in session.dimensions:
        now = describe(session.positions("needed", dim.id))
        then = describe(session.positions("today", dim.id))
        strip = charts[0].strip_data(dim.id)
        assert strip["positions"] == sorted(session.positions("needed", dim.id))
        assert (strip["median"], strip["iqr"]) == (now.median, (now.q1, now.q3))
        assert strip["gap"] == f"{now.median - then.median:+.1f}"
        assert charts[0].strip_data(dim.id, "compare")["positions"] == sorted(session.positions("today", dim.id))
    assert 90.0 in charts[0].strip_data("decisions")["positions"]
    stats = {d.id: describe(session.positions("needed", d.id)) for d in session.dimensions}
    assert charts[0].divergent_dimension == most_divergent(stats)
    assert charts[0].focus_dimension == page.stats.focus_dimension


def test_statistics_opened_beside_a_narrow_board_wear_the_panels_own_style(window, sample_copy, qtbot):
    """The panel's style sheet is applied when it is first shown (issue 15):
    opened with F7 it reads as it always did (the figures' smaller type,
    the tabs' bold current tab), on its first and on a later page."""
    assert window.open_file(sample_copy)
    for entry in (2, 3):
        window.workshop.show_entry(entry)
        page = place_page(window)
        assert not page.stats_shown
        QTest.keyClick(window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda page=page: page.stats.isVisible())
        figures = page.stats.figure_labels
        assert figures["band"].font().pointSizeF() == 14  # "small" figures
        assert figures["median"].font().pointSizeF() != 14
        assert page.stats.legend.font().pointSizeF() == 10
