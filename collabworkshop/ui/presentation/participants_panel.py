"""The console's list of participants' phones, while people join from them.

Per team: who has joined (the names they typed, always as plain text; the
anonymous ones counted), whose phone is connected now, and, on a place step,
who has still to place in the round. And the facilitator's controls: lock or
unlock joining, allow anonymous phones, remove one phone (after a question:
its cookie stops working and its socket closes), show the join screen on the
display (J), and stop participation. It follows the Participation's
``devices_changed`` and ``state_changed`` signals and the session's steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...common.i18n import context
from ...controller.session_controller import SessionController
from ...model import Part, StepKind
from ..common.plaintext import safe
from .join_screen import COALESCE_MS, group_code, short_address

if TYPE_CHECKING:
    from ...controller.participation import DeviceInfo, Participation

tr = context("ParticipantsPanel")

DEVICE_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class ParticipantsPanel(QGroupBox):
    """Hidden until a Participation is attached (joining turned on)."""

    #: The facilitator asked for the join screen (or to hide it).
    join_screen_requested = Signal()

    def __init__(self, controller: SessionController, parent=None):
        super().__init__(tr("Participants' phones"), parent)
        self.setObjectName("participantsPanel")
        self.controller = controller
        self.participation: Participation | None = None
        self.confirm_box: QMessageBox | None = None
        #: The list's headings and phones as last made (_fill_tree).
        self._shape: list[tuple[str, list[tuple[str, str]]]] = []
        layout = QVBoxLayout(self)

        self.status = QLabel()
        self.status.setObjectName("participationStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        self.tree = QTreeWidget()
        self.tree.setObjectName("participantsList")
        self.tree.setAccessibleName(tr("Phones that have joined, by team"))
        # One column that wraps: the dock is narrow, and a name is never cut.
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(170)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)

        self.still_label = QLabel()
        self.still_label.setObjectName("stillToPlace")
        self.still_label.setTextFormat(Qt.TextFormat.PlainText)
        self.still_label.setWordWrap(True)
        layout.addWidget(self.still_label)

        self.anonymous_box = QCheckBox(tr("Allow anonymous phones"))
        self.anonymous_box.setObjectName("allowAnonymous")
        self.anonymous_box.toggled.connect(self._set_anonymous)
        layout.addWidget(self.anonymous_box)

        grid = QGridLayout()
        self.join_screen_button = QPushButton(tr("Show join screen (J)"))
        self.join_screen_button.setObjectName("joinScreenButton")
        self.join_screen_button.setAccessibleName(tr("Show or hide the join screen on the display"))
        self.join_screen_button.clicked.connect(self.join_screen_requested)
        self.lock_button = QPushButton(tr("Lock joining"))
        self.lock_button.setObjectName("lockJoiningButton")
        self.lock_button.setCheckable(True)
        self.lock_button.clicked.connect(self._set_locked)
        self.remove_button = QPushButton(tr("Remove phone\u2026"))
        self.remove_button.setObjectName("removePhoneButton")
        self.remove_button.setAccessibleName(tr("Remove the selected phone"))
        self.remove_button.setToolTip(tr("Remove the selected phone (Delete)"))
        self.remove_button.clicked.connect(self.ask_remove_selected)
        self.stop_button = QPushButton(tr("Stop participation"))
        self.stop_button.setObjectName("stopParticipationButton")
        self.stop_button.setAccessibleName(tr("Stop participation: close the phones' connections"))
        self.stop_button.clicked.connect(self._stop)
        for i, b in enumerate((self.join_screen_button, self.lock_button, self.remove_button, self.stop_button)):
            grid.addWidget(b, i // 2, i % 2)
        layout.addLayout(grid)

        # Placements from many phones come in bursts: one redraw per burst.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(COALESCE_MS)
        self._soon.timeout.connect(self.refresh)
        # Delete on a chosen phone asks to remove it, as the button does.
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.ask_remove_selected)

        controller.step_changed.connect(lambda _i: self.refresh())
        controller.changed.connect(self._changed)
        self.setVisible(False)

    def _changed(self, record) -> None:
        if record.touches(Part.TEAMS, Part.PARTICIPANTS, Part.STEPS, Part.ROUNDS):
            self.refresh()

    # -- the participation ------------------------------------------------------------------
    def set_participation(self, participation: Participation | None) -> None:
        if self.participation is participation:
            self.refresh()
            return
        if self.participation is not None:
            try:
                self.participation.devices_changed.disconnect(self._refresh_soon)
                self.participation.state_changed.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass
        self.participation = participation
        if participation is not None:
            participation.devices_changed.connect(self._refresh_soon)
            participation.state_changed.connect(self.refresh)
        self.refresh()

    def _set_locked(self, on: bool) -> None:
        if self.participation is not None:
            self.participation.set_locked(on)

    def _set_anonymous(self, on: bool) -> None:
        if self.participation is not None and self.participation.allow_anonymous != on:
            self.participation.set_allow_anonymous(on)

    def _stop(self) -> None:
        if self.participation is not None:
            self.participation.stop()

    def set_join_shown(self, shown: bool) -> None:
        """The display's join screen appeared or went."""
        self.join_screen_button.setText(tr("Hide join screen (J)") if shown else tr("Show join screen (J)"))

    # -- removing a phone ---------------------------------------------------------------------
    def selected_device(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, DEVICE_ROLE) or "") if item is not None else ""

    def select_device(self, device_id: str) -> bool:
        for item in self._device_items():
            if item.data(0, DEVICE_ROLE) == device_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def ask_remove_selected(self) -> QMessageBox | None:
        """Ask before removing the selected phone; the answer removes it."""
        device_id = self.selected_device()
        if not device_id or self.participation is None:
            return None
        info = next((d for d in self.participation.devices() if d.device_id == device_id), None)
        who = info.name if info is not None and info.name else tr("an anonymous phone")
        box = QMessageBox(QMessageBox.Icon.Question, tr("Remove phone"),
                          tr("Remove {0}? The phone is disconnected at once and its link stops "
                             "working; to take part again, that person joins anew.").format(who),
                          QMessageBox.StandardButton.Cancel, self.window())
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name is the participant's text
        remove = box.addButton(tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is remove and self.participation is not None:
                self.participation.remove_device(device_id)
            self.confirm_box = None

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    # -- showing -------------------------------------------------------------------------------
    def _device_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                items.extend(child for j in range(top.childCount()) if (child := top.child(j)) is not None)
        return items

    def _dimensions_to_place(self) -> int:
        """The number of lines to place on now; 0 when the step places nothing."""
        step = self.controller.session.active_step()
        if step is None or step.kind != StepKind.PLACE or not step.round_id:
            return 0
        return len(self.controller.session.dimensions)

    def _refresh_soon(self) -> None:
        if not self._soon.isActive():
            self._soon.start()

    def refresh(self) -> None:
        self._soon.stop()
        p = self.participation
        running = p is not None and p.running
        self.setVisible(running)
        if p is None or not running:
            self.tree.clear()
            self._shape = []
            return
        if p.locked:
            self.status.setText(tr("Locked: no new phone can join. Phones already in keep working."))
        else:
            self.status.setText(tr("Open: {0}  \u00b7  code {1}").format(short_address(p.address),
                                                                          group_code(p.join_code)))
        self.lock_button.setChecked(p.locked)
        self.lock_button.setText(tr("Unlock joining") if p.locked else tr("Lock joining"))
        self.lock_button.setAccessibleName(tr("Joining is locked: unlock it") if p.locked
                                           else tr("Lock joining: no new phones"))
        self.anonymous_box.blockSignals(True)
        self.anonymous_box.setChecked(p.allow_anonymous)
        self.anonymous_box.blockSignals(False)
        self._fill_tree(p.devices())
        dims = self._dimensions_to_place()
        if dims:
            still = p.still_to_place()
            self.still_label.setText(tr("Still to place: {0}").format(", ".join(still)) if still
                                     else tr("Everyone has placed in this round."))
            self.still_label.setVisible(True)
        else:
            self.still_label.setVisible(False)
        self._update_buttons()

    def _fill_tree(self, devices: list[DeviceInfo]) -> None:
        """The teams and their phones. When the same phones stand under the
        same headings as last time (people placing), only the lines whose
        text changed are set again; otherwise the list is made anew."""
        selected = self.selected_device()
        session = self.controller.session
        dims = self._dimensions_to_place()
        by_team: dict[str, list[DeviceInfo]] = {}
        for d in devices:
            by_team.setdefault(d.team_id, []).append(d)
        teams = [(t.id, t.name) for t in session.teams]
        known = {tid for tid, _ in teams}
        # Phones that have not picked a team yet (or whose team went) come last.
        loose = [d for tid, ds in by_team.items() if tid not in known for d in ds]
        groups = [(name, by_team.get(tid, [])) for tid, name in teams]
        if loose:
            groups.append((tr("No team yet"), loose))
        lines: list[tuple[str, str, list[tuple[str, str, str]]]] = []  # heading, detail, phones' lines
        shape: list[tuple[str, list[tuple[str, str]]]] = []  # each group's name and phones
        for name, members in groups:
            # A phone still choosing its team has no name yet: not anonymous.
            anonymous = sum(1 for d in members if not d.name) if members is not loose else 0
            connected = sum(1 for d in members if d.connected)
            if not members:
                heading = tr("{0}: 0").format(name)
                detail = tr("{0}: no phone yet").format(name)
            elif anonymous:
                heading = tr("{0}: {1} ({2} anonymous)").format(name, len(members), anonymous)
                detail = tr("{0}: {1} joined ({2} anonymous), {3} online").format(
                    name, len(members), anonymous, connected)
            else:
                heading = tr("{0}: {1}").format(name, len(members))
                detail = tr("{0}: {1} joined, {2} online").format(name, len(members), connected)
            phones = []
            for d in sorted(members, key=lambda d: (not d.name, d.name.casefold(), d.device_id)):
                # Item text is plain text: a name like <b>x</b> shows as typed.
                unnamed = tr("(choosing a team)") if members is loose else tr("(anonymous)")
                parts = [d.name or unnamed, tr("online") if d.connected else tr("offline")]
                if dims:
                    parts.append(tr("all placed") if len(d.placed) >= dims
                                 else tr("{0}/{1} placed").format(len(d.placed), dims))
                phones.append((d.device_id, d.name, " \u00b7 ".join(parts)))
            lines.append((heading, detail, phones))
            shape.append((name, [(device_id, who) for device_id, who, _line in phones]))
        if shape == self._shape and self.tree.topLevelItemCount() == len(lines):
            for i, (heading, detail, phones) in enumerate(lines):
                top = self.tree.topLevelItem(i)
                if top is None:
                    continue
                self._set_line(top, heading, detail)
                for j, (_device_id, _name, line) in enumerate(phones):
                    child = top.child(j)
                    if child is not None:
                        self._set_line(child, line, line)
            return
        self._shape = shape
        self.tree.clear()
        current = None
        for heading, detail, phones in lines:
            top = QTreeWidgetItem()
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
            self._set_line(top, heading, detail)
            self.tree.addTopLevelItem(top)
            for device_id, name, line in phones:
                child = QTreeWidgetItem()
                self._set_line(child, line, line)
                child.setData(0, DEVICE_ROLE, device_id)
                child.setData(0, NAME_ROLE, name)
                top.addChild(child)
                if device_id == selected:
                    current = child
            top.setExpanded(True)
        if current is not None:
            self.tree.setCurrentItem(current)

    @staticmethod
    def _set_line(item: QTreeWidgetItem, text: str, detail: str) -> None:
        """An item's text, and its tooltip and accessible text, when they changed."""
        if item.text(0) != text:
            item.setText(0, text)
        if item.data(0, Qt.ItemDataRole.AccessibleTextRole) != detail:
            item.setToolTip(0, safe(detail))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, detail)

    def _update_buttons(self) -> None:
        p = self.participation
        self.remove_button.setEnabled(p is not None and bool(self.selected_device()))
