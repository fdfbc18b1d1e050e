#!/bin/sh
# Install this Gantry bundle for the current user on a Linux desktop, or remove it.
#
#   ./install.sh              copy the bundle to ~/.local/lib/gantry, put `gantry` on ~/.local/bin,
#                             add Gantry to the applications menu and open .gantry files with it
#   ./install.sh --uninstall  remove all of that (plans are never touched)
#   PREFIX=/opt/gantry-root ./install.sh   install somewhere else
set -eu

PREFIX=${PREFIX:-$HOME/.local}
HERE=$(cd "$(dirname "$0")" && pwd)
LIB="$PREFIX/lib/gantry"
APPS="$PREFIX/share/applications"
ICONS="$PREFIX/share/icons/hicolor/scalable/apps"
MIME="$PREFIX/share/mime"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$MIME" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB"
    rm -f "$PREFIX/bin/gantry" "$APPS/gantry.desktop" "$ICONS/gantry.svg" "$MIME/packages/gantry.xml"
    refresh
    echo "Gantry removed from $PREFIX"
    exit 0
fi

if [ ! -x "$HERE/gantry" ] || [ ! -x "$HERE/gantry-app" ]; then
    echo "install.sh: run me from the Gantry bundle folder (the one holding gantry and gantry-app)" >&2
    exit 1
fi

mkdir -p "$LIB" "$PREFIX/bin" "$APPS" "$ICONS" "$MIME/packages"
if [ "$HERE" != "$LIB" ]; then
    rm -rf "$LIB"
    cp -R "$HERE" "$LIB"
fi
ln -sf "$LIB/gantry" "$PREFIX/bin/gantry"
cp "$LIB/_internal/app/resources/icons/gantry.svg" "$ICONS/gantry.svg"
cp "$HERE/gantry-mime.xml" "$MIME/packages/gantry.xml"
sed "s|@LIB@|$LIB|g" "$HERE/gantry.desktop.in" > "$APPS/gantry.desktop"
refresh
echo "Gantry installed in $LIB; run 'gantry' (make sure $PREFIX/bin is on your PATH) or pick it from the applications menu"
