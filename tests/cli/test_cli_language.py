"""The terminal commands speak the locale's language (LANG), without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "eastport-alliance.cwsession"


def run_with_locale(lang: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "COLLABWORKSHOP_LANGUAGE"))}
    env["LANG"] = lang
    env.pop("COLLABWORKSHOP_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "collabworkshop", *map(str, args)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.mark.slow
def test_summary_prints_german_under_a_german_locale():
    result = run_with_locale("de_DE.UTF-8", "summary", SAMPLE)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Uneinigste Dimension (niedrigster rwg)" in out
    assert "Moderation: Morgan Reyes" in out
    # Band and gap class words from the one table of enum words.
    assert "Einig" in out and "Uneinig" in out and "Groß" in out
    assert "Most divergent" not in out and "Aligned" not in out


@pytest.mark.slow
def test_summary_stays_english_under_an_english_locale():
    result = run_with_locale("en_GB.UTF-8", "summary", SAMPLE)
    assert result.returncode == 0, result.stderr
    assert "Most divergent dimension (lowest rwg)" in result.stdout and "Aligned" in result.stdout


@pytest.mark.slow
def test_an_error_line_is_german_under_a_german_locale(tmp_path: Path):
    missing = tmp_path / "gibt-es-nicht.cwsession"
    result = run_with_locale("de_DE.UTF-8", "summary", missing)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"collabworkshop: {missing}: Datei nicht gefunden\n"


@pytest.mark.slow
def test_the_help_of_a_command_is_german_under_a_german_locale():
    result = run_with_locale("de_DE.UTF-8", "export", "--help")
    assert result.returncode == 0, result.stderr
    assert "Einen Bericht oder Export einer Sitzung schreiben." in result.stdout
    assert "nur png: die zu zeichnende Runde" in result.stdout
    assert "Write a report" not in result.stdout
