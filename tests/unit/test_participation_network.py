"""Which address the participation server offers: the default route's
first, local-only ones marked, and never an exception."""

from __future__ import annotations

from collabworkshop.participation import network

ROUTES = """Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
wlan0\t0000A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0
eth9\t00000000\t0101A8C0\t0003\t0\t0\t700\t00000000\t0\t0\t0
wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
"""


def test_the_default_route_interface_is_the_one_with_the_lowest_metric(tmp_path):
    routes = tmp_path / "route"
    routes.write_text(ROUTES)
    assert network._default_route_interface(routes) == "wlan0"
    routes.write_text(ROUTES.splitlines()[0] + "\nwlan0\t0000A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0\n")
    assert network._default_route_interface(routes) == ""  # no default route at all
    assert network._default_route_interface(tmp_path / "missing") == ""
    routes.write_text("garbage\nnot a route line\n\x00\x01")
    assert network._default_route_interface(routes) == ""


def test_loopback_and_link_local_addresses_are_local_only():
    for address in ("127.0.0.1", "169.254.10.3", "fe80::1", "::1", "0.0.0.0", "not an address"):
        assert network.is_local_only(address), address
    for address in ("192.168.1.20", "10.0.0.5", "172.20.1.1"):
        assert not network.is_local_only(address), address


def test_candidates_always_include_loopback_and_put_the_default_route_first():
    candidates = network.candidate_addresses()
    assert any(a.address == "127.0.0.1" and a.local_only for a in candidates)
    flags = [a.default_route for a in candidates]
    assert flags == sorted(flags, reverse=True)  # the default route's address, if any, leads
    chosen = network.default_address()
    assert chosen in candidates or chosen.address == "127.0.0.1"
    assert not chosen.local_only or network.only_local(candidates)


def test_no_network_at_all_still_gives_an_answer(monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError("no network")

    monkeypatch.setattr(network.socket, "if_nameindex", broken)
    monkeypatch.setattr(network.socket, "getaddrinfo", broken)
    monkeypatch.setattr(network, "_route_source", lambda probe="": "")
    monkeypatch.setattr(network, "_default_route_interface", lambda route_file=None: "")
    assert [a.address for a in network.candidate_addresses()] == ["127.0.0.1"]
    assert network.default_address().local_only and network.only_local()
