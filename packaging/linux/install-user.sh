#!/usr/bin/env sh
# Install the Linux bundle for the current user, with its menu entry, icon
# and the .cwsession file type (double-clicking a session opens the app).
#
#   sh packaging/linux/install-user.sh [BUNDLE]     # BUNDLE: default dist/CollabWorkshop
#   sh packaging/linux/install-user.sh --uninstall
#
# Everything goes under ~/.local (XDG_DATA_HOME): the bundle to
# ~/.local/opt/CollabWorkshop, a `collabworkshop` link to ~/.local/bin, and
# the desktop file, icons and MIME type to ~/.local/share. No root needed.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP_ID=org.collabworkshop.CollabWorkshop
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
OPT=$HOME/.local/opt/CollabWorkshop
BIN=$HOME/.local/bin

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT"
    rm -f "$BIN/collabworkshop" "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/collabworkshop-session.xml"
    rm -f "$DATA"/icons/hicolor/*/apps/collabworkshop.png "$DATA/icons/hicolor/scalable/apps/collabworkshop.svg"
    refresh
    echo "CollabWorkshop removed"
    exit 0
fi

BUNDLE=${1:-$ROOT/dist/CollabWorkshop}
[ -x "$BUNDLE/collabworkshop" ] || { echo "install-user: no bundle at $BUNDLE (run 'make package')" >&2; exit 1; }

mkdir -p "$OPT" "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps"
rm -rf "$OPT"
cp -R "$BUNDLE" "$OPT"
ln -sf "$OPT/collabworkshop" "$BIN/collabworkshop"

for png in "$ROOT"/resources/icons/collabworkshop-*.png; do
    size=$(basename "$png" .png)
    size=${size#collabworkshop-}
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/collabworkshop.png"
done
cp "$ROOT/resources/icons/collabworkshop.svg" "$DATA/icons/hicolor/scalable/apps/collabworkshop.svg"

# The menu entry starts the installed program by its full path, so it works
# even where ~/.local/bin is not on the desktop session's PATH.
sed "s|^Exec=collabworkshop |Exec=$OPT/collabworkshop |" "$HERE/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
cp "$HERE/collabworkshop-session.xml" "$DATA/mime/packages/collabworkshop-session.xml"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" application/x-collabworkshop-session
fi
echo "CollabWorkshop installed in $OPT; .cwsession files open with it"
