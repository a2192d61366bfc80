"""A laptop beside a projector on a real X server: F5 puts the audience
display full-screen on the projector, the console stays on the laptop, and
the display has the sizes the offscreen two-screen probe checks.

Xvfb cannot do this (with +xinerama both heads sit at 0,0), so the test
starts Xorg with the dummy video driver on one 3286x1080 virtual screen,
splits it with ``xrandr --setmonitor`` into a 1366x768 laptop at 0,0 and a
1920x1080 projector at 1366,0 (Qt's xcb platform sees two screens, and so
does openbox, which places windows and gives them focus), runs the app
(tests/ui/app/real_screens_probe.py) and presses F5 with xdotool.

Needs root (Xorg takes a config file from tmp_path only from root) and the
Debian packages xserver-xorg-core, xserver-xorg-video-dummy,
x11-xserver-utils, openbox and xdotool (.ci/run installs them); skipped,
saying what is missing, without them. Every process it starts is stopped."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).parent
DUMMY_DRIVER = Path("/usr/lib/xorg/modules/drivers/dummy_drv.so")
LAPTOP = (1366, 768)
PROJECTOR = (1920, 1080)
#: Millimetres at 96 dpi, so Qt's fonts are the size they are on a usual screen.
MM_PER_PX = 25.4 / 96

XORG_CONF = """\
Section "ServerFlags"
    Option "DontVTSwitch" "true"
    Option "AllowMouseOpenFail" "true"
    Option "AutoAddDevices" "false"
    Option "AutoEnableDevices" "false"
EndSection
Section "Device"
    Identifier "dummy"
    Driver "dummy"
    VideoRam 65536
EndSection
Section "Monitor"
    Identifier "monitor"
    HorizSync 5.0-1000.0
    VertRefresh 5.0-200.0
    Modeline "{w}x{h}" 300.0 {w} {hs} {he} {ht} {h} {vs} {ve} {vt}
EndSection
Section "Screen"
    Identifier "screen"
    Device "dummy"
    Monitor "monitor"
    DefaultDepth 24
    SubSection "Display"
        Depth 24
        Virtual {w} {h}
        Modes "{w}x{h}"
    EndSubSection
EndSection
"""


def missing() -> str:
    if sys.platform != "linux":
        return "needs Xorg on Linux"
    for tool, package in (("Xorg", "xserver-xorg-core"), ("xrandr", "x11-xserver-utils"),
                          ("openbox", "openbox"), ("xdotool", "xdotool")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install {package})"
    if not DUMMY_DRIVER.exists():
        return "Xorg's dummy driver is not installed (apt-get install xserver-xorg-video-dummy)"
    if os.geteuid() != 0:
        return "Xorg with a config file from tmp_path needs root"
    return ""


def xorg_conf() -> str:
    w, h = LAPTOP[0] + PROJECTOR[0], max(LAPTOP[1], PROJECTOR[1])
    return XORG_CONF.format(w=w, h=h, hs=w + 14, he=w + 114, ht=w + 214, vs=h + 1, ve=h + 4, vt=h + 20)


def mm(px: int) -> int:
    return round(px * MM_PER_PX)


def stop(process: subprocess.Popen | None) -> None:
    """Stop one process this test started (by its own handle), and wait for it."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def start_xorg(tmp: Path) -> tuple[subprocess.Popen, str]:
    """Xorg on a free display number (it picks one and writes it to a pipe: -displayfd)."""
    conf = tmp / "xorg.conf"
    conf.write_text(xorg_conf(), encoding="utf-8")
    (tmp / "xorg.conf.d").mkdir()
    read_end, write_end = os.pipe()
    log = (tmp / "xorg.out").open("w")
    server = subprocess.Popen(
        ["Xorg", "-displayfd", str(write_end), "-config", str(conf), "-configdir", str(tmp / "xorg.conf.d"),
         "-logfile", str(tmp / "xorg.log"), "-nolisten", "tcp", "-noreset", "-dpi", "96", "-novtswitch"],
        pass_fds=(write_end,), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    end = time.monotonic() + 30
    try:
        while time.monotonic() < end and not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], 0.5)
            if ready:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
            elif server.poll() is not None:
                break
    finally:
        os.close(read_end)
        log.close()
    if not number.strip():
        stop(server)
        tail = (tmp / "xorg.out").read_text(errors="replace")[-1500:]
        raise AssertionError(f"Xorg did not start:\n{tail}")
    return server, ":" + number.decode().strip()


def run(env: dict, *args: str) -> str:
    result = subprocess.run(list(args), env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, f"{' '.join(args)}: {result.stderr.strip()}"
    return result.stdout


def split_into_laptop_and_projector(env: dict) -> None:
    output = next(line.split()[0] for line in run(env, "xrandr").splitlines() if " connected" in line)
    (lw, lh), (pw, ph) = LAPTOP, PROJECTOR
    run(env, "xrandr", "--fbmm", f"{mm(lw + pw)}x{mm(max(lh, ph))}")
    run(env, "xrandr", "--setmonitor", "Laptop", f"{lw}/{mm(lw)}x{lh}/{mm(lh)}+0+0", output)
    run(env, "xrandr", "--setmonitor", "Projector", f"{pw}/{mm(pw)}x{ph}/{mm(ph)}+{lw}+0", "none")
    listed = run(env, "xrandr", "--listmonitors")
    assert "Laptop" in listed and "Projector" in listed, listed


def start_openbox(env: dict, tmp: Path) -> subprocess.Popen:
    with (tmp / "openbox.out").open("w") as log:
        wm = subprocess.Popen(["openbox"], env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    end = time.monotonic() + 20
    while time.monotonic() < end:  # up once it has set the root window's desktops
        if subprocess.run(["xdotool", "get_num_desktops"], env=env, capture_output=True,
                          timeout=10).returncode == 0:
            return wm
        if wm.poll() is not None:
            break
        time.sleep(0.2)
    stop(wm)
    raise AssertionError("openbox did not start: " + (tmp / "openbox.out").read_text(errors="replace")[-800:])


def read_line(process: subprocess.Popen, timeout: float) -> str:
    assert process.stdout is not None
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            return process.stdout.readline()
        if process.poll() is not None:
            return ""
    return ""


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    reason = missing()
    if reason:
        pytest.skip(reason)
    from collabworkshop.model.template import resource_path

    tmp = tmp_path_factory.mktemp("realx")
    server = wm = app = None
    try:
        server, display = start_xorg(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND_"))}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_SESSION_TYPE="x11")
        split_into_laptop_and_projector(env)
        wm = start_openbox(env, tmp)
        copy = tmp / "eastport.cwsession"
        shutil.copyfile(resource_path("sample", "eastport-alliance.cwsession"), copy)
        env["COLLABWORKSHOP_CONFIG_DIR"] = str(tmp / "config")
        env["COLLABWORKSHOP_DATA_DIR"] = str(tmp / "data")
        with (tmp / "app.err").open("w") as log:
            app = subprocess.Popen([sys.executable, str(HERE / "real_screens_probe.py"), str(copy)], env=env,
                                   stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, text=True)
        line = read_line(app, 120)
        errors = lambda: (tmp / "app.err").read_text(errors="replace")[-2000:]  # noqa: E731
        assert line.startswith("{"), f"the app did not come up: {line!r}\n{errors()}"
        window = str(json.loads(line)["ready"])
        # F5 as a user presses it: the console's window active, then the key.
        run(env, "xdotool", "windowactivate", "--sync", window)
        run(env, "xdotool", "key", "--clearmodifiers", "F5")
        try:
            app.wait(timeout=120)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the app did not finish:\n{errors()}") from None
        assert app.stdout is not None
        lines = app.stdout.read().strip().splitlines()
        assert app.returncode == 0 and lines, errors()
        return json.loads(lines[-1])
    finally:
        for process in (app, wm, server):
            stop(process)
        if app is not None and app.stdout is not None:
            app.stdout.close()


@pytest.mark.slow
def test_qt_sees_the_laptop_and_the_projector(seen):
    assert seen["platform"] == "xcb"
    assert seen["screens"] == {"Laptop": [0, 0, *LAPTOP], "Projector": [LAPTOP[0], 0, *PROJECTOR]}
    assert seen["before"]["screen"] == "Laptop"


@pytest.mark.slow
def test_f5_puts_the_display_full_screen_on_the_projector(seen):
    assert seen["seen_f5"], "F5 showed no display"
    assert seen["display"] == {"screen": "Projector", "geometry": [LAPTOP[0], 0, *PROJECTOR], "full_screen": True}


@pytest.mark.slow
def test_the_console_stays_on_the_laptop(seen):
    console = seen["console"]
    assert console["screen"] == "Laptop"
    x, y, w, h = console["frame"]
    assert x >= 0 and y >= 0 and x + w <= LAPTOP[0] and y + h <= LAPTOP[1], console


@pytest.mark.slow
def test_the_display_on_the_projector_has_room_sized_text(seen):
    """The offscreen two-screen probe's sizes (tests/ui/presentation/test_display.py), on a real server."""
    sizes = seen["sizes"]
    assert sizes["screen"] == "Projector" and sizes["full_screen"]
    assert sizes["geometry"] == [LAPTOP[0], 0, *PROJECTOR]
    assert sizes["unit"] == 1.0
    assert sizes["board_widget_share"] >= 0.85
    assert len(sizes["steps"]) == 7
    for step in sizes["steps"]:
        assert step["view"] != "", step
        assert step["smallest_text_px"] >= 24, step
        assert step["title_px"] >= 40, step
