"""Names and titles from a session file reach a terminal as printable text.

A session file can come from anyone, and its text is shown by ``summary``,
``compare``, ``export -o -`` and the error lines. Here the real command runs
in a child process whose standard output and error are a pseudo-terminal
(so ``isatty()`` is really true), on a session whose title, organisation,
team, round and dimension names hold an OSC sequence (retitles the
terminal), ``ESC [ 2 J`` (clears it), the 8-bit CSI, a lone carriage
return, a line feed and a bidi override. Nothing of that may reach the
terminal, and the names must still be readable; the same commands on a
pipe behave as docs/exports.md says.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import select
import subprocess
import sys
import tty
from pathlib import Path

import pytest
from exportsamples import REPO, sample_session

from collabworkshop.planning.followup import start_followup
from collabworkshop.storage import save_session

pytestmark = pytest.mark.slow

TIMEOUT = 120

#: What a hostile file puts into its names: OSC "set title" ended by BEL,
#: clear screen, the one-byte CSI (U+009B) starting "red", a lone CR (the
#: rest of the line overwrites the start), a LF, and a right-to-left override.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31m\r\n\u202e"
#: The same characters as the terminal must show them: one visible
#: character each (Control Pictures for C0, U+FFFD for the rest).
SHOWN = "\u241b]0;pwned\u2407\u241b[2J\ufffd31m\u240d\u240a\ufffd"

#: Characters that must never reach a terminal from a name.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def hostile(text: str) -> str:
    return f"{text}{HOSTILE}end"


def shown(text: str) -> str:
    return f"{text}{SHOWN}end"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> tuple[Path, Path]:
    """A session (A) with hostile text everywhere the terminal commands show
    text, and a follow-up of it (B) that keeps those names."""
    folder = tmp_path_factory.mktemp("hostile")
    s = sample_session()
    s.info = dataclasses.replace(s.info, title=hostile("Eastport"), organisation=hostile("Harbour org"),
                                 facilitator=hostile("Dana"))
    s.teams[0] = dataclasses.replace(s.teams[0], name=hostile("Port Authority"))
    s.dimensions[0] = dataclasses.replace(s.dimensions[0], name=hostile("Integration"))
    s.rounds[0] = dataclasses.replace(s.rounds[0], name=hostile("Today"))
    s.actions[0] = dataclasses.replace(s.actions[0], title=hostile("Meet monthly"))
    a = folder / "a.cwsession"
    save_session(s, a)
    later = start_followup(s, dt.date(2027, 1, 20))
    later.info = dataclasses.replace(later.info, title=hostile("Follow-up"))
    b = folder / "b.cwsession"
    save_session(later, b)
    return a, b


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COLLABWORKSHOP_DEBUG", None)
    return env


def run_on_terminal(*args: str | Path) -> tuple[int, str, str]:
    """Run the command with stdout and stderr each on its own pseudo-terminal
    in raw mode (so the bytes read are exactly the bytes written)."""
    masters, slaves = [], []
    for _ in range(2):
        master, slave = os.openpty()
        tty.setraw(slave)
        masters.append(master)
        slaves.append(slave)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "collabworkshop", *map(str, args)],
            cwd=REPO, env=_env(), stdin=subprocess.DEVNULL, stdout=slaves[0], stderr=slaves[1],
        )
    finally:
        for fd in slaves:
            os.close(fd)
    received: dict[int, bytearray] = {fd: bytearray() for fd in masters}
    pending = set(masters)
    try:
        while pending:
            ready, _, _ = select.select(list(pending), [], [], TIMEOUT)
            if not ready:
                proc.kill()
                pytest.fail(f"no output for {TIMEOUT} s from {args}")
            for fd in ready:
                try:
                    data = os.read(fd, 65536)
                except OSError:  # EIO: the child has closed the terminal
                    data = b""
                if data:
                    received[fd] += data
                else:
                    pending.discard(fd)
        code = proc.wait(TIMEOUT)
    finally:
        for fd in masters:
            os.close(fd)
    out, err = (received[fd].decode("utf-8") for fd in masters)
    return code, out, err


def run_piped(*args: str | Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "collabworkshop", *map(str, args)],
        cwd=REPO, env=_env() | env, capture_output=True, timeout=TIMEOUT, check=False,
    )


def assert_printable(text: str) -> None:
    bad = FORBIDDEN.search(text)
    assert bad is None, f"{bad.group()!r} reached the terminal: {text[max(0, bad.start() - 40):bad.end() + 40]!r}"
    assert "\r" not in text


def summary_checks(out: str) -> None:
    assert_printable(out)
    lines = out.split("\n")
    assert lines[0] == shown("Eastport")
    assert f"Organisation: {shown('Harbour org')}" in lines[2]
    assert f"Facilitator: {shown('Dana')}" in lines[2]
    assert f"Round: {shown('Today')}" in lines
    # The hostile dimension's rows are whole: name and figures on one line
    # (a line feed in the name did not split the table).
    rows = [line for line in lines if line.startswith(shown("Integration"))]
    assert len(rows) == 3  # Today's and Needed's statistics, and the gap table
    assert all(re.search(r"\s\d+\.\d", row[len(shown("Integration")):]) for row in rows), rows


def compare_checks(out: str) -> None:
    assert_printable(out)
    lines = out.split("\n")
    assert lines[0].startswith(f"A: {shown('Eastport')} (")
    assert lines[1].startswith(f"B: {shown('Follow-up')} (")
    row = [line for line in lines if line.startswith(shown("Integration"))]
    assert len(row) == 1 and re.search(r"\d", row[0][len(shown("Integration")):]), row


def test_summary_compare_and_errors_on_a_terminal_are_printable(files, tmp_path: Path):
    a, b = files
    before = a.read_bytes()

    code, out, err = run_on_terminal("summary", a)
    assert (code, err) == (0, "")
    summary_checks(out)

    code, out, err = run_on_terminal("compare", a, b)
    assert (code, err) == (0, ""), err
    compare_checks(out)

    # Data on a terminal: the Markdown export keeps its layout (one line per
    # row) but shows the control characters as symbols.
    code, out, err = run_on_terminal("export", a, "--format", "md", "-o", "-")
    assert (code, err) == (0, "")
    assert_printable(out)
    assert "| Port Authority\u241b\\]0;pwned\u2407\u241b\\[2J\ufffd31m<br>\ufffdend |" in out

    # A file name is text too: the error line quotes it printably.
    missing = tmp_path / hostile("missing")
    code, out, err = run_on_terminal("summary", missing)
    assert code == 1 and out == ""
    assert_printable(err)
    assert err.startswith("collabworkshop: ") and err.endswith("\n") and err.count("\n") == 1
    assert shown("missing").replace("\u240d\u240a", " ") in err  # the line break is one space, as before

    assert a.read_bytes() == before


def test_on_a_pipe_reports_are_printable_and_data_is_kept(files, tmp_path: Path):
    a, b = files
    # summary and compare are reports for people: printable wherever they go,
    # so a saved summary is safe to cat later.
    result = run_piped("summary", a)
    assert result.returncode == 0 and result.stderr == b""
    summary_checks(result.stdout.decode("utf-8"))
    result = run_piped("compare", a, b)
    assert result.returncode == 0 and result.stderr == b""
    compare_checks(result.stdout.decode("utf-8"))

    # A stream that cannot encode the symbols (or compare's arrows) gets "?"
    # for them, not an internal error.
    result = run_piped("compare", a, b, PYTHONIOENCODING="ascii")
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    text = result.stdout.decode("ascii")
    assert text.startswith("A: Eastport?]0;pwned??[2J?31m???end (")
    assert any(line.startswith("Integration?]0;pwned") for line in text.split("\n"))

    # An export to a pipe is data: byte for byte the file the export writes.
    result = run_piped("export", a, "--format", "md", "-o", "-")
    assert result.returncode == 0 and result.stderr == b""
    written = tmp_path / "report.md"
    assert run_piped("export", a, "-o", written).returncode == 0
    assert result.stdout == written.read_bytes()
    assert b"Port Authority\x1b\\]0;pwned\x07" in result.stdout  # the user's text, Markdown-escaped

    # Error lines are for people too, on a pipe as on a terminal.
    result = run_piped("summary", tmp_path / hostile("missing"))
    assert result.returncode == 1
    err = result.stderr.decode("utf-8")
    assert_printable(err)
    assert err.count("\n") == 1
