"""Random phase-diagram data for the tests and the benchmark: total energies (eV per formula unit,
as pymatgen's entry.energy) over elemental references, with polymorphs, scaled formula units and
entries above and below the hull."""

from __future__ import annotations

import random

from pymatgen.analysis.phase_diagram import PDEntry
from pymatgen.core import Composition

ELEMENTS = ["Li", "Na", "Fe", "Mn", "P", "S", "O", "N"]


def random_entries(element_count: int, compound_count: int, seed: int, polymorph_share: float = 0.2):
    """Elemental references (two polymorphs each, the lower one the reference) and
    ``compound_count`` compounds of 2 to ``element_count`` elements: formation energies from
    −1.5 to +0.3 eV/atom over the references, a share of them polymorphs (or multiples) of an
    earlier composition."""
    generator = random.Random(seed)
    elements = generator.sample(ELEMENTS, element_count)
    reference = {element: -generator.uniform(1.0, 8.0) for element in elements}
    entries = []
    for element in elements:
        entries.append(PDEntry(Composition({element: 1}), reference[element]))
        entries.append(PDEntry(Composition({element: 2}), 2 * (reference[element] + generator.uniform(0.01, 0.3))))
    compositions = []
    for _ in range(compound_count):
        if compositions and generator.random() < polymorph_share:
            composition = generator.choice(compositions) * generator.choice([1, 1, 2, 3])
        else:
            chosen = generator.sample(elements, generator.randint(2, element_count))
            composition = Composition({element: generator.randint(1, 6) for element in chosen})
            compositions.append(composition)
        formation = generator.uniform(-1.5, 0.3)
        energy = sum(amount * reference[str(element)] for element, amount in composition.items()) + formation * composition.num_atoms
        entries.append(PDEntry(composition, energy))
    generator.shuffle(entries)
    return elements, entries


def random_composition(elements, generator: random.Random) -> Composition:
    """A composition of 1 to all of ``elements`` with amounts from 1 to 5."""
    chosen = generator.sample(elements, generator.randint(1, len(elements)))
    return Composition({element: generator.randint(1, 5) for element in chosen})
