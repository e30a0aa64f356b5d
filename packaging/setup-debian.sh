#!/usr/bin/env bash
# Set up danvan-desktop on Debian 12 / Ubuntu 24.04: the system libraries headless and windowed
# Qt need, Liberation fonts, then a virtualenv in .venv with the app installed (editable).
#   bash packaging/setup-debian.sh          # to run the app
#   bash packaging/setup-debian.sh --test   # also test tools: Xvfb, poppler, PostgreSQL, pytest…
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

# DESIGN §7: what PySide6 6.x needs on a bare Debian, offscreen and under X11.
packages=(
  python3 python3-venv python3-pip
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xfixes0 libx11-xcb1
  fonts-liberation2
)
if [ "$with_tests" = 1 ]; then
  # libreoffice-writer-nogui: tests convert the .docx reports headless to prove they open
  packages+=(xvfb xauth poppler-utils postgresql libreoffice-writer-nogui)
fi

export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python 3.11+ (the app is built and tested on 3.11).
python=""
for candidate in python3.11 python3.12 python3.13 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$(command -v "$candidate")
    break
  fi
done
if [ -z "$python" ]; then
  echo "Cần Python 3.11 trở lên (Python 3.11 or newer is required)." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$with_tests" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test,postgres]"
else
  .venv/bin/python -m pip install -q -e ".[postgres]"
fi
echo "danvan-desktop: $(.venv/bin/danvan --version) — .venv ready"
