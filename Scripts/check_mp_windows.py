#!/usr/bin/env python3
"""Compare Interphase's stability windows on mp-legacy with pymatgen's get_element_profile.

    python3 Scripts/check_mp_windows.py [--count 20] [--seed 2015] [--interphase .build/release/interphase]

Picks `count` random lithium compounds on the hull of mp-legacy (Bartel's decomposition energy
< 0, i.e. stable), computes each window with `interphase window --data mp-legacy --format json`
and with pymatgen's PhaseDiagram(...).get_element_profile(Li, composition) on the entries of the
compound's chemical system (plus Li), and prints both and the largest |ΔV|. pymatgen is only a
check here (pymatgen 2026.10.24), never a dependency of Interphase.

pymatgen's profile: rows sorted by decreasing critical chemical potential; row i gives the
decomposition just below its chempot c_i, i.e. on (c_{i+1}, c_i). The window is the row with zero
evolution: reduction limit −c_i (0 when it is the first row), oxidation limit −c_{i+1} (none when it
is the last row). Formation energies: Li's reference is 0, so V = −μ_Li.
"""
import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

from pymatgen.analysis.phase_diagram import PhaseDiagram
from pymatgen.core import Composition, Element

from mp_legacy import load_rows, system_entries

ROOT = Path(__file__).resolve().parent.parent


def pymatgen_window(rows, formula):
    composition = Composition(formula)
    system = {str(e) for e in composition.elements} | {"Li"}
    diagram = PhaseDiagram(system_entries(rows, system))
    profile = diagram.get_element_profile(Element("Li"), composition)
    for i, row in enumerate(profile):
        if abs(row["evolution"]) < 1e-6:
            reduction = 0.0 if i == 0 else -row["chempot"]
            oxidation = -profile[i + 1]["chempot"] if i + 1 < len(profile) else None
            return max(reduction, 0.0), oxidation
    return None, None


def interphase_windows(binary, formulas):
    output = subprocess.run([binary, "window", *formulas, "--data", "mp-legacy", "--format", "json"],
                            check=True, capture_output=True, text=True).stdout
    return {w["formula"]: (w.get("reduction_limit_V"), w.get("oxidation_limit_V")) for w in json.loads(output)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2015)
    parser.add_argument("--interphase", default=str(ROOT / ".build" / "release" / "interphase"))
    args = parser.parse_args()

    rows = load_rows()
    candidates = sorted(
        row["formula"] for row in rows
        if "Li" in {str(e) for e in Composition(row["formula"]).elements}
        and len(Composition(row["formula"]).elements) > 1
        and row["decomposition_energy_Bartel2020"] and float(row["decomposition_energy_Bartel2020"]) < -1e-6)
    formulas = random.Random(args.seed).sample(candidates, args.count)
    ours = interphase_windows(args.interphase, formulas)

    worst = 0.0
    print(f"{'formula':<24} {'interphase (V)':>17} {'pymatgen (V)':>17} {'max |dV|':>9}")
    for formula in formulas:
        reduction, oxidation = pymatgen_window(rows, formula)
        our_reduction, our_oxidation = ours[formula]
        deltas = [abs(our_reduction - reduction)]
        if (our_oxidation is None) != (oxidation is None):
            deltas.append(float("inf"))
        elif oxidation is not None:
            deltas.append(abs(our_oxidation - oxidation))
        delta = max(deltas)
        worst = max(worst, delta)
        fmt = lambda v: "never" if v is None else f"{v:.4f}"
        print(f"{formula:<24} {fmt(our_reduction):>8}–{fmt(our_oxidation):<8} {fmt(reduction):>8}–{fmt(oxidation):<8} {delta:9.2e}")
    print(f"{len(formulas)} compounds (seed {args.seed}): max |dV| = {worst:.2e} V")
    return 0 if worst < 1e-6 else 1


if __name__ == "__main__":
    sys.exit(main())
