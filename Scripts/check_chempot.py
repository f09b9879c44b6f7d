#!/usr/bin/env python3
"""Checks `interphase chempot` against pymatgen's ChemicalPotentialDiagram on subsystems of the
whole Materials Project (Data/mp-legacy.csv), data the golden fixtures do not use.

    python3 Scripts/check_chempot.py [--interphase .build/debug/interphase] [--min-mu -15] [SYSTEM ...]

For each system (default: a few ternaries and quaternaries), runs
`interphase chempot SYSTEM --data mp-legacy --min-mu L --format json` and
`ChemicalPotentialDiagram(entries of the system, default_min_limit=L, formal_chempots=True).domains`
(pymatgen 2026.10.24) and compares every domain as a set of vertices rounded to 1e-6 eV.
Exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import warnings
from pathlib import Path

from pymatgen.analysis.chempot_diagram import ChemicalPotentialDiagram
from pymatgen.analysis.phase_diagram import PDEntry
from pymatgen.core import Composition

ROOT = Path(__file__).resolve().parent.parent
SYSTEMS = ["Li-Co-O", "Li-Mn-O", "Li-Fe-P-O", "Na-S-O", "Li-La-Zr-O"]


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


def key(vertex):
    return tuple(int(round(x * 1e6)) + 0 for x in vertex)


def check(binary, system_text, limit):
    system = system_text.split("-")
    out = subprocess.run([binary, "chempot", system_text, "--data", "mp-legacy", "--min-mu", str(limit), "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    ours = json.loads(out)
    diagram = ChemicalPotentialDiagram(entries_of(system), default_min_limit=limit, formal_chempots=True)
    columns = [ours["elements"].index(el.symbol) for el in diagram.elements]
    theirs = {Composition(f).reduced_composition: {key(v) for v in points} for f, points in diagram.domains.items()}
    mine = {Composition(d["formula"]).reduced_composition: {key([v[c] for c in columns]) for v in d["vertices"]}
            for d in ours["domains"]}
    bad = [str(c) for c in set(theirs) | set(mine) if theirs.get(c) != mine.get(c)]
    vertices = sum(len(v) for v in theirs.values())
    print(f"{system_text:<14} {len(theirs):>4} domains {vertices:>5} vertices  {'OK' if not bad else 'DIFFER: ' + ', '.join(sorted(bad))}")
    return not bad


def main() -> int:
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser()
    parser.add_argument("systems", nargs="*", default=SYSTEMS)
    parser.add_argument("--interphase", default=str(ROOT / ".build" / "debug" / "interphase"))
    parser.add_argument("--min-mu", type=float, default=-15.0)
    args = parser.parse_args()
    ok = all([check(args.interphase, system, args.min_mu) for system in args.systems])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
