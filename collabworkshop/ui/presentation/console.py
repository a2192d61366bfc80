"""The facilitator console's side panel: everything the room must not see.

The current step's facilitator script, the timer with its controls, who
has placed in the round (and the round's aggregates even while it is
hidden from the room, with the reveal switch), the audience display's
controls, and the notes. It lives in a dock on the main window, which
stays the console; it only talks to the controller, the timer and the
presenter.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...common.i18n import context
from ...controller.session_controller import SessionController
from ...model import Part
from ...session import ChangeRecord, Origin
from ..common.frame import READING_MS, FrameCoalescer
from .aggregates import dimension_figures
from .display import shows_board
from .notes_panel import NotesPanel
from .participants_panel import ParticipantsPanel
from .timer import TimerController, TimerWidget, set_sound_enabled, sound_enabled

#: Rows of the "Who has placed" table; a larger room lists only who is not done.
WHO_HAS_PLACED_ROWS = 60

tr = context("Console")


def _show(widget: QWidget, shown: bool) -> None:
    """Shown or hidden, touched only when that changes."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)


class ConsolePanel(QWidget):
    def __init__(self, controller: SessionController, timers: TimerController, presenter, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.timers = timers
        self.presenter = presenter
        self.setObjectName("consolePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # Compact, so the board keeps most of the laptop's width.
        self.setStyleSheet("QPushButton { padding: 5px 8px; }")

        # The step and its script.
        self.step_box = QGroupBox()
        step_layout = QVBoxLayout(self.step_box)
        self.script = QTextBrowser()
        self.script.setObjectName("facilitatorScript")
        self.script.setAccessibleName(tr("Facilitator script"))
        self.script.setMaximumHeight(96)
        step_layout.addWidget(self.script)
        layout.addWidget(self.step_box)

        # The timer.
        timer_box = QGroupBox(tr("Timer"))
        timer_layout = QVBoxLayout(timer_box)
        self.timer_widget = TimerWidget(timers, controls=True)
        timer_layout.addWidget(self.timer_widget)
        self.sound_box = QCheckBox(tr("Beep when time is up"))
        self.sound_box.setChecked(sound_enabled())
        self.sound_box.toggled.connect(set_sound_enabled)
        timer_layout.addWidget(self.sound_box)
        layout.addWidget(timer_box)

        # The round: who has placed, aggregates, reveal.
        self.round_box = QGroupBox(tr("Round"))
        round_layout = QVBoxLayout(self.round_box)
        self.round_state = QLabel()
        self.round_state.setObjectName("roundState")
        self.round_state.setWordWrap(True)
        round_layout.addWidget(self.round_state)
        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(self.toggle_hidden)
        round_layout.addWidget(self.reveal_button)
        # Who has placed: a list of a line per person (or team), each line
        # set only when its text changes; not a rich-text table laid out
        # again, with every label around it, whenever anyone places.
        self.placed_heading = QLabel(tr("Who has placed"))
        bold = self.placed_heading.font()
        bold.setBold(True)
        self.placed_heading.setFont(bold)
        round_layout.addWidget(self.placed_heading)
        self.placed_summary = QLabel()
        self.placed_summary.setObjectName("whoPlacedSummary")
        self.placed_summary.setWordWrap(True)
        self.placed_summary.setTextFormat(Qt.TextFormat.PlainText)
        round_layout.addWidget(self.placed_summary)
        self.placed_list = QTreeWidget()
        self.placed_list.setObjectName("whoPlaced")
        self.placed_list.setAccessibleName(tr("Who has placed"))
        self.placed_list.setColumnCount(3)
        self.placed_list.setHeaderHidden(True)
        self.placed_list.setRootIsDecorated(False)
        self.placed_list.setUniformRowHeights(True)
        self.placed_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.placed_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.placed_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._placed_lines = -1  # the list's height is set when its count changes
        self._placed_items: dict[str, QTreeWidgetItem] = {}  # placer -> their line
        round_layout.addWidget(self.placed_list)
        self.aggregates = QLabel()
        self.aggregates.setObjectName("consoleAggregates")
        self.aggregates.setWordWrap(True)
        round_layout.addWidget(self.aggregates)
        layout.addWidget(self.round_box)

        # The audience display.
        display_box = QGroupBox(tr("Audience display"))
        display_layout = QVBoxLayout(display_box)
        row = QGridLayout()
        self.show_button = QPushButton(tr("Show display"))
        self.show_button.clicked.connect(presenter.toggle_display)
        self.present_button = QPushButton(tr("Present (F5)"))
        self.present_button.clicked.connect(presenter.present)
        self.blackout_button = QPushButton(tr("Blackout (B)"))
        self.blackout_button.setCheckable(True)
        self.blackout_button.clicked.connect(lambda _on: presenter.toggle_blackout())
        self.swap_button = QPushButton(tr("Swap screens"))
        for i, b in enumerate((self.show_button, self.present_button, self.blackout_button, self.swap_button)):
            row.addWidget(b, i // 2, i % 2)
        display_layout.addLayout(row)
        screen_row = QHBoxLayout()
        screen_label = QLabel(tr("Screen:"))
        self.screen_box = QComboBox()
        self.screen_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen_box.setMinimumContentsLength(12)
        self.screen_box.setObjectName("screenChooser")
        self.screen_box.setAccessibleName(tr("Screen for the audience display"))
        screen_label.setBuddy(self.screen_box)
        screen_row.addWidget(screen_label)
        screen_row.addWidget(self.screen_box, 1)
        display_layout.addLayout(screen_row)
        self.display_state = QLabel()
        self.display_state.setWordWrap(True)
        display_layout.addWidget(self.display_state)
        self.screen_box.activated.connect(lambda i: presenter.choose_screen(self.screen_box.itemData(i)))
        self.swap_button.clicked.connect(presenter.swap_screens)

        # Phones (participants_panel.py): who has joined; shown only while joining is on.
        self.participants = ParticipantsPanel(controller)
        self.participants.join_screen_requested.connect(presenter.display.join.toggle)
        presenter.display.join.shown_changed.connect(self.participants.set_join_shown)
        layout.addWidget(self.participants)

        notes_box = QGroupBox(tr("Notes, decisions, parking lot"))
        notes_layout = QVBoxLayout(notes_box)
        self.notes = NotesPanel(controller)
        notes_layout.addWidget(self.notes)
        layout.addWidget(notes_box, 1)
        layout.addWidget(display_box)  # set once per workshop: last

        self._round_frame = FrameCoalescer(self._refresh_round, self, READING_MS)
        controller.step_changed.connect(lambda _i: self.refresh())
        controller.changed.connect(self._changed)
        presenter.state_changed.connect(self._refresh_display)
        self.refresh()

    # -- refresh -----------------------------------------------------------------------------
    def _changed(self, record: ChangeRecord) -> None:
        if record.touches(Part.STEPS, Part.ROUNDS, Part.TEAMS, Part.PARTICIPANTS, Part.SETTINGS):
            self.refresh()
        elif record.touches(Part.PLACEMENTS):
            if record.origin is Origin.DEVICE:
                # Phones placing together: "who has placed" at most ten times a second.
                self._round_frame.request()
            else:
                self._refresh_round()

    def current_step(self):
        return self.controller.session.active_step()

    def refresh(self) -> None:
        step = self.current_step()
        session = self.controller.session
        if step is None:
            self.step_box.setTitle(tr("No steps"))
            self.script.setPlainText("")
        else:
            self.step_box.setTitle(tr("Step {0} of {1}: {2}").format(
                session.current_step + 1, len(session.steps), step.title))
            if step.script.strip():
                self.script.setPlainText(step.script)
            else:
                self.script.setHtml("<i>" + html.escape(tr("No facilitator script for this step.")) + "</i>")
        self._refresh_round()
        self._refresh_display()

    def _refresh_round(self) -> None:
        self._round_frame.cancel()
        step = self.current_step()
        session = self.controller.session
        if not shows_board(step):
            self.round_box.setVisible(False)
            return
        self.round_box.setVisible(True)
        try:
            rnd = session.round(step.round_id)
        except KeyError:
            self.round_box.setVisible(False)
            return
        placed, possible = session.placed_count(rnd.id)
        self.round_box.setTitle(tr("Round: {0} \u2014 {1} of {2} placed").format(rnd.name, placed, possible))
        if rnd.hidden:
            self.round_state.setText(tr("Hidden from the room (blind round): the display shows only the count."))
            self.reveal_button.setText(tr("Reveal to the room"))
        else:
            self.round_state.setText(tr("Shown on the display, with its aggregates."))
            self.reveal_button.setText(tr("Hide from the room"))
        self.reveal_button.setEnabled(not rnd.baseline)
        dims = len(session.dimensions)
        names = ({p.id: p.name for p in session.participants} if session.by_participant
                 else {t.id: t.name for t in session.teams})
        placers = session.placer_ids()
        counts = [(placer, sum(1 for d in session.dimensions if (rnd.id, d.id, placer) in session.placements))
                  for placer in placers]
        # A large room lists only who is not done yet (a table of hundreds of
        # rows costs a second to lay out on every step, and nobody reads it).
        listed = counts if len(counts) <= WHO_HAS_PLACED_ROWS else [c for c in counts if c[1] < dims]
        lines = []
        for placer, n in listed[:WHO_HAS_PLACED_ROWS]:
            mark = "\u2713" if n == dims and dims else ("\u2026" if n else "\u2013")
            lines.append((placer, (mark, names.get(placer, placer), f"{n} / {dims}")))
        summary = ""
        if len(counts) > WHO_HAS_PLACED_ROWS:
            done = sum(1 for _, n in counts if n == dims and dims)
            summary = tr("{0} of {1} have placed on every line").format(done, len(counts))
            if len(listed) > WHO_HAS_PLACED_ROWS:
                summary += tr("; {0} more not done yet are not listed").format(len(listed) - WHO_HAS_PLACED_ROWS)
            summary += "."
        elif not counts:
            summary = tr("No teams yet: add them in Set-up.")
        self.placed_summary.setText(summary)
        _show(self.placed_summary, bool(summary))
        _show(self.placed_heading, bool(counts))
        self._set_placed_lines(lines)
        parts = []
        for dim in session.dimensions:
            figures = dimension_figures(session, step, dim.id)
            if figures is not None:
                parts.append(f"{html.escape(dim.name)}: {figures}")
        self.aggregates.setText("<b>" + html.escape(tr("Aggregates")) + "</b><br>" + "<br>".join(parts)
                                if parts else "")

    def _set_placed_lines(self, lines: list[tuple[str, tuple[str, str, str]]]) -> None:
        """The list shows ``lines`` ((placer, texts) in order): a person's
        line is the same item as long as they are listed, its texts set only
        when they change; those no longer listed go, new ones come in at
        their place."""
        view = self.placed_list
        # The mark and count columns fit their texts: measured once when
        # the lines are set, not again for every line's change (with
        # ResizeToContents each change measures the whole list: 200 phones
        # changing their counts cost a third of a second, one line 2 ms).
        header = view.header()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        try:
            self._update_placed_items(lines)
        finally:
            for column in (0, 2):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        _show(view, bool(lines))
        if len(lines) != self._placed_lines:
            self._placed_lines = len(lines)
            # As tall as its lines, up to a dozen (it scrolls beyond).
            row = view.sizeHintForRow(0) if lines else 0
            view.setFixedHeight(min(len(lines), 12) * max(row, 1) + 2 * view.frameWidth() + 2)

    def _update_placed_items(self, lines: list[tuple[str, tuple[str, str, str]]]) -> None:
        view, items = self.placed_list, self._placed_items
        listed = {placer for placer, _texts in lines}
        for placer in [p for p in items if p not in listed]:
            view.takeTopLevelItem(view.indexOfTopLevelItem(items.pop(placer)))
        for index, (placer, texts) in enumerate(lines):
            item = items.get(placer)
            if item is None:
                item = items[placer] = QTreeWidgetItem(list(texts))
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                view.insertTopLevelItem(index, item)
                continue
            for column, text in enumerate(texts):
                if item.text(column) != text:
                    item.setText(column, text)

    def placed_lines(self) -> list[tuple[str, str, str]]:
        """What "Who has placed" lists: (mark, name, "placed / lines") per line."""
        view = self.placed_list
        return [tuple(view.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
                for i in range(view.topLevelItemCount())]

    def toggle_hidden(self) -> None:
        step = self.current_step()
        if not shows_board(step):
            return
        try:
            hidden = self.controller.session.round(step.round_id).hidden
        except KeyError:
            return
        self.controller.set_round_hidden(step.round_id, not hidden, origin=Origin.CONSOLE)

    def _refresh_display(self) -> None:
        p = self.presenter
        screens = p.screens()
        self.screen_box.blockSignals(True)
        self.screen_box.clear()
        for i, screen in enumerate(screens, start=1):
            label = screen.name() or tr("Screen {0}").format(i)
            size = screen.geometry()
            label += f" ({size.width()}\u00d7{size.height()})"
            if screen is p.console_screen():
                label += tr(", this window")
            self.screen_box.addItem(label, screen.name())
        chosen = p.display_screen()
        if chosen is not None:
            self.screen_box.setCurrentIndex(max(0, self.screen_box.findData(chosen.name())))
        self.screen_box.blockSignals(False)
        two = len(screens) > 1
        self.screen_box.setEnabled(two)
        self.swap_button.setEnabled(two)
        self.show_button.setText(tr("Hide display") if p.display_visible else tr("Show display"))
        self.blackout_button.setChecked(p.blacked_out)
        if p.presenting:
            state = tr("Presenting on this screen: Esc returns here.")
        elif p.display_visible:
            state = tr("Display is on {0}.").format(p.display.screen().name())
        elif two:
            state = tr("Display is closed; it will open on {0}.").format(chosen.name() if chosen else "")
        else:
            state = tr("One screen: Present (F5) shows the audience view full-screen.")
        if p.blacked_out:
            state += " " + tr("Blacked out (B to show it again).")
        self.display_state.setText(state)
