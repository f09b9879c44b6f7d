#!/usr/bin/env python3
"""Seeded "near-hull" screening candidates against mp-legacy, as JSON Lines for `hull --input`.

    python3 Benchmarks/generate_near_hull.py COUNT [--seed 27] > candidates.jsonl

Many candidates within 10 meV/atom of the hull, where the verdicts' tolerances and ties decide:
the compositions of the stable compounds of Data/mp-legacy.csv (Bartel's decomposition energy
< 0: the data's own stable set, so the hull there is the compound's formation energy):
- 70 %: that energy moved uniformly by −10…+10 meV/atom (a new stable phase or a polymorph
  just above the hull);
- 20 %: exactly that energy (a tie with the hull: on it, not stable);
- 10 %: a polymorph of any compound of the data moved by a Gaussian of mean +0.03, σ 0.06 eV/atom.
Standard library only (random.Random(seed)); the shared helpers are in candidate_common.py.
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from candidate_common import compounds, run  # noqa: E402


def candidates(rows, count, seed):
    generator = random.Random(seed)
    known = compounds(rows)
    stable = [c for c in known if c.stable]
    for i in range(count):
        draw = generator.random()
        if draw < 0.7:
            compound = generator.choice(stable)
            energy = compound.energy + generator.uniform(-0.010, 0.010)
        elif draw < 0.9:
            compound = generator.choice(stable)
            energy = compound.energy
        else:
            compound = generator.choice(known)
            energy = compound.energy + generator.gauss(0.03, 0.06)
        yield {"id": f"near-{i}", "formula": compound.formula, "formation_energy_per_atom": energy}


if __name__ == "__main__":
    run(candidates, __doc__.split("\n")[0])
