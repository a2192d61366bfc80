"""The catalogue: every user-visible string of the sources is in
resources/translations/collabworkshop_de.ts with a finished German
translation, the compiled .qm is the .ts as lrelease compiles it, and the
core's texts follow the installed language."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from collabworkshop.common import i18n
from collabworkshop.model.template import resource_path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "scripts"))
import translations as catalogue  # noqa: E402  (scripts/translations.py)

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")


@pytest.fixture
def german():
    assert i18n.install_catalogue("de") == "de"
    yield
    i18n.set_lookup(None)


def test_every_source_string_has_a_german_translation():
    messages, problems = catalogue.extract()
    assert not problems, "strings the extractor cannot read:\n" + "\n".join(problems)
    assert len(messages) > 800  # the UI, the core, the template and the action library
    gaps = catalogue.missing(messages, catalogue.read_ts(catalogue.ts_path("de")))
    assert not gaps, (
        f"{len(gaps)} user-visible strings have no German translation; run `make translations`, translate them "
        "in resources/translations/collabworkshop_de.ts (Qt Linguist or a text editor), and run it again:\n"
        + "\n".join(gaps)
    )


def test_the_extractor_refuses_what_it_cannot_read(tmp_path: Path):
    module = tmp_path / "mod.py"
    module.write_text(
        "from collabworkshop.common.i18n import QT_TRANSLATE_NOOP, context\n"
        'tr = context("Mod")\n'
        'WORDS = {"a": QT_TRANSLATE_NOOP("Mod", "Apple")}\n'
        'x = tr("Plain")\n'
        'n = tr("%n pear|%n pears", 3)\n'
        'y = tr(WORDS["a"])  # i18n: looked up\n'
        "z = tr(some_variable)\n"
    )
    problems: list[str] = []
    found = {(m.context, m.source, m.numerus) for m in catalogue.extract_python(module, problems)}
    assert found == {("Mod", "Apple", False), ("Mod", "Plain", False), ("Mod", "%n pear|%n pears", True)}
    assert problems == ["mod.py:7: tr() of a non-literal cannot be extracted; mark the literal with "
                        "QT_TRANSLATE_NOOP or write it in the call"]
    # A tr brought in from another module has no context of its own here.
    module.write_text('from elsewhere import tr\nx = tr("Hidden")\n')
    problems = []
    assert catalogue.extract_python(module, problems) == []
    assert len(problems) == 1 and "without its own" in problems[0]


def test_the_compiled_catalogue_is_the_translation_source_compiled(tmp_path: Path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    out = tmp_path / "de.qm"
    subprocess.run([lrelease, "-silent", str(catalogue.ts_path("de")), "-qm", str(out)], check=True, timeout=60)
    shipped = catalogue.ts_path("de").with_suffix(".qm")
    assert out.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale: run `make translations`"


def test_the_catalogue_reads_without_qt_as_the_qm_does():
    # The CLI reads the .ts; the window the .qm: both must give the same German.
    from PySide6.QtCore import QTranslator

    qm = QTranslator()
    assert qm.load(i18n.catalogue_file("de", ".qm"))
    table = i18n.read_catalogue(i18n.catalogue_file("de", ".ts"))
    for (ctx, source), forms in list(table.items())[::25]:
        assert qm.translate(ctx, source, None, 1 if len(forms) > 1 else -1) == forms[0], (ctx, source)


def test_counts_take_the_right_form_in_english_and_german(german):
    from collabworkshop.model import ActionStatus

    assert i18n.translate("Reports", "%n team|%n teams", 1) == "1 Team"
    assert i18n.translate("Reports", "%n team|%n teams", 4) == "4 Teams"
    assert ActionStatus.DONE.title == "Erledigt"
    i18n.set_lookup(None)
    assert i18n.translate("Reports", "%n team|%n teams", 1) == "1 team"
    assert i18n.translate("Reports", "%n team|%n teams", 0) == "0 teams"
    assert ActionStatus.DONE.title == "Done"


def test_markdown_report_in_german(german):
    from collabworkshop.reports.markdown import session_markdown
    from collabworkshop.storage import read_session

    text = session_markdown(read_session(Path(SAMPLE)))
    for heading in ("## Zusammenfassung", "## Lücken", "## Hebel-Abstimmung", "## Maßnahmenplan",
                    "## Anhang: alle Platzierungen"):
        assert heading + "\n" in text, heading
    assert "| Zuständig |" in text and "| Fällig |" in text
    assert "Executive summary" not in text and "Action plan" not in text


def test_a_new_session_under_german_starts_in_german(german):
    from collabworkshop.model import SessionInfo, default_template
    from collabworkshop.planning import generate_plan

    session = default_template().new_session(SessionInfo(title="Probe"))
    assert [r.name for r in session.rounds] == ["Heute", "Soll"]
    assert session.steps[0].title == "Begrüßung und Rahmen"
    assert session.dimensions[0].name == "Arbeitsweise insgesamt"
    plan = generate_plan(session)
    # The action library is German too (the re-measure is always in the plan).
    assert plan[-1].title == "Die Platzierung auf dem Spektrum mit allen Teams wiederholen"


def test_the_system_locale_picks_the_language():
    assert i18n.system_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert i18n.system_language({"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.system_language({"LANG": "fr_FR.UTF-8"}) == "en"  # not shipped: English
    assert i18n.forced_language({"COLLABWORKSHOP_LANGUAGE": "DE"}) == "de"
