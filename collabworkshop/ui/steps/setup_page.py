"""Session set-up: the session's facts, its teams, their participants and
who places tokens (each team, or each participant)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...common.i18n import context
from ...controller.session_controller import SessionController
from ...model import Part, PlacementMode
from ...model.limits import at_limit, limit_of
from ...model.session import clean_text
from ...session import ChangeRecord

tr = context("SetupPage")


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(18, 18)
    pixmap.fill(QColor(colour))
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the true colour, even in a selected row
    return icon


class SetupPage(QWidget):
    TEAM_FIELDS = ("name", "organisation", "colour")

    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Session set-up"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)

        facts = QGroupBox(tr("Session"))
        form = QFormLayout(facts)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("title", tr("&Title")), ("organisation", tr("&Organisation or programme")),
                           ("facilitator", tr("&Facilitator"))):
            edit = QLineEdit()
            edit.setMaxLength(300)
            edit.setAccessibleName(label.replace("&", ""))
            edit.editingFinished.connect(lambda key=key, edit=edit: controller.set_info(key, edit.text()))
            form.addRow(label, edit)
            self.fields[key] = edit
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(tr("Date"))
        self.date_edit.editingFinished.connect(
            lambda: controller.set_info("date", self.date_edit.date().toString("yyyy-MM-dd"))
        )
        form.addRow(tr("&Date"), self.date_edit)
        layout.addWidget(facts)

        teams = QGroupBox(tr("Teams"))
        teams_layout = QVBoxLayout(teams)
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("Team name"))
        self.new_name.setAccessibleName(tr("New team name"))
        self.new_name.setMaxLength(200)
        self.new_org = QLineEdit()
        self.new_org.setPlaceholderText(tr("Organisation"))
        self.new_org.setAccessibleName(tr("New team organisation"))
        self.new_org.setMaxLength(200)
        self.add_button = QPushButton(tr("&Add team"))
        for w in (self.new_name, self.new_org, self.add_button):
            add_row.addWidget(w)
        teams_layout.addLayout(add_row)
        # Shown at the limit of teams: says why Add team is off (not only a tooltip).
        self.team_limit = QLabel()
        self.team_limit.setObjectName("teamLimit")
        self.team_limit.setWordWrap(True)
        self.team_limit.setVisible(False)
        teams_layout.addWidget(self.team_limit)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("teamsTable")
        self.table.setAccessibleName(tr("Teams"))
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Organisation"), tr("Colour")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        teams_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.colour_button = QPushButton(tr("&Colour\u2026"))
        self.remove_button = QPushButton(tr("&Remove team"))
        buttons.addWidget(self.colour_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        teams_layout.addLayout(buttons)
        hint = QLabel(tr("Double-click a name or organisation to rename it. Removing a team removes its placements "
                         "(Undo brings them back)."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        teams_layout.addWidget(hint)
        people = self._build_participants()
        # Side by side where both have room, one above the other on a narrow
        # page (a laptop beside the console), so names are never cut short.
        self.groups_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.groups_row.addWidget(teams, 1)
        self.groups_row.addWidget(people, 1)
        layout.addLayout(self.groups_row, 1)
        self.table.horizontalHeader().setMinimumSectionSize(
            self.table.fontMetrics().horizontalAdvance(tr("Organisation")) + 24)
        self.table.setWordWrap(True)

        self.add_button.clicked.connect(self._add_team)
        self.new_name.returnPressed.connect(self._add_team)
        self.new_org.returnPressed.connect(self._add_team)
        self.remove_button.clicked.connect(self._remove_team)
        self.colour_button.clicked.connect(self._choose_colour)
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(lambda row, col: col == 2 and self._choose_colour())
        controller.changed.connect(self._changed)
        self.refresh_info()
        self.refresh_teams()
        self.refresh_participants()

    #: Page width (px) below which the teams and the participants stack.
    SIDE_BY_SIDE = 1100

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        direction = (QBoxLayout.Direction.LeftToRight if self.width() >= self.SIDE_BY_SIDE
                     else QBoxLayout.Direction.TopToBottom)
        if self.groups_row.direction() != direction:
            self.groups_row.setDirection(direction)

    # -- refresh from the model ------------------------------------------------------------
    def _changed(self, record: ChangeRecord) -> None:
        if record.touches(Part.TEAMS):
            self.refresh_teams()
        if record.touches(Part.TEAMS, Part.PARTICIPANTS, Part.SETTINGS):
            self.refresh_participants()  # settings: who places tokens
        if record.touches(Part.INFO):
            self.refresh_info()

    def refresh_info(self) -> None:
        info = self.controller.session.info
        for key, edit in self.fields.items():
            if edit.text() != getattr(info, key):
                edit.setText(getattr(info, key))
        date = QDate.fromString(info.date, "yyyy-MM-dd")
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(date if date.isValid() else QDate.currentDate())
        self.date_edit.blockSignals(False)

    def refresh_teams(self) -> None:
        teams = self.controller.session.teams
        current = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(teams))
        for row, team in enumerate(teams):
            for col, field in enumerate(self.TEAM_FIELDS):
                item = QTableWidgetItem(getattr(team, field))
                item.setData(Qt.ItemDataRole.UserRole, team.id)
                if field == "colour":
                    item.setIcon(swatch(team.colour))
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        if teams:
            self.table.setCurrentCell(max(0, min(current, len(teams) - 1)), 0)
        self.remove_button.setEnabled(bool(teams))
        self.colour_button.setEnabled(bool(teams))
        full = len(teams) >= limit_of("teams")
        reason = tr("{0}: remove a team to add another.").format(at_limit("teams")) if full else ""
        for widget in (self.add_button, self.new_name, self.new_org):
            widget.setEnabled(not full)
        self.add_button.setToolTip(reason)
        self.add_button.setAccessibleDescription(reason)
        self.team_limit.setText(reason)
        self.team_limit.setVisible(full)

    # -- user actions ----------------------------------------------------------------------------
    def _selected_team_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _add_team(self) -> None:
        if not self.add_button.isEnabled():
            return  # at the limit: Return in the name field does nothing either
        if not self.new_name.text().strip():
            self.new_name.setFocus()
            return
        if self.controller.add_team(self.new_name.text(), self.new_org.text()):
            self.new_name.clear()
            self.new_org.clear()
            self.new_name.setFocus()
            self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def _remove_team(self) -> None:
        team_id = self._selected_team_id()
        if team_id:
            self.controller.remove_team(team_id)

    def _choose_colour(self) -> None:
        team_id = self._selected_team_id()
        if not team_id:
            return
        team = self.controller.session.team(team_id)
        colour = QColorDialog.getColor(QColor(team.colour), self, tr("Colour for {0}").format(team.name))
        if colour.isValid():
            self.controller.update_team(team_id, "colour", colour.name().upper())

    def _item_changed(self, item: QTableWidgetItem) -> None:
        field = self.TEAM_FIELDS[item.column()]
        team_id = item.data(Qt.ItemDataRole.UserRole)
        if field != "colour" and team_id and not self.controller.update_team(team_id, field, item.text()):
            self.refresh_teams()  # refused (an empty name) or unchanged: show the model's name

    # -- participants ------------------------------------------------------------------------------
    def _build_participants(self) -> QGroupBox:
        box = QGroupBox(tr("Participants"))
        box_layout = QVBoxLayout(box)
        self.mode_team = QRadioButton(tr("Each &team places one token"))
        self.mode_participant = QRadioButton(tr("Each &participant places a token"))
        self.mode_team.setObjectName("modeTeam")
        self.mode_participant.setObjectName("modeParticipant")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.mode_team)
        self.mode_group.addButton(self.mode_participant)
        box_layout.addWidget(self.mode_team)
        box_layout.addWidget(self.mode_participant)
        add_row = QHBoxLayout()
        self.new_person = QLineEdit()
        self.new_person.setPlaceholderText(tr("Participant name"))
        self.new_person.setAccessibleName(tr("New participant name"))
        self.new_person.setMaxLength(200)
        self.person_team = QComboBox()
        self.person_team.setAccessibleName(tr("Team of the participant"))
        self.add_person_button = QPushButton(tr("Add &participant"))
        add_row.addWidget(self.new_person, 2)
        add_row.addWidget(self.person_team, 1)
        add_row.addWidget(self.add_person_button)
        box_layout.addLayout(add_row)
        self.people = QTreeWidget()
        self.people.setObjectName("participantsTree")
        self.people.setAccessibleName(tr("Participants by team"))
        self.people.setHeaderHidden(True)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        box_layout.addWidget(self.people, 1)
        buttons = QHBoxLayout()
        self.move_person_button = QPushButton(tr("&Move to team"))
        self.move_person_button.setToolTip(tr("Move the selected participant to the team chosen above"))
        self.remove_person_button = QPushButton(tr("Remo&ve participant"))
        buttons.addWidget(self.move_person_button)
        buttons.addWidget(self.remove_person_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        hint = QLabel(tr("In participant mode everyone places their own token, in their team's colour; the board "
                         "also shows each team's mean. Double-click a name to rename it."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        box_layout.addWidget(hint)

        self.mode_team.toggled.connect(lambda on: on and self._set_mode(PlacementMode.TEAM))
        self.mode_participant.toggled.connect(lambda on: on and self._set_mode(PlacementMode.PARTICIPANT))
        self.add_person_button.clicked.connect(self._add_person)
        self.new_person.returnPressed.connect(self._add_person)
        self.remove_person_button.clicked.connect(self._remove_person)
        self.move_person_button.clicked.connect(self._move_person)
        self.people.itemChanged.connect(self._person_renamed)
        self.people.currentItemChanged.connect(self._person_selected)
        return box

    def refresh_participants(self) -> None:
        session = self.controller.session
        for button, on in ((self.mode_team, not session.by_participant),
                           (self.mode_participant, session.by_participant)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        chosen = self.person_team.currentData()
        self.person_team.clear()
        for team in session.teams:
            self.person_team.addItem(swatch(team.colour), team.name, team.id)
        index = self.person_team.findData(chosen)
        self.person_team.setCurrentIndex(max(0, index))
        selected = self._selected_person_id()
        self.people.blockSignals(True)
        self.people.clear()
        current = None
        for team in session.teams:
            members = session.team_participants(team.id)
            top = QTreeWidgetItem([tr("{0} ({1})").format(team.name, len(members))])
            top.setIcon(0, swatch(team.colour))
            top.setData(0, Qt.ItemDataRole.UserRole, "")
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.people.addTopLevelItem(top)
            for person in members:
                item = QTreeWidgetItem([person.name])
                item.setData(0, Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                top.addChild(item)
                if person.id == selected:
                    current = item
            top.setExpanded(True)
        self.people.blockSignals(False)
        if current is not None:
            self.people.setCurrentItem(current)
        has_person = self._selected_person_id() is not None
        self.remove_person_button.setEnabled(has_person)
        self.move_person_button.setEnabled(has_person)
        full = len(session.participants) >= limit_of("participants")
        self.add_person_button.setEnabled(bool(session.teams) and not full)
        self.new_person.setEnabled(not full)
        reason = tr("{0}: remove a participant to add another.").format(at_limit("participants")) if full else ""
        self.add_person_button.setToolTip(reason)
        self.add_person_button.setAccessibleDescription(reason)

    def _selected_person_id(self) -> str | None:
        item = self.people.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return value or None

    def _person_selected(self, current, previous) -> None:
        person_id = self._selected_person_id()
        self.remove_person_button.setEnabled(person_id is not None)
        self.move_person_button.setEnabled(person_id is not None)

    def _set_mode(self, mode: PlacementMode) -> None:
        self.controller.set_placement_mode(mode)

    def _add_person(self) -> None:
        if not self.add_person_button.isEnabled():
            return  # at the limit (or no team yet)
        name = clean_text(self.new_person.text(), 200)
        team_id = self.person_team.currentData()
        if not name or not team_id:
            self.new_person.setFocus()
            return
        if self.controller.add_participant(team_id, name) is None:
            return
        self.new_person.clear()
        self.new_person.setFocus()

    def _remove_person(self) -> None:
        person_id = self._selected_person_id()
        if person_id is None:
            return
        self.controller.remove_participant(person_id)

    def _move_person(self) -> None:
        person_id = self._selected_person_id()
        team_id = self.person_team.currentData()
        if person_id is None or not team_id:
            return
        self.controller.move_participant(person_id, team_id)

    def _person_renamed(self, item: QTreeWidgetItem, column: int) -> None:
        person_id = item.data(0, Qt.ItemDataRole.UserRole)
        if not person_id:
            return
        if not self.controller.rename_participant(person_id, item.text(0)):
            self.refresh_participants()  # refused (an empty name) or unchanged
