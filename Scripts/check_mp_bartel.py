#!/usr/bin/env python3
"""Whole-MP hull check (issue 11.3).

Compares Interphase's decomposition energy of every composition of Data/mp-legacy.csv with
Bartel et al.'s published `decomposition_energy_Bartel2020`, writes the compositions that differ
by more than 0.001 eV/atom to Notebooks-export/mp-legacy-bartel-mismatches.csv, and checks a
sample of them against pymatgen's exact hull of the composition's chemical system (pymatgen is a
checking tool here, never a dependency of Interphase).

    swift build -c release --product interphase
    .build/release/interphase hull --data mp-legacy --format csv > /tmp/mp-hull.csv
    python3 Scripts/check_mp_bartel.py /tmp/mp-hull.csv [--sample 40]
"""
import argparse, csv, os, random, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("hull_csv")
parser.add_argument("--sample", type=int, default=40)
parser.add_argument("--tolerance", type=float, default=0.001)
args = parser.parse_args()

data = list(csv.DictReader(open(os.path.join(root, "Data", "mp-legacy.csv"), newline="")))
ours = list(csv.DictReader(open(args.hull_csv, newline="")))
assert len(data) == len(ours), (len(data), len(ours))
mismatches = []
for row, mine in zip(data, ours):
    assert (row["material_id"] or "") == mine["id"], (row, mine)
    bartel = float(row["decomposition_energy_Bartel2020"])
    value = float(mine["decomposition_energy_per_atom"])
    if abs(value - bartel) > args.tolerance:
        mismatches.append((row, mine, bartel, value))
n = len(data)
print(f"{n - len(mismatches)} of {n} within {args.tolerance} eV/atom of Bartel et al. "
      f"({100 * (n - len(mismatches)) / n:.3f}%); {len(mismatches)} differ")
out = os.path.join(root, "Notebooks-export", "mp-legacy-bartel-mismatches.csv")
with open(out, "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["material_id", "formula", "formation_energy_per_atom", "decomposition_energy_Bartel2020",
                     "decomposition_energy_interphase", "difference", "interphase_is_stable"])
    for row, mine, bartel, value in mismatches:
        writer.writerow([row["material_id"], row["formula"], row["formation_energy_per_atom"], bartel, value,
                         f"{value - bartel:.6g}", mine["is_stable"]])
print(f"wrote {out}")

# pymatgen's exact hull of each sampled mismatch's chemical system.
from pymatgen.analysis.phase_diagram import PDEntry, PhaseDiagram
from pymatgen.core import Composition, Element

systems = {}
for index, row in enumerate(data):
    comp = Composition(row["formula"])
    systems.setdefault(frozenset(e.symbol for e in comp.elements), []).append(index)
random.seed(11)
sample = random.sample(mismatches, min(args.sample, len(mismatches)))
agree = 0
for row, mine, bartel, value in sample:
    target = Composition(row["formula"])
    space = frozenset(e.symbol for e in target.elements)
    entries = [PDEntry(Composition(el), 0.0, name=el) for el in space]
    chosen = None
    for system, indices in systems.items():
        if system <= space:
            for i in indices:
                comp = Composition(data[i]["formula"])
                entry = PDEntry(comp, float(data[i]["formation_energy_per_atom"]) * comp.num_atoms, name=data[i]["formula"])
                entry.entry_id = f"row{i}"
                entries.append(entry)
                if data[i] is row:
                    chosen = entry
    diagram = PhaseDiagram(entries)
    if diagram.get_e_above_hull(chosen) > 1e-12 or chosen not in diagram.stable_entries:
        reference = diagram.get_e_above_hull(chosen)
    else:
        reference = diagram.get_decomp_and_phase_separation_energy(chosen)[1]
    ok = abs(reference - value) <= 1e-6
    agree += ok
    print(f"{row['material_id'] or '-':>12} {row['formula']:<22} Bartel {bartel:+.6f}  Interphase {value:+.6f}  "
          f"pymatgen {reference:+.6f}  {'agree' if ok else 'DIFFER'}")
print(f"pymatgen's exact subsystem hull agrees with Interphase (1e-6 eV/atom) on {agree} of {len(sample)} sampled mismatches")
