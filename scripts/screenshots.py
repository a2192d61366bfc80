"""Screenshots of the main screens for the docs (``make screenshots``).

Offscreen, with a throw-away config and data folder, the app's light theme
and a 1600x1000 main window. Writes PNGs into docs/screenshots/:

- start.png    the start page, with two recent sessions listed
- setup.png    the sample session's set-up (entry 0)
- board.png    "Place: needed", the board with the live chart (entry 3)
- discuss.png  the discussion step (entry 4)
- plan.png     the action plan table (entry 5)
- board-crowded.png   participant mode, 100 participants in 5 teams (500 tokens), "Place: today"
- board-hidden.png    the same room placing "needed" blind: tokens in the tray, "Placed: n of m"
- board-revealed.png  the same round just after the reveal
- board-movement.png  a re-placement after the discussion, with the movement view
- console.png  the facilitator console on "Place: needed" (timer running, notes)
- display.png  the audience display of the same moment, 1920x1080

and the matrix, into docs/screenshots/matrix/ (one child process per screen
size, on the offscreen platform with one screen of that size):

- <size>-<n>-<step>-console.png and <size>-<n>-<step>-noconsole.png: the main
  window filling a 1366x768, 1920x1080 and 3840x2160 screen on every step of
  the sample, with the facilitator console shown and hidden;
- display-<size>-<n>-<step>.png: the audience display full-screen on every
  step at 1920x1080 and 3840x2160, plus display-<size>-3-place-needed-blind.png
  (the same round placed blind, one team still to place), and
  display-<size>-join.png, the join screen (J) with the phones' server on
  127.0.0.1.

``python scripts/screenshots.py --matrix`` renders only the matrix.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The docs' pictures, report and timings are of the English app (set it to
# "de" for German ones).
os.environ.setdefault("COLLABWORKSHOP_LANGUAGE", "en")

from shots import ROOT, grab, sandbox, settle, start_app  # noqa: E402 (after the environment)

OUT = ROOT / "docs" / "screenshots"
MATRIX = OUT / "matrix"
MATRIX_SIZES = ((1366, 768), (1920, 1080), (3840, 2160))
DISPLAY_SIZES = ((1920, 1080), (3840, 2160))
SIZE = (1600, 1000)
ENTRIES = {"setup.png": 0, "board.png": 3, "discuss.png": 4, "vote.png": 5, "plan.png": 6}
RECENT_NAMES = ("harbour-alliance-march.cwsession", "eastport-review-2025.cwsession")


def _save(window, app, name: str) -> Path:
    return grab(window, app, OUT / name)


FIRST = ("Ana", "Bo", "Chidi", "Dana", "Emil", "Fatima", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea", "Mo", "Nia",
         "Omar", "Pia", "Quinn", "Rui", "Sana", "Tom")
LAST = ("Silva", "Chen", "Okafor", "Berg", "Novak", "Haddad", "Reyes", "Sato", "Petrov", "Kim")


def _movement_shot(window, app) -> None:
    """Re-place "today" after talking it through (most teams move part of
    the way to the group median) and show the movement arrows."""
    from collabworkshop.analysis import describe

    controller = window.controller
    session = controller.session
    today = next(i for i, st in enumerate(session.steps) if st.round_id == "today" and st.kind.value == "place")
    window.workshop.show_entry(today + 1)
    window.workshop.current_page().add_replacement_round()
    page = window.workshop.current_page()
    round_id = page.step.round_id
    for k, dim in enumerate(session.dimensions):
        median = describe(session.positions("today", dim.id)).median
        for i, team in enumerate(session.teams):
            before = session.position("today", dim.id, team.id)
            if before is None or (i + k) % 5 == 4:
                continue  # one team per row keeps its place
            controller.place(round_id, dim.id, team.id, before + (median - before) * 0.7 + (i - 2))
    page.movement_button.setChecked(True)
    _save(window, app, "board-movement.png")


def _crowded_session():
    """The sample, placed by 100 participants (20 per team) instead of 5 teams:
    each person near their team's own placement, with a personal spread."""
    from dataclasses import replace

    from collabworkshop.model import Participant, PlacementMode, SessionSettings
    from collabworkshop.model.template import resource_path
    from collabworkshop.storage import read_session
    from collabworkshop.ui.app.main_window import SAMPLE_FILE

    session = read_session(resource_path(*SAMPLE_FILE))
    team_places = dict(session.placements)
    session.placements = {}
    people = []
    for i in range(100):
        team = session.teams[i % len(session.teams)]
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 // len(FIRST)) % len(LAST)]}"
        people.append(Participant(f"p{i + 1}", team.id, name))
    session.participants = people
    session.settings = SessionSettings(placement_mode=PlacementMode.PARTICIPANT)
    for (round_id, dim_id, team_id), value in team_places.items():
        for k, person in enumerate(p for p in people if p.team_id == team_id):
            if round_id == "needed" and (k * 5 + len(dim_id)) % 7 == 0:
                continue  # not everyone has placed yet
            spread = ((k * 37 + len(dim_id) * 11) % 41) - 20
            session.placements[(round_id, dim_id, person.id)] = float(max(0, min(100, value + spread)))
    session.info = replace(session.info, title="Eastport Harbour Alliance: all-hands check")
    return session


def _crowded_shots(window, app, tmp: Path) -> None:
    from collabworkshop.controller.session_controller import SessionController
    from collabworkshop.storage import SessionStore

    session = _crowded_session()
    controller = SessionController(session, SessionStore.create(session, tmp / "crowded"))
    window._show_session(controller, entry=0)
    today = next(i for i, st in enumerate(session.steps) if st.round_id == "today") + 1
    needed = next(i for i, st in enumerate(session.steps) if st.round_id == "needed") + 1
    window.workshop.show_entry(today)
    _save(window, app, "board-crowded.png")
    window.workshop.show_entry(needed)
    page = window.workshop.current_page()
    page.set_hidden(True)
    _save(window, app, "board-hidden.png")
    page.set_hidden(False)
    page.board.board_scene.finish_reveal()
    _save(window, app, "board-revealed.png")
    controller.undo_stack.setClean()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = sandbox("collabworkshop-shots-")
    app = start_app()

    from collabworkshop.model.template import resource_path
    from collabworkshop.ui.app.main_window import SAMPLE_FILE, MainWindow
    from collabworkshop.ui.common import settings as prefs

    # A couple of recent sessions, so the start page's list is not empty. A
    # fixed folder, so that the picture does not change from run to run.
    sessions = Path(tempfile.gettempdir()) / "collabworkshop-screenshots" / "Sessions"
    shutil.rmtree(sessions.parent, ignore_errors=True)
    sessions.mkdir(parents=True)
    for name in reversed(RECENT_NAMES):
        copy = sessions / name
        shutil.copyfile(resource_path(*SAMPLE_FILE), copy)
        prefs.add_recent_file(copy)

    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    settle(app)
    _save(window, app, "start.png")

    window.open_sample()
    assert window.workshop is not None and window.controller is not None
    window.console_dock.hide()  # these pictures are of the pages; console.png shows the console (F9)
    for name, entry in ENTRIES.items():
        window.workshop.show_entry(entry)
        _save(window, app, name)

    _movement_shot(window, app)
    # Close without the "save this session?" question.
    window.controller.undo_stack.setClean()
    _crowded_shots(window, app, tmp)
    window.close()
    _console_and_display(app)
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(sessions.parent, ignore_errors=True)
    return 0


def _console_and_display(app) -> None:
    """The facilitator console and the audience display on "Place: needed",
    10 minutes planned and 7:42 left, with a note and a parking-lot item."""
    from dataclasses import replace

    from collabworkshop.model import NoteKind
    from collabworkshop.model.timer import ManualClock
    from collabworkshop.ui.app.main_window import MainWindow

    clock = ManualClock()
    window = MainWindow()
    window.timer_clock = clock
    window.resize(*SIZE)
    window.show()
    window.open_sample()
    controller = window.controller
    entry = ENTRIES["board.png"]
    steps = list(controller.session.steps)
    steps[entry - 1] = replace(
        steps[entry - 1], timebox=600,
        script="Each team places on its own first; ask the quietest team to explain one of its tokens.",
    )
    controller.replace_list("steps", steps)  # in this untitled copy only, never the sample file
    window.workshop.show_entry(entry)
    notes = window.console_panel.notes
    notes.add_note("Integration: the alliance board and the project teams see it differently", NoteKind.NOTE,
                   "integration")
    notes.add_note("Shared risk register: raise at the steering group", NoteKind.PARKING)
    window.timers.start()
    clock.advance(138)
    window.timers.tick()
    _save(window, app, "console.png")
    display = window.display
    display.resize(1920, 1080)
    display.show()
    settle(app)
    display.board.fit()
    _save(display, app, "display.png")
    controller.undo_stack.setClean()
    window.close()
    app.processEvents()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "step"


def matrix() -> int:
    """Every screen size in a child of its own: the offscreen platform's
    screens are fixed once the application exists."""
    MATRIX.mkdir(parents=True, exist_ok=True)
    for old in MATRIX.glob("*.png"):
        old.unlink()
    for width, height in MATRIX_SIZES:
        with tempfile.TemporaryDirectory(prefix="collabworkshop-matrix-") as tmp:
            config = Path(tmp) / "screens.json"
            config.write_text(json.dumps({"screens": [
                {"name": "Screen", "x": 0, "y": 0, "width": width, "height": height}]}), encoding="utf-8")
            env = dict(os.environ)
            env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
            env["COLLABWORKSHOP_CONFIG_DIR"] = str(Path(tmp) / "config")
            env["COLLABWORKSHOP_DATA_DIR"] = str(Path(tmp) / "data")
            result = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--matrix-child",
                                     f"{width}x{height}"], env=env, check=False)
            if result.returncode != 0:
                print(f"screenshots: the {width}x{height} matrix failed", file=sys.stderr)
                return result.returncode
    return 0


def _matrix_child(size: str) -> int:
    """One screen size: the main window on every step, console shown and
    hidden; the audience display on every step when the size is a display size."""
    for folder in ("COLLABWORKSHOP_CONFIG_DIR", "COLLABWORKSHOP_DATA_DIR"):
        Path(os.environ[folder]).mkdir(parents=True, exist_ok=True)
    app = start_app()

    from collabworkshop.ui.app.main_window import MainWindow

    width, height = (int(v) for v in size.split("x"))
    screen = app.primaryScreen()
    assert (screen.geometry().width(), screen.geometry().height()) == (width, height), screen.geometry()
    window = MainWindow()
    window.setGeometry(screen.availableGeometry())
    window.showMaximized()
    settle(app)
    window.open_sample()
    controller = window.controller
    steps = controller.session.steps

    def save(widget, name: str) -> None:
        settle(app)
        path = MATRIX / name
        if not widget.grab().save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path.relative_to(ROOT)}")

    for i, step in enumerate(steps, start=1):
        window.workshop.show_entry(i)
        for shown, word in ((True, "console"), (False, "noconsole")):
            window.console_dock.setVisible(shown)
            save(window, f"{size}-{i}-{slug(step.title)}-{word}.png")
    if (width, height) in DISPLAY_SIZES:
        display = window.display
        display.setGeometry(screen.geometry())
        display.showFullScreen()
        for i, step in enumerate(steps, start=1):
            window.workshop.show_entry(i)
            settle(app)
            display.board.fit()
            save(display, f"display-{size}-{i}-{slug(step.title)}.png")
        needed = next(i for i, st in enumerate(steps, start=1) if st.round_id == "needed" and st.kind.value == "place")
        window.workshop.show_entry(needed)
        controller.set_round_hidden("needed", True)
        controller.place("needed", controller.session.dimensions[0].id, controller.session.teams[1].id, None)
        save(display, f"display-{size}-{needed}-{slug(steps[needed - 1].title)}-blind.png")
        # The join screen (J), with the phones' server on 127.0.0.1 for the picture.
        participation = window.start_participation("127.0.0.1", 0)
        if participation is not None:
            display.join.set_shown(True)
            save(display, f"display-{size}-join.png")
            display.join.set_shown(False)
            participation.stop()
        display.hide()
    controller.undo_stack.setClean()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--matrix-child":
        sys.exit(_matrix_child(sys.argv[2]))
    if len(sys.argv) > 1 and sys.argv[1] == "--matrix":
        sys.exit(matrix())
    sys.exit(main() or matrix())
