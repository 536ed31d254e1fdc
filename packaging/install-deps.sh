#!/usr/bin/env bash
# Installs the Debian 12 packages that building, testing and packaging
# Recommender Studio need. Packages already present are skipped, so a
# second run does nothing and needs no network.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-svg-dev qt6-qpa-plugins
    libqt6opengl6-dev libgl-dev libxkbcommon-dev
    libeigen3-dev nlohmann-json3-dev qtkeychain-qt6-dev
    libgtest-dev libbenchmark-dev
    xvfb xauth appstream dpkg-dev file
    librsvg2-bin desktop-file-utils fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are already installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
