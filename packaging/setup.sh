#!/usr/bin/env bash
# One script behind the README's two commands, on a fresh Debian 12 (or newer, Python 3.11-3.13) machine:
#   bash packaging/setup.sh run [--demo N]   install coopdesk and start it (optionally on N demo participants)
#   bash packaging/setup.sh test             install the test dependencies and run the whole test suite
# Options after "run" are passed on: --data-dir DIR, --lang en.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}; shift || true

RUNTIME_PKGS="python3 python3-venv python3-pip ca-certificates libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1
  libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
TEST_PKGS="poppler-utils strace"

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

python_env() {
  local extra=$1
  if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extra}"
}

case "$mode" in
  run)
    # shellcheck disable=SC2086
    apt_install $RUNTIME_PKGS
    python_env ""
    args=(); demo=""
    while [ $# -gt 0 ]; do
      case "$1" in
        --demo) demo=${2:-300}; shift 2 || shift ;;
        *) args+=("$1"); shift ;;
      esac
    done
    if [ -n "$demo" ]; then .venv/bin/coopdesk demo --people "$demo" "${args[@]}"; fi
    exec .venv/bin/coopdesk "${args[@]}"
    ;;
  test)
    # shellcheck disable=SC2086
    apt_install $RUNTIME_PKGS $TEST_PKGS
    python_env "[test]"
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
    ;;
  *)
    echo "usage: bash packaging/setup.sh run [--demo N] [--data-dir DIR] | test" >&2
    exit 2
    ;;
esac
