#!/usr/bin/env bash
# README's dependency line ("From Swift"), as a stranger writes it, resolves against this
# repository: Examples/WindowScreening is copied into a temporary folder with its path dependency
# replaced by README's `.package(url: …, branch: …, traits: [])` line, whose placeholder address
# points at a clone of the committed HEAD with the branch README names. Checks that SwiftPM
# resolves it and fetches nothing else (no swift-argument-parser: `traits: []`).
#
#   Scripts/check-dependency.sh           # resolve only (seconds)
#   Scripts/check-dependency.sh --build   # also build and run the client (minutes: a new build)
set -euo pipefail
cd "$(dirname "$0")/.."
placeholder='https://github.com/<owner>/Interphase'
line="$(grep -o "\.package(url: \"$placeholder\"[^)]*)" README.md | head -n 1)"
[ -n "$line" ] || { echo "README.md has no .package(url: \"$placeholder\", …) line" >&2; exit 1; }
branch="$(sed -n 's/.*branch: "\([^"]*\)".*/\1/p' <<<"$line")"
[ -n "$branch" ] || { echo "README's dependency line names no branch: $line" >&2; exit 1; }
echo "README: $line"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The repository as a stranger fetches it: what is committed, on the branch README names. The
# folder is named Interphase because SwiftPM names a package by the last part of its address.
git clone --quiet --no-hardlinks "$PWD" "$work/Interphase"
git -C "$work/Interphase" checkout --quiet -B "$branch" HEAD

mkdir "$work/Client"
cp -R Examples/WindowScreening/Sources "$work/Client/"
path_line='.package(name: "Interphase", path: "../..", traits: []),'
grep -qF "$path_line" Examples/WindowScreening/Package.swift \
  || { echo "Examples/WindowScreening/Package.swift no longer has: $path_line" >&2; exit 1; }
awk -v from="$path_line" -v to="${line/$placeholder/$work/Interphase}," \
  'index($0, from) { sub(/[^ ].*/, ""); print $0 to; next } { print }' \
  Examples/WindowScreening/Package.swift >"$work/Client/Package.swift"
grep -F "$work/Interphase" "$work/Client/Package.swift"

cd "$work/Client"
swift package resolve
fetched="$(ls .build/checkouts)"
echo "fetched: $(tr '\n' ' ' <<<"$fetched")"
if [ "$fetched" != "Interphase" ]; then
  echo "a library client fetched more than Interphase: $fetched" >&2
  exit 1
fi
if [ "${1:-}" = "--build" ]; then
  output="$(swift run WindowScreening)"
  echo "$output"
  grep -q '^Li2O  *2\.914 V' <<<"$output" || { echo "the client did not print Li2O's window" >&2; exit 1; }
fi
echo "README's dependency line resolves: $line"
