# Shared by scripts/test and scripts/demo: install what is missing, build.
# shellcheck shell=bash

PGREPL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What building and running the inspector needs (scripts/demo).
PGREPL_PACKAGES=(
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6svg6
  qtkeychain-qt6-dev
  libssl-dev cmake g++ ninja-build pkg-config
  postgresql postgresql-15-wal2json openssl
  xvfb xauth imagemagick
)
# What only the tests add: clang for the fuzz targets, and a Secret Service
# of their own for the keychain test.
PGREPL_TEST_PACKAGES=(
  clang libclang-rt-14-dev
  gnome-keyring dbus-daemon dbus-bin
)

# pgrepl_install_deps [PACKAGE...]: PGREPL_PACKAGES and these, where missing.
pgrepl_install_deps() {
  local missing=() p
  for p in "${PGREPL_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "Please install as root: apt-get install ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# pgrepl_build PRESET [TARGET...]: configure and build with a CMake preset
# from the repo (every target when none is named).
pgrepl_build() {
  local preset=$1
  shift
  cmake --preset "$preset" -S "$PGREPL_ROOT" >/dev/null
  if [ $# -gt 0 ]; then
    cmake --build --preset "$preset" --target "$@" -- -j"$(nproc)"
  else
    cmake --build --preset "$preset" -- -j"$(nproc)"
  fi
}
