"""Opening stops when asked (SessionStore.open_copy's ``stop``, which the
window's Cancel sets): at whichever step it is asked, the reading ends with
ReadingCancelled, the user's file (and any journal beside it) is as it
was, and nothing of the attempt is left in the working folder: no reading
copy, no half-built working copy."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from foreignfiles import SAMPLE, with_committed_wal
from largesession import write_large_session

from collabworkshop.storage import ReadingCancelled, SessionStore

NEIGHBOURS = ("", "-wal", "-journal", "-shm")


def _bytes(path: Path) -> dict[str, bytes]:
    return {s: Path(str(path) + s).read_bytes() for s in NEIGHBOURS if Path(str(path) + s).exists()}


class StopAfter:
    """A stop that says "stop" from its ``n``-th question on, counting them."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.asked >= self.n


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    return write_large_session(tmp_path_factory.mktemp("big") / "big.cwsession")


def _questions(path: Path, working: Path) -> int:
    """How often a whole opening of ``path`` asks its stop."""
    never = StopAfter(10**12)
    store, _session = SessionStore.open_copy(path, working, stop=never)
    store.close()
    assert never.asked > 2
    return never.asked


@pytest.mark.parametrize("share", [0.0, 0.1, 0.5, 0.9, 1.0])
def test_a_big_file_stops_at_any_step_and_leaves_nothing(tmp_path, big, share):
    asked = _questions(big, tmp_path / "measure")
    working = tmp_path / "working"
    working.mkdir()
    before = _bytes(big)
    stop = StopAfter(max(1, round(share * asked)))
    with pytest.raises(ReadingCancelled):
        SessionStore.open_copy(big, working, stop=stop)
    assert _bytes(big) == before
    assert list(working.iterdir()) == []


@pytest.mark.parametrize("share", [0.0, 0.3, 0.7, 1.0])
def test_a_file_with_a_wal_stops_and_its_reading_copy_goes(tmp_path, share):
    path = tmp_path / "wal.cwsession"
    with_committed_wal(path, "Committed in the WAL")
    asked = _questions(path, tmp_path / "measure")
    working = tmp_path / "working"
    working.mkdir()
    before = _bytes(path)
    with pytest.raises(ReadingCancelled):
        SessionStore.open_copy(path, working, stop=StopAfter(max(1, round(share * asked))))
    assert _bytes(path) == before  # the -wal is still there, unapplied
    assert list(working.iterdir()) == []  # no reading-<pid>-* folder, no working copy


def test_a_store_read_on_one_thread_is_used_on_another(tmp_path):
    """The window reads on a worker thread and edits on the GUI thread."""
    path = tmp_path / "s.cwsession"
    shutil.copyfile(SAMPLE, path)
    made = {}

    def read() -> None:
        made["store"], made["session"] = SessionStore.open_copy(path, tmp_path / "working", any_thread=True)

    worker = threading.Thread(target=read)
    worker.start()
    worker.join()
    store = made["store"]
    store.write_current_step(2)  # on this thread: no "objects created in a thread" error
    store.close()
