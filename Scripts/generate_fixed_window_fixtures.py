#!/usr/bin/env python3
"""Golden fixture for stability windows under fixed chemical potentials (issue 24): pymatgen's
answer, with the swept element and every fixed element open in a GrandPotentialPhaseDiagram.

Pinned reference implementation: pymatgen 2026.10.24 (a fixture generator only, never a runtime
dependency of Interphase). Run from the repository root:

    python3 Scripts/generate_fixed_window_fixtures.py

Writes Tests/InterphaseTests/Fixtures/fixed-potential-windows.json. For each case (dataset,
formula, swept element, fixed chemical potentials μ − μ⁰ relative to the elemental references):

1. The critical chemical potentials of the swept element are those of
   GrandPotentialPhaseDiagram(entries′, {fixed: absolute μ}).get_transition_chempots(swept) (a
   superset of the composition's own transitions), kept between the pure element (0) and −∞.
   entries′ leaves out the compounds made only of the swept and fixed elements: with all of them
   open those drop out (step 2), while with the swept element closed they would stand in for its
   pure entry and hide every transition above their own μ.
2. In each interval between consecutive critical values, at its midpoint (1 eV below the last
   one for the unbounded interval), the composition's closed part decomposes in
   GrandPotentialPhaseDiagram(entries, {swept and fixed: absolute μ}); its exchange of each open
   element is that element's atoms in the products minus those in one formula unit.
3. The window is the first run of intervals in which it exchanges none of the swept element
   and none of any fixed element (|exchange| ≤ 1e-6 atoms per formula unit); the window is
   EMPTY when there is none. Limits: μ − μ⁰ of the swept element at the run's high end (the
   reduction limit; 0 at the pure element) and low end (the oxidation limit; null for −∞).

Chemical potentials are ABSOLUTE in pymatgen (μ⁰ = the lowest energy per atom of the element's
pure entries); the fixture stores them relative. The Swift test (FixedPotentialWindowTests)
compares every case: emptiness exactly, limits within 1e-6 eV.

Datasets: the lipon-bundled test fixture (Scripts/generate_fixtures.py) and chemical systems of
Data/mp-legacy.csv (only the elements of the composition, the swept and the fixed ones). Gas
cases hold the μ that Interphase's JANAF home gives for the gas (`interphase window ... --gas`
echoes it in `fixed_chemical_potentials`), written here as numbers.
"""

from __future__ import annotations

import sys

from pymatgen.analysis.phase_diagram import GrandPotentialPhaseDiagram
from pymatgen.core import Composition, Element

from generate_fixed_potential_fixtures import load_rows, mu_ref, write_pinned_fixture

EXCHANGE_TOL = 1e-6  # atoms per formula unit
CRITICAL_TOL = 1e-9  # eV: critical values closer than this are one

CASES = [
    # (dataset, formula, swept, fixed μ − μ⁰ in eV, what the case is)
    ("mp-legacy", "Li2SiN2", "Li", {"N": -2.6286}, "issue 24: releases N2 at every voltage"),
    ("mp-legacy", "Li2SiN2", "Li", {"N": -0.5}, "on the hull, N-rich"),
    ("mp-legacy", "Li4Ti5O12", "Li", {"O": -0.5403023332085337}, "O2 at 1 bar and 500 K (--gas O2=1 --temperature 500)"),
    ("mp-legacy", "Li4Ti5O12", "Li", {"O": -3.0}, "on the hull, reducing"),
    ("mp-legacy", "LiCoO2", "Li", {"O": -0.5}, "on the hull"),
    ("mp-legacy", "LiCoO2", "Li", {"O": -2.5}, "on the hull, reducing"),
    ("mp-legacy", "LiMn2O4", "Li", {"O": -1.2}, "on the hull"),
    ("mp-legacy", "LiFePO4", "Li", {"O": -1.5}, "on the hull"),
    ("mp-legacy", "LiFePO4", "Li", {"O": -3.5}, "on the hull, strongly reducing"),
    ("mp-legacy", "Li7La3Zr2O12", "Li", {"O": -1.0}, "on or near the hull, four elements"),
    ("mp-legacy", "Li3PS4", "Li", {"S": -0.3}, "sulfide, S fixed"),
    ("mp-legacy", "Li7P3S11", "Li", {"S": -0.2}, "metastable (above the hull)"),
    ("mp-legacy", "Li6PS5Cl", "Li", {"S": -0.3, "Cl": -2.0}, "metastable, two fixed elements"),
    ("mp-legacy", "Li6PS5Cl", "Li", {"Cl": -1.5}, "metastable, Cl fixed"),
    ("mp-legacy", "LiNiO2", "Li", {"O": -0.3}, "on the hull, oxidising"),
    ("lipon-bundled", "Li2PO2N", "Li", {"N": -0.29605}, "N2 at 1 bar"),
    ("lipon-bundled", "Li2PO2N", "Li", {"N": -1.0}, "N-poor"),
    ("lipon-bundled", "Li2PO2N", "Li", {"N": -0.3, "O": -2.0}, "two fixed elements"),
    ("lipon-bundled", "Li3PO4", "Li", {"O": -0.317}, "O fixed"),
    ("lipon-bundled", "Li3PO4", "Li", {"N": -0.29605}, "a fixed element the composition lacks"),
    ("lipon-bundled", "Li7PN4", "Li", {"N": -0.5}, "nitride"),
    ("lipon-bundled", "LiPN2", "Li", {"O": -3.0}, "a fixed element the composition lacks"),
    ("lipon-bundled", "Li3.2PO3.8N0.2", "Li", {"N": -0.29605, "O": -2.0}, "absent from the data"),
]


def exchanges(gpd, entries_formula: Composition, closed: Composition, open_elements):
    """Atoms of each open element taken up per formula unit (products minus input)."""
    decomposition = gpd.get_decomposition(closed)
    closed_atoms = closed.num_atoms
    uptakes = {}
    for el in open_elements:
        in_products = sum(amount * closed_atoms / entry.composition.num_atoms * entry.original_entry.composition[el]
                          for entry, amount in decomposition.items())
        uptakes[el] = in_products - entries_formula[el]
    return uptakes


def case_fixture(dataset, formula, swept, fixed, description):
    comp = Composition(formula)
    system = sorted({el.symbol for el in comp.elements} | {swept} | set(fixed))
    entries = load_rows(dataset, None if dataset == "lipon-bundled" else system)
    open_elements = [swept] + sorted(fixed)
    closed = Composition({el: amt for el, amt in comp.items() if el.symbol not in open_elements})
    fixed_absolute = {Element(el): mu_ref(entries, el) + mu for el, mu in fixed.items()}
    reference = mu_ref(entries, swept)

    only_open = lambda entry: {el.symbol for el in entry.composition.elements} <= set(open_elements)
    transition_entries = [e for e in entries if e.composition.is_element or not only_open(e)]
    critical = GrandPotentialPhaseDiagram(transition_entries, fixed_absolute).get_transition_chempots(Element(swept))
    bounds = [0.0]
    for value in sorted((c - reference for c in critical), reverse=True):
        if value < bounds[-1] - CRITICAL_TOL:
            bounds.append(value)
    bounds.append(None)  # −∞

    intervals = []
    for high, low in zip(bounds, bounds[1:]):
        probe = high - 1.0 if low is None else (high + low) / 2
        chempots = dict(fixed_absolute)
        chempots[Element(swept)] = reference + probe
        uptakes = exchanges(GrandPotentialPhaseDiagram(entries, chempots), comp, closed, [Element(e) for e in open_elements])
        closed_step = all(abs(v) <= EXCHANGE_TOL for v in uptakes.values())
        intervals.append({"mu_high": high, "mu_low": low, "exchanges_nothing": closed_step,
                          "uptakes": {el.symbol: round(v, 10) for el, v in uptakes.items()}})

    window = {"empty": True, "reduction_limit_mu": None, "oxidation_limit_mu": None}
    first = next((i for i, interval in enumerate(intervals) if interval["exchanges_nothing"]), None)
    if first is not None:
        last = first
        while last + 1 < len(intervals) and intervals[last + 1]["exchanges_nothing"]:
            last += 1
        window = {"empty": False, "reduction_limit_mu": intervals[first]["mu_high"],
                  "oxidation_limit_mu": intervals[last]["mu_low"]}
    return {"dataset": dataset, "formula": formula, "swept": swept, "fixed": fixed,
            "description": description, "window": window, "intervals": intervals}


def main() -> int:
    path, cases = write_pinned_fixture(
        "fixed-potential-windows.json",
        "window = first run of intervals of the swept mu (between GrandPotentialPhaseDiagram(entries "
        "without compounds of only open elements, {fixed: absolute mu}).get_transition_chempots(swept)) where the decomposition in "
        "GrandPotentialPhaseDiagram(entries, {swept and fixed: absolute mu}) exchanges none of the swept "
        "and fixed elements (|exchange| <= 1e-6 per formula unit); empty when none; mu relative to mu_ref",
        lambda: [case_fixture(*case) for case in CASES])
    empty = sum(case["window"]["empty"] for case in cases)
    print(f"wrote {path}: {len(cases)} cases, {empty} empty windows")
    for case in cases:
        w = case["window"]
        print(f"  {case['dataset']:<14} {case['formula']:<16} {case['fixed']}: "
              + ("empty" if w["empty"] else f"{w['reduction_limit_mu']:.6f} .. {w['oxidation_limit_mu']}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
