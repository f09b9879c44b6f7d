#!/usr/bin/env bash
# Installs the system libraries Interphase links (GLPK, qhull) and the SVG renderer used to look at
# figures, on Debian/Ubuntu. Idempotent and quiet when everything is present. Run as root (or with
# sudo available).
set -euo pipefail
packages=(libglpk-dev libqhull-dev pkg-config librsvg2-bin)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
echo "installed: ${missing[*]}"
