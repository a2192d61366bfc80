"""The phone page's texts (resources/phone/strings.json): every key the
page asks for has English and German, with the same placeholders.

The page looks a key up in the phone's language, then in English, and
shows the bare key as a last resort, so a missing text would show up on
the phones as "place.blind" rather than fail anywhere else.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

PHONE = Path(__file__).resolve().parents[3] / "resources" / "phone"
STRINGS = json.loads((PHONE / "strings.json").read_text(encoding="utf-8"))
SCRIPT = (PHONE / "app.js").read_text(encoding="utf-8")

# Keys the page builds at run time: the step kinds of the protocol, the
# error codes it may send, the answers to POST /api/join.
KINDS = re.search(r"KIND_KEYS = \[([^\]]*)\]", SCRIPT).group(1)
DYNAMIC = (
    [f"kind.{k}" for k in re.findall(r'"([a-z]+)"', KINDS)]
    + [f"error.{code}" for code in ("invalid", "locked", "not-editable", "rate-limited", "no-dots", "too-long")]
    + [f"code.{k}" for k in re.findall(r'"code\.([a-z]+)"', SCRIPT)]
)


def used_keys() -> set[str]:
    static = {k for k in re.findall(r'\bt\("([a-z_.\-]+)"', SCRIPT) if not k.endswith(".")}  # not "kind." + kind
    return static | set(DYNAMIC)


def test_every_key_the_page_uses_is_there_in_english_and_german():
    for lang in ("en", "de"):
        missing = sorted(used_keys() - set(STRINGS[lang]))
        assert not missing, f"{lang}: {missing}"
    assert set(STRINGS["en"]) == set(STRINGS["de"])


def test_german_keeps_the_placeholders_and_is_translated():
    for key, english in STRINGS["en"].items():
        german = STRINGS["de"][key]
        assert sorted(re.findall(r"\{\d\}", german)) == sorted(re.findall(r"\{\d\}", english)), key
        assert german.strip(), key
    alike = {"kind.info"}  # "Information" is German too
    same = [k for k, v in STRINGS["en"].items()
            if v == STRINGS["de"][k] and re.search(r"[a-z]{3}", v) and k not in alike]
    assert not same, f"not translated: {same}"
