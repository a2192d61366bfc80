"""The phone page in a real browser against the real participation server.

Debian's Chromium, driven through its chromedriver by selenium, emulates a
360x640 phone with touch and loads the page from a Participation that serves
a copy of the sample session on 127.0.0.1 in this process. The GUI thread
applies what the phones send, so every wait here pumps Qt's events
(qtbot.waitUntil) while it asks the browser. One browser for the module;
each test has its own session, server and cookie jar.
"""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from collabworkshop.model.template import resource_path
from collabworkshop.session import Origin
from collabworkshop.storage import read_session

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SAMPLE = resource_path("sample", "eastport-alliance.cwsession")
WAIT_MS = 15000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None or not CHROMEDRIVER.exists(),
        reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)",
    ),
]


PLACE_TODAY = 1  # the sample's steps: 0 welcome, 1 place today, 2 place needed, 3 discuss, 4 vote
VOTE = 4
TEAM = "t1"  # Harbour Works


# ---- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=en-GB"):
        options.add_argument(arg)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 360, "height": 640, "pixelRatio": 2, "touch": True}})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def phone(browser):
    # Cookies are kept per host, not per port: clear them so each test's
    # server meets a phone that never joined.
    browser.get("about:blank")
    browser.execute_cdp_cmd("Network.clearBrowserCookies", {})
    return browser


class Workshop:
    """A copy of the sample session open in a controller, with joining on."""

    def __init__(self, qtbot, tmp_path: Path):
        from collabworkshop.controller.factory import open_session
        from collabworkshop.controller.participation import Participation

        self.qtbot = qtbot
        self.path = tmp_path / "eastport.cwsession"
        shutil.copyfile(SAMPLE, self.path)
        self.controller = open_session(self.path, tmp_path / "work")
        self.records: list = []
        self.controller.changed.connect(self.records.append)
        self.participation = Participation(self.controller)
        self.errors: list[str] = []
        self.participation.error.connect(self.errors.append)
        self.start()

    def start(self, port: int = 0) -> None:
        assert self.participation.start("127.0.0.1", port), self.errors
        assert self.participation.address.startswith("http://127.0.0.1:")

    @property
    def port(self) -> int:
        return int(self.participation.address.rsplit(":", 1)[1])

    def device_records(self) -> list:
        return [r for r in self.records if r.origin is Origin.DEVICE]

    def close(self) -> None:
        self.participation.stop()
        self.controller.undo_stack.setClean()
        self.controller.close()


@pytest.fixture
def workshop(qtbot, tmp_path):
    shop = Workshop(qtbot, tmp_path)
    yield shop
    shop.close()


# ---- helpers --------------------------------------------------------------------------------


def wait(qtbot, check, timeout: int = WAIT_MS):
    """Wait, pumping Qt's events, until ``check()`` is truthy; return its value."""
    found = []

    def done():
        value = check()
        if value:
            found.append(value)
        return bool(value)

    qtbot.waitUntil(done, timeout=timeout)
    return found[-1]


def visible(driver, css: str):
    return [e for e in driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]


def view(driver) -> str:
    return driver.execute_script("return document.body.dataset.view || ''")


def text_of(driver, element_id: str) -> str:
    return driver.find_element(By.ID, element_id).text


def register(qtbot, driver, team_name: str, name: str) -> None:
    wait(qtbot, lambda: view(driver) == "register")
    label = wait(qtbot, lambda: [e for e in visible(driver, "#team-list label") if e.text == team_name])
    label[0].click()
    field = driver.find_element(By.ID, "name-input")
    field.clear()
    field.send_keys(name)
    driver.find_element(By.ID, "register-submit").click()
    wait(qtbot, lambda: view(driver) == "step")


def join_by_qr(qtbot, driver, shop: Workshop, team_name: str = "Harbour Works", name: str = "Ana") -> None:
    driver.get(shop.participation.join_url)
    register(qtbot, driver, team_name, name)


def line(driver, dimension_name: str):
    for el in driver.find_elements(By.CSS_SELECTOR, "#lines .line"):
        if el.find_element(By.CSS_SELECTOR, ".line-name").text == dimension_name:
            return el
    raise AssertionError(f"no line for {dimension_name!r}")


def slider(driver, dimension_name: str):
    return line(driver, dimension_name).find_element(By.CSS_SELECTOR, "[role=slider]")


def save_text(driver, dimension_name: str) -> str:
    return line(driver, dimension_name).find_element(By.CSS_SELECTOR, ".save").text


def press(driver, element, *keys) -> None:
    driver.execute_script("arguments[0].focus()", element)
    chain = ActionChains(driver)
    for key in keys:
        chain.send_keys(key)
    chain.perform()


def touch_drag(driver, element, to_fraction: float) -> None:
    """Put a finger on the line's token and drag it to ``to_fraction`` of the rail."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    rail = driver.execute_script(
        "const r = arguments[0].querySelector('.rail').getBoundingClientRect();"
        "const t = arguments[0].querySelector('.token').getBoundingClientRect();"
        "return [r.left, r.width, t.left + t.width / 2, t.top + t.height / 2];", element)
    left, width, x0, y = rail
    finger = PointerInput(interaction.POINTER_TOUCH, "finger")
    actions = ActionBuilder(driver, mouse=finger)
    actions.pointer_action.move_to_location(int(x0), int(y)).pointer_down()
    steps = 6
    for i in range(1, steps + 1):
        x = x0 + (left + width * to_fraction - x0) * i / steps
        actions.pointer_action.move_to_location(int(x), int(y))
    actions.pointer_action.pointer_up()
    actions.perform()


def dimension(shop: Workshop, name: str):
    return next(d for d in shop.controller.session.dimensions if d.name == name)


def no_alert(driver) -> bool:
    try:
        _ = driver.switch_to.alert  # raises when no alert is open
    except NoAlertPresentException:
        return True
    return False


# ---- tests ----------------------------------------------------------------------------------


def test_join_by_qr_and_touch_drag_is_saved_into_the_session(qtbot, phone, workshop):
    workshop.controller.set_step(PLACE_TODAY)
    relationship = dimension(workshop, "Relationship")
    before = workshop.controller.position("today", relationship.id, TEAM)

    phone.get(workshop.participation.join_url)
    wait(qtbot, lambda: view(phone) == "register")
    # The token is swapped for the cookie and leaves the address bar.
    assert phone.current_url == workshop.participation.address + "/"
    register(qtbot, phone, "Harbour Works", "<script>alert(1)</script>Ana")
    # A name with a script tag is shown as the text typed, and runs nothing.
    assert text_of(phone, "me") == "<script>alert(1)</script>Ana · Harbour Works"
    assert no_alert(phone)
    assert text_of(phone, "conn-text") == "Connected"
    assert text_of(phone, "step-title") == "Place: today"

    # One line per dimension, each an ARIA slider named after it, with both pole labels.
    lines = visible(phone, "#lines .line")
    assert len(lines) == len(workshop.controller.session.dimensions)
    track = slider(phone, "Relationship")
    assert track.get_attribute("aria-label") == "Relationship"
    assert (track.get_attribute("aria-valuemin"), track.get_attribute("aria-valuemax")) == ("0", "100")
    poles = line(phone, "Relationship").find_element(By.CSS_SELECTOR, ".poles").text
    assert relationship.low_label in poles and relationship.high_label in poles

    touch_drag(phone, line(phone, "Relationship"), 0.8)
    wait(qtbot, lambda: save_text(phone, "Relationship") == "saved")
    shown = int(track.get_attribute("aria-valuenow"))
    assert 75 <= shown <= 85
    assert f"toward {relationship.high_label}" in track.get_attribute("aria-valuetext")
    # What the phone shows as saved is the team's position in the session, from a device.
    assert workshop.controller.position("today", relationship.id, TEAM) == pytest.approx(shown, abs=0.5)
    assert workshop.controller.position("today", relationship.id, TEAM) != before
    assert workshop.device_records(), "no change record with Origin.DEVICE"
    # ... and, published a moment later, in the session file on disk.
    wait(qtbot, lambda: read_session(workshop.path).position("today", relationship.id, TEAM)
         == pytest.approx(shown, abs=0.5))
    # Nothing of the page was refused by the server's Content-Security-Policy, and no script failed.
    problems = [e["message"] for e in phone.get_log("browser")
                if e["level"] == "SEVERE" and "favicon" not in e["message"] and "/ws" not in e["message"]]
    assert not problems


def test_join_by_code_and_place_with_the_slider_keys(qtbot, phone, workshop):
    workshop.controller.set_step(PLACE_TODAY)
    phone.get(workshop.participation.address + "/")
    wait(qtbot, lambda: view(phone) == "code")
    field = phone.find_element(By.ID, "code-input")
    field.send_keys("ZZZZZZ")
    phone.find_element(By.ID, "code-submit").click()
    wait(qtbot, lambda: "not right" in text_of(phone, "code-error"))
    assert view(phone) == "code"

    code = workshop.participation.join_code
    field.clear()
    field.send_keys(f"{code[:3].lower()} {code[3:].lower()}")  # as people type it off the screen
    phone.find_element(By.ID, "code-submit").click()
    register(qtbot, phone, "Port Authority", "Ben")

    outcomes = dimension(workshop, "Goals and accountability")
    track = slider(phone, "Goals and accountability")
    press(phone, track, Keys.HOME)
    wait(qtbot, lambda: track.get_attribute("aria-valuenow") == "0")
    press(phone, track, Keys.PAGE_UP, Keys.PAGE_UP, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_LEFT)
    wait(qtbot, lambda: track.get_attribute("aria-valuenow") == "21")
    assert f"toward {outcomes.low_label}" in track.get_attribute("aria-valuetext")
    wait(qtbot, lambda: save_text(phone, "Goals and accountability") == "saved")
    assert workshop.controller.position("today", outcomes.id, "t2") == pytest.approx(21)
    press(phone, track, Keys.END, Keys.PAGE_DOWN)
    wait(qtbot, lambda: save_text(phone, "Goals and accountability") == "saved"
         and track.get_attribute("aria-valuenow") == "90")
    wait(qtbot, lambda: workshop.controller.position("today", outcomes.id, "t2") == pytest.approx(90))


def test_the_facilitator_moving_the_token_updates_the_phone_and_the_keys_keep_working(qtbot, phone, workshop):
    controller = workshop.controller
    controller.set_step(PLACE_TODAY)
    integration = dimension(workshop, "Integration")
    join_by_qr(qtbot, phone, workshop)
    track = slider(phone, "Integration")
    press(phone, track, Keys.HOME)
    wait(qtbot, lambda: save_text(phone, "Integration") == "saved"
         and controller.position("today", integration.id, TEAM) == pytest.approx(0))

    assert controller.place("today", integration.id, TEAM, 55.0)  # a drag on the facilitator's board
    wait(qtbot, lambda: track.get_attribute("aria-valuenow") == "55")
    assert "You: 55" in line(phone, "Integration").text
    # The slider still has the keyboard focus: the next key moves on from 55.
    ActionChains(phone).send_keys(Keys.ARROW_RIGHT).perform()
    wait(qtbot, lambda: track.get_attribute("aria-valuenow") == "56")
    wait(qtbot, lambda: controller.position("today", integration.id, TEAM) == pytest.approx(56))


def test_blind_round_shows_only_the_own_token_then_the_median_after_the_reveal(qtbot, phone, workshop):
    controller = workshop.controller
    controller.set_step(PLACE_TODAY)
    assert controller.set_round_hidden("today", True)
    decisions = dimension(workshop, "Decisions and governance")
    others = [controller.position("today", decisions.id, t.id) for t in controller.session.teams if t.id != TEAM]
    assert all(v is not None for v in others)  # the sample's other teams have placed

    join_by_qr(qtbot, phone, workshop)
    wait(qtbot, lambda: "Blind round" in text_of(phone, "step-notice"))
    # One token per line (the person's own), no group mark, no median anywhere.
    assert len(phone.find_elements(By.CSS_SELECTOR, "#lines .token")) == len(controller.session.dimensions)
    assert not visible(phone, ".group-mark")
    assert "median" not in phone.find_element(By.ID, "view-step").text.lower()

    track = slider(phone, "Decisions and governance")
    press(phone, track, Keys.HOME, Keys.PAGE_UP)
    wait(qtbot, lambda: save_text(phone, "Decisions and governance") == "saved")
    assert controller.position("today", decisions.id, TEAM) == pytest.approx(10)
    assert not visible(phone, ".group-mark")

    assert controller.set_round_hidden("today", False)  # the facilitator reveals
    median = statistics.median(controller.positions("today", decisions.id))
    group = wait(qtbot, lambda: [e.text for e in visible(phone, ".line .group-text")
                                 if e.text.startswith("Group median")])
    assert len(group) == len(controller.session.dimensions)
    status = line(phone, "Decisions and governance").find_element(By.CSS_SELECTOR, ".line-status").text
    assert f"Group median: {round(median)}" in status
    assert "You: 10" in status


def test_lever_vote_spends_the_dots(qtbot, phone, workshop):
    controller = workshop.controller
    for team_id, lever in list(controller.session.votes):
        if team_id == TEAM:
            controller.set_vote(TEAM, lever, 0)
    controller.set_step(VOTE)
    dots = controller.session.settings.vote_dots
    join_by_qr(qtbot, phone, workshop)
    wait(qtbot, lambda: visible(phone, "#lever-list .lever"))
    assert text_of(phone, "dots-left") == f"Dots left: {dots} of {dots}"

    first = visible(phone, "#lever-list .lever")[0]
    lever_name = first.find_element(By.CSS_SELECTOR, ".lever-name").text
    plus = first.find_element(By.CSS_SELECTOR, "button.plus")
    minus = first.find_element(By.CSS_SELECTOR, "button.minus")
    assert plus.get_attribute("aria-label") == f"Put a dot on {lever_name}"
    assert minus.get_attribute("aria-label") == f"Take a dot from {lever_name}"
    assert minus.get_attribute("aria-disabled") == "true"
    for _ in range(dots):
        plus.click()
    wait(qtbot, lambda: first.find_element(By.CSS_SELECTOR, ".save").text == "saved")
    assert text_of(phone, "dots-left") == f"Dots left: 0 of {dots}"
    # Every + is disabled now, and the page says why (not by colour alone).
    assert all(b.get_attribute("aria-disabled") == "true" for b in visible(phone, "button.plus"))
    assert "No dots left" in text_of(phone, "dots-reason")
    plus.click()
    assert first.find_element(By.CSS_SELECTOR, ".dot-count").text == f"{dots} dots"

    def team_dots():
        return {lever: n for (team_id, lever), n in controller.session.votes.items() if team_id == TEAM and n}

    assert sum(team_dots().values()) == dots and max(team_dots().values()) == dots
    minus.click()
    wait(qtbot, lambda: sum(team_dots().values()) == dots - 1)
    wait(qtbot, lambda: first.find_element(By.CSS_SELECTOR, ".save").text == "saved")
    assert text_of(phone, "dots-left") == f"Dots left: 1 of {dots}"
    assert all(r.origin is Origin.DEVICE for r in workshop.records[-1:])
    code = next(lever for lever, n in team_dots().items() if n)
    wait(qtbot, lambda: read_session(workshop.path).votes.get((TEAM, code)) == dots - 1)


def test_reconnects_after_the_server_drops_and_sends_the_unsaved_change(qtbot, phone, workshop):
    workshop.controller.set_step(PLACE_TODAY)
    integration = dimension(workshop, "Integration")
    join_by_qr(qtbot, phone, workshop)
    track = slider(phone, "Integration")
    press(phone, track, Keys.HOME)
    wait(qtbot, lambda: save_text(phone, "Integration") == "saved")

    port = workshop.port
    workshop.participation.stop()  # every socket closes
    wait(qtbot, lambda: text_of(phone, "conn-text").startswith("Offline"))
    press(phone, track, Keys.PAGE_UP, Keys.PAGE_UP, Keys.PAGE_UP)
    wait(qtbot, lambda: track.get_attribute("aria-valuenow") == "30")
    assert save_text(phone, "Integration") == "saving…"
    wait(qtbot, lambda: "1 change" in text_of(phone, "conn-text"))
    assert workshop.controller.position("today", integration.id, TEAM) == pytest.approx(0)

    workshop.start(port)  # back on the same address: the phone finds it by itself
    wait(qtbot, lambda: text_of(phone, "conn-text") == "Connected")
    wait(qtbot, lambda: save_text(phone, "Integration") == "saved")
    assert workshop.controller.position("today", integration.id, TEAM) == pytest.approx(30)
    assert track.get_attribute("aria-valuenow") == "30"

    # The facilitator removes the phone: it says so and stops reconnecting.
    (device,) = [d for d in workshop.participation.devices() if d.team_id == TEAM]
    workshop.participation.remove_device(device.device_id)
    wait(qtbot, lambda: view(phone) == "removed")
    assert "removed" in text_of(phone, "removed-title")


def test_a_second_tab_of_the_same_phone_takes_over_without_the_two_taking_turns(qtbot, phone, workshop):
    workshop.controller.set_step(PLACE_TODAY)
    overall = dimension(workshop, "Overall way of working")
    join_by_qr(qtbot, phone, workshop)
    first = phone.current_window_handle
    phone.switch_to.new_window("tab")  # the person scans the QR code again, or opens the address twice
    try:
        phone.get(workshop.participation.address + "/")
        wait(qtbot, lambda: view(phone) == "step" and text_of(phone, "conn-text") == "Connected")
        track = slider(phone, "Overall way of working")
        for key in (Keys.HOME, Keys.PAGE_UP, Keys.PAGE_UP, Keys.PAGE_UP, Keys.PAGE_UP):
            press(phone, track, key)
            wait(qtbot, lambda: save_text(phone, "Overall way of working") == "saved")
        assert workshop.controller.position("today", overall.id, TEAM) == pytest.approx(40)
        assert text_of(phone, "conn-text") == "Connected"
        phone.switch_to.window(first)
        # The older tab stepped aside and says so, instead of taking the connection back.
        wait(qtbot, lambda: view(phone) == "elsewhere")
        assert text_of(phone, "elsewhere-title") == "Open in another tab"
        assert len(workshop.participation.devices()) == 1
        # Continue here: this tab has the connection again, and places.
        phone.find_element(By.ID, "elsewhere-here").click()
        wait(qtbot, lambda: view(phone) == "step" and text_of(phone, "conn-text") == "Connected")
        press(phone, slider(phone, "Overall way of working"), Keys.END)
        wait(qtbot, lambda: workshop.controller.position("today", overall.id, TEAM) == pytest.approx(100))
    finally:
        for handle in phone.window_handles:
            if handle != first:
                phone.switch_to.window(handle)
                phone.close()
        phone.switch_to.window(first)


def test_the_page_speaks_german_when_the_app_does(qtbot, phone, workshop):
    from collabworkshop.common.i18n import install_catalogue, set_lookup

    assert install_catalogue("de") == "de"
    try:
        workshop.controller.set_step(PLACE_TODAY)
        phone.get(workshop.participation.join_url)
        wait(qtbot, lambda: view(phone) == "register")
        wait(qtbot, lambda: text_of(phone, "register-title") == "Wer sind Sie?")
        assert phone.execute_script("return document.documentElement.lang") == "de"
        register(qtbot, phone, "Harbour Works", "Ana")
        wait(qtbot, lambda: text_of(phone, "conn-text") == "Verbunden")
        track = visible(phone, "#lines [role=slider]")[0]
        press(phone, track, Keys.END)
        wait(qtbot, lambda: phone.find_element(By.CSS_SELECTOR, "#lines .save").text == "gespeichert")
        assert track.get_attribute("aria-valuetext").startswith("100, Richtung ")
        assert text_of(phone, "step-kind") == "POSITIONIEREN"
    finally:
        set_lookup(None)
