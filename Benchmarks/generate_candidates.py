#!/usr/bin/env python3
"""Seeded synthetic screening candidates against mp-legacy, as JSON Lines for `hull --input`.

    python3 Benchmarks/generate_candidates.py COUNT [--seed 15] > candidates.jsonl

Half are compositions of Data/mp-legacy.csv (multi-element ones) with their formation energy moved
by −0.3…+0.3 eV/atom (polymorphs of stable and unstable phases, some below the hull); half are new
compositions: 2–4 elements of one MP compound with new integer amounts (1–5), at −3…0 eV/atom,
like the hypothetical compounds generative models propose. Plain Python (no pymatgen), so that 10⁶
candidates take seconds; Scripts/check_mp_queries.py uses the same generator.
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from candidate_common import elements_of, integer_formula, load_rows, run  # noqa: E402,F401  (shared by the generators)


def candidates(rows, count, seed):
    generator = random.Random(seed)
    compounds = [(row["formula"], float(row["formation_energy_per_atom"]), elements_of(row["formula"]))
                 for row in rows]
    compounds = [c for c in compounds if len(c[2]) > 1]
    for i in range(count // 2):
        formula, energy, _ = generator.choice(compounds)
        yield {"id": f"poly-{i}", "formula": formula, "formation_energy_per_atom": energy + generator.uniform(-0.3, 0.3)}
    for i in range(count - count // 2):
        elements = generator.choice(compounds)[2]
        chosen = generator.sample(elements, min(len(elements), generator.randint(2, 4)))
        formula = integer_formula(chosen, generator)
        yield {"id": f"new-{i}", "formula": formula, "formation_energy_per_atom": generator.uniform(-3.0, 0.0)}


if __name__ == "__main__":
    run(candidates, __doc__.split("\n")[0])
