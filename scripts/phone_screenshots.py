"""Screenshots of the participants' phone page for the docs.

Opens a copy of the sample session offscreen, lets participants join on
127.0.0.1, and drives Debian's Chromium (headless, through
/usr/bin/chromedriver, emulating a 360x640 phone with touch) through the
page's states. Writes into docs/screenshots/ (or the folder given with
--out):

- phone-code.png       no cookie yet: the join code field
- phone-register.png   pick the team, type a name
- phone-place.png      "Place: today", blind, two lines placed and saved
- phone-revealed.png   the same round after the reveal: the group's median beside the own token
- phone-discuss.png    the discussion: the lines read-only, placing closed
- phone-vote.png       the lever vote, two of three dots spent
- phone-waiting.png    a step with nothing to do on the phone
- phone-offline.png    the laptop gone: reconnecting, one change waiting
- phone-removed.png    the facilitator removed the phone
- phone-place-de.png   the place step in German
- phone-laptop.png     the place step in a 1280x800 laptop browser

    .venv/bin/python scripts/phone_screenshots.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["COLLABWORKSHOP_LANGUAGE"] = "en"
_SANDBOX = tempfile.mkdtemp(prefix="collabworkshop-phone-shots-")
os.environ["COLLABWORKSHOP_CONFIG_DIR"] = os.path.join(_SANDBOX, "config")
os.environ["COLLABWORKSHOP_DATA_DIR"] = os.path.join(_SANDBOX, "data")

ROOT = Path(__file__).resolve().parent.parent
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE = {"width": 360, "height": 640, "pixelRatio": 1, "touch": True}


class Shots:
    def __init__(self, out: Path):
        from PySide6.QtWidgets import QApplication

        from collabworkshop.controller.factory import open_session
        from collabworkshop.controller.participation import Participation
        from collabworkshop.model.template import resource_path

        self.out = out
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        path = Path(_SANDBOX) / "eastport.cwsession"
        shutil.copyfile(resource_path("sample", "eastport-alliance.cwsession"), path)
        self.controller = open_session(path, Path(_SANDBOX) / "work")
        self.participation = Participation(self.controller)
        problems: list[str] = []
        self.participation.error.connect(problems.append)
        if not self.participation.start("127.0.0.1", 0):
            raise SystemExit(f"phone_screenshots: the server did not start: {problems}")
        self.driver = self._browser(PHONE)

    @staticmethod
    def _browser(metrics: dict | None):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--lang=en-GB"):
            options.add_argument(arg)
        if metrics:
            options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
        else:
            options.add_argument("--window-size=1280,800")
        return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)

    # -- waiting while Qt runs: the GUI thread applies what the phone sends --
    def pump(self, seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def wait(self, check, what: str, timeout: float = 15.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if check():
                return
            time.sleep(0.02)
        raise SystemExit(f"phone_screenshots: timed out waiting for {what}")

    def view(self, driver=None) -> str:
        return (driver or self.driver).execute_script("return document.body.dataset.view || ''")

    def shot(self, name: str, driver=None) -> None:
        self.pump(0.4)  # let the last acks and paints land
        driver = driver or self.driver
        driver.execute_script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()")
        path = self.out / name
        if not driver.save_screenshot(str(path)):
            raise SystemExit(f"phone_screenshots: could not write {path}")
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    # -- acting like a participant --
    def fresh(self, driver=None) -> None:
        driver = driver or self.driver
        driver.get("about:blank")
        driver.execute_cdp_cmd("Network.clearBrowserCookies", {})

    def join(self, team: str, name: str, driver=None) -> None:
        from selenium.webdriver.common.by import By

        driver = driver or self.driver
        driver.get(self.participation.join_url)
        self.wait(lambda: self.view(driver) == "register", "the team picker")
        for label in driver.find_elements(By.CSS_SELECTOR, "#team-list label"):
            if label.text == team:
                label.click()
        driver.find_element(By.ID, "name-input").send_keys(name)
        driver.find_element(By.ID, "register-submit").click()
        self.wait(lambda: self.view(driver) == "step", "the step")

    def keys(self, index: int, *keys, driver=None) -> None:
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.by import By

        driver = driver or self.driver
        slider = driver.find_elements(By.CSS_SELECTOR, "#lines [role=slider]")[index]
        driver.execute_script("arguments[0].focus()", slider)
        chain = ActionChains(driver)
        for key in keys:
            chain.send_keys(key)
        chain.perform()

    def saved(self, count: int, driver=None) -> bool:
        from selenium.webdriver.common.by import By

        driver = driver or self.driver
        return sum(e.text == "saved" or e.text == "gespeichert"
                   for e in driver.find_elements(By.CSS_SELECTOR, "#lines .save")) >= count

    def run(self) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        from collabworkshop.common.i18n import install_catalogue, set_lookup

        c, d = self.controller, self.driver
        c.set_step(1)  # Place: today
        c.set_round_hidden("today", True)

        self.fresh()
        d.get(self.participation.address + "/")
        self.wait(lambda: self.view() == "code", "the code field")
        d.find_element(By.ID, "code-input").send_keys(self.participation.join_code[:4].lower())
        self.shot("phone-code.png")

        d.get(self.participation.join_url)
        self.wait(lambda: self.view() == "register", "the team picker")
        d.find_elements(By.CSS_SELECTOR, "#team-list label")[1].click()
        d.find_element(By.ID, "name-input").send_keys("Ben Okafor")
        self.shot("phone-register.png")
        d.find_element(By.ID, "register-submit").click()
        self.wait(lambda: self.view() == "step", "the step")
        self.keys(0, Keys.END, Keys.PAGE_DOWN, Keys.PAGE_DOWN, Keys.PAGE_DOWN)
        self.keys(1, Keys.HOME, Keys.PAGE_UP, Keys.PAGE_UP, Keys.PAGE_UP, Keys.PAGE_UP)
        self.wait(lambda: self.saved(2), "two saved lines")
        self.shot("phone-place.png")

        c.set_round_hidden("today", False)
        self.wait(lambda: d.find_elements(By.CSS_SELECTOR, ".group-text:not([hidden])"), "the median")
        self.shot("phone-revealed.png")

        c.set_step(3)  # Discuss: the lines stay, placing is closed
        self.wait(lambda: "closed" in d.find_element(By.ID, "step-notice").text, "the closed notice")
        self.shot("phone-discuss.png")

        c.set_step(4)  # Lever vote
        self.wait(lambda: d.find_elements(By.CSS_SELECTOR, "#lever-list .lever"), "the levers")
        for row in d.find_elements(By.CSS_SELECTOR, "#lever-list .lever"):
            for button in row.find_elements(By.CSS_SELECTOR, "button.minus"):
                while button.get_attribute("aria-disabled") != "true":
                    button.click()
                    self.pump(0.05)
        rows = d.find_elements(By.CSS_SELECTOR, "#lever-list .lever")
        rows[0].find_element(By.CSS_SELECTOR, "button.plus").click()
        rows[0].find_element(By.CSS_SELECTOR, "button.plus").click()
        self.pump(0.5)
        self.shot("phone-vote.png")

        c.set_step(5)  # Action plan: nothing to do on the phone
        self.wait(lambda: d.find_element(By.ID, "step-waiting").is_displayed(), "the waiting sentence")
        self.shot("phone-waiting.png")

        c.set_step(1)
        self.wait(lambda: d.find_elements(By.CSS_SELECTOR, "#lines [role=slider]"), "the lines")
        port = int(self.participation.address.rsplit(":", 1)[1])
        self.participation.stop()
        self.wait(lambda: d.find_element(By.ID, "conn-text").text.startswith("Offline"), "offline")
        self.keys(2, Keys.END)
        self.wait(lambda: "1 change" in d.find_element(By.ID, "conn-text").text, "the waiting change")
        self.shot("phone-offline.png")
        self.participation.start("127.0.0.1", port)
        self.wait(lambda: d.find_element(By.ID, "conn-text").text == "Connected", "the reconnect")

        for device in self.participation.devices():
            self.participation.remove_device(device.device_id)
        self.wait(lambda: self.view() == "removed", "the removed page")
        self.shot("phone-removed.png")

        install_catalogue("de")
        try:
            self.fresh()
            self.join("Tidewater Design", "Lena")
            self.keys(0, Keys.HOME, Keys.PAGE_UP, Keys.PAGE_UP)
            self.wait(lambda: self.saved(1), "a saved line")
            self.shot("phone-place-de.png")
        finally:
            set_lookup(None)

        laptop = self._browser(None)
        try:
            self.join("Railink Systems", "Sam", driver=laptop)
            self.keys(0, Keys.HOME, Keys.PAGE_UP, Keys.PAGE_UP, Keys.PAGE_UP, Keys.PAGE_UP, Keys.PAGE_UP,
                      Keys.PAGE_UP, driver=laptop)
            self.wait(lambda: self.saved(1, laptop), "a saved line on the laptop")
            self.shot("phone-laptop.png", laptop)
        finally:
            laptop.quit()

    def close(self) -> None:
        self.driver.quit()
        self.participation.stop()
        self.controller.undo_stack.setClean()
        self.controller.close()
        shutil.rmtree(_SANDBOX, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not (shutil.which("chromium") and Path(CHROMEDRIVER).exists()):
        print("phone_screenshots: needs chromium and chromium-driver (apt-get install chromium chromium-driver)",
              file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    shots = Shots(args.out)
    try:
        shots.run()
    finally:
        shots.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
