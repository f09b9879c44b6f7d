#!/usr/bin/env python3
"""Seeded "mixed" screening candidates against mp-legacy, as JSON Lines for `hull --input`.

    python3 Benchmarks/generate_mixed.py COUNT [--seed 27] > candidates.jsonl

Like a generative model's output more than a perturbed copy of MP (issue 27):
- one third new compositions: a known composition of Data/mp-legacy.csv (2+ elements) mixed with a
  composition of one of its subsystems (another compound whose elements are a proper subset of
  its, or one of its elements), at a fraction t ∈ [0.1, 0.9] of the known one, written as atom
  fractions to 3 decimals (e.g. "Fe0.286Li0.143O0.571"); energy the mixture's t·f₁ + (1−t)·f₂
  moved by a Gaussian of mean +0.03 and σ 0.06 eV/atom;
- two thirds known formulas with their formation energy moved by the same Gaussian.
Standard library only (random.Random(seed)); the shared helpers are in candidate_common.py.
"""
import random
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from candidate_common import compounds, fraction_formula, run  # noqa: E402

SHIFT, SPREAD = 0.03, 0.06


def candidates(rows, count, seed):
    generator = random.Random(seed)
    known = compounds(rows)
    by_system = {}
    for compound in known:
        by_system.setdefault(compound.elements, []).append(compound)
    subsystem_cache = {}

    def subsystem_compositions(elements):
        """(fractions, energy) of every compound of a proper subsystem of `elements`, and its elements."""
        if elements not in subsystem_cache:
            found = [({e: 1.0}, 0.0) for e in elements]
            for size in range(2, len(elements)):
                for subset in combinations(elements, size):
                    found += [(c.fractions, c.energy) for c in by_system.get(subset, [])]
            subsystem_cache[elements] = found
        return subsystem_cache[elements]

    new_count = count // 3
    for i in range(new_count):
        compound = generator.choice(known)
        fractions, energy = generator.choice(subsystem_compositions(compound.elements))
        t = generator.uniform(0.1, 0.9)
        mixed = {e: t * compound.fractions[e] + (1 - t) * fractions.get(e, 0.0) for e in compound.elements}
        yield {"id": f"mix-{i}", "formula": fraction_formula(mixed),
               "formation_energy_per_atom": t * compound.energy + (1 - t) * energy + generator.gauss(SHIFT, SPREAD)}
    for i in range(count - new_count):
        compound = generator.choice(known)
        yield {"id": f"known-{i}", "formula": compound.formula,
               "formation_energy_per_atom": compound.energy + generator.gauss(SHIFT, SPREAD)}


if __name__ == "__main__":
    run(candidates, __doc__.split("\n")[0])
