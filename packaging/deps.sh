#!/usr/bin/env bash
# Installs what building, testing and running Tranche need on Debian 12 (as root,
# or through sudo). Does nothing when everything is already there.
set -euo pipefail
packages=(
  g++ cmake ninja-build dpkg-dev file
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libsqlite3-dev qt6-tools-dev
  libfontconfig-dev
  qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  xvfb xauth imagemagick fonts-dejavu-core fonts-nanum
  poppler-utils librsvg2-bin libbenchmark-dev desktop-file-utils appstream
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
