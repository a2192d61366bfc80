#!/usr/bin/env bash
# `make package-test`: check the Linux bundle built by `make package`.
#
#  1. dist/CollabWorkshop/collabworkshop --version names the source's version;
#  2. its self-check passes offscreen (sample session, board, PDF report);
#  3. its window comes up on a virtual X display (Xvfb), through the bundled
#     xcb platform plugin, with the sample session;
#  4. the .desktop file, the AppStream metainfo and the MIME type validate
#     (desktop-file-validate, appstreamcli validate, update-mime-database);
#  5. packaging/linux/install-user.sh installs it into a temporary HOME (menu
#     entry, icons, file type) and removes it again.
#
# Missing tools are installed from apt (as root, or through sudo).
# Everything runs from a temporary folder with sandboxed settings, so neither
# the checkout nor the user's settings take part.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=$ROOT/dist/CollabWorkshop/collabworkshop
LINUX=$ROOT/packaging/linux
SAMPLE=$ROOT/resources/sample/eastport-alliance.cwsession

fail() {
    echo "package-test: FAILED: $*" >&2
    exit 1
}

[ -x "$BIN" ] || fail "no bundle at dist/CollabWorkshop; run 'make package' first"

# -- tools ---------------------------------------------------------------------
missing=()
command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || missing+=(appstream)
command -v update-mime-database >/dev/null 2>&1 || missing+=(shared-mime-info)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]} (apt)"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || fail "need root or sudo to install ${missing[*]}"
        sudo=sudo
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export COLLABWORKSHOP_CONFIG_DIR=$TMP/config COLLABWORKSHOP_DATA_DIR=$TMP/data
cd "$TMP"

# -- the bundle ----------------------------------------------------------------
echo "== bundle: $(du -sh "$ROOT/dist/CollabWorkshop" | cut -f1) in dist/CollabWorkshop"
expected="collabworkshop $(python3 "$ROOT/packaging/versioninfo.py")" || fail "version check"
actual=$("$BIN" --version) || fail "--version exited with $?"
[ "$actual" = "$expected" ] || fail "--version printed '$actual', expected '$expected'"
echo "== --version: $actual"

echo "== self-check (offscreen)"
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$BIN" self-check || fail "self-check exited with $?"

echo "== window on a virtual X display (xcb)"
shown=$(env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM COLLABWORKSHOP_EXIT_WHEN_SHOWN=1 \
    timeout 120 xvfb-run -a "$BIN" "$SAMPLE") || fail "the app did not start on Xvfb (exit $?)"
case "$shown" in
    shown*) echo "   main window shown after ${shown#shown } s" ;;
    *) fail "the app on Xvfb printed '$shown' instead of the start-up time" ;;
esac

# -- desktop integration files -------------------------------------------------
echo "== desktop-file-validate"
desktop-file-validate "$LINUX"/*.desktop || fail "desktop-file-validate"
echo "   ok"

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$LINUX"/*.metainfo.xml || fail "appstreamcli validate"

echo "== update-mime-database"
mkdir -p "$TMP/mime/packages"
cp "$LINUX/collabworkshop-session.xml" "$TMP/mime/packages/"
XDG_DATA_HOME=$TMP XDG_DATA_DIRS=$TMP update-mime-database "$TMP/mime" || fail "update-mime-database"
grep -q '^[0-9]*:application/x-collabworkshop-session:\*\.cwsession$' "$TMP/mime/globs2" \
    || fail "the MIME database has no *.cwsession glob"
grep -aq 'application/x-collabworkshop-session' "$TMP/mime/magic" || fail "the MIME database has no magic rule"
echo "   ok: *.cwsession and the SQLite + CWKS magic"

echo "== per-user install (packaging/linux/install-user.sh) into a temporary HOME"
home=$TMP/home
mkdir -p "$home"
HOME=$home XDG_DATA_HOME=$home/.local/share sh "$ROOT/packaging/linux/install-user.sh" "$ROOT/dist/CollabWorkshop" \
    >/dev/null || fail "install-user.sh"
installed=$("$home/.local/bin/collabworkshop" --version) || fail "the installed link does not start"
[ "$installed" = "$expected" ] || fail "the installed app printed '$installed'"
desktop-file-validate "$home/.local/share/applications/org.collabworkshop.CollabWorkshop.desktop" \
    || fail "the installed desktop file"
grep -q 'application/x-collabworkshop-session=org.collabworkshop.CollabWorkshop.desktop' \
    "$home/.local/share/applications/mimeinfo.cache" || fail "the session type is not handled by the installed entry"
[ -f "$home/.local/share/icons/hicolor/256x256/apps/collabworkshop.png" ] || fail "the icon was not installed"
HOME=$home XDG_DATA_HOME=$home/.local/share sh "$ROOT/packaging/linux/install-user.sh" --uninstall >/dev/null \
    || fail "install-user.sh --uninstall"
[ ! -e "$home/.local/opt/CollabWorkshop" ] && [ ! -e "$home/.local/bin/collabworkshop" ] || fail "uninstall left the app"
echo "   ok: installed, started from ~/.local/bin, menu entry and file type registered, removed"

echo "package-test: all checks passed"
