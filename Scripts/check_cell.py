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
- the verdict's two numbers (issue 24): `decomposition_energy`, the electrolyte's ΔΦ by itself
  (that grand hull minus its own E - mu_Li N_Li, per atom of the electrolyte), and
  `electrode_reaction_energy` (also under its older key `reaction_energy`), what the electrode adds
  beyond that: the most exothermic kink of the Li-open reaction above (0 for a Li metal anode);
and compares every kink (x and energy within 1e-4, the same products), the products sets and the
verdict's numbers.

Then the cell study's comparison with Richards et al. (Chem. Mater. 28, 266 (2016)): their LiPON
model Li3.2PO3.8N0.2 against LiCoO2 with Li open at LiCoO2's average voltage and at 4.2 V.
- The average voltage of LiCoO2 -> CoO2 + Li: -(E_hull(LiCoO2) - E_hull(CoO2)) per Li on the
  Li-Co-O PhaseDiagram (formation energies, so E(Li) = 0), the same as InsertionElectrode's
  get_average_voltage() over the LixCoO2 entries with x <= 1; its plateaus are those of
  PhaseDiagram.get_element_profile(Li, LiCoO2), compared with `interphase sweep LiCoO2 --open Li`.
- The reaction at each voltage with include_no_mixing_energy=True (`react --include-no-mixing`)
  and False (`react`), LiCoO2 as A. pymatgen's include_no_mixing_energy=True takes each reactant at
  its own grand potential, (E - mu_Li N_Li) / N_closed with E the closed PhaseDiagram's
  get_hull_energy at its composition (use_hull_energy=True); its get_no_mixing_energy() (grand hull
  minus that) is what the kinks at x = 0 and 1 then carry, and is checked against them.
pymatgen is a check and fixture generator only, never a dependency of Interphase.
"""
import argparse
import json
import subprocess
import sys
import warnings
from pathlib import Path

from pymatgen.analysis.interface_reactions import GrandPotentialInterfacialReactivity
from pymatgen.analysis.phase_diagram import GrandPotentialPhaseDiagram, PhaseDiagram
from pymatgen.apps.battery.insertion_battery import InsertionElectrode
from pymatgen.core import Composition, Element
from pymatgen.entries.computed_entries import ComputedEntry

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_mp_reactions import (  # noqa: E402
    TOLERANCE, compare, interphase_kinks, load_rows, pymatgen_kinks, system_entries)

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
    """The products of the electrolyte alone with Li open at `voltage` (Li left out), and its ΔΦ per
    atom of the electrolyte as written: the grand hull at its closed part minus its own grand
    potential (its lowest entry, E - mu_Li N_Li; the hull energy when the data lack it)."""
    system = {str(e) for e in Composition(electrolyte).elements} | {"Li"}
    composition = Composition(electrolyte)
    entries = system_entries(rows, system)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gpd = GrandPotentialPhaseDiagram(entries, {Element("Li"): -voltage})
        closed = Composition({e: a for e, a in composition.items() if str(e) != "Li"})
        products = gpd.get_decomposition(closed)
        own = [e.energy_per_atom for e in entries if e.composition.reduced_composition == composition.reduced_composition]
        energy = (min(own) if own else PhaseDiagram(entries).get_hull_energy_per_atom(composition)) * composition.num_atoms
        change = (gpd.get_hull_energy(closed) - (energy + voltage * composition["Li"])) / composition.num_atoms
    return sorted({entry.original_entry.composition.reduced_formula for entry in products} - {"Li"}), float(change)


# Richards et al.'s pair: (cathode, their LiPON model, the cathode's delithiated end, the voltages
# besides the cathode's average voltage).
RICHARDS = ("LiCoO2", "Li3.2PO3.8N0.2", "CoO2", [4.2])


def lithium_per_host(composition, host):
    """Li atoms per formula unit of `host` in `composition`; None when its other elements are not in host's ratio."""
    rest = Composition({e: a for e, a in composition.items() if str(e) != "Li"})
    if rest.num_atoms == 0 or rest.reduced_composition != host.reduced_composition:
        return None
    return composition["Li"] * host.num_atoms / rest.num_atoms


def pymatgen_average_voltage(rows, cathode, delithiated):
    """The average voltage of cathode -> delithiated + n Li, its plateaus, and InsertionElectrode's value."""
    entries = system_entries(rows, {str(e) for e in Composition(cathode).elements})
    pd = PhaseDiagram(entries)
    full, empty = Composition(cathode), Composition(delithiated)
    average = -(pd.get_hull_energy(full) - pd.get_hull_energy(empty)) / (full["Li"] - empty["Li"])
    released = empty["Li"] - full["Li"]
    plateaus = sorted(-step["chempot"] for step in pd.get_element_profile(Element("Li"), full)
                      if released - 1e-9 <= step["evolution"] < -1e-9)
    # The same from InsertionElectrode, over the entries on the tie line between the two ends.
    host = Composition({e: a for e, a in full.items() if str(e) != "Li"})
    between = [ComputedEntry(entry.composition, entry.energy) for entry in entries
               if (x := lithium_per_host(entry.composition, host)) is not None and empty["Li"] - 1e-9 <= x <= full["Li"] + 1e-9]
    ion = next(ComputedEntry(entry.composition, entry.energy) for entry in entries if entry.composition.reduced_formula == "Li")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        electrode = InsertionElectrode.from_entries(between, ion).get_average_voltage()
    return {"voltage": float(average), "plateaus": [float(v) for v in plateaus], "insertion_electrode": float(electrode)}


def pymatgen_no_mixing(rows, a, b, voltage):
    """pymatgen's get_no_mixing_energy() of A and B (eV per closed atom), Li open at `voltage`."""
    system = {str(e) for e in Composition(a).elements} | {str(e) for e in Composition(b).elements} | {"Li"}
    entries = system_entries(rows, system)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gpd = GrandPotentialPhaseDiagram(entries, {Element("Li"): -voltage})
        ir = GrandPotentialInterfacialReactivity(Composition(a), Composition(b), gpd, PhaseDiagram(entries), norm=True,
                                                 include_no_mixing_energy=True, use_hull_energy=True)
        (_, energy_a), (_, energy_b) = ir.get_no_mixing_energy()
    return {a: float(energy_a), b: float(energy_b)}


def interphase_plateaus(binary, formula):
    command = [binary, "sweep", formula, "--open", "Li", "--data", "mp-legacy", "--format", "json"]
    profile = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    return [step["voltage_high"] for step in profile["steps"] if step["voltage_high"] is not None]


def check_richards(binary, rows):
    """The cell study's Richards et al. comparison: (worst difference, failures, fixture)."""
    cathode, electrolyte, delithiated, voltages = RICHARDS
    average = pymatgen_average_voltage(rows, cathode, delithiated)
    ours = interphase_plateaus(binary, cathode)
    missing = [v for v in average["plateaus"] if not any(abs(v - mine) < TOLERANCE for mine in ours)]
    worst = abs(average["voltage"] - average["insertion_electrode"])
    print(f"{cathode} -> {delithiated} + Li: average {average['voltage']:.6f} V (InsertionElectrode "
          f"{average['insertion_electrode']:.6f}), plateaus {', '.join(f'{v:.6f}' for v in average['plateaus'])} V"
          + (f"; not among interphase sweep's: {missing}" if missing else ", as interphase sweep's"))
    failures = 1 if missing else 0
    reactions = []
    for voltage in [average["voltage"]] + voltages:
        no_mixing = pymatgen_no_mixing(rows, cathode, electrolyte, voltage)
        for include in [True, False]:
            theirs = pymatgen_kinks(rows, cathode, electrolyte, voltage, include_no_mixing_energy=include)
            mine = interphase_kinks(binary, cathode, electrolyte, voltage, include_no_mixing_energy=include)
            delta, problem = compare(mine, theirs)
            if include:
                # The ends carry each reactant's no-mixing energy: B's at x = 0, A's at x = 1.
                ends = max(abs(theirs[0]["energy_per_atom"] - no_mixing[electrolyte]),
                           abs(theirs[-1]["energy_per_atom"] - no_mixing[cathode]))
                delta = max(delta, ends)
            worst = max(worst, delta)
            best = min(theirs, key=lambda kink: kink["energy_per_atom"])
            print(f"{cathode} | {electrolyte} (Li open, {voltage:.6f} V, include_no_mixing_energy={include!s:<5}) "
                  f"{len(mine):3d} kinks  max |d| = {delta:.2e}  most exothermic {best['energy_per_atom']:.6f} "
                  f"at x = {best['x']:.4f} {problem}")
            reactions.append({"voltage": voltage, "include_no_mixing_energy": include, "kinks": theirs,
                              **({"no_mixing_energy": no_mixing} if include else {})})
    fixture = {"cathode": cathode, "electrolyte": electrolyte, "delithiated": delithiated,
               "average_voltage": average, "reactions": reactions}
    return worst, failures, fixture


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
            products, decomposition_energy = pymatgen_decomposition(rows, electrolyte, voltage)
            expected = {"closed": pymatgen_kinks(rows, electrode, electrolyte, None), "decomposition": products}
            checks = [("closed", kinks(side["closed"]), expected["closed"])]
            if Composition(electrode).elements != [Element("Li")]:
                expected["open"] = pymatgen_kinks(rows, electrode, electrolyte, voltage)
                checks.append((f"Li open at {voltage} V", kinks(side["open"]), expected["open"]))
            for label, ours, theirs in checks:
                delta, problem = compare(ours, theirs)
                worst = max(worst, delta)
                print(f"{anode} | {electrolyte} | {cathode}, {name} side {label:<18} {len(ours):3d} kinks  max |d| = {delta:.2e} {problem}")
            # The verdict's two numbers (issue 24): what the electrolyte does by itself at this
            # voltage (ΔΦ per atom of the electrolyte), and what the electrode adds beyond that
            # (the most exothermic kink of the Li-open reaction, which starts from each reactant's
            # own equilibrium; 0 for the Li metal, the reservoir itself). `reaction_energy` is kept
            # in the JSON as the latter.
            beyond = min(min(k["energy_per_atom"] for k in expected["open"]), 0.0) if "open" in expected else 0.0
            verdict = max(abs(side["decomposition_energy"] - decomposition_energy),
                          abs(side["electrode_reaction_energy"] - beyond), abs(side["reaction_energy"] - beyond))
            worst = max(worst, verdict)
            print(f"{anode} | {electrolyte} | {cathode}, {name} side verdict: by itself {side['decomposition_energy']:.6f} "
                  f"eV/atom of {electrolyte}, electrode beyond that {side['electrode_reaction_energy']:.6f} eV/atom  "
                  f"max |d| = {verdict:.2e}")
            ours = sorted(p["formula"] for p in side["decomposition"]["products"])
            same = ours == expected["decomposition"]
            failures += 0 if same else 1
            print(f"{anode} | {electrolyte} | {cathode}, {name} side {electrolyte} alone at {voltage} V: "
                  f"{' + '.join(ours)} {'' if same else 'vs pymatgen ' + ' + '.join(expected['decomposition'])}")
            entry["sides"][name] = expected
        fixtures.append(entry)
    delta, missing, richards = check_richards(args.interphase, rows)
    worst, failures = max(worst, delta), failures + missing
    print(f"max |d| over all reactions = {worst:.2e} (tolerance {TOLERANCE}); decompositions or plateaus differing: {failures}")
    if args.fixtures:
        document = {
            "source": "pymatgen 2026.10.24 on Data/mp-legacy.csv, entries of each question's chemical system (plus Li), "
                      "formation energies with every element at 0; electrode as reactant A; closed: "
                      "InterfacialReactivity(norm=True, use_hull_energy=True); open: GrandPotentialInterfacialReactivity("
                      "norm=True, include_no_mixing_energy=False, use_hull_energy=True) with {Li: -V}; decomposition: "
                      "GrandPotentialPhaseDiagram({Li: -V}).get_decomposition of the electrolyte without Li. "
                      "Products without the reservoir Li. richards2016: Li3.2PO3.8N0.2 against LiCoO2 (A) with Li open "
                      "at LiCoO2's average voltage (-(E_hull(LiCoO2) - E_hull(CoO2)), equal to InsertionElectrode's; "
                      "plateaus from get_element_profile) and at 4.2 V, GrandPotentialInterfacialReactivity(norm=True, "
                      "include_no_mixing_energy=True and False, use_hull_energy=True), with get_no_mixing_energy(). "
                      "Written by Scripts/check_cell.py --fixtures.",
            "cells": fixtures,
            "richards2016": richards,
        }
        Path(args.fixtures).write_text(json.dumps(document, indent=1) + "\n")
    return 0 if worst < TOLERANCE and failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
