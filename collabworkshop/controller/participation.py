"""The Qt bridge between one SessionController and the participation
server (collabworkshop/participation): participants' phones as a source
of edits.

The server runs in its own thread and hands every checked message to
:class:`Participation` through a queued signal, so the edits are applied
in the GUI thread, through the controller's ordinary methods, with
``Origin.DEVICE``: a placement is ``controller.place`` (participant mode:
the phone is one participant of its team, created when it registers and
re-used after; team mode: the phone speaks for its team, and two phones of
one team resolve by last write wins, each then seeing the team's position),
a vote is ``controller.set_vote`` for the phone's team (its dots are the
team's, shared by all its phones). A ``saved`` acknowledgement goes back
only once the controller has written the change to the working copy (an
fsync'd SQLite commit), so a kill after it loses nothing: recovery finds
the working copy. The controller publishes device edits to the file
together, a moment later (SessionController.PUBLISH_DELAY_MS).

What each phone sees is built by ``participation.state`` (never a script,
a note, or anyone else's position in a blind round) and sent again when the
step, round, reveal, teams, settings or the phone's own positions change.
The devices are kept in a sidecar beside the session file
(``participation.registry``), so a phone stays the same person when the
app is restarted with the same session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..common.i18n import context, language
from ..model import Lever, Part, StepKind
from ..model.template import resource_path
from ..participation import messages, network, state
from ..participation.registry import DeviceRegistry, sidecar_path
from ..participation.server import ParticipationServer
from ..session import Origin
from .session_controller import SessionController

tr = context("Participation")

#: Full publishes (step, group medians) to every phone are gathered this long.
BROADCAST_DELAY_MS = 150
#: ... and when only the group's medians moved (a revealed round being placed).
MEDIANS_DELAY_MS = 1000
#: New participants (participant mode) are added together after this long.
JOIN_BATCH_MS = 100
#: Placements arriving together are applied together (one transaction, one
#: redraw of the board) after this long: well under a display frame.
PLACE_BATCH_MS = 4


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str  # random, short; for removal
    team_id: str  # "" until the person has picked a team
    person_id: str  # participant mode: the participant this phone is; "" in team mode
    name: str  # what they typed, plain text (<= 40 characters); "" anonymous
    connected: bool  # a WebSocket is open now
    placed: frozenset[str]  # dimension ids this device has placed in the current round


class Participation(QObject):
    devices_changed = Signal()
    state_changed = Signal()
    error = Signal(str)
    #: From the server thread (kind, device id, payload); connected queued.
    _event = Signal(str, str, object)

    def __init__(self, controller: SessionController, parent: QObject | None = None,
                 hold: Callable[[Callable[[], None]], bool] | None = None):
        """``hold``: asked before a batch of placements is applied; when it
        returns True it calls the batch itself a moment later (the window
        keeps the batches out of the way of a facilitator's drag)."""
        super().__init__(parent if parent is not None else controller)
        self.controller = controller
        self._hold = hold
        self._server: ParticipationServer | None = None
        self._registry: DeviceRegistry | None = None
        self._locked = False
        self._allow_anonymous = True
        self.bound: network.Address | None = None
        self._event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        controller.changed.connect(self._on_changed)
        controller.step_changed.connect(lambda _index: self._schedule_broadcast())
        controller.closing.connect(self.stop)
        self._broadcast_timer = QTimer(self)
        self._broadcast_timer.setSingleShot(True)
        self._broadcast_timer.setInterval(BROADCAST_DELAY_MS)
        self._broadcast_timer.timeout.connect(self._broadcast)
        self._sender = ""  # the device whose message is being applied
        self._sender_set: set[str] = set()  # the devices whose placements are being applied
        self._welcome_pending = False
        # New participants wait here a moment, so phones joining together
        # become one change (one board rebuild), not one each.
        self._joining: dict[str, messages.Register] = {}
        self._join_timer = QTimer(self)
        self._join_timer.setSingleShot(True)
        self._join_timer.setInterval(JOIN_BATCH_MS)
        self._join_timer.timeout.connect(self._add_joining)
        self._placing: list[tuple[str, messages.Place]] = []
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(PLACE_BATCH_MS)
        self._place_timer.timeout.connect(self._placing_due)

    # -- turning it on and off ----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    def start(self, bind: str | None = None, port: int = 0) -> bool:
        """Serve on ``bind`` (default: the address of the default route) and
        ``port`` (0: any free one). False, with ``error`` sent, when it
        cannot (the port is taken, the address is not this machine's)."""
        if self.running:
            return True
        if bind:
            known = {a.address: a for a in network.candidate_addresses()}
            address = known.get(bind) or network.Address(bind, "", False, network.is_local_only(bind))
        else:
            address = network.default_address()
        path = self.controller.path
        registry = DeviceRegistry(sidecar_path(path) if path is not None else None)
        server = ParticipationServer(registry, resource_path("phone"), self._event.emit)
        server.locked = self._locked
        problem = server.start(address.address, port)
        if problem:
            self.error.emit(tr("Could not let participants join on {0}: {1}").format(
                f"{address.address}:{port}" if port else address.address, problem))
            return False
        self._server, self._registry, self.bound = server, registry, address
        self.state_changed.emit()
        return True

    def stop(self) -> None:
        """Close every phone's socket and the port (also when the session
        closes); idempotent."""
        server = self._server
        if server is None:
            return
        self._server = None
        self._broadcast_timer.stop()
        self._join_timer.stop()
        self._joining.clear()
        self._place_timer.stop()
        self._placing.clear()
        server.stop()
        self.state_changed.emit()
        self.devices_changed.emit()

    @property
    def locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        """A locked session takes no new devices (neither QR nor code);
        phones that joined stay."""
        self._locked = bool(locked)
        if self._server is not None:
            self._server.locked = self._locked
        self.state_changed.emit()

    @property
    def allow_anonymous(self) -> bool:
        return self._allow_anonymous

    def set_allow_anonymous(self, on: bool) -> None:
        self._allow_anonymous = bool(on)
        self.state_changed.emit()
        self._schedule_broadcast(welcome=True)

    # -- what the join screen shows -------------------------------------------------------------
    @property
    def address(self) -> str:
        return self._server.origin if self._server is not None else ""

    @property
    def join_url(self) -> str:
        if self._server is None or self._registry is None:
            return ""
        return f"{self._server.origin}/j/{self._registry.token}"

    @property
    def join_code(self) -> str:
        return self._registry.code if self._registry is not None else ""

    # -- the devices ------------------------------------------------------------------------------
    def devices(self) -> list[DeviceInfo]:
        if self._registry is None:
            return []
        session = self.controller.session
        connected = self._server.connected() if self._server is not None else set()
        round_id = self._current_round()
        out = []
        for device in self._registry.devices():
            placer = state.placer_of(session, device.team_id, device.person_id)
            placed = frozenset(
                d.id for d in session.dimensions if placer and (round_id, d.id, placer) in session.placements
            ) if round_id else frozenset()
            out.append(DeviceInfo(device.device_id, device.team_id,
                                  device.person_id if session.by_participant else "",
                                  device.name, device.device_id in connected, placed))
        return out

    def remove_device(self, device_id: str) -> None:
        """Its cookie stops working at once and its socket closes. In
        participant mode the participant and their placements stay in the
        session (the facilitator removes a person from the set-up)."""
        if self._server is not None:
            self._server.remove(device_id)
        elif self._registry is not None:
            self._registry.remove(device_id)
        self.devices_changed.emit()

    def still_to_place(self) -> list[str]:
        """Who (team or person names) has not placed every dimension of the
        current step's round yet; [] when the step places nothing."""
        session = self.controller.session
        step = session.active_step()
        if step is None or step.kind is not StepKind.PLACE or not step.round_id:
            return []
        return [
            session.placer_name(placer) for placer in session.placer_ids()
            if any((step.round_id, d.id, placer) not in session.placements for d in session.dimensions)
        ]

    def _current_round(self) -> str:
        step = self.controller.session.active_step()
        return step.round_id if step is not None and step.kind in state.PLACE_KINDS else ""

    # -- from the phones (GUI thread) -------------------------------------------------------------
    def _on_event(self, kind: str, device_id: str, payload: object) -> None:
        if self._server is None or self._registry is None:
            return  # stopped while the event was queued
        if kind == "connected":
            self._send_state(device_id)
        elif kind == "message":
            self._sender = device_id
            try:
                self._apply(device_id, payload)
            finally:
                self._sender = ""
            return
        self.devices_changed.emit()

    def _send(self, device_id: str, *payloads: dict) -> None:
        if self._server is not None:
            self._server.send(device_id, *payloads)

    def _send_state(self, device_id: str) -> None:
        assert self._registry is not None
        device = self._registry.get(device_id)
        if device is None:
            return
        session = self.controller.session
        team = device.team_id if any(t.id == device.team_id for t in session.teams) else ""
        self._send(device_id,
                   state.welcome(session, device_id, team, device.name, language(), self._allow_anonymous),
                   state.step_message(session, team, state.placer_of(session, team, device.person_id)))

    def _apply(self, device_id: str, message: object) -> None:
        assert self._registry is not None
        device = self._registry.get(device_id)
        if device is None:
            return
        if isinstance(message, messages.Place) and device_id not in self._joining:
            self._placing.append((device_id, message))
            if not self._place_timer.isActive():
                self._place_timer.start()
            return
        if self._placing:
            self._apply_placing()  # what came first is applied first
        if device_id in self._joining:
            self._add_joining()  # its participant first, then what it sent after
            device = self._registry.get(device_id)
            if device is None:
                return
        if isinstance(message, messages.Register):
            self._register(device_id, message)
        elif isinstance(message, messages.Place):  # a phone still joining: after its participant
            self._placing.append((device_id, message))
            self._apply_placing()
        elif isinstance(message, messages.Vote):
            self._vote(device, message)

    def _register(self, device_id: str, message: messages.Register) -> None:
        assert self._registry is not None
        controller, session = self.controller, self.controller.session
        device = self._registry.get(device_id)
        if device is None:
            return
        if not any(t.id == message.team for t in session.teams):
            self._send(device_id, messages.error("invalid", tr("Pick one of the teams."), None))
            return
        if not message.name and not self._allow_anonymous:
            self._send(device_id, messages.error("invalid", tr("Type your name to join."), None))
            return
        person_id = device.person_id
        if session.by_participant:
            if person_id and any(p.id == person_id for p in session.participants):
                person = session.participant(person_id)
                if person.team_id != message.team:
                    controller.move_participant(person_id, message.team, origin=Origin.DEVICE)
                if message.name and person.name != message.name:
                    controller.rename_participant(person_id, message.name, origin=Origin.DEVICE)
            else:
                self._joining[device_id] = message
                if not self._join_timer.isActive():
                    self._join_timer.start()
                return
        self._registry.update(device_id, team_id=message.team, person_id=person_id, name=message.name)
        self._send_state(device_id)
        self.devices_changed.emit()

    def _add_joining(self) -> None:
        """The participants of the phones that registered since the last
        time, as one change; each phone then gets its welcome."""
        self._join_timer.stop()
        joining, self._joining = self._joining, {}
        if not joining or self._registry is None:
            return
        session = self.controller.session
        entries, devices = [], []
        for device_id, message in joining.items():
            if self._registry.get(device_id) is None or not any(t.id == message.team for t in session.teams):
                continue
            number = len(session.participants) + len(entries) + 1
            entries.append((message.team, message.name or tr("Anonymous {0}").format(number)))
            devices.append((device_id, message))
        ids = self.controller.add_participants(entries, origin=Origin.DEVICE)
        for (device_id, message), person_id in zip(devices, ids, strict=False):
            self._registry.update(device_id, team_id=message.team, person_id=person_id, name=message.name)
            self._send_state(device_id)
        if len(ids) < len(devices):
            for device_id, _message in devices[len(ids):]:
                self._send(device_id, messages.error("not-saved", tr("The laptop could not save this."), None))
        self.devices_changed.emit()

    def _placing_due(self) -> None:
        if self._hold is None or not self._hold(self._apply_placing):
            self._apply_placing()

    def _apply_placing(self) -> None:
        """The placements queued since the last time, as one change; then
        each phone its ``saved`` (or why not)."""
        self._place_timer.stop()
        placing, self._placing = self._placing, []
        if not placing or self._registry is None:
            return
        session = self.controller.session
        accepted = []
        for device_id, message in placing:
            device = self._registry.get(device_id)
            if device is None:
                continue
            placer = self._check_place(device, message)
            if placer:
                accepted.append((device_id, placer, message))
        # Last write wins per token: the phone that sent the last value of a
        # token needs no fresh step; a team-mate it overwrote gets one.
        last: dict[tuple[str, str, str], tuple[str, float]] = {}
        for device_id, placer, m in accepted:
            last[(m.round, m.dimension, placer)] = (device_id, m.value)
        self._sender_set = {device_id for device_id, _value in last.values()}
        try:
            # Committed at once (the board, the statistics and a kill of the
            # app all see it), forced to the disk on the server's side.
            self.controller.place_many([(key[0], key[1], key[2], value) for key, (_d, value) in last.items()],
                                       origin=Origin.DEVICE, synced=False)
        finally:
            self._sender_set = set()
        batches: dict[str, list[dict]] = {}
        refused: dict[str, list[dict]] = {}
        not_saved = tr("The laptop could not save this.")
        for device_id, placer, message in accepted:
            key = (message.round, message.dimension, placer)
            failed = messages.error("not-saved", not_saved, message.seq)
            if session.position(*key) == round(last[key][1], 1):
                # In the working copy (or there already); "saved" once the
                # disk has it, which the server waits for off this thread.
                reply = {"type": "saved", "seq": message.seq}
            else:
                reply = failed
            batches.setdefault(device_id, []).append(reply)
            refused.setdefault(device_id, []).append(failed)
        if self._server is not None:
            self._server.send_many_when(self.controller.store.sync, batches, refused)
        if accepted:
            self.devices_changed.emit()

    def _check_place(self, device, message: messages.Place) -> str:
        """The placer a phone's placement is for, or "" (the phone told why)."""
        session = self.controller.session
        placer = state.placer_of(session, device.team_id, device.person_id)
        step = session.active_step()
        if not placer:
            self._send(device.device_id, messages.error("not-editable", tr("Pick your team first."), message.seq))
            return ""
        if (step is None or step.kind is not StepKind.PLACE or step.round_id != message.round
                or not any(d.id == message.dimension for d in session.dimensions)
                or session.round(step.round_id).baseline):
            self._send(device.device_id,
                       messages.error("not-editable", tr("This is not the moment to place."), message.seq))
            return ""
        return placer

    def _vote(self, device, message: messages.Vote) -> None:
        session = self.controller.session
        step = session.active_step()
        team = device.team_id if any(t.id == device.team_id for t in session.teams) else ""
        if not team or step is None or step.kind is not StepKind.VOTE:
            self._send(device.device_id,
                       messages.error("not-editable", tr("This is not the moment to vote."), message.seq))
            return
        if message.lever not in {lever.value for lever in Lever}:
            self._send(device.device_id, messages.error("invalid", tr("No such lever."), message.seq))
            return
        refused: list[str] = []
        self.controller.set_vote(team, message.lever, message.dots, origin=Origin.DEVICE,
                                 on_refused=refused.append)
        if session.votes.get((team, message.lever), 0) == message.dots:
            self._send(device.device_id, {"type": "saved", "seq": message.seq})
        else:
            self._send(device.device_id, messages.error(
                "no-dots" if refused else "not-saved",
                refused[0] if refused else tr("The laptop could not save this."), message.seq))

    # -- to the phones -----------------------------------------------------------------------------
    def _on_changed(self, record) -> None:
        if self._server is None:
            return
        if record.touches(Part.TEAMS, Part.PARTICIPANTS, Part.SETTINGS):
            self._schedule_broadcast(welcome=True)
        elif record.touches(Part.STEPS, Part.ROUNDS, Part.INFO):
            self._schedule_broadcast()
        if record.touches(Part.PLACEMENTS):
            keys = record.keys_of(Part.PLACEMENTS)
            rounds = {k[0] for k in keys} if keys is not None else None
            revealed = rounds is None or any(
                not r.hidden for r in self.controller.session.rounds if r.id in rounds)
            if revealed:
                self._schedule_broadcast(slow=True)  # the medians moved
            else:
                self._send_to_placers({k[2] for k in keys or ()})
        if record.touches(Part.VOTES):
            keys = record.keys_of(Part.VOTES)
            if keys is None:
                self._schedule_broadcast()
            else:
                self._send_to_teams({k[0] for k in keys})

    def _send_to_placers(self, placers: set[str]) -> None:
        """The phones whose own tokens moved (the facilitator's drag, or a
        team-mate's phone), except the one that sent the edit."""
        assert self._registry is not None
        session = self.controller.session
        for device in self._registry.devices():
            if device.device_id != self._sender and device.device_id not in self._sender_set and \
                    state.placer_of(session, device.team_id, device.person_id) in placers:
                self._send_step(device)

    def _send_to_teams(self, teams: set[str]) -> None:
        assert self._registry is not None
        for device in self._registry.devices():
            if device.device_id != self._sender and device.team_id in teams:
                self._send_step(device)

    def _send_step(self, device) -> None:
        session = self.controller.session
        team = device.team_id if any(t.id == device.team_id for t in session.teams) else ""
        self._send(device.device_id, state.step_message(session, team, state.placer_of(session, team,
                                                                                        device.person_id)))

    def _schedule_broadcast(self, welcome: bool = False, slow: bool = False) -> None:
        """Send every phone its step soon: within BROADCAST_DELAY_MS for a
        new step, round, reveal or teams; within MEDIANS_DELAY_MS when only
        the group's medians moved (many phones placing would otherwise have
        the laptop send every phone a message per placement)."""
        if self._server is None:
            return
        self._welcome_pending = self._welcome_pending or welcome
        delay = MEDIANS_DELAY_MS if slow else BROADCAST_DELAY_MS
        timer = self._broadcast_timer
        if not timer.isActive() or timer.remainingTime() > delay:
            timer.start(delay)

    def _broadcast(self) -> None:
        """Every connected phone its step (and welcome, when the teams or
        the mode changed); the group's medians computed once."""
        if self._server is None or self._registry is None:
            return
        welcome, self._welcome_pending = self._welcome_pending, False
        session = self.controller.session
        round_id = self._current_round()
        group = state.group_medians(session, round_id) if round_id else None
        connected = self._server.connected()
        batches: dict[str, list[dict]] = {}
        for device in self._registry.devices():
            if device.device_id not in connected:
                continue
            team = device.team_id if any(t.id == device.team_id for t in session.teams) else ""
            out = []
            if welcome:
                out.append(state.welcome(session, device.device_id, team, device.name, language(),
                                         self._allow_anonymous))
            out.append(state.step_message(session, team, state.placer_of(session, team, device.person_id),
                                          group, group_known=True))
            batches[device.device_id] = out
        self._server.send_many(batches)
