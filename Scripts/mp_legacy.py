"""The bundled whole-Materials-Project data (Data/mp-legacy.csv) for the kept check scripts and
the screening benchmark: its rows, and the pymatgen entries of a chemical system. A check's
helper only; pymatgen is never a dependency of Interphase."""
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_rows():
    """Every row of Data/mp-legacy.csv (material_id, formula, formation_energy_per_atom, ...)."""
    with open(ROOT / "Data" / "mp-legacy.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def system_entries(rows, system):
    """pymatgen PDEntries of the rows within `system` (a set of element symbols), plus each
    element at 0 eV/atom: the data hold formation energies, so every reference is 0 (Interphase
    adds the same implicit ones)."""
    from pymatgen.analysis.phase_diagram import PDEntry
    from pymatgen.core import Composition
    entries = []
    for row in rows:
        c = Composition(row["formula"])
        if {str(e) for e in c.elements} <= system:
            entries.append(PDEntry(c, float(row["formation_energy_per_atom"]) * c.num_atoms, name=row["formula"]))
    entries += [PDEntry(Composition(symbol), 0.0, name=symbol) for symbol in sorted(system)]
    return entries
