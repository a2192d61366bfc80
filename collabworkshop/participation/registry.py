"""The devices that joined a session, and where they are kept.

A device is known by the hash of the secret in its cookie. Which team it
picked, the participant it is (participant mode) and the name it typed
live here; the placements themselves live in the session file like any
other. So that a phone stays the same person when the app is restarted
with the same session, the registry is kept in a sidecar beside the
session file (``<file>.phones.json``: the join token and code, and per
device its id, secret hash, team, participant and name), written
atomically after every change of a device. An untitled session keeps its
devices in memory only. Both threads use the registry: the server thread
adds devices and looks up cookies, the GUI thread registers and removes
them, so every method takes the lock.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from ..storage import atomic
from . import tokens

SIDECAR_SUFFIX = ".phones.json"
SIDECAR_VERSION = 1


def sidecar_path(session_path: Path) -> Path:
    return Path(session_path).with_name(Path(session_path).name + SIDECAR_SUFFIX)


@dataclass(frozen=True)
class Device:
    device_id: str
    key: str  # SHA-256 of the cookie secret
    team_id: str = ""
    person_id: str = ""
    name: str = ""


class DeviceRegistry:
    def __init__(self, sidecar: Path | None = None):
        self._lock = threading.RLock()
        self._sidecar = Path(sidecar) if sidecar is not None else None
        self._devices: dict[str, Device] = {}  # by device id
        self._by_key: dict[str, str] = {}
        self.token = tokens.new_token()
        self.code = tokens.new_code()
        #: Why the sidecar could not be written ("" when it could).
        self.problem = ""
        if self._sidecar is not None:
            self._load()

    # -- the sidecar -------------------------------------------------------------------
    def _load(self) -> None:
        assert self._sidecar is not None
        try:
            data = json.loads(self._sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeError):
            return  # none yet, or unreadable: a fresh start (phones join again)
        if not isinstance(data, dict) or data.get("version") != SIDECAR_VERSION:
            return
        token, code = data.get("token"), data.get("code")
        if isinstance(token, str) and len(token) >= 22 and isinstance(code, str) and len(code) >= 6:
            self.token, self.code = token, code
        for item in data.get("devices", ()) if isinstance(data.get("devices"), list) else ():
            if not isinstance(item, dict):
                continue
            fields = [item.get(k, "") for k in ("id", "key", "team", "person", "name")]
            if not all(isinstance(f, str) for f in fields) or not fields[0] or len(fields[1]) != 64:
                continue
            device = Device(*fields)
            self._devices[device.device_id] = device
            self._by_key[device.key] = device.device_id

    def _save(self) -> None:
        if self._sidecar is None:
            return
        data = {
            "version": SIDECAR_VERSION,
            "token": self.token,
            "code": self.code,
            "devices": [
                {"id": d.device_id, "key": d.key, "team": d.team_id, "person": d.person_id, "name": d.name}
                for d in self._devices.values()
            ],
        }
        try:
            atomic.write_text(self._sidecar, json.dumps(data, indent=1))
            self.problem = ""
        except OSError as exc:
            # The session file is unaffected; only a restart would forget the phones.
            self.problem = str(exc)

    # -- devices -----------------------------------------------------------------------
    def new_device(self) -> tuple[str, Device] | None:
        """A new device and the secret for its cookie; None when the session
        has as many devices as it takes."""
        from .limits import MAX_DEVICES

        with self._lock:
            if len(self._devices) >= MAX_DEVICES:
                return None
            secret = tokens.new_device_secret()
            device = Device(tokens.new_device_id(set(self._devices)), tokens.secret_key(secret))
            self._devices[device.device_id] = device
            self._by_key[device.key] = device.device_id
            self._save()
            return secret, device

    def by_secret(self, secret: str | None) -> Device | None:
        if not secret:
            return None
        with self._lock:
            device_id = self._by_key.get(tokens.secret_key(secret))
            return self._devices.get(device_id) if device_id else None

    def get(self, device_id: str) -> Device | None:
        with self._lock:
            return self._devices.get(device_id)

    def update(self, device_id: str, **fields: str) -> Device | None:
        with self._lock:
            device = self._devices.get(device_id)
            if device is None:
                return None
            device = replace(device, **fields)
            self._devices[device_id] = device
            self._save()
            return device

    def remove(self, device_id: str) -> bool:
        with self._lock:
            device = self._devices.pop(device_id, None)
            if device is None:
                return False
            self._by_key.pop(device.key, None)
            self._save()
            return True

    def devices(self) -> list[Device]:
        with self._lock:
            return list(self._devices.values())
