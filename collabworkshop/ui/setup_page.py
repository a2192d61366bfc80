"""Session set-up: the session's facts and its teams."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..controller import SessionController


def tr(text: str) -> str:
    return QCoreApplication.translate("SetupPage", text)


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
        layout.addWidget(teams, 1)

        self.add_button.clicked.connect(self._add_team)
        self.new_name.returnPressed.connect(self._add_team)
        self.new_org.returnPressed.connect(self._add_team)
        self.remove_button.clicked.connect(self._remove_team)
        self.colour_button.clicked.connect(self._choose_colour)
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(lambda row, col: col == 2 and self._choose_colour())
        controller.teams_changed.connect(self.refresh_teams)
        controller.info_changed.connect(self.refresh_info)
        self.refresh_info()
        self.refresh_teams()

    # -- refresh from the model ------------------------------------------------------------
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

    # -- user actions ----------------------------------------------------------------------------
    def _selected_team_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _add_team(self) -> None:
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
        if field != "colour" and team_id:
            self.controller.update_team(team_id, field, item.text())
