#!/usr/bin/env python3
"""Seeded "heavy-tailed" screening candidates against mp-legacy, as JSON Lines for `hull --input`.

    python3 Benchmarks/generate_heavy_tailed.py COUNT [--seed 27] > candidates.jsonl

Most candidates in chemical systems of 4–6 elements, spread thinly over many systems, and a few
systems holding thousands of candidates each (at 10⁶):
- 85 %: a system of 4, 5 or 6 elements (weights 0.5, 0.3, 0.2): the elements of a compound of
  Data/mp-legacy.csv with 3+ elements, topped up with elements of other compounds; a new
  composition with integer amounts 1–6 of every element; energy that compound's formation energy
  moved by a Gaussian of mean +0.05, σ 0.1 eV/atom;
- 15 %: the same kind of candidate in one of 12 "hot" systems (chosen once per seed, 4–6
  elements), about 12,500 each at 10⁶.
Standard library only (random.Random(seed)); the shared helpers are in candidate_common.py.
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from candidate_common import compounds, integer_formula, run  # noqa: E402

HOT_SYSTEMS, HOT_SHARE = 12, 0.15


def candidates(rows, count, seed):
    generator = random.Random(seed)
    known = compounds(rows, least_elements=3)

    def system():
        size = generator.choices((4, 5, 6), weights=(0.5, 0.3, 0.2))[0]
        source = generator.choice(known)
        elements = list(source.elements[:size])
        while len(elements) < size:
            extra = [e for e in generator.choice(known).elements if e not in elements]
            elements += extra[: size - len(elements)]
        return sorted(elements), source.energy

    hot = [system() for _ in range(HOT_SYSTEMS)]
    for i in range(count):
        elements, energy = generator.choice(hot) if generator.random() < HOT_SHARE else system()
        yield {"id": f"heavy-{i}", "formula": integer_formula(elements, generator, most=6),
               "formation_energy_per_atom": energy + generator.gauss(0.05, 0.1)}


if __name__ == "__main__":
    run(candidates, __doc__.split("\n")[0])
