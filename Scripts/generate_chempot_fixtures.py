#!/usr/bin/env python3
"""Golden fixture for chemical-potential diagrams (issue 17, part 3): the domain of every stable
phase in the space of formal chemical potentials, as pymatgen's ChemicalPotentialDiagram gives it.

Pinned reference implementation: pymatgen 2026.10.24 (a fixture generator only, never a runtime
dependency of Interphase). Run from the repository root:

    python3 Scripts/generate_chempot_fixtures.py

Writes Tests/InterphaseTests/Fixtures/chempot-domains.json. For each case (dataset, chemical
system, lower bound L of every chemical potential):

    ChemicalPotentialDiagram(entries of the system, default_min_limit=L, formal_chempots=True).domains

as {formula: [vertex, ...]} with each vertex's chemical potentials (eV per atom, relative to the
elemental references) in the order of "elements" (pymatgen's order: by electronegativity).
pymatgen lists a vertex once per facet of qhull's output that it lies on, so a domain's vertices
repeat; the fixture keeps them as pymatgen gives them (rounded to 1e-9 eV), and the Swift test
(ChemicalPotentialDiagramTests) compares each domain as a SET of vertices rounded to 1e-6 eV.
"""

from __future__ import annotations

import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_fixed_potential_fixtures  # noqa: E402  (write_pinned_fixture)
from pymatgen.analysis.chempot_diagram import ChemicalPotentialDiagram  # noqa: E402
from pymatgen.analysis.phase_diagram import PDEntry
from pymatgen.core import Composition

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FIXTURES = os.path.join(ROOT, "Tests", "InterphaseTests", "Fixtures")

CASES = [
    # (dataset, system, L)
    ("lipon-bundled", ["Li", "P", "O", "N"], -15.0),
    ("lipon-bundled", ["Li", "P", "O", "N"], -50.0),
    ("lipon-bundled", ["Li", "O", "N"], -15.0),
    ("lipon-bundled", ["Li", "O"], -15.0),
    ("ternary-hand", ["Li", "Fe", "O"], -15.0),
    ("random-5el", ["Na", "Mn", "O"], -15.0),
]


def load_entries(dataset: str, system):
    with open(os.path.join(FIXTURES, "datasets", dataset + ".csv"), newline="") as fh:
        rows = list(csv.DictReader(fh))
    entries = []
    for row in rows:
        comp = Composition(row["formula"])
        if not {e.symbol for e in comp.elements} <= set(system):
            continue
        entries.append(PDEntry(comp, float(row["formation_energy_per_atom"]) * comp.num_atoms,
                               attribute=row.get("id") or None))
    # Formation-energy data without a pure entry at or below 0 eV/atom get an implicit zero
    # reference with no id, as Interphase's Dataset does.
    referenced = {e.composition.elements[0].symbol for e in entries if e.composition.is_element and e.energy_per_atom <= 0}
    for el in sorted(set(system) - referenced):
        entries.append(PDEntry(Composition(el), 0.0, attribute=None))
    return entries


def case_fixture(dataset, system, limit):
    diagram = ChemicalPotentialDiagram(load_entries(dataset, system), default_min_limit=limit, formal_chempots=True)
    domains = {formula: [[round(float(x), 9) for x in vertex] for vertex in points]
               for formula, points in sorted(diagram.domains.items())}
    return {"dataset": dataset, "system": system, "min_mu": limit,
            "elements": [el.symbol for el in diagram.elements], "domains": domains}


def main() -> int:
    path, cases = generate_fixed_potential_fixtures.write_pinned_fixture(
        "chempot-domains.json",
        "ChemicalPotentialDiagram(entries, default_min_limit=min_mu, formal_chempots=True).domains; "
        "vertices in the order of elements, eV per atom relative to the references, as pymatgen lists them",
        lambda: [case_fixture(*case) for case in CASES])
    print(f"wrote {path}: {len(cases)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
