#!/usr/bin/env bash
# `make wheel-check` (also run by CI): prove that the wheel is complete.
#
# Builds the wheel with `python -m build --wheel`, installs it (not editable)
# into a fresh virtual environment in a temporary folder, and from a folder
# outside the checkout, so nothing of the checkout can be imported, runs
# `collabworkshop --version` and `collabworkshop self-check` (offscreen:
# sample session, board, PDF report). Any failure stops with a message
# starting "wheel-check: FAILED".
#
# PYTHON picks the interpreter (default python3); the wheel is left in dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
START=$SECONDS
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LOG=$TMP/log

fail() {
    echo "wheel-check: FAILED: $*" >&2
    if [ -s "$LOG" ]; then
        echo "---- last lines of the log ----" >&2
        tail -n 40 "$LOG" >&2
    fi
    exit 1
}

expected="collabworkshop $("$PYTHON" packaging/versioninfo.py)" || fail "the version does not agree with the metainfo"

echo "== building the wheel"
"$PYTHON" -m venv "$TMP/build-env" || fail "cannot create a venv with $PYTHON"
"$TMP/build-env/bin/python" -m pip install --quiet --disable-pip-version-check 'build>=1.2' >"$LOG" 2>&1 \
    || fail "pip install build"
rm -f dist/collabworkshop-*.whl
"$TMP/build-env/bin/python" -m build --wheel --outdir dist . >"$LOG" 2>&1 || fail "python -m build --wheel"
# A clean set-up prints nothing to worry about: setuptools' deprecation and
# "Package would be ignored" warnings are project mistakes (pyproject.toml).
if grep -E "Warning:|Package would be ignored" "$LOG" | grep -v "Location 'file:" >/dev/null; then
    fail "the wheel build printed setuptools warnings (see the log)"
fi
wheels=(dist/collabworkshop-*.whl)
[ ${#wheels[@]} -eq 1 ] && [ -f "${wheels[0]}" ] || fail "expected one wheel in dist/, found: ${wheels[*]}"
WHEEL=$ROOT/${wheels[0]}
echo "   $(basename "$WHEEL"), $(du -h "$WHEEL" | cut -f1)"

echo "== installing it into a fresh venv"
"$PYTHON" -m venv "$TMP/venv" || fail "cannot create a venv with $PYTHON"
"$TMP/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$WHEEL" >"$LOG" 2>&1 \
    || fail "pip install of the wheel"
bash scripts/qt_system_libs.sh "$TMP/venv/bin/python" offscreen || fail "the system libraries Qt needs"

mkdir "$TMP/elsewhere"
cd "$TMP/elsewhere"
unset PYTHONPATH QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY
export COLLABWORKSHOP_CONFIG_DIR=$TMP/config COLLABWORKSHOP_DATA_DIR=$TMP/data

location=$("$TMP/venv/bin/python" -c 'import collabworkshop; print(collabworkshop.__file__)') \
    || fail "the installed package cannot be imported"
case "$location" in
    "$TMP/venv/"*) ;;
    *) fail "collabworkshop was imported from $location, not from the fresh venv" ;;
esac

echo "== collabworkshop --version"
actual=$("$TMP/venv/bin/collabworkshop" --version) || fail "collabworkshop --version exited with $?"
[ "$actual" = "$expected" ] || fail "collabworkshop --version printed '$actual', expected '$expected'"
echo "   $actual"

echo "== collabworkshop self-check"
"$TMP/venv/bin/collabworkshop" self-check || fail "collabworkshop self-check exited with $?"

echo "wheel-check: passed in $((SECONDS - START)) s"
