#!/usr/bin/env bash
# Make sure the system libraries Qt needs are present.
#   packaging/sysdeps.sh test   Qt offscreen + poppler-utils (PDF checks)
#   packaging/sysdeps.sh run    the above + what a real X11 window (or Xvfb) needs
#   packaging/sysdeps.sh ci     the above + LibreOffice Calc (round-trip tests), best effort
#   packaging/sysdeps.sh package  test + binutils (PyInstaller reads the libraries with objdump)
# As root on Debian/Ubuntu the missing packages are installed with apt-get;
# elsewhere the script prints exactly what is missing and carries on.
set -euo pipefail
mode="${1:-test}"

base="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils"
xwin="xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0"
optional=""
case "$mode" in
  test) wanted="$base" ;;
  run) wanted="$base $xwin" ;;
  ci) wanted="$base $xwin binutils"; optional="libreoffice-calc-nogui" ;;
  package) wanted="$base binutils" ;;
  *) echo "usage: $0 test|run|ci|package" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "note: not a Debian system; make sure Qt's runtime libraries are installed: $wanted" >&2
  exit 0
fi

missing() {
  local out=""
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      out="$out $p"
    fi
  done
  echo "$out"
}

need=$(missing $wanted)
opt=$( [ -n "$optional" ] && missing $optional || true )
if [ -z "${need// }" ] && [ -z "${opt// }" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  [ -n "${need// }" ] && echo "missing system packages (install as root): apt-get install -y$need" >&2
  [ -n "${opt// }" ] && echo "optional system packages for round-trip tests:$opt" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
echo "installing system packages:$need$opt" >&2
apt-get update -qq
if [ -n "${need// }" ]; then
  apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
if [ -n "${opt// }" ]; then
  apt-get install -y -qq --no-install-recommends $opt >/dev/null || echo "note: could not install$opt; those tests will skip" >&2
fi
