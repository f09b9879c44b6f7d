#!/usr/bin/env bash
# Interphase vs pymatgen benchmarks (BENCHMARKS.md). From a fresh clone:
#   Scripts/bootstrap.sh && pip install pymatgen && Benchmarks/run.sh [--mp]
# Builds the release benchmark executable, then runs every case through both in the same run
# (pymatgen only as a yardstick). --mp adds the whole-Materials-Project hull (pymatgen: ~12 min).
# --screening [--sizes ...] [--patched] runs the screening rows instead (candidates vs mp-legacy).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--screening" ]; then
  # N candidates against the whole Materials Project (Benchmarks/screening_bench.py).
  shift
  swift build -c release --product interphase
  exec python3 Benchmarks/screening_bench.py "$@"
fi
swift build -c release --product interphase-benchmarks
python3 Benchmarks/pymatgen_bench.py --swift-bin .build/release/interphase-benchmarks "$@"
