#!/usr/bin/env bash
# Install the system libraries that PySide6's Qt needs and the OS lacks.
#
#   bash scripts/qt_system_libs.sh PYTHON offscreen   # headless: self-check, tests
#   bash scripts/qt_system_libs.sh PYTHON desktop     # plus the X11 and Wayland platforms
#
# PySide6's wheels carry Qt but not the OS libraries under it (OpenGL/EGL,
# fontconfig, xkbcommon, the xcb family...). A minimal Debian or Ubuntu may
# lack some. This asks `ldd` which libraries the Qt modules and plugins of
# PYTHON's PySide6 cannot find, and installs the Debian packages that hold
# them (as root, or through sudo). With nothing missing it only says so.
# `make package` runs it with `desktop`, so that the bundle can take the xcb
# libraries along; the wheel check runs it with `offscreen`.
set -euo pipefail
PYTHON=${1:?usage: qt_system_libs.sh PYTHON offscreen|desktop}
MODE=${2:-offscreen}

qt=$("$PYTHON" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')
files=("$qt"/lib/libQt6Core.so.6 "$qt"/lib/libQt6Gui.so.6 "$qt"/lib/libQt6Widgets.so.6
       "$qt"/plugins/platforms/libqoffscreen.so)
if [ "$MODE" = desktop ]; then
    files+=("$qt"/lib/libQt6XcbQpa.so.6 "$qt"/plugins/platforms/libqxcb.so "$qt"/plugins/platforms/libqwayland.so
            "$qt"/plugins/xcbglintegrations/*.so "$qt"/plugins/platformthemes/libqxdgdesktopportal.so)
fi

# Debian package of each library Qt may need from the OS.
package_of() {
    case "$1" in
        libEGL.so.*) echo libegl1 ;;
        libGL.so.*) echo libgl1 ;;
        libGLX.so.*) echo libglx0 ;;
        libOpenGL.so.*) echo libopengl0 ;;
        libGLdispatch.so.*) echo libglvnd0 ;;
        libfontconfig.so.*) echo libfontconfig1 ;;
        libfreetype.so.*) echo libfreetype6 ;;
        libpng16.so.*) echo libpng16-16 ;;
        libxkbcommon.so.*) echo libxkbcommon0 ;;
        libxkbcommon-x11.so.*) echo libxkbcommon-x11-0 ;;
        libglib-2.0.so.* | libgthread-2.0.so.* | libgobject-2.0.so.* | libgio-2.0.so.*) echo libglib2.0-0 ;;
        libdbus-1.so.*) echo libdbus-1-3 ;;
        libX11.so.*) echo libx11-6 ;;
        libX11-xcb.so.*) echo libx11-xcb1 ;;
        libSM.so.*) echo libsm6 ;;
        libICE.so.*) echo libice6 ;;
        libxcb.so.*) echo libxcb1 ;;
        libxcb-cursor.so.*) echo libxcb-cursor0 ;;
        libxcb-icccm.so.*) echo libxcb-icccm4 ;;
        libxcb-image.so.*) echo libxcb-image0 ;;
        libxcb-keysyms.so.*) echo libxcb-keysyms1 ;;
        libxcb-randr.so.*) echo libxcb-randr0 ;;
        libxcb-render-util.so.*) echo libxcb-render-util0 ;;
        libxcb-render.so.*) echo libxcb-render0 ;;
        libxcb-shape.so.*) echo libxcb-shape0 ;;
        libxcb-shm.so.*) echo libxcb-shm0 ;;
        libxcb-sync.so.*) echo libxcb-sync1 ;;
        libxcb-util.so.*) echo libxcb-util1 ;;
        libxcb-xfixes.so.*) echo libxcb-xfixes0 ;;
        libxcb-xkb.so.*) echo libxcb-xkb1 ;;
        libxcb-glx.so.*) echo libxcb-glx0 ;;
        libwayland-client.so.*) echo libwayland-client0 ;;
        libwayland-cursor.so.*) echo libwayland-cursor0 ;;
        libwayland-egl.so.*) echo libwayland-egl1 ;;
        libzstd.so.*) echo libzstd1 ;;
        libgssapi_krb5.so.*) echo libgssapi-krb5-2 ;;
        libkrb5.so.*) echo libkrb5-3 ;;
        *) return 1 ;;
    esac
}

missing=$(for f in "${files[@]}"; do [ -e "$f" ] && ldd "$f"; done 2>/dev/null \
    | awk '/not found/ {print $1}' | sort -u)
if [ -z "$missing" ]; then
    echo "qt_system_libs: every library Qt needs ($MODE) is present"
    exit 0
fi

packages=()
for lib in $missing; do
    pkg=$(package_of "$lib") || { echo "qt_system_libs: Qt needs $lib and no package is known for it" >&2; exit 1; }
    packages+=("$pkg")
done
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
echo "qt_system_libs: installing ${packages[*]} for $(echo $missing | tr '\n' ' ')"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "qt_system_libs: run as root: apt-get install ${packages[*]}" >&2; exit 1; }
    sudo=sudo
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
