#!/usr/bin/env bash
# Interphase vs pymatgen benchmarks (BENCHMARKS.md). From a fresh clone:
#   Scripts/bootstrap.sh && pip install pymatgen && Benchmarks/run.sh [--mp]
# Builds the release benchmark executable, then runs every case through both in the same run
# (pymatgen only as a yardstick). --mp adds the whole-Materials-Project hull (pymatgen: ~12 min).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product interphase-benchmarks
python3 Benchmarks/pymatgen_bench.py --swift-bin .build/release/interphase-benchmarks "$@"
