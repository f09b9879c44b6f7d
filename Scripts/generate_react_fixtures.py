#!/usr/bin/env python3
"""Golden fixtures for grand-potential interface reactions (react-grand-*.json).

pymatgen 2026.10.24's GrandPotentialInterfacialReactivity on the lipon-bundled fixture dataset
with Li open at a fixed voltage; the *-no-mixing one with include_no_mixing_energy=True (each
reactant at its own grand potential; at 3 V the grand hull's O reference is Li2O2's, not O2's, so
it also checks that the reactants' energies are put on the grand hull's scale). pymatgen is a
fixture generator only, never a dependency.
Reuses the dataset loader and number formatting of Scripts/generate_fixtures.py (run that one
first; this script only reads datasets/lipon-bundled.csv).

    python3 Scripts/generate_react_fixtures.py
"""

from __future__ import annotations

import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_fixtures as gf  # noqa: E402

from pymatgen.analysis.interface_reactions import GrandPotentialInterfacialReactivity  # noqa: E402
from pymatgen.analysis.phase_diagram import GrandPotentialPhaseDiagram, PhaseDiagram  # noqa: E402
from pymatgen.core import Composition, Element  # noqa: E402

CONVENTION = (
    "GrandPotentialInterfacialReactivity(Composition(c1), Composition(c2), "
    "GrandPotentialPhaseDiagram(entries, {Li: mu_ref - voltage}), PhaseDiagram(entries), "
    "include_no_mixing_energy=False, norm=True, use_hull_energy=True).get_kinks(): x = pymatgen's "
    "converted mixing ratio (atom fraction of c1 in the mixture of c1 and c2 counted in all atoms, "
    "Li included), x_closed = the same in closed-element atoms (Li removed), energy_per_atom = "
    "grand-potential reaction energy (eV per atom of closed elements of the mixture), reaction = "
    "str(Reaction), products = sorted reduced formulas of the reaction's products (Li, the reservoir, "
    "may appear). minimum = the kink with the most negative energy (pymatgen's `minimum`)."
)

# (c1, c2, voltage, include_no_mixing_energy)
PAIRS = [("Li3N", "Li3PO4", 1.0, False), ("Li3N", "Li3PO4", 0.3, False), ("Li3PO4", "P3N5", 3.0, False),
         ("Li3N", "Li2PO2N", 3.0, True)]


def grand_fixture(rows, c1: str, c2: str, voltage: float, include_no_mixing_energy: bool):
    entries = [r.entry for r in rows]
    mu_ref = gf.mu_ref_of(rows, "Li")
    gpd = GrandPotentialPhaseDiagram(entries, {Element("Li"): mu_ref - voltage})
    pd = PhaseDiagram(entries)
    ir = GrandPotentialInterfacialReactivity(
        Composition(c1), Composition(c2), gpd, pd, include_no_mixing_energy=include_no_mixing_energy, norm=True,
        use_hull_energy=True)
    kinks = []
    for index, x, energy, rxn, _ in ir.get_kinks():
        # pymatgen converts the closed-atom ratio to all atoms: x = r f2 / ((1 - r) f1 + r f2).
        f1, f2 = ir.factor1, ir.factor2
        r = x * f1 / ((1 - x) * f2 + x * f1)
        kinks.append({
            "index": int(index),
            "x": gf.f(x),
            "x_closed": gf.f(r),
            "energy_per_atom": gf.f(energy),
            "reaction": str(rxn),
            "products": sorted(c.reduced_formula for c in rxn.products),
        })
    x_min, e_min = ir.minimum
    fixture = {
        "dataset": "lipon-bundled",
        "reactant1": c1,
        "reactant2": c2,
        "open_element": "Li",
        "voltage": voltage,
        "mu_ref": gf.f(mu_ref),
        "convention": CONVENTION.replace("include_no_mixing_energy=False", f"include_no_mixing_energy={include_no_mixing_energy}"),
        "kinks": kinks,
        "minimum": {"x": gf.f(x_min), "energy_per_atom": gf.f(e_min)},
    }
    if include_no_mixing_energy:
        fixture["include_no_mixing_energy"] = True
        fixture["no_mixing_energy"] = {c1: gf.f(ir.get_no_mixing_energy()[0][1]), c2: gf.f(ir.get_no_mixing_energy()[1][1])}
    return fixture


def main() -> int:
    rows = gf.load_dataset(os.path.join(gf.DATASETS, "lipon-bundled.csv"))
    for c1, c2, v, include in PAIRS:
        name = f"react-grand-{c1}-{c2}-{v:g}V" + ("-no-mixing" if include else "")
        path = gf.write_json(f"{name}.json", grand_fixture(rows, c1, c2, v, include))
        print(f"wrote {os.path.relpath(path, gf.ROOT)}")
    return 0


if __name__ == "__main__":
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sys.exit(main())
