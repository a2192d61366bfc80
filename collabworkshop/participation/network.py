"""Which address the participation server binds: the laptop's addresses a
phone on the room's network could reach, the one with the default route
first.

No extra dependency: the default route's interface is read from the OS
(``/proc/net/route`` on Linux), the address the OS would send from is found
with an unconnected-UDP ``connect()`` (no packet leaves the laptop), and the
other addresses come from the host name and, on Linux, per interface from
``ioctl(SIOCGIFADDR)``. Every function here answers something and never
raises: a laptop with no network at all gets 127.0.0.1, marked local-only.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Address:
    address: str  # "192.168.1.20", "127.0.0.1", "fe80::1" ...
    interface: str  # "wlan0" or "" when unknown
    default_route: bool  # the address of the interface with the default route
    local_only: bool  # loopback or link-local: phones cannot reach it


def is_local_only(address: str) -> bool:
    """Loopback, link-local (169.254.x.x, fe80::) or unspecified: no phone
    on the room's network reaches the laptop there."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return True
    return ip.is_loopback or ip.is_link_local or ip.is_unspecified


def _route_source(probe: str = "192.0.2.1") -> str:
    """The address the OS would send from towards ``probe`` (a documentation
    address: connect() on UDP only picks a route, nothing is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect((probe, 9))
            return str(sock.getsockname()[0])
    except OSError:
        return ""


def _default_route_interface(route_file: Path = Path("/proc/net/route")) -> str:
    """The interface of the IPv4 default route (destination 0.0.0.0 with the
    gateway flag), "" where the OS does not say (not Linux, no route)."""
    try:
        lines = route_file.read_text(encoding="ascii", errors="replace").splitlines()[1:]
    except OSError:
        return ""
    best: tuple[int, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 8:
            continue
        try:
            destination, flags, metric = int(fields[1], 16), int(fields[3], 16), int(fields[6])
        except ValueError:
            continue
        if destination == 0 and flags & 0x2 and (best is None or metric < best[0]):
            best = (metric, fields[0])
    return best[1] if best else ""


def _interface_address(name: str) -> str:
    """The IPv4 address of interface ``name`` (Linux ioctl), or ""."""
    if not sys.platform.startswith("linux"):
        return ""
    try:
        import fcntl

        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            packed = struct.pack("256s", name.encode("ascii", "replace")[:15])
            answer = fcntl.ioctl(sock.fileno(), 0x8915, packed)  # SIOCGIFADDR
            return socket.inet_ntoa(answer[20:24])
    except (OSError, ImportError, ValueError):
        return ""


def _interfaces() -> list[str]:
    try:
        return [name for _index, name in socket.if_nameindex()]
    except (OSError, AttributeError):
        return []


def _host_addresses() -> list[str]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except (OSError, UnicodeError):
        return []
    return [str(info[4][0]) for info in infos]


def candidate_addresses() -> list[Address]:
    """The IPv4 addresses of this machine, the default route's first, then
    the others the room could reach, then the local-only ones; 127.0.0.1 is
    always among them. Never raises."""
    try:
        return _candidates()
    except Exception:  # an odd platform must never stop the facilitator
        return [Address(LOOPBACK, "lo", False, True)]


def _candidates() -> list[Address]:
    found: dict[str, str] = {}  # address -> interface
    for name in _interfaces():
        address = _interface_address(name)
        if address:
            found.setdefault(address, name)
    for address in _host_addresses():
        found.setdefault(address, "")
    source = _route_source()
    default_if = _default_route_interface()
    default_address = source if source and not is_local_only(source) else ""
    if not default_address and default_if:
        default_address = _interface_address(default_if)
    if default_address:
        found.setdefault(default_address, default_if)
    found.setdefault(LOOPBACK, "lo" if "lo" in _interfaces() else "")
    out = [
        Address(address, interface, address == default_address, is_local_only(address))
        for address, interface in found.items()
    ]
    # The default route first, then reachable ones, then local-only; stable otherwise.
    out.sort(key=lambda a: (not a.default_route, a.local_only))
    return out


def default_address() -> Address:
    """The address to bind when the facilitator has not chosen one: the
    default route's, else the first reachable one, else 127.0.0.1."""
    candidates = candidate_addresses()
    for address in candidates:
        if not address.local_only:
            return address
    return Address(LOOPBACK, "lo", False, True)


def only_local(candidates: list[Address] | None = None) -> bool:
    """True when no address a phone could reach exists (the facilitator is
    warned: only loopback or 169.254.x.x)."""
    return all(a.local_only for a in (candidates if candidates is not None else candidate_addresses()))
