"""What the audience display shows for each kind of step, one view each.

The display (display.py) owns the window, the title, the timer and the
board; it puts one of these views in its body (or, on place and discuss
steps, under the board) and calls ``show_step(session, step)`` whenever the
controller says something changed. The views read the session only; they
never reach into the console's widgets.

Every view is sized for a room: text in pixels from one *unit* (1.0 at a
1920x1080 screen, 2.0 at 3840x2160; ``set_unit``), at least 24 px of body
text and 40 px titles at 1920x1080. A list longer than the screen holds
shows the first N that fit and "and k more". Colour is never the only cue:
bars carry their count in words, statuses a symbol and a word.

``text()`` is what a view says, as plain text (its accessible description
too), so tests and tools can read it without pixels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...common.i18n import context
from ...model import ActionItem, ActionStatus, Lever, Session, Step, StepKind
from .aggregates import divergent_words, largest_gaps, step_gap_lines

tr = context("AudienceDisplay")

#: Pixel sizes at unit 1.0 (a 1920x1080 screen). The issue asks for text
#: >= 24 px and titles >= 40 px there; these leave a margin.
TITLE_PX = 52
HEADING_PX = 40
TEXT_PX = 32
SMALL_PX = 26
BIG_PX = 120  # "n of m placed" during a blind round
DETAIL_GAP = 8  # padding under an action's details, before the next action


def unit_for(width: int, height: int) -> float:
    """The display's size unit: 1.0 at 1920x1080, scaling with the smaller
    ratio so a 4K projector gets 2.0 and a laptop in presentation mode a
    little less than 1 (never below 0.6, so text stays text)."""
    if width <= 0 or height <= 0:
        return 1.0
    return max(0.6, min(width / 1920, height / 1080))


def px(size: float, unit: float) -> int:
    return max(1, round(size * unit))


def _font(size: float, unit: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")  # the family the style sheets use
    font.setPixelSize(px(size, unit))
    font.setBold(bold)
    return font


def _label(name: str, size: int, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    mark_size(label, size, bold)
    return label


#: The sizes a display label may have; the display's style sheet has one
#: rule per size (display.display_style), as a widget font would lose to
#: the application's style sheet.
SIZES = (TITLE_PX, HEADING_PX, TEXT_PX, SMALL_PX, BIG_PX)


def mark_size(label: QLabel, size: int, bold: bool = False) -> None:
    label.setProperty("displaySize", size)
    label.setProperty("displayBold", "true" if bold else "false")


def size_rules(unit: float) -> str:
    """Style sheet rules giving each marked label its size at ``unit``."""
    rules = [f'QLabel[displaySize="{size}"] {{ font-size: {px(size, unit)}px; }}' for size in SIZES]
    rules.append('QLabel[displayBold="true"] { font-weight: bold; }')
    return "\n".join(rules)


def status_mark(status: ActionStatus) -> str:
    """A symbol per status, so a status never rests on colour alone."""
    return {
        ActionStatus.DONE: "\u2714",  # heavy check mark
        ActionStatus.IN_PROGRESS: "\u25b6",  # play triangle: under way
        ActionStatus.BLOCKED: "\u2716",  # heavy cross
        ActionStatus.NOT_STARTED: "\u25cb",  # open circle
    }[status]


def due_text(due: str) -> str:
    """"13 Jan 2027" from an ISO date, in the app's language (the room reads
    words, not ISO); the text itself when it is not a date."""
    try:
        day = dt.date.fromisoformat(due)
    except ValueError:
        return due
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


class StepView(QWidget):
    """A view of one step for the room: resized by a unit, says its text."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.unit = 1.0
        # The view fits its lists to the height it is given: its content must
        # not ask for more (a full-screen window cannot grow).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def set_unit(self, unit: float) -> None:
        self.unit = unit  # the sizes come from the display's style sheet
        self.relayout()

    def relayout(self) -> None:
        """Fit lists to the height the view has (a resize, a new unit)."""

    def show_step(self, session: Session, step: Step) -> None:
        raise NotImplementedError

    def labels(self) -> list[QLabel]:
        return [label for label in self.findChildren(QLabel) if not label.isHidden() and label.text()]

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels())

    def _said(self) -> None:
        self.setAccessibleDescription(self.text())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()


class _ListView(StepView):
    """A view with a list that shows as many rows as fit, then "and k more"."""

    def __init__(self, name: str, parent=None):
        super().__init__(name, parent)
        self.shown_rows = 0  # how many of the list's rows are on screen


# -- the frame ----------------------------------------------------------------------------
def frame_rows() -> list[tuple[str, str, str]]:
    """(aspect, cooperation, collaboration): the contrast the workshop opens with."""
    return [
        (tr("In one line"), tr("Side by side, each on its own part of a shared aim"),
         tr("Making something together, in one shared process")),
        (tr("Basis"), tr("Each party delivers its piece; the contract sets the terms"),
         tr("Trust, openness and decisions taken together")),
        (tr("Outcomes"), tr("Each measured on its own results"), tr("Accountable together for the outcome")),
        (tr("Picture"), tr("A relay race: one finish line, each runner minds their own leg"),
         tr("A jazz band: players listen and answer each other, making what none could alone")),
    ]


class FrameView(StepView):
    """The frame: cooperation beside collaboration, relay race and jazz band."""

    def __init__(self, parent=None):
        super().__init__("displayFrame", parent)
        self.setAccessibleName(tr("Cooperation and collaboration"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(40)
        self.grid.setVerticalSpacing(18)
        self.left_head = _label("frameCooperation", HEADING_PX, bold=True)
        self.right_head = _label("frameCollaboration", HEADING_PX, bold=True)
        self.grid.addWidget(self.left_head, 0, 1)
        self.grid.addWidget(self.right_head, 0, 2)
        self._cells: list[tuple[QLabel, QLabel, QLabel]] = []
        for i in range(len(frame_rows())):
            aspect = _label("frameAspect", TEXT_PX)
            aspect.setProperty("role", "muted")
            left, right = _label("frameLeft", TEXT_PX), _label("frameRight", TEXT_PX)
            self.grid.addWidget(aspect, i + 1, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(left, i + 1, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(right, i + 1, 2, Qt.AlignmentFlag.AlignTop)
            self._cells.append((aspect, left, right))
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        layout.addStretch(1)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.question = _label("frameQuestion", HEADING_PX, bold=True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.question)
        layout.addStretch(2)

    def relayout(self) -> None:
        self.grid.setHorizontalSpacing(px(48, self.unit))
        self.grid.setVerticalSpacing(px(28, self.unit))

    def show_step(self, session: Session, step: Step) -> None:
        self.left_head.setText(tr("Cooperation"))
        self.right_head.setText(tr("Collaboration"))
        for (aspect, left, right), (a, lo, hi) in zip(self._cells, frame_rows(), strict=True):
            aspect.setText(a)
            left.setText(lo)
            right.setText(hi)
        self.question.setText(tr("Neither is better in itself. Where are we today, and where does this "
                                 "programme need to be?"))
        self._said()


class InfoView(StepView):
    """Any other information step: its prompt, large."""

    def __init__(self, parent=None):
        super().__init__("displayInfo", parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prompt = _label("infoPrompt", HEADING_PX)
        layout.addWidget(self.prompt)
        layout.addStretch(1)

    def show_step(self, session: Session, step: Step) -> None:
        self.prompt.setText(step.prompt)
        self._said()


def is_frame(session: Session, step: Step) -> bool:
    """An information step before the first placement frames the workshop."""
    if step.kind is not StepKind.INFO:
        return False
    for st in session.steps:
        if st.id == step.id:
            return True
        if st.kind is StepKind.PLACE:
            return False
    return False


# -- blind round --------------------------------------------------------------------------
def still_to_place(session: Session, round_id: str) -> list[str]:
    """Names of the placers who have not placed on every dimension (never
    where anyone placed)."""
    dims = [d.id for d in session.dimensions]
    out = []
    for placer in session.placer_ids():
        if any((round_id, d, placer) not in session.placements for d in dims):
            out.append(session.placer_name(placer))
    return out


class BlindView(_ListView):
    """A blind round: "n of m placed" in large type and who is still to place."""

    def __init__(self, parent=None):
        super().__init__("displayBlind", parent)
        self.setAccessibleName(tr("Blind round"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = _label("blindNote", TEXT_PX)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = _label("blindCount", BIG_PX, bold=True)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting_head = _label("blindWaitingHead", HEADING_PX, bold=True)
        self.waiting_head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting = _label("blindWaiting", TEXT_PX, wrap=False)  # broken into lines here
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        for w in (self.count, self.note, self.waiting_head, self.waiting):
            layout.addWidget(w)
        layout.addStretch(2)
        self._names: list[str] = []

    def show_step(self, session: Session, step: Step) -> None:
        placed, possible = session.placed_count(step.round_id)
        self.count.setText(tr("{0} of {1} placed").format(placed, possible))
        self.note.setText(tr("Blind round: placements stay hidden until the facilitator reveals them."))
        self._names = still_to_place(session, step.round_id)
        self.relayout()

    def relayout(self) -> None:
        names = self._names
        if not names:
            self.waiting_head.setText(tr("Everyone has placed."))
            self.waiting.setText("")
            self._said()
            return
        self.waiting_head.setText(tr("Still to place:"))
        # The names flow in lines across the width; as many lines as fit
        # under the count, then "and k more".
        metrics = QFontMetricsF(_font(TEXT_PX, self.unit))
        width = max(200.0, self.width() - px(80, self.unit))
        used = (self.count.sizeHint().height() + self.note.sizeHint().height()
                + self.waiting_head.sizeHint().height() + px(60, self.unit))
        lines = max(1, int((self.height() - used) // metrics.lineSpacing()) - 1) if self.height() > 0 else 3
        sep = " \u00b7 "
        lines_out: list[str] = []
        current, shown = "", 0
        for name in names:
            candidate = f"{current}{sep}{name}" if current else name
            if current and metrics.horizontalAdvance(candidate) > width:
                if len(lines_out) + 2 >= lines:
                    break  # the last line is kept for "and k more"
                lines_out.append(current)
                candidate = name
            current = candidate
            shown += 1
        if current:
            lines_out.append(current)
        more = len(names) - shown
        if more:
            lines_out.append(tr("and {0} more").format(more))
        self.waiting.setText("\n".join(lines_out))
        shown_list = names[:shown]
        self.shown_rows = len(shown_list)
        self._said()


# -- discussion ---------------------------------------------------------------------------
class DiscussStrip(StepView):
    """Under the board on a discuss step: the most divergent dimension and
    the largest gaps, in words."""

    def __init__(self, parent=None):
        super().__init__("displayDiscuss", parent)
        self.setAccessibleName(tr("Divergence and gaps"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # The small type (still >= 24 px at 1920x1080): two lines under the
        # board take as little of its height as they can.
        self.divergent = _label("discussDivergent", SMALL_PX)
        self.gaps = _label("discussGaps", SMALL_PX)
        layout.addWidget(self.divergent)
        layout.addWidget(self.gaps)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # under the board

    def show_step(self, session: Session, step: Step) -> None:
        self.divergent.setText(divergent_words(session, step))
        lines = step_gap_lines(session, step, limit=2)  # one line at 1920 px; the board's rows have all
        self.gaps.setText(tr("Largest gaps: {0}").format(" \u00b7 ".join(lines)) if lines else "")
        self.gaps.setVisible(bool(lines))
        self._said()


# -- the lever vote -----------------------------------------------------------------------
def vote_tally(session: Session) -> dict[Lever, int]:
    """Dots per lever over the session's teams (votes of removed teams do not count)."""
    teams = {t.id for t in session.teams}
    totals = {lever: 0 for lever in Lever}
    for (team_id, code), dots in session.votes.items():
        if team_id not in teams:
            continue
        try:
            totals[Lever(code)] += dots
        except ValueError:
            continue
    return totals


def dots_words(n: int) -> str:
    return tr("1 dot") if n == 1 else tr("{0} dots").format(n)


class TallyBar(QWidget):
    """One lever's bar: its length is the share of the leading lever, with
    one mark per dot so the count reads without the colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dots = 0
        self.most = 1
        self.fill = QColor("#FFE500")
        self.edge = QColor("#FFFFFF")
        self.mark = QColor("#000000")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, dots: int, most: int) -> None:
        self.dots, self.most = dots, max(1, most)
        self.update()

    def set_colours(self, fill: str, edge: str, mark: str) -> None:
        self.fill, self.edge, self.mark = QColor(fill), QColor(edge), QColor(mark)
        self.update()

    def filled_width(self) -> float:
        return (self.width() - 2) * self.dots / self.most

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.height()
        painter.setPen(self.edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, h - 1))
        if not self.dots:
            return
        w = self.filled_width()
        painter.setBrush(self.fill)
        painter.drawRect(QRectF(1, 1, w, h - 2))
        # One round mark per dot inside the bar (when there is room for them).
        step = w / self.dots
        r = min(h * 0.22, step * 0.3)
        if r >= 3:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.mark)
            for i in range(self.dots):
                painter.drawEllipse(QRectF(1 + step * (i + 0.5) - r, h / 2 - r, 2 * r, 2 * r))
        painter.end()


class VoteView(StepView):
    """The live tally: one bar per lever with its name and dots."""

    def __init__(self, parent=None):
        super().__init__("displayVote", parent)
        self.setAccessibleName(tr("Lever vote tally"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = _label("voteSummary", TEXT_PX)
        layout.addWidget(self.summary)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(14)
        self.rows: dict[Lever, tuple[QLabel, TallyBar, QLabel]] = {}
        for i, lever in enumerate(Lever):
            name = _label("voteLever", TEXT_PX, bold=True, wrap=False)
            bar = TallyBar()
            count = _label("displayVoteCount", TEXT_PX, bold=True, wrap=False)
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(bar, i, 1)
            self.grid.addWidget(count, i, 2)
            self.rows[lever] = (name, bar, count)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def set_unit(self, unit: float) -> None:
        super().set_unit(unit)
        for _name, bar, _count in self.rows.values():
            bar.setFixedHeight(px(48, unit))

    def show_step(self, session: Session, step: Step) -> None:
        totals = vote_tally(session)
        most = max(totals.values()) if totals else 0
        for lever, (name, bar, count) in self.rows.items():
            dots = totals[lever]
            name.setText(lever.label)
            bar.set_value(dots, most)
            bar.setAccessibleName(f"{lever.label}: {dots_words(dots)}")
            count.setText(dots_words(dots))
        spent = sum(totals.values())
        possible = session.settings.vote_dots * len(session.teams)
        self.summary.setText(tr("{0} of {1} dots placed by {2} teams").format(spent, possible, len(session.teams)))
        self._said()

    def text(self) -> str:
        lines = [self.summary.text()]
        lines += [f"{name.text()}: {count.text()}" for name, _bar, count in self.rows.values()]
        return "\n".join(lines)


# -- actions ------------------------------------------------------------------------------
class _ActionList(_ListView):
    """Rows of actions (a title and a line of details), as many as fit."""

    def __init__(self, name: str, parent=None):
        super().__init__(name, parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(px(10, self.unit))
        self.heading = _label(name + "Heading", HEADING_PX, bold=True)
        self.box.addWidget(self.heading)
        self.row_labels: list[tuple[QLabel, QLabel]] = []
        self.more = _label(name + "More", SMALL_PX)
        self.more.setProperty("role", "muted")
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(px(10, self.unit))
        self.box.addLayout(self.rows_box)
        self.box.addWidget(self.more)
        self.box.addStretch(1)
        self._items: list[tuple[str, str]] = []
        self._empty = ""
        # Never shown: they measure a row as the style sheet will draw it.
        self._probe = (_label("actionTitle", TEXT_PX, bold=True), _label("actionDetail", SMALL_PX, wrap=False))
        for label in self._probe:
            label.setParent(self)
            label.setProperty("role", "muted")
            label.hide()

    def set_items(self, heading: str, items: list[tuple[str, str]], empty: str) -> None:
        self.heading.setText(heading)
        self._items = items
        self._empty = empty
        self.relayout()

    def _available(self) -> float:
        return self.height() - self.heading.sizeHint().height() - self.box.spacing() * 2 - px(16, self.unit)

    def _fit(self, items: list[tuple[str, str]]) -> int:
        """How many rows fit the height, measured by two hidden labels
        styled like the rows (a title that wraps takes its lines), keeping
        a line for "and k more" when not all do."""
        if self.height() <= 0:
            return len(items)
        width = max(100, self.width())
        title, detail = self._probe
        for label in (title, detail, self.more):
            label.ensurePolished()
        more = self.more.sizeHint().height() + self.box.spacing()
        available = self._available()
        used, fit = 0.0, 0
        for i, (head, details) in enumerate(items):
            title.setText(head)
            detail.setText(details)
            h = title.heightForWidth(width) + detail.sizeHint().height() + 2 * self.rows_box.spacing()
            last = i == len(items) - 1
            if used + h + (0 if last else more) > available:
                break
            used += h
            fit += 1
        return max(1, fit)

    def relayout(self) -> None:
        self.rows_box.setSpacing(px(4, self.unit))
        items = self._items
        fit = self._fit(items)
        shown = items[:fit]
        while len(self.row_labels) < len(shown):
            title = _label("actionTitle", TEXT_PX, bold=True)
            detail = _label("actionDetail", SMALL_PX, wrap=False)
            detail.setProperty("role", "muted")
            self.rows_box.addWidget(title)
            self.rows_box.addWidget(detail)
            self.row_labels.append((title, detail))
        for i, (title, detail) in enumerate(self.row_labels):
            visible = i < len(shown)
            title.setVisible(visible)
            detail.setVisible(visible)
            if visible:
                title.setText(shown[i][0])
                detail.setText(shown[i][1])
        more = len(items) - len(shown)
        if not items:
            self.more.setText(self._empty)
        else:
            self.more.setText(tr("and {0} more").format(more) if more else "")
        self.more.setVisible(bool(self.more.text()))
        self.shown_rows = len(shown)
        self._said()


def action_details(action: ActionItem) -> str:
    """"L4 Open communication · owner Port Authority · due 13 Nov 2026"."""
    parts = [action.lever.label]
    parts.append(tr("owner {0}").format(action.owner) if action.owner else tr("owner to assign"))
    if action.due:
        parts.append(tr("due {0}").format(due_text(action.due)))
    return " \u00b7 ".join(parts)


class PlanView(_ActionList):
    """The action plan: the accepted actions with lever, owner and due date."""

    def __init__(self, parent=None):
        super().__init__("displayPlan", parent)
        self.setAccessibleName(tr("Agreed actions"))

    def show_step(self, session: Session, step: Step) -> None:
        agreed = [a for a in session.actions if a.accepted]
        pending = len(session.actions) - len(agreed)
        heading = tr("Agreed actions ({0})").format(len(agreed))
        if pending:
            heading += "  " + tr("\u00b7 {0} suggested").format(pending)
        self.set_items(heading, [(a.title, action_details(a)) for a in agreed],
                       tr("No action agreed yet."))


class ReviewView(_ActionList):
    """A follow-up's review: each action's status as a symbol and a word."""

    def __init__(self, parent=None):
        super().__init__("displayReview", parent)
        self.setAccessibleName(tr("Action statuses"))

    def show_step(self, session: Session, step: Step) -> None:
        actions = [a for a in session.actions if a.accepted]
        counts = {s: sum(1 for a in actions if a.status is s) for s in ActionStatus}
        heading = " \u00b7 ".join(f"{status_mark(s)} {s.title} {n}" for s, n in counts.items() if n)
        items = [(f"{status_mark(a.status)} {a.status.title}: {a.title}", action_details(a)) for a in actions]
        self.set_items(heading or tr("Actions"), items, tr("No actions to review."))


def remeasure_date(session: Session) -> str:
    """The due date of the re-measure action, or "" when there is none."""
    from ...planning.generate import load_library

    title = load_library().remeasure.title
    for a in session.actions:
        if a.title == title and a.due:
            return a.due
    return ""


class WrapupView(StepView):
    """The wrap-up: the largest gaps, the agreed actions, the re-measure date."""

    def __init__(self, parent=None):
        super().__init__("displayWrapup", parent)
        self.setAccessibleName(tr("Wrap-up"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setSpacing(60)
        gaps = QVBoxLayout()
        gaps.setSpacing(6)  # a nested layout would take its row's 60
        # One line each (short, and a wrapped label in a row of columns is
        # given more height than it needs).
        self.gaps_head = _label("wrapupGapsHead", HEADING_PX, bold=True, wrap=False)
        self.gaps = _label("wrapupGaps", TEXT_PX, wrap=False)
        self.remeasure = _label("wrapupRemeasure", HEADING_PX, bold=True)
        gaps.addWidget(self.gaps_head)
        gaps.addWidget(self.gaps)
        gaps.addStretch(1)  # spare height goes below the list, not into its labels
        top.addLayout(gaps, 3)
        top.addWidget(self.remeasure, 2, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(top)
        self.action_list = _ActionList("wrapupActions")
        layout.addWidget(self.action_list, 1)

    def set_unit(self, unit: float) -> None:
        super().set_unit(unit)
        self.action_list.set_unit(unit)

    def show_step(self, session: Session, step: Step) -> None:
        gaps = largest_gaps(session, limit=3)
        self.gaps_head.setText(tr("Largest gaps, today \u2192 needed"))
        self.gaps.setText("\n".join(gaps) if gaps else tr("No gaps yet: both rounds need placements."))
        when = remeasure_date(session)
        self.remeasure.setText(tr("We measure again on {0}").format(due_text(when)) if when else "")
        self.remeasure.setVisible(bool(when))
        agreed = [a for a in session.actions if a.accepted]
        self.action_list.set_items(tr("Agreed actions"), [(a.title, action_details(a)) for a in agreed],
                               tr("No action agreed yet."))
        self._said()

    def text(self) -> str:
        return "\n".join([self.gaps_head.text(), self.gaps.text(), self.remeasure.text(), self.action_list.text()])

