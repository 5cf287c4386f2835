#!/usr/bin/env bash
# One script behind the README's two commands, on a fresh Debian 12 (or newer, Python 3.11-3.13) machine:
#   bash packaging/setup.sh run [--demo N]   install coopdesk (once) and start it (optionally on N demo participants)
#   bash packaging/setup.sh test             install the test dependencies and run the whole test suite
# Options after "run" are passed on: --data-dir DIR, --lang en.
#
# Install once, start offline: pip runs only when .venv is missing or pyproject.toml changed since the
# last install (a stamp in .venv); every later start needs no network. `run` also installs a launcher,
# ~/.local/bin/coopdesk, and the menu entry with its icon (~/.local/share/applications, .../icons).
# `--demo N` never touches the user's own data: demo data go into a new folder under
# ~/.local/share/coopdesk-demo (demo-1, demo-2...; printed), unless --data-dir names one (coopdesk demo refuses a folder
# that already holds data).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STAMP="$ROOT/.venv/.coopdesk-install-stamp"

RUNTIME_PKGS="python3 python3-venv python3-pip ca-certificates libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1
  libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
TEST_PKGS="poppler-utils strace desktop-file-utils libreoffice-calc-nogui"  # LibreOffice: exports read back, xls/ods made (issue 9)

apt_install() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "coopdesk needs these system packages: ${missing[*]}" >&2
      echo "This account is not root and sudo is not installed. Install them as root, e.g.:" >&2
      echo "  su -c 'apt-get update && apt-get install -y --no-install-recommends ${missing[*]}'" >&2
      echo "then run this command again." >&2
      exit 1
    fi
    sudo="sudo"
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# What an install is made of: pyproject.toml (dependencies, entry points) and the extras asked for.
install_stamp() {
  echo "$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1) ${1:-}"
}

# True (0) when pip must run: no venv, no coopdesk in it, or not installed from this pyproject.toml with
# these extras. An install with [test] also serves `run` (it has everything `run` needs).
needs_install() {
  local extra=${1:-} done_stamp
  [ -x "$ROOT/.venv/bin/python" ] && [ -x "$ROOT/.venv/bin/coopdesk" ] && [ -f "$STAMP" ] || return 0
  done_stamp=$(cat "$STAMP")
  [ "$done_stamp" = "$(install_stamp "$extra")" ] && return 1
  [ -z "$extra" ] && [ "$done_stamp" = "$(install_stamp "[test]")" ] && return 1
  return 0
}

# coopdesk needs Python 3.11 to 3.13 (pyproject.toml's requires-python): say so before pip would fail.
check_python() {
  local version
  version=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])') || version="none"
  case "$version" in
    3.11|3.12|3.13) return 0 ;;
  esac
  echo "coopdesk needs Python 3.11 to 3.13, but python3 here is $version." >&2
  echo "Debian 12 (3.11) and Ubuntu 24.04 (3.12) have one; Ubuntu 22.04 has 3.10, too old." >&2
  exit 1
}

python_env() {
  local extra=$1
  needs_install "$extra" || return 0
  echo "Installing coopdesk into $ROOT/.venv (once; later starts need no network)"
  if [ ! -x "$ROOT/.venv/bin/python" ]; then check_python; python3 -m venv "$ROOT/.venv"; fi
  rm -f "$STAMP"
  "$ROOT/.venv/bin/python" -m pip install -q --upgrade pip
  "$ROOT/.venv/bin/python" -m pip install -q -e "$ROOT${extra}"
  install_stamp "$extra" >"$STAMP"
}

# ~/.local/bin/coopdesk (a link to the venv's program), the menu entry and its icon. Idempotent; a
# ~/.local/bin/coopdesk that is not a link (someone else's program) is left alone.
install_launcher() {
  local bin="$HOME/.local/bin" apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
  local icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor" program="$ROOT/.venv/bin/coopdesk"
  local assets="$ROOT/coopdesk/assets/icons" size
  mkdir -p "$bin" "$apps" "$icons/scalable/apps"
  if [ ! -e "$bin/coopdesk" ] && [ ! -L "$bin/coopdesk" ]; then
    ln -s "$program" "$bin/coopdesk"
    case ":$PATH:" in
      *":$bin:"*) echo "Installed the command coopdesk ($bin/coopdesk) and the menu entry." ;;
      *) echo "Installed $bin/coopdesk and the menu entry. $bin is not on this terminal's PATH yet: after"
         echo "logging in again (Debian's ~/.profile adds it) the command is coopdesk; until then $bin/coopdesk." ;;
    esac
  elif [ -L "$bin/coopdesk" ]; then
    ln -sfn "$program" "$bin/coopdesk"
  else
    echo "Note: $bin/coopdesk exists and is not coopdesk's link; left as it is (start $program)." >&2
  fi
  sed "s|^Exec=.*|Exec=$program|" "$ROOT/packaging/coopdesk.desktop" >"$apps/coopdesk.desktop.tmp"
  mv -f "$apps/coopdesk.desktop.tmp" "$apps/coopdesk.desktop"
  cp -f "$assets/coopdesk.svg" "$icons/scalable/apps/coopdesk.svg"
  for size in 16 24 32 48 64 128 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp -f "$assets/coopdesk-$size.png" "$icons/${size}x${size}/apps/coopdesk.png"
  done
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  return 0
}

# A new, empty folder for demo data (never the user's own data folder), printed by the caller: demo-1,
# demo-2... in ~/.local/share/coopdesk-demo, as `coopdesk demo` without --data-dir chooses.
new_demo_dir() {
  local base="${XDG_DATA_HOME:-$HOME/.local/share}/coopdesk-demo" n=1
  while [ -e "$base/demo-$n" ]; do n=$((n + 1)); done
  mkdir -p "$base/demo-$n"
  echo "$base/demo-$n"
}

run_mode() {
  local args=() demo="" data_dir="" program="$ROOT/.venv/bin/coopdesk"
  while [ $# -gt 0 ]; do
    case "$1" in
      --demo)
        if [[ ${2:-} =~ ^[0-9]+$ ]]; then demo=$2; shift 2; else demo=300; shift; fi ;;
      --demo=*) demo=${1#--demo=}; shift ;;
      --data-dir) data_dir=${2:-}; args+=("$1" "${2:-}"); shift 2 || shift ;;
      --data-dir=*) data_dir=${1#--data-dir=}; args+=("$1"); shift ;;
      *) args+=("$1"); shift ;;
    esac
  done
  # shellcheck disable=SC2086
  apt_install $RUNTIME_PKGS
  python_env ""
  install_launcher
  if [ -n "$demo" ]; then
    if [ -z "$data_dir" ]; then
      data_dir=$(new_demo_dir)
      args+=(--data-dir "$data_dir")
    fi
    echo "Demo data go into their own folder: $data_dir (your own data folder is not touched)."
    "$program" "${args[@]}" demo --people "$demo"  # (--data-dir, --lang: options before the command)
    echo "To open this demo again: coopdesk --data-dir $data_dir   (delete it with: rm -r $data_dir)"
  fi
  exec "$program" "${args[@]}"
}

main() {
  local mode=${1:-run}
  shift || true
  cd "$ROOT"
  case "$mode" in
    run) run_mode "$@" ;;
    test)
      # shellcheck disable=SC2086
      apt_install $RUNTIME_PKGS $TEST_PKGS
      python_env "[test]"
      QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
      ;;
    *)
      echo "usage: bash packaging/setup.sh run [--demo N] [--data-dir DIR] [--lang en] | test" >&2
      exit 2
      ;;
  esac
}

# Sourced (tests call needs_install, new_demo_dir...): define the functions only.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then main "$@"; fi
