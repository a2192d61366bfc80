"""The lever vote: each team spreads its dots over the six levers; the tally
and the resulting lever importance update live and feed the action plan.

Every +/- is one ``controller.spend_vote_dot`` (one undo step; the dot
budget is that operation's rule); the page redraws when a change record names
the votes, the teams or the settings, so undo, redo and edits elsewhere show
here too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...common.i18n import context
from ...model import Lever, Part, Session, Team
from ...model.words import importance_word
from ...session import ChangeRecord
from ...session.operations.info import MAX_DOTS
from ...session.operations.votes import team_dots
from ..common.plaintext import tip
from .pages import StepPage

tr = context("VotePage")

#: The widest the team names' column gets (px): six lever columns of 40 px
#: buttons and the names fit beside the console on a 1366x768 laptop.
NAME_WIDTH = 150


def dots_text(n: int) -> str:
    return tr("1 dot") if n == 1 else tr("{0} dots").format(n)


def lever_tally(session: Session) -> dict[Lever, int]:
    """Dots per lever over the session's teams."""
    teams = {t.id for t in session.teams}
    totals = {lever: 0 for lever in Lever}
    for (team_id, code), dots in session.votes.items():
        if team_id in teams:
            try:
                totals[Lever(code)] += dots
            except ValueError:
                continue
    return totals


class LeverCell(QWidget):
    """One team's dots on one lever: big - and + buttons around the count.
    Keyboard: Tab to a button, Space to press; or +/- (and Up/Down) while
    either button has focus."""

    def __init__(self, page: VotePage, team: Team, lever: Lever):
        super().__init__()
        self.page, self.team, self.lever = page, team, lever
        # The count above its two buttons: six levers and the team names fit
        # across a 1366x768 laptop beside the console, with 40 px buttons.
        layout = QGridLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setHorizontalSpacing(2)
        layout.setVerticalSpacing(0)
        self.minus = QToolButton()
        self.minus.setText("\u2212")
        self.plus = QToolButton()
        self.plus.setText("+")
        for button in (self.minus, self.plus):
            button.setObjectName("voteButton")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setMinimumSize(40, 40)  # a finger on a touch screen
            button.installEventFilter(self)
        self.count = QLabel("0")
        self.count.setObjectName("voteCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.count, 0, 0, 1, 2)
        layout.addWidget(self.minus, 1, 0)
        layout.addWidget(self.plus, 1, 1)
        self.minus.clicked.connect(lambda: self.page.change_vote(self.team.id, self.lever, -1))
        self.plus.clicked.connect(lambda: self.page.change_vote(self.team.id, self.lever, +1))

    def show_dots(self, dots: int, left: int = 1) -> None:
        """``left``: the team's dots still to spend; none left disables "+"
        and says why (tool tip and accessible description)."""
        self.count.setText(str(dots))
        name = tr("{0}, {1}, {2}").format(self.team.name, self.lever.label, dots_text(dots))
        self.setAccessibleName(name)
        self.count.setAccessibleName(name)
        self.minus.setAccessibleName(tr("{0}: take a dot off").format(name))
        self.plus.setAccessibleName(tr("{0}: add a dot").format(name))
        self.minus.setToolTip(tip(tr("Take a dot off {0} for {1}").format(self.lever.label, self.team.name)))
        self.minus.setEnabled(dots > 0)
        if left <= 0 and self.plus.hasFocus() and dots > 0:
            # Disabling the focused "+" would throw the focus to another
            # widget: the keyboard user stays on this lever, on its "-".
            self.minus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.plus.setEnabled(left > 0)
        if left > 0:
            self.plus.setToolTip(tip(tr("Add a dot on {0} for {1}").format(self.lever.label, self.team.name)))
            self.plus.setAccessibleDescription("")
        else:
            reason = tr("{0} has no dots left: take one off another lever first.").format(self.team.name)
            self.plus.setToolTip(tip(reason))
            self.plus.setAccessibleDescription(reason)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Up):
                self.page.change_vote(self.team.id, self.lever, +1)
                return True
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Down):
                self.page.change_vote(self.team.id, self.lever, -1)
                return True
        return False


class TeamRowStub(QWidget):
    """Stands in for a team's row of lever cells until the row is wanted:
    painted (scrolled into view) or given the keyboard focus (Tab and
    Shift+Tab walk through it as through the row's buttons). A 50-team
    session would otherwise build 300 cells (1,400 widgets) on the first
    visit, most of them below the fold."""

    def __init__(self, page: VotePage, team_id: str, height: int):
        super().__init__()
        self.page, self.team_id = page, team_id
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFixedHeight(height)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.page.want_row(self.team_id)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self.isVisible():
            return  # the focus passing through as the window closes: build nothing
        backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
        self.page.build_row(self.team_id, focus_last=backwards)


class VotePage(StepPage):
    def __init__(self, controller, step, parent=None):
        super().__init__(controller, step, parent)
        self._cells: dict[tuple[str, Lever], LeverCell] = {}
        self._left: dict[str, QLabel] = {}
        self._headings: dict[Lever, QLabel] = {}
        self._wide_headings: bool | None = None
        self._team_ids: tuple[str, ...] = ()
        self._rows: dict[str, int] = {}
        self._stubs: dict[str, TeamRowStub] = {}
        self._wanted: set[str] = set()
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt_label())

        top = QHBoxLayout()
        dots_label = QLabel(tr("&Dots per team:"))
        self.dots_spin = QSpinBox()
        self.dots_spin.setRange(1, MAX_DOTS)
        self.dots_spin.setAccessibleName(tr("Dots per team"))
        self.dots_spin.setToolTip(tr("How many dots each team spreads over the levers"))
        dots_label.setBuddy(self.dots_spin)
        top.addWidget(dots_label)
        top.addWidget(self.dots_spin)
        top.addSpacing(24)
        self.feedback = QLabel()
        self.feedback.setObjectName("voteFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(tr("Vote message"))
        top.addWidget(self.feedback, 1)
        layout.addLayout(top)

        # The teams' dots above, the tally below: all six levers fit across.
        # No scroll area of its own: the step page's scroller (workshop_view)
        # is the one scroll region, so a small screen scrolls the whole page
        # once instead of a grid scrolling inside a page that scrolls.
        body = QVBoxLayout()
        self.grid_host = QWidget()
        self.grid_host.setObjectName("voteGrid")
        self.grid_host.setAccessibleName(tr("Dots per team and lever"))
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(4)
        body.addWidget(self.grid_host, 0)

        tally_box = QVBoxLayout()
        heading = QLabel(tr("Tally: dots per lever"))
        heading.setObjectName("statsHeadline")
        tally_box.addWidget(heading)
        self.tally = QGridLayout()
        self._bars: dict[Lever, QProgressBar] = {}
        self._importance: dict[Lever, QLabel] = {}
        for col in (0, 3):
            for offset, text in enumerate((tr("Lever"), tr("Dots"), tr("Importance"))):
                head = QLabel(text)
                head.setObjectName("hint")
                self.tally.addWidget(head, 0, col + offset)
        for i, lever in enumerate(Lever):  # two columns of three: the board keeps the height
            row, col = i % 3 + 1, (i // 3) * 3
            name = QLabel(lever.label)
            name.setWordWrap(True)
            bar = QProgressBar()
            bar.setObjectName("tallyBar")
            bar.setTextVisible(True)
            bar.setMinimumWidth(90)
            importance = QLabel()
            importance.setObjectName("importance")
            self.tally.addWidget(name, row, col)
            self.tally.addWidget(bar, row, col + 1)
            self.tally.addWidget(importance, row, col + 2)
            self._bars[lever] = bar
            self._importance[lever] = importance
        self.tally.setColumnStretch(1, 1)
        self.tally.setColumnStretch(4, 1)
        self.tally.setHorizontalSpacing(10)
        tally_box.addLayout(self.tally)
        self.importance_note = QLabel()
        self.importance_note.setObjectName("hint")
        self.importance_note.setWordWrap(True)
        tally_box.addWidget(self.importance_note)
        tally_box.addStretch(1)
        body.addLayout(tally_box, 0)
        layout.addLayout(body, 1)

        self.dots_spin.valueChanged.connect(self._dots_edited)
        controller.changed.connect(self._changed)
        self.refresh()

    # -- the grid -----------------------------------------------------------------------------
    #: Team rows built with the page, enough to fill a tall screen; the rest
    #: are stubs (``TeamRowStub``) built when scrolled into view or tabbed to.
    EAGER_ROWS = 12

    def _build_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._cells.clear()
        self._left.clear()
        self._headings.clear()
        self._stubs.clear()
        self._wanted.clear()
        teams = self.controller.session.teams
        self._team_ids = tuple(t.id for t in teams)
        self._rows = {t.id: row for row, t in enumerate(teams, start=1)}
        if not teams:
            empty = QLabel(tr("Add teams in the set-up (Ctrl+0) to vote."))
            empty.setObjectName("hint")
            self.grid.addWidget(empty, 0, 0)
            return
        for col, lever in enumerate(Lever, start=1):
            # The code heads its column (the tally below names every lever in
            # full): six columns of 40 px buttons fit beside the console on a
            # 1366x768 laptop, where "communication" and "accountability"
            # as headings would not.
            head = QLabel()
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setWordWrap(True)
            head.setObjectName("leverHeading")
            head.setToolTip(lever.label)
            head.setAccessibleName(lever.label)
            self._headings[lever] = head
            self.grid.addWidget(head, 0, col)
        height = 0
        for row, team in enumerate(teams, start=1):
            if row <= self.EAGER_ROWS:
                self._add_row(team, row)
                continue
            if not height:
                # A stub is as tall as a built row, so the page's scroll
                # range hardly moves as rows are built.
                built = [self.grid.itemAtPosition(1, col) for col in range(len(Lever) + 1)]
                height = max([self._polished_height(item.widget()) for item in built if item is not None] or [60])
            stub = TeamRowStub(self, team.id, height)
            self._stubs[team.id] = stub
            self.grid.addWidget(stub, row, 0, 1, len(Lever) + 1)
        self.grid.setRowStretch(len(teams) + 1, 1)
        self._wide_headings = None
        self._fit_headings()

    @staticmethod
    def _polished_height(widget: QWidget | None) -> int:
        if widget is None:
            return 0
        widget.ensurePolished()  # the style sheet's fonts and padding, not the defaults
        return widget.sizeHint().height()

    def _add_row(self, team: Team, row: int) -> list[QToolButton]:
        """Build one team's name, dots left and lever cells in grid ``row``;
        returns its buttons in Tab order."""
        name = QLabel(team.name)  # plain text: a team's name is never markup
        name.setTextFormat(Qt.TextFormat.PlainText)
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        left = QLabel()
        left.setObjectName("dotsLeft")
        left.setWordWrap(True)
        box = QVBoxLayout()
        box.setSpacing(0)
        box.addWidget(name)
        box.addWidget(left)
        holder = QWidget()
        holder.setLayout(box)
        # The names' column is at most NAME_WIDTH: a longer name wraps,
        # and its label is given the height the wrapped lines need (a
        # grid does not ask a label its height for a width).
        holder.setMaximumWidth(NAME_WIDTH)
        name.setWordWrap(True)
        self._fit_height(name)
        self.grid.addWidget(holder, row, 0)
        self._left[team.id] = left
        buttons: list[QToolButton] = []
        for col, lever in enumerate(Lever, start=1):
            cell = LeverCell(self, team, lever)
            self._cells[(team.id, lever)] = cell
            self.grid.addWidget(cell, row, col)
            buttons += [cell.minus, cell.plus]
        return buttons

    def want_row(self, team_id: str) -> None:
        """A stub was painted: build its row on the next turn of the event
        loop (not inside the paint)."""
        if team_id in self._stubs and team_id not in self._wanted:
            if not self._wanted:
                QTimer.singleShot(0, self, self._build_wanted)  # not after the page is gone
            self._wanted.add(team_id)

    def _build_wanted(self) -> None:
        wanted, self._wanted = self._wanted, set()
        for team_id in sorted(wanted, key=lambda t: self._rows.get(t, 0)):
            self.build_row(team_id)

    def build_row(self, team_id: str, *, focus_last: bool | None = None) -> None:
        """Put a team's row of lever cells in place of its stub. With
        ``focus_last`` given (the stub had the focus), the keyboard focus
        moves on to the row's first button that can take it (Tab) or its
        last (Shift+Tab)."""
        stub = self._stubs.pop(team_id, None)
        team = next((t for t in self.controller.session.teams if t.id == team_id), None)
        if stub is None or team is None:
            return
        self.grid.removeWidget(stub)
        row = self._rows[team_id]
        buttons = self._add_row(team, row)
        for col in range(len(Lever) + 1):
            # A layout shows a widget added to a shown parent only on a later
            # turn of the event loop; the next Tab may come first.
            item = self.grid.itemAtPosition(row, col)
            if item is not None and item.widget() is not None:
                item.widget().show()
        # New widgets join the end of the window's Tab chain: put the row's
        # buttons where its stub was, so Tab goes through the teams in order.
        before: QWidget = stub
        for button in buttons:
            QWidget.setTabOrder(before, button)
            before = button
        self._show_team(team, self.controller.session.settings.vote_dots)
        if focus_last is not None:
            for button in reversed(buttons) if focus_last else buttons:
                if button.isEnabled():
                    button.setFocus(Qt.FocusReason.BacktabFocusReason if focus_last else Qt.FocusReason.TabFocusReason)
                    break
        stub.hide()
        stub.deleteLater()

    @staticmethod
    def _fit_height(label: QLabel) -> None:
        label.ensurePolished()  # the style sheet's font, not the default one
        label.setMinimumHeight(label.heightForWidth(NAME_WIDTH - 6))

    #: Page width (px) from which the lever columns are headed with their
    #: titles too; narrower, the codes head them (the tally names them).
    WIDE_HEADINGS = 1100

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_headings()

    def _fit_headings(self) -> None:
        wide = self.width() >= self.WIDE_HEADINGS
        if wide == self._wide_headings:
            return
        self._wide_headings = wide
        for lever, head in self._headings.items():
            head.setText(f"<b>{lever.value}</b><br>{lever.title}" if wide else f"<b>{lever.value}</b>")

    def _changed(self, record: ChangeRecord) -> None:
        if record.touches(Part.VOTES, Part.TEAMS, Part.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        session = self.controller.session
        if tuple(t.id for t in session.teams) != self._team_ids or (session.teams and not self._cells):
            self._build_grid()
        budget = session.settings.vote_dots
        if self.dots_spin.value() != budget:
            self.dots_spin.blockSignals(True)
            self.dots_spin.setValue(budget)
            self.dots_spin.blockSignals(False)
        for team in session.teams:
            self._show_team(team, budget)
        totals = lever_tally(session)
        top = max([*totals.values(), 1])
        importance = session.lever_importance()
        for lever, bar in self._bars.items():
            bar.setRange(0, top)
            bar.setValue(totals[lever])
            bar.setFormat(dots_text(totals[lever]))
            bar.setAccessibleName(tr("{0}: {1}").format(lever.label, dots_text(totals[lever])))
            level = importance[lever] if importance else 2
            self._importance[lever].setAccessibleName(
                tr("{0}: importance {1}").format(lever.label, level) if importance else ""
            )
            self._importance[lever].setText(
                tr("{0} ({1})").format(level, importance_word(level).lower()) if importance else "\u2013"
            )
        votes = sum(totals.values())
        self.importance_note.setText(
            tr("{0} on the levers. Importance from each lever's dots against the top lever's: more than two "
               "thirds 3, more than a third 2, else 1; the action plan ranks its suggestions by it.").format(
                dots_text(votes)
            )
            if importance
            else tr("No dots yet: until the teams vote, the action plan weighs every lever the same.")
        )

    def _show_team(self, team: Team, budget: int) -> None:
        """A team's dots on each lever and what it has left, on its row (or
        its stub's accessible name while the row is not built)."""
        session = self.controller.session
        used = team_dots(session, team.id)
        if used > budget:
            left_text = tr("\u26a0 {0} over: take some off").format(dots_text(used - budget))
        elif used == budget:
            left_text = tr("\u2713 all {0} placed").format(dots_text(budget))
        else:
            left_text = tr("{0} of {1} left").format(dots_text(budget - used), budget)
        stub = self._stubs.get(team.id)
        if stub is not None:
            stub.setAccessibleName(tr("{0}: {1}").format(team.name, left_text))
            return
        for lever in Lever:
            cell = self._cells.get((team.id, lever))
            if cell is not None:
                cell.show_dots(session.votes.get((team.id, lever.value), 0), budget - used)
        label = self._left.get(team.id)
        if label is None:
            return
        label.setText(left_text)
        label.setAccessibleName(tr("{0}: {1}").format(team.name, label.text()))
        self._fit_height(label)

    # -- edits ------------------------------------------------------------------------------------
    def change_vote(self, team_id: str, lever: Lever, delta: int) -> bool:
        """Add (+1) or take off (-1) one of a team's dots; False, with a
        message, when the team has no dot left to give."""
        refusal: list[str] = []
        done = self.controller.spend_vote_dot(team_id, lever, delta, on_refused=refusal.append)
        # The budget is the operation's rule; the page only says it here, not in a dialog.
        self.feedback.setText(refusal[0] if refusal else "")
        return done

    def _dots_edited(self, value: int) -> None:
        self.controller.set_vote_dots(value)
