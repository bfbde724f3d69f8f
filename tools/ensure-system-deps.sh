#!/usr/bin/env bash
# Installs the Debian packages the app needs when they are missing: python3-venv (to create .venv) and the
# shared libraries Qt's xcb/offscreen platforms load (EGL/GL, xkbcommon, fontconfig, dbus, the xcb helpers)
# plus a font with Japanese glyphs, and what the desktop-notification test runs: a real X server (xvfb), a
# D-Bus session (dbus-daemon, dbus-x11), a notification daemon (dunst) and ImageMagick for its screenshot,
# a window manager, xdotool and xprop for the X-session trial of the Team dialog (tests/gui/test_team_xsession.py),
# and the PostgreSQL server binaries (initdb, pg_ctl) the team-mode tests start in a temporary folder.
# Needs root to install; otherwise it only says what is missing.
set -euo pipefail

packages=(
  python3-venv
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  fonts-ipafont-gothic
  xvfb dbus-daemon dbus-x11 dunst imagemagick openbox xdotool x11-utils
  postgresql
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "ensure-system-deps: not a Debian-like system; install Qt 6's runtime libraries yourself." >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  if [ "$package" = python3-venv ]; then
    # pyenv or a distribution python with ensurepip needs no python3-venv.
    python3 -c 'import ensurepip, venv' >/dev/null 2>&1 && continue
  fi
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == *"install ok installed"* ]] || missing+=("$package")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-system-deps: missing Debian packages: ${missing[*]}" >&2
  echo "ensure-system-deps: run as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "ensure-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
