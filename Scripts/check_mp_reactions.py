#!/usr/bin/env python3
"""Compare Interphase's interface reactions on mp-legacy with pymatgen's, and write golden fixtures.

    python3 Scripts/check_mp_reactions.py [--random 10] [--seed 14] [--interphase .build/release/interphase]
                                          [--fixtures Tests/InterphaseTests/Fixtures/mp-reactions.json]

For each pair (the named ones below, plus `--random` pairs of random compounds of mp-legacy that
share no more than one element), with Li closed and with Li open at several voltages, runs
`interphase react A B --data mp-legacy --format json [--open Li --voltage V]` and pymatgen
2026.10.24 on the entries of the pair's chemical system (plus Li when open):
- closed: InterfacialReactivity(A, B, PhaseDiagram(entries), norm=True, use_hull_energy=True);
- Li open: GrandPotentialInterfacialReactivity(A, B, GrandPotentialPhaseDiagram(entries, {Li: -V}),
  PhaseDiagram(entries), norm=True, include_no_mixing_energy=False, use_hull_energy=True);
and compares every kink: x and energy within 1e-4 (pymatgen's own tolerance for kinks is 1e-8; its
energies come from its hull, ours from ours, equal to rounding), and the same products (the
reservoir Li, which pymatgen lists among the products, left out). mp-legacy holds formation energies,
so every element's reference is 0 eV/atom and μ_Li = −V. pymatgen is a check and fixture
generator only, never a dependency of Interphase.

With --fixtures, the named pairs' kinks are written as a golden fixture for the tests.
"""
import argparse
import json
import random
import subprocess
import sys
import warnings
from pathlib import Path

from pymatgen.analysis.interface_reactions import GrandPotentialInterfacialReactivity, InterfacialReactivity
from pymatgen.analysis.phase_diagram import GrandPotentialPhaseDiagram, PhaseDiagram
from pymatgen.core import Composition, Element

from mp_legacy import load_rows, system_entries  # noqa: F401  (check_cell.py imports both from here)

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 1e-4

# (A, B, voltages with Li open; None = Li closed)
PAIRS = [
    ("Li2PO2N", "LiNi0.5Mn1.5O4", [None, 0.0, 4.7]),
    ("Li3.2PO3.8N0.2", "LiCoO2", [None, 0.0, 4.2]),
    ("Li7La3Zr2O12", "LiCoO2", [None, 0.0, 4.5]),
    ("Li3PS4", "LiCoO2", [None, 0.0, 4.0, 5.0]),
    ("Li3PO4", "LiFePO4", [None, 3.5]),
    ("Li", "Li2PO2N", [None]),
]


def pymatgen_kinks(rows, a, b, voltage, include_no_mixing_energy=False):
    system = {str(e) for e in Composition(a).elements} | {str(e) for e in Composition(b).elements}
    if voltage is not None:
        system |= {"Li"}
    entries = system_entries(rows, system)
    pd = PhaseDiagram(entries)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if voltage is None:
            ir = InterfacialReactivity(Composition(a), Composition(b), pd, norm=True, use_hull_energy=True)
        else:
            gpd = GrandPotentialPhaseDiagram(entries, {Element("Li"): -voltage})
            ir = GrandPotentialInterfacialReactivity(
                Composition(a), Composition(b), gpd, pd, norm=True, include_no_mixing_energy=include_no_mixing_energy,
                use_hull_energy=True)
        kinks = []
        for _, x, energy, reaction, _ in ir.get_kinks():
            products = sorted({c.reduced_formula for c in reaction.products} - ({"Li"} if voltage is not None else set()))
            kinks.append({"x": float(x), "energy_per_atom": float(energy), "products": products})
    return kinks


def interphase_kinks(binary, a, b, voltage, include_no_mixing_energy=False):
    command = [binary, "react", a, b, "--data", "mp-legacy", "--format", "json"]
    if voltage is not None:
        command += ["--open", "Li", "--voltage", repr(float(voltage))]
    if include_no_mixing_energy:
        command += ["--include-no-mixing"]
    reaction = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    return [{"x": k["x"], "energy_per_atom": k["energy_per_atom"], "products": sorted(p["formula"] for p in k["products"])}
            for k in reaction["kinks"]]


def compare(ours, theirs):
    """The largest difference in x or energy, or inf when kinks or products differ."""
    if len(ours) != len(theirs):
        return float("inf"), f"{len(ours)} kinks vs {len(theirs)}"
    worst = 0.0
    for mine, other in zip(ours, theirs):
        if mine["products"] != other["products"]:
            return float("inf"), f"at x = {mine['x']:.4f}: {mine['products']} vs {other['products']}"
        worst = max(worst, abs(mine["x"] - other["x"]), abs(mine["energy_per_atom"] - other["energy_per_atom"]))
    return worst, ""


def random_pairs(rows, count, seed):
    generator = random.Random(seed)
    compounds = [row["formula"] for row in rows if 2 <= len(Composition(row["formula"]).elements) <= 3
                 and row["decomposition_energy_Bartel2020"] and float(row["decomposition_energy_Bartel2020"]) < -1e-6]
    pairs = []
    while len(pairs) < count:
        a, b = generator.sample(compounds, 2)
        union = {str(e) for e in Composition(a).elements} | {str(e) for e in Composition(b).elements}
        if len(union) <= 5:
            voltage = None if "Li" not in union else generator.choice([None, 0.5, 2.0, 4.0])
            pairs.append((a, b, [voltage] if voltage is None or "Li" in union else [None]))
    return pairs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--random", type=int, default=10)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--interphase", default=str(ROOT / ".build" / "release" / "interphase"))
    parser.add_argument("--fixtures")
    args = parser.parse_args()

    rows = load_rows()
    worst = 0.0
    fixtures = []
    for named, pairs in [(True, PAIRS), (False, random_pairs(rows, args.random, args.seed))]:
        for a, b, voltages in pairs:
            for voltage in voltages:
                if voltage is not None and (Composition(a).elements == [Element("Li")] or Composition(b).elements == [Element("Li")]):
                    continue
                theirs = pymatgen_kinks(rows, a, b, voltage)
                ours = interphase_kinks(args.interphase, a, b, voltage)
                delta, problem = compare(ours, theirs)
                worst = max(worst, delta)
                label = f"{a} | {b}" + ("" if voltage is None else f" (Li open, {voltage} V)")
                print(f"{label:<55} {len(ours):3d} kinks  max |d| = {delta:.2e} {problem}")
                if named:
                    fixtures.append({"a": a, "b": b, "voltage": voltage, "kinks": theirs})
    print(f"max |d| over all pairs = {worst:.2e} (tolerance {TOLERANCE})")
    if args.fixtures:
        document = {
            "source": "pymatgen 2026.10.24 on Data/mp-legacy.csv, entries of each pair's chemical system "
                      "(plus Li when open), formation energies with every element at 0; "
                      "InterfacialReactivity(norm=True, use_hull_energy=True) closed, "
                      "GrandPotentialInterfacialReactivity(norm=True, include_no_mixing_energy=False, "
                      "use_hull_energy=True) with {Li: -V} open; products without the reservoir Li. "
                      "Written by Scripts/check_mp_reactions.py --fixtures.",
            "pairs": fixtures,
        }
        Path(args.fixtures).write_text(json.dumps(document, indent=1) + "\n")
    return 0 if worst < TOLERANCE else 1


if __name__ == "__main__":
    sys.exit(main())
