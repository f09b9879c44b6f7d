#!/usr/bin/env python3
"""Checks `interphase chempot` against pymatgen's ChemicalPotentialDiagram on subsystems of the
whole Materials Project (Data/mp-legacy.csv), data the golden fixtures do not use.

    python3 Scripts/check_chempot.py [--interphase .build/debug/interphase] [--min-mu -15] [--eight] [SYSTEM ...]

For each system (default: a few ternaries and quaternaries), runs
`interphase chempot SYSTEM --data mp-legacy --min-mu L --format json` and
`ChemicalPotentialDiagram(entries of the system, default_min_limit=L, formal_chempots=True).domains`
(pymatgen 2026.10.24) and compares every domain's distinct vertices: the same number, each within
--tolerance (1e-6 eV) of the other set's nearest (max over coordinates); prints the largest |Δμ|.
--eight adds two 8-element systems (Li-Na-K-Mg-Ca-Cl-Br-I, Li-Fe-P-O-Mn-Co-Ni-S; minutes).
Exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
import warnings
from pathlib import Path

import numpy
from pymatgen.analysis.chempot_diagram import ChemicalPotentialDiagram
from pymatgen.analysis.phase_diagram import PDEntry
from pymatgen.core import Composition
from scipy.spatial import cKDTree

ROOT = Path(__file__).resolve().parent.parent
SYSTEMS = ["Li-Co-O", "Li-Mn-O", "Li-Fe-P-O", "Na-S-O", "Li-La-Zr-O"]
# 8 elements (issue 26: the interior point once passed qhull's 140-character limit on an option).
EIGHT = ["Li-Na-K-Mg-Ca-Cl-Br-I", "Li-Fe-P-O-Mn-Co-Ni-S"]


def entries_of(system):
    entries = []
    with open(ROOT / "Data" / "mp-legacy.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            comp = Composition(row["formula"])
            if {e.symbol for e in comp.elements} <= set(system):
                entries.append(PDEntry(comp, float(row["formation_energy_per_atom"]) * comp.num_atoms,
                                       attribute=row["material_id"]))
    referenced = {e.composition.elements[0].symbol for e in entries if e.composition.is_element and e.energy_per_atom <= 0}
    for el in sorted(set(system) - referenced):
        entries.append(PDEntry(Composition(el), 0.0))
    return entries


def deviation(ours, theirs):
    """The largest distance (max over coordinates) from a vertex of either set to the nearest of the
    other, or None when the numbers of distinct vertices differ."""
    if len(ours) != len(theirs):
        return None
    if not ours:
        return 0.0
    a, b = numpy.array(sorted(ours)), numpy.array(sorted(theirs))
    return max(cKDTree(a).query(b, p=numpy.inf)[0].max(), cKDTree(b).query(a, p=numpy.inf)[0].max())


def check(binary, system_text, limit, tolerance):
    system = system_text.split("-")
    started = time.time()
    out = subprocess.run([binary, "chempot", system_text, "--data", "mp-legacy", "--min-mu", str(limit), "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    elapsed = time.time() - started
    ours = json.loads(out)
    diagram = ChemicalPotentialDiagram(entries_of(system), default_min_limit=limit, formal_chempots=True)
    columns = [ours["elements"].index(el.symbol) for el in diagram.elements]
    # pymatgen may list a vertex once per qhull facet it lies on: distinct at 1e-9 eV.
    theirs = {Composition(f).reduced_composition: {tuple(round(float(x), 9) for x in v) for v in points}
              for f, points in diagram.domains.items()}
    mine = {Composition(d["formula"]).reduced_composition: {tuple(v[c] for c in columns) for v in d["vertices"]}
            for d in ours["domains"]}
    deviations = {c: deviation(mine.get(c, set()), theirs.get(c, set())) for c in set(theirs) | set(mine)}
    bad = [str(c) for c, value in deviations.items() if value is None or value > tolerance]
    worst = max((value for value in deviations.values() if value is not None), default=0.0)
    vertices = sum(len(v) for v in theirs.values())
    print(f"{system_text:<24} {len(theirs):>4} domains {vertices:>7} vertices  max |Δμ| {worst:.1e} eV  "
          f"({elapsed:.0f} s)  {'OK' if not bad else 'DIFFER: ' + ', '.join(sorted(bad))}")
    return not bad


def main() -> int:
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser()
    parser.add_argument("systems", nargs="*", default=SYSTEMS)
    parser.add_argument("--interphase", default=str(ROOT / ".build" / "debug" / "interphase"))
    parser.add_argument("--min-mu", type=float, default=-15.0)
    parser.add_argument("--tolerance", type=float, default=1e-6, help="largest |Δμ| of a vertex, eV")
    parser.add_argument("--eight", action="store_true", help="also the 8-element systems (minutes)")
    args = parser.parse_args()
    systems = args.systems + (EIGHT if args.eight else [])
    ok = all([check(args.interphase, system, args.min_mu, args.tolerance) for system in systems])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
