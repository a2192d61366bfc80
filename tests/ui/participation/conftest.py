"""Fixtures for the participation tests: a named session open in a real
controller, joining turned on at 127.0.0.1, and real phones."""

from __future__ import annotations

import shutil

import pytest

from collabworkshop.controller.factory import open_session
from collabworkshop.controller.participation import Participation
from collabworkshop.model.template import resource_path


@pytest.fixture
def session_file(tmp_path):
    path = tmp_path / "workshop.cwsession"
    shutil.copyfile(resource_path("sample", "eastport-alliance.cwsession"), path)
    return path


@pytest.fixture
def controller(session_file, tmp_path, qtbot):
    c = open_session(session_file, tmp_path / "work")
    yield c
    c.close()


@pytest.fixture
def participation(controller, qtbot):
    p = Participation(controller)
    assert p.start("127.0.0.1", 0)
    yield p
    p.stop()


@pytest.fixture
def net(qtbot):
    from phones import Net

    n = Net(qtbot)
    yield n
    n.close()


def joined_phone(net, participation, team: str = "t1", name: str = ""):
    """A phone that scanned the QR code, opened the socket and picked ``team``."""
    phone = net.phone(participation.address)
    status, _headers, _body = phone.get(participation.join_url[len(participation.address):])
    assert status == 303
    assert phone.connect() == 101
    phone.wait_for(lambda f: f["type"] == "step")
    if team:
        phone.send({"type": "register", "team": team, "name": name})
        phone.wait_for(lambda f: f["type"] == "welcome" and f["me"]["team"] == team)
    return phone
