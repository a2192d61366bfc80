"""One page per workshop step, chosen by the step's kind.

Pages follow a small protocol: built once per step, ``activate()`` when the
step is shown (refresh from the controller), ``deactivate()`` when left.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...analysis.stats import (
    AgreementBand,
    describe,
    gap_round_label,
    gap_rounds,
    gap_text,
    most_divergent,
    perception_gaps,
    rwg_text,
    session_summary,
)
from ...common.i18n import context
from ...controller.session_controller import SessionController
from ...model import Part, Step
from ...session import ChangeRecord, Origin
from ..common.frame import READING_MS, FrameCoalescer

tr = context("Pages")

#: The board's width (px) below which the statistics give way to it: a
#: full-size token (44 of the scene's 1220 units) is then 36 px across, the
#: 1920x1080 console's target. Narrower than this plus ``STATS_WIDTH``, the
#: statistics collapse to a one-line strip above the board and open beside
#: it on F7 (docs/console.md, "Layout").
BOARD_MIN_WIDTH = 1000
#: The statistics panel's share beside the board when there is room for both.
STATS_WIDTH = 500


class StepPage(QWidget):
    def __init__(self, controller: SessionController, step: Step, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.step = step

    def activate(self) -> None:
        pass

    def deactivate(self) -> None:
        pass

    def release(self) -> None:
        """The page is dropped (deleted once the event loop turns): let go
        of what would otherwise wait for the garbage collector."""

    def _prompt_label(self) -> QLabel:
        label = QLabel(self.step.prompt)
        label.setObjectName("stepPrompt")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


class InfoPage(StepPage):
    """Welcome and frame: the cooperation/collaboration contrast, projector-sized."""

    def __init__(self, controller, step, parent=None):
        super().__init__(controller, step, parent)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("frameText")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(step.title)
        layout.addWidget(self.text)

    def activate(self) -> None:
        from ...model.template import default_template

        template = default_template()
        head = "".join(f"<th align='left'>{html.escape(c)}</th>" for c in template.contrast_columns)
        rows = "".join(
            f"<tr><th align='left'>{html.escape(row[0])}</th>"
            + "".join(f"<td>{html.escape(cell)}</td>" for cell in row[1:])
            + "</tr>"
            for row in template.contrast_rows
        )
        info = self.controller.session.info
        welcome = html.escape(info.title or self.controller.title)
        self.text.setHtml(
            f"<h1>{welcome}</h1><p class='prompt'>{html.escape(self.step.prompt)}</p>"
            "<table width='100%' cellspacing='0' cellpadding='10' border='1'>"
            f"<tr><th></th>{head}</tr>{rows}</table>"
        )


class PlacePage(StepPage):
    """The board for one round (with the compare round ghosted) and live
    statistics; the facilitator's controls for blind placement, the
    movement view and re-placement rounds above the board."""

    def __init__(self, controller, step, parent=None):
        super().__init__(controller, step, parent)
        from ..board import SpectrumBoard
        from ..stats.stats_panel import StatsPanel

        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt_label())
        tools = QHBoxLayout()
        self.hide_button = QPushButton(tr("&Hide placements"))
        self.hide_button.setObjectName("hidePlacements")
        self.hide_button.setCheckable(True)
        self.hide_button.setToolTip(tr("Blind placement: hide everyone's tokens and the statistics until you "
                                       "reveal them (this round only)."))
        self.movement_button = QPushButton(tr("Show &movement"))
        self.movement_button.setObjectName("showMovement")
        self.movement_button.setCheckable(True)
        self.movement_button.setToolTip(tr("Arrows from each token's place in the previous round to this one, "
                                           "and whether the group converges."))
        self.replace_button = QPushButton(tr("Add &re-placement round"))
        self.replace_button.setObjectName("addReplacement")
        self.replace_button.setToolTip(tr("After the discussion: place the tokens of this round again, in a new "
                                          "round (all rounds are kept)."))
        for button in (self.hide_button, self.movement_button, self.replace_button):
            tools.addWidget(button)
        # Where the statistics collapse (a narrow window): their one-line
        # summary and the switch that opens them beside the board (F7).
        self.stats_strip = QLabel()
        self.stats_strip.setObjectName("statsStrip")
        self.stats_strip.setTextFormat(Qt.TextFormat.PlainText)
        self.stats_strip.setWordWrap(True)
        self.stats_strip.setToolTip(tr("The statistics of the dimension in focus; F7 shows them all beside the board."))
        self.stats_strip.setAccessibleName(tr("Statistics summary"))
        self.stats_button = QPushButton(tr("Statistics (F7)"))
        self.stats_button.setObjectName("statsToggle")
        self.stats_button.setCheckable(True)
        self.stats_button.setToolTip(tr("Show or hide the statistics beside the board (F7); on a narrow window "
                                        "they give the board the room."))
        self.stats_button.toggled.connect(self._stats_toggled)
        tools.addStretch(1)
        tools.addWidget(self.stats_button)
        layout.addLayout(tools)
        layout.addWidget(self.stats_strip)
        # Made where they go (each with its parent): a widget put into
        # another is styled again with all its children, and the panel has
        # dozens (issue 15).
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.board = SpectrumBoard(splitter)
        # While placements are hidden, the statistics give way to a count.
        self.stats_stack = QStackedWidget(splitter)
        self.stats = StatsPanel(controller, self.stats_stack)
        self.stats_stack.addWidget(self.stats)
        self.placed_label = QLabel()
        self.placed_label.setObjectName("placedCount")
        self.placed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placed_label.setWordWrap(True)
        self.placed_label.setTextFormat(Qt.TextFormat.RichText)
        self.placed_label.setAccessibleName(tr("Placed count"))
        self.stats_stack.addWidget(self.placed_label)
        splitter.addWidget(self.board)
        splitter.addWidget(self.stats_stack)
        # The board takes what the window gains; the statistics keep their share.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.compact = False  # the statistics collapsed to the strip (a narrow window)
        self._stats_open = False  # F7 opened them beside the board anyway
        self._sync_layout()
        layout.addWidget(splitter, 1)
        self.divergence = QLabel()
        self.divergence.setObjectName("divergence")
        self.divergence.setWordWrap(True)
        self.divergence.setVisible(False)
        # A few lines at most under the board (a short screen keeps the board
        # tall); the rest scrolls.
        self.divergence_box = QScrollArea()
        self.divergence_box.setObjectName("divergenceBox")
        self.divergence_box.setAccessibleName(tr("Divergence and perception gaps"))
        self.divergence_box.setWidgetResizable(True)
        self.divergence_box.setFrameShape(QFrame.Shape.NoFrame)
        self.divergence_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.divergence_box.setWidget(self.divergence)
        self.divergence_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 24)
        self.divergence_box.setVisible(False)
        layout.addWidget(self.divergence_box)

        scene = self.board.board_scene
        scene.token_moved.connect(self._token_moved)
        scene.token_released.connect(self._token_released)
        scene.token_cancelled.connect(self._token_cancelled)
        scene.token_selected.connect(lambda dim, _team: self.stats.set_focus_dimension(dim))
        scene.reveal_finished.connect(self._reveal_finished)
        controller.changed.connect(self._changed)
        self.hide_button.toggled.connect(self._hide_toggled)
        self.movement_button.toggled.connect(self._movement_toggled)
        self.replace_button.clicked.connect(self.add_replacement_round)
        self.board.zoom_changed.connect(self._zoom_changed)
        self.stats.focus_refreshed.connect(self._refresh_strip)
        # An undo or redo while a keyboard move is pending puts the token back first.
        controller.undo_stack.indexChanged.connect(self._undo_index_changed)
        self._built = False
        # A page out of view does not redraw on every change: it notes that
        # it is behind and rebuilds when shown again. (Every place and
        # discuss step has its page; with twenty of them and 5,000 tokens
        # each, one edit rebuilt them all, and every visit rebuilt its board.)
        self._shown = False
        self._stale = True
        # Phones placing: the count and the figures at most ten times a second (_changed).
        self._texts_frame = FrameCoalescer(self._refresh_texts, self, READING_MS)

    def activate(self) -> None:
        self._shown = True
        if self._stale:
            self._stale = False
            self._rebuild()
        else:
            from ..common.settings import board_zoom

            self.board.set_zoom(board_zoom())  # another page may have changed it
            self.board.fit()

    def deactivate(self) -> None:
        self._shown = False
        self.board.board_scene.finish_reveal()

    def release(self) -> None:
        self._shown = False
        self._texts_frame.cancel()
        self.board.board_scene.release()

    # -- layout: the board first -------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._sync_layout()

    @property
    def stats_shown(self) -> bool:
        """Whether the statistics (or the blind round's count) are beside the board."""
        return not self.compact or self._stats_open

    def toggle_statistics(self) -> None:
        """F7: open or close the statistics beside the board."""
        self.stats_button.setChecked(not self.stats_shown)

    def _stats_toggled(self, on: bool) -> None:
        if self.compact:
            self._stats_open = on
        elif not on:
            # A wide window: closing them is asked for; it collapses them as
            # a narrow window would, until F7 again.
            self.compact, self._stats_open = True, False
        self._sync_layout(force=True)

    def _sync_layout(self, force: bool = False) -> None:
        """Collapse the statistics below ``BOARD_MIN_WIDTH + STATS_WIDTH`` of
        page width (the board keeps its readable size), show them beside it
        above that."""
        width = self.width()
        narrow = width - STATS_WIDTH < BOARD_MIN_WIDTH
        if narrow != self.compact and not force:
            self.compact = narrow
            self._stats_open = False
        shown = self.stats_shown
        self.stats_stack.setVisible(shown)
        self.stats_strip.setVisible(not shown)
        self.stats_button.blockSignals(True)
        self.stats_button.setChecked(shown)
        self.stats_button.blockSignals(False)
        if shown:
            # Opened on a narrow page (F7), they take at most 45 % of it.
            share = STATS_WIDTH if not self.compact else min(STATS_WIDTH, int(self.splitter.width() * 0.45))
            self.splitter.setSizes([max(1, self.splitter.width() - share), share])
        self._refresh_strip()

    def _refresh_strip(self) -> None:
        if self.stats_strip.isHidden():
            return
        if self.hidden:
            placed, total = self.controller.session.placed_count(self.step.round_id)
            text = tr("Placed: {0} of {1}").format(placed, total)
        else:
            figures = self.stats.figure_labels
            text = tr("{0}: median {1}, rwg {2}, {3}").format(
                self.stats.headline.text(), figures["median"].text(), figures["rwg"].text(), figures["band"].text())
        self.stats_strip.setText(text)

    # -- state of the round -------------------------------------------------------------------
    def _round(self):
        try:
            return self.controller.session.round(self.step.round_id)
        except KeyError:
            return None

    @property
    def hidden(self) -> bool:
        rnd = self._round()
        return bool(rnd and rnd.hidden)

    def _rebuild(self) -> None:
        from ..common.settings import board_zoom

        rnd = self._round()
        if rnd is None:
            return
        scene = self.board.board_scene
        scene.show_round(self.controller.session, self.step.round_id, self.step.compare_round_id,
                         editable=not rnd.baseline, hidden=rnd.hidden)
        self.board.set_zoom(board_zoom())
        self.board.fit()
        self.stats.show_round(self.step.round_id, self.step.compare_round_id)
        self._sync_controls()
        self._refresh_placed()
        self._refresh_divergence()
        self._refresh_strip()

    def _sync_controls(self) -> None:
        rnd = self._round()
        hidden = bool(rnd and rnd.hidden)
        self.hide_button.blockSignals(True)
        self.hide_button.setChecked(hidden)
        self.hide_button.blockSignals(False)
        self.hide_button.setText(tr("&Reveal placements") if hidden else tr("&Hide placements"))
        follows = bool(rnd and rnd.follows)
        self.movement_button.setVisible(follows)
        self.movement_button.setEnabled(not hidden)
        self.replace_button.setEnabled(not hidden)
        if hidden or self.board.board_scene.revealing:
            self.stats_stack.setCurrentWidget(self.placed_label)
        else:
            self.stats_stack.setCurrentWidget(self.stats)
        self.divergence.setVisible(not hidden and self.step.kind.value == "discuss")
        self.divergence_box.setVisible(self.divergence.isVisibleTo(self.divergence_box))

    def _refresh_placed(self) -> None:
        placed, total = self.controller.session.placed_count(self.step.round_id)
        self.placed_label.setText(
            "<p style='font-size: 34pt; font-weight: bold;'>" + tr("Placed: {0} of {1}").format(placed, total)
            + "</p><p style='font-size: 14pt;'>"
            + tr("Tokens and statistics stay hidden until the facilitator reveals them.") + "</p>")
        self.placed_label.setAccessibleDescription(tr("Placed: {0} of {1}").format(placed, total))

    def _rounds_changed(self) -> None:
        rnd = self._round()
        if rnd is None:
            return
        scene = self.board.board_scene
        if rnd.hidden != scene.hidden:
            scene.set_hidden(rnd.hidden, animate=self.isVisible())
        self._sync_controls()
        self._refresh_divergence()

    def _reveal_finished(self) -> None:
        self._sync_controls()

    # -- facilitator actions -----------------------------------------------------------------------
    def set_hidden(self, hidden: bool) -> None:
        """Hide (blind placement) or reveal this round; one undo step."""
        self.controller.set_round_hidden(self.step.round_id, hidden)

    def _undo_index_changed(self, _index: int) -> None:
        if not self._shown:
            return  # a pending keyboard move lives on the page in view
        for token in self.board.board_scene.tokens():
            if token.pending:
                token.cancel_pending()

    def _zoom_changed(self, zoom: float) -> None:
        from ..common.settings import board_zoom, set_board_zoom

        if board_zoom() != zoom:
            set_board_zoom(zoom)

    def _hide_toggled(self, checked: bool) -> None:
        self.set_hidden(checked)

    def _movement_toggled(self, checked: bool) -> None:
        # The text says what a press does next (the theme shows no pressed state).
        self.movement_button.setText(tr("Hide &movement") if checked else tr("Show &movement"))
        self.board.board_scene.set_movement_visible(checked)

    def add_replacement_round(self) -> None:
        """A new round re-placing this one, with its place step next in the
        agenda; the workshop moves on to it."""
        steps = self.controller.session.steps
        index = next((i for i, s in enumerate(steps) if s.id == self.step.id), None)
        if index is None or not self.step.round_id:
            return
        self.controller.add_replacement_round(index)
        self.controller.set_step(index + 1)

    # -- tokens ---------------------------------------------------------------------------------------
    def _token_moved(self, dimension_id: str, team_id: str, value) -> None:
        self.controller.preview_placement(self.step.round_id, dimension_id, team_id, value)

    def _token_released(self, dimension_id: str, team_id: str, value, by_keyboard: bool = False) -> None:
        origin = Origin.KEYBOARD if by_keyboard else Origin.BOARD
        if not self.controller.place(self.step.round_id, dimension_id, team_id, value, origin=origin):
            # Nothing changed, so no placement_moved: put the token back in its lane.
            self.board.board_scene.refresh_row(dimension_id)

    def _token_cancelled(self, dimension_id: str, team_id: str) -> None:
        self.controller.cancel_preview(self.step.round_id, dimension_id, team_id)
        self.board.board_scene.refresh_row(dimension_id)

    def _changed(self, record: ChangeRecord) -> None:
        if not self._shown:
            self._stale = True
            return
        if record.only(Part.PLACEMENTS):
            # One redraw per row, however many of its tokens moved (phones placing together).
            rows = sorted({(r, d) for r, d, _p in record.keys_of(Part.PLACEMENTS) or ()})
            if record.origin is Origin.DEVICE:
                # Phones place faster than the screen shows: each row is redrawn
                # once per frame and the counts at most ten times a second,
                # whatever came in meanwhile (the facilitator's own moves,
                # below, are redrawn at once).
                scene = self.board.board_scene
                for round_id, dimension_id in rows:
                    if self._watches(round_id):
                        scene.refresh_row_soon(dimension_id)
                        self._texts_frame.request()
                return
            for round_id, dimension_id in rows:
                self._placement_moved(round_id, dimension_id, "")
            return
        if record.touches(Part.TEAMS, Part.PARTICIPANTS, Part.SETTINGS):
            self._rebuild()  # settings: who places tokens
        if record.touches(Part.ROUNDS):
            self._rounds_changed()

    def _watches(self, round_id: str) -> bool:
        """Whether this page's board shows (or compares with) the round."""
        return round_id in (self.step.round_id, self.step.compare_round_id,
                            self.board.board_scene.previous_round_id())

    def _placement_moved(self, round_id: str, dimension_id: str, team_id: str) -> None:
        if self._watches(round_id):
            self.board.board_scene.refresh_row(dimension_id)
            self._refresh_texts()

    def _refresh_texts(self) -> None:
        """The count, the divergence and the strip under or beside the board."""
        if not self._shown:
            self._stale = True  # the next activation rebuilds them
            return
        self._texts_frame.cancel()
        self._refresh_placed()
        self._refresh_divergence()
        self._refresh_strip()

    def _refresh_divergence(self) -> None:
        if self.step.kind.value != "discuss" or self.hidden:
            return
        session = self.controller.session
        # The session's own Today and Needed as the gaps use them, never a
        # follow-up's baseline. Only those two rounds are described (the
        # whole session's summary was every round of a ten-round room).
        rounds = gap_rounds(session)
        if rounds is not None:
            shown_rounds = [(rounds.today, gap_round_label(session, rounds.today_base, rounds.today)),
                            (rounds.needed, gap_round_label(session, rounds.needed_base, rounds.needed))]
        else:
            shown_rounds = [(r.id, r.name) for r in session.rounds[:2]]
        lines = []
        for round_id, round_name in shown_rounds:
            stats = {d.id: describe(session.positions(round_id, d.id)) for d in session.dimensions}
            dim_id = most_divergent(stats)
            if not dim_id:
                continue
            s = stats[dim_id]
            if s.band is AgreementBand.ALIGNED:
                lines.append(tr("{0}: every dimension is aligned (lowest rwg {1}, on {2}).").format(
                    html.escape(round_name), rwg_text(s.rwg), html.escape(session.dimension(dim_id).name)))
            else:
                lines.append(
                    tr("Most divergent in {0}: <b>{1}</b> ({2}, rwg {3}, SD {4:.0f})").format(
                        html.escape(round_name), html.escape(session.dimension(dim_id).name),
                        s.band.title.lower(), rwg_text(s.rwg), s.sd
                    )
                )
        # Only the first few pairs are worded; the rest are counted (a large
        # room has thousands of pairs, and wording each cost seconds).
        flagged = [(dim, round_name, pg) for round_id, round_name in shown_rounds for dim in session.dimensions
                   for pg in perception_gaps(session, round_id, dim.id, repeats=False)]
        if flagged:
            names = {team.id: team.name for team in session.teams}
            shown = []
            for dim, round_name, pg in flagged[:4]:
                a = names.get(pg.a, pg.a) if pg.kind == "team" else pg.a
                b = names.get(pg.b, pg.b) if pg.kind == "team" else pg.b
                shown.append(
                    f"{html.escape(dim.name)} ({html.escape(round_name)}): {html.escape(a)} "
                    f"{tr('and')} {html.escape(b)}, {gap_text(abs(pg.difference), signed=False)} "
                    f"{tr('points apart')}"
                )
            more = len(flagged) - len(shown)
            lines.append(tr("Perception gaps of 25 points or more: ") + "; ".join(shown)
                         + (tr(" and {0} more").format(more) if more else ""))
        else:
            lines.append(tr("No two teams are 25 points or more apart."))
        self.divergence.setText("<br>".join(lines))
        self.divergence.setVisible(True)
        self.divergence_box.setVisible(True)


class WrapupPage(StepPage):
    """What we found and what comes next, with the exports at hand."""

    export_pdf_requested = Signal()
    export_json_requested = Signal()
    save_requested = Signal()

    def __init__(self, controller, step, parent=None):
        super().__init__(controller, step, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt_label())
        self.text = QTextBrowser()
        self.text.setObjectName("wrapupText")
        self.text.setAccessibleName(tr("Workshop summary"))
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("&Save session as\u2026"))
        self.pdf_button = QPushButton(tr("Export &PDF report\u2026"))
        self.json_button = QPushButton(tr("Export &JSON\u2026"))
        for button in (self.save_button, self.pdf_button, self.json_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save_requested)
        self.pdf_button.clicked.connect(self.export_pdf_requested)
        self.json_button.clicked.connect(self.export_json_requested)
        # The step timer records the step just left once the step has changed: show its time too.
        controller.step_changed.connect(self._step_changed)

    def _step_changed(self, index: int) -> None:
        steps = self.controller.session.steps
        if 0 <= index < len(steps) and steps[index].id == self.step.id:
            self.activate()

    def activate(self) -> None:
        session = self.controller.session
        summary = session_summary(session)
        parts = [f"<h2>{html.escape(self.controller.title)}</h2>"]
        gaps = [(abs(g.gap), g) for g in summary.gaps.values() if g.gap is not None]
        if gaps:
            _, biggest = max(gaps, key=lambda p: p[0])
            parts.append(
                "<p>" + tr("Largest gap: <b>{0}</b>, from {1} today to {2} needed ({3}, {4}).").format(
                    html.escape(session.dimension(biggest.dimension_id).name),
                    gap_text(biggest.today.median, signed=False), gap_text(biggest.needed.median, signed=False),
                    gap_text(biggest.gap), biggest.gap_class.title.lower()
                ) + "</p>"
            )
        agreed = [a for a in session.actions if a.accepted]  # suggestions are not agreed yet
        if agreed:
            dash = " \u2013 "
            items = "".join(
                f"<li><b>{html.escape(a.title)}</b> ({html.escape(a.lever.label)})"
                f"{dash + html.escape(a.owner) if a.owner else ''}"
                f"{', due ' + html.escape(a.due) if a.due else ''}</li>"
                for a in agreed
            )
            parts.append(f"<h3>{tr('Agreed actions')}</h3><ol>{items}</ol>")
            pending = len(session.actions) - len(agreed)
            if pending:
                parts.append("<p>" + tr("{0} more suggested, not accepted yet.").format(pending) + "</p>")
        elif session.actions:
            parts.append("<p>" + tr("{0} suggested actions, none accepted yet: accept them on the Action plan "
                                    "step.").format(len(session.actions)) + "</p>")
        else:
            parts.append("<p>" + tr("No action plan yet: go back to the Action plan step to generate one.") + "</p>")
        parts.append(self._time_table())
        self.text.setHtml("".join(parts))

    def _time_table(self) -> str:
        """Planned against actual time per step, from the step timer."""
        from ...model.timer import format_seconds

        steps = self.controller.session.steps
        if not any(st.timebox or st.actual for st in steps):
            return "<h3>" + tr("Time per step") + "</h3><p>" + tr("The step timer has not been used.") + "</p>"
        rows = []
        total_planned = total_actual = 0
        for st in steps:
            total_planned += st.timebox
            total_actual += st.actual
            planned = format_seconds(st.timebox) if st.timebox else "\u2013"
            actual = format_seconds(st.actual) if st.actual else "\u2013"
            over = ""
            if st.timebox and st.actual > st.timebox:
                over = tr("over by {0}").format(format_seconds(st.actual - st.timebox))
            rows.append(f"<tr><td>{html.escape(st.title)}</td><td align='right'>{planned}</td>"
                        f"<td align='right'>{actual}</td><td>{over}</td></tr>")
        rows.append(f"<tr><td><b>{tr('Total')}</b></td><td align='right'><b>{format_seconds(total_planned)}</b></td>"
                    f"<td align='right'><b>{format_seconds(total_actual)}</b></td><td></td></tr>")
        return (f"<h3>{tr('Time per step')}</h3><table cellpadding='4' cellspacing='0' border='1'>"
                f"<tr><th align='left'>{tr('Step')}</th><th>{tr('Planned')}</th><th>{tr('Actual')}</th><th></th></tr>"
                + "".join(rows) + "</table>")
