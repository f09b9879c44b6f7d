#!/usr/bin/env python3
"""Compare `interphase cell` on mp-legacy with pymatgen, and write the golden fixture of the cells.

    python3 Scripts/check_cell.py [--interphase .build/release/interphase]
                                  [--fixtures Tests/InterphaseTests/Fixtures/cell-mp-legacy.json]

For each cell below, runs `interphase cell --anode A --electrolyte E --cathode C --cathode-voltage V
--data mp-legacy --format json` and pymatgen 2026.10.24 on the entries of each question's chemical
system (Scripts/check_mp_reactions.py builds them: formation energies, every element at 0 eV/atom,
so mu_Li = -V):
- each side's closed reaction, electrode as A: InterfacialReactivity(electrode, electrolyte,
  PhaseDiagram, norm=True, use_hull_energy=True);
- each side's Li-open reaction (not for a Li metal anode): GrandPotentialInterfacialReactivity(
  electrode, electrolyte, GrandPotentialPhaseDiagram({Li: -V}), PhaseDiagram, norm=True,
  include_no_mixing_energy=False, use_hull_energy=True);
- each side's decomposition of the electrolyte alone at the electrode's voltage: the products of
  GrandPotentialPhaseDiagram({Li: -V}).get_decomposition(electrolyte without Li) (Li left out);
and compares every kink (x and energy within 1e-4, the same products) and the products sets.
pymatgen is a check and fixture generator only, never a dependency of Interphase.
"""
import argparse
import json
import subprocess
import sys
import warnings
from pathlib import Path

from pymatgen.analysis.phase_diagram import GrandPotentialPhaseDiagram
from pymatgen.core import Composition, Element

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_mp_reactions import TOLERANCE, compare, load_rows, pymatgen_kinks, system_entries  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# (anode, anode voltage or None for the metal, electrolyte, cathode, cathode voltage)
CELLS = [
    ("Li", None, "Li2PO2N", "LiNi0.5Mn1.5O4", 4.7),
    ("Li", None, "Li2PO2N", "LiCoO2", 4.2),
    ("Li", None, "Li2PO2N", "LiMn2O4", 4.0),
    ("Li", None, "Li3PO4", "LiNi0.5Mn1.5O4", 4.7),
    ("Li4Ti5O12", 1.55, "Li3PS4", "LiCoO2", 4.2),
]


def pymatgen_decomposition(rows, electrolyte, voltage):
    system = {str(e) for e in Composition(electrolyte).elements} | {"Li"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gpd = GrandPotentialPhaseDiagram(system_entries(rows, system), {Element("Li"): -voltage})
        closed = Composition({e: a for e, a in Composition(electrolyte).items() if str(e) != "Li"})
        products = gpd.get_decomposition(closed)
    return sorted({entry.original_entry.composition.reduced_formula for entry in products} - {"Li"})


def interphase_cell(binary, cell):
    anode, anode_voltage, electrolyte, cathode, cathode_voltage = cell
    command = [binary, "cell", "--anode", anode, "--electrolyte", electrolyte, "--cathode", cathode,
               "--cathode-voltage", str(cathode_voltage), "--data", "mp-legacy", "--format", "json"]
    if anode_voltage is not None:
        command += ["--anode-voltage", str(anode_voltage)]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def kinks(reaction):
    return [{"x": k["x"], "energy_per_atom": k["energy_per_atom"], "products": sorted(p["formula"] for p in k["products"])}
            for k in reaction["kinks"]]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interphase", default=str(ROOT / ".build" / "release" / "interphase"))
    parser.add_argument("--fixtures")
    args = parser.parse_args()

    rows = load_rows()
    worst, failures, fixtures = 0.0, 0, []
    for cell in CELLS:
        anode, anode_voltage, electrolyte, cathode, cathode_voltage = cell
        report = interphase_cell(args.interphase, cell)
        entry = {"anode": anode, "anode_voltage": anode_voltage, "electrolyte": electrolyte, "cathode": cathode,
                 "cathode_voltage": cathode_voltage, "sides": {}}
        for name, electrode, voltage in [("anode", anode, anode_voltage or 0.0), ("cathode", cathode, cathode_voltage)]:
            side = report[f"{name}_side"]
            expected = {"closed": pymatgen_kinks(rows, electrode, electrolyte, None),
                        "decomposition": pymatgen_decomposition(rows, electrolyte, voltage)}
            checks = [("closed", kinks(side["closed"]), expected["closed"])]
            if Composition(electrode).elements != [Element("Li")]:
                expected["open"] = pymatgen_kinks(rows, electrode, electrolyte, voltage)
                checks.append((f"Li open at {voltage} V", kinks(side["open"]), expected["open"]))
            for label, ours, theirs in checks:
                delta, problem = compare(ours, theirs)
                worst = max(worst, delta)
                print(f"{anode} | {electrolyte} | {cathode}, {name} side {label:<18} {len(ours):3d} kinks  max |d| = {delta:.2e} {problem}")
            ours = sorted(p["formula"] for p in side["decomposition"]["products"])
            same = ours == expected["decomposition"]
            failures += 0 if same else 1
            print(f"{anode} | {electrolyte} | {cathode}, {name} side {electrolyte} alone at {voltage} V: "
                  f"{' + '.join(ours)} {'' if same else 'vs pymatgen ' + ' + '.join(expected['decomposition'])}")
            entry["sides"][name] = expected
        fixtures.append(entry)
    print(f"max |d| over all reactions = {worst:.2e} (tolerance {TOLERANCE}); decompositions differing: {failures}")
    if args.fixtures:
        document = {
            "source": "pymatgen 2026.10.24 on Data/mp-legacy.csv, entries of each question's chemical system (plus Li), "
                      "formation energies with every element at 0; electrode as reactant A; closed: "
                      "InterfacialReactivity(norm=True, use_hull_energy=True); open: GrandPotentialInterfacialReactivity("
                      "norm=True, include_no_mixing_energy=False, use_hull_energy=True) with {Li: -V}; decomposition: "
                      "GrandPotentialPhaseDiagram({Li: -V}).get_decomposition of the electrolyte without Li. "
                      "Products without the reservoir Li. Written by Scripts/check_cell.py --fixtures.",
            "cells": fixtures,
        }
        Path(args.fixtures).write_text(json.dumps(document, indent=1) + "\n")
    return 0 if worst < TOLERANCE and failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
