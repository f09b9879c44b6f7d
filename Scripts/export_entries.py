#!/usr/bin/env python3
"""Writes pymatgen or Materials Project entries to a file that `interphase --data` reads.

  # entries you have, saved with monty (`dumpfn(entries, "entries.json")`, any ComputedEntry,
  # ComputedStructureEntry or PDEntry):
  python3 Scripts/export_entries.py entries.json -o mine.csv

  # today's Materials Project through mp-api (network and an API key in MP_API_KEY):
  python3 Scripts/export_entries.py --mp Li-P-O-N -o lipon-now.csv
  python3 Scripts/export_entries.py --mp Li-P-O-N --thermo-type GGA_GGA+U -o lipon-gga.csv
  python3 Scripts/export_entries.py --mp Li-P-O-N --documents -o lipon-docs.json

Writes one row per entry: `id`, `formula` (pymatgen's reduced formula), `energy_per_atom`
(eV/atom, corrections included: the energy pymatgen's PhaseDiagram uses), and, kept by Interphase
as attributes, `uncorrected_energy_per_atom`, `correction_per_atom`, `run_type` (GGA, GGA+U,
r2SCAN) and `thermo_type`. A `.csv` output is that table; a `.json` output is a list of Materials
Project documents (`material_id`, `formula_pretty`, `composition`, `energy_per_atom`, ...), which
Interphase reads as well. A summary on standard error says how many entries of which run types and
corrections were written.

Corrections. `--mp` without `--thermo-type` asks mp-api for its default, the mixed
GGA/GGA+U/r2SCAN hull with MP2020 corrections, taken from the Materials Project's phase diagram of
the whole chemical system (so the entries share one energy scale: export one system per file, do
not concatenate files of different systems). `--thermo-type GGA_GGA+U` gives GGA/GGA+U with MP2020
corrections, comparable across systems. Neither is the data bundled with Interphase (the Materials
Project of about 2019-2020, GGA/GGA+U with the legacy corrections): compare like with like.

`--documents` asks the thermo endpoint for documents instead of entries (no structures: smaller
and faster) with `--thermo-type` (default GGA_GGA+U, whose energies are on one scale across
subsystems; mixed r2SCAN documents are not, see mp-api's get_entries_in_chemsys).

The functions below take the entries or the client as arguments, so the tests
(Scripts/test_export_entries.py) run them offline on pymatgen's own entries and a stand-in client.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import sys
from collections import Counter

FIELDS = ["id", "formula", "energy_per_atom", "uncorrected_energy_per_atom", "correction_per_atom",
          "run_type", "thermo_type"]


def subsystems(chemsys: str) -> list[str]:
    """Every chemical system of chemsys's elements, `Li-O` -> `Li`, `O`, `Li-O` (mp-api's form)."""
    elements = sorted(set(chemsys.split("-")))
    return ["-".join(combination) for size in range(1, len(elements) + 1)
            for combination in itertools.combinations(elements, size)]


def entry_row(entry) -> dict:
    """One pymatgen entry as a row: corrected and uncorrected energy per atom, its run type."""
    composition = entry.composition
    atoms = composition.num_atoms
    parameters = getattr(entry, "parameters", None) or {}
    data = getattr(entry, "data", None) or {}
    entry_id = getattr(entry, "entry_id", None)
    uncorrected = getattr(entry, "uncorrected_energy", entry.energy)
    return {
        "id": "" if entry_id is None else str(entry_id),
        "formula": composition.reduced_formula,
        "composition": {str(element): amount for element, amount in composition.reduced_composition.items()},
        "energy_per_atom": entry.energy / atoms,
        "uncorrected_energy_per_atom": uncorrected / atoms,
        "correction_per_atom": (entry.energy - uncorrected) / atoms,
        "run_type": parameters.get("run_type", data.get("run_type", "")),
        "thermo_type": data.get("thermo_type", parameters.get("thermo_type", "")),
    }


def document_row(document) -> dict:
    """One Materials Project thermo (or summary) document as a row."""
    if hasattr(document, "model_dump"):  # mp-api's document model rather than a dict
        document = document.model_dump()
    from pymatgen.core import Composition

    composition = Composition(document.get("composition") or document["formula_pretty"])
    energy = document["energy_per_atom"]
    uncorrected = document.get("uncorrected_energy_per_atom")
    thermo_type = document.get("thermo_type") or ""
    row = {
        "id": str(document.get("material_id") or ""),
        "formula": composition.reduced_formula,
        "composition": {str(element): amount for element, amount in composition.reduced_composition.items()},
        "energy_per_atom": energy,
        "uncorrected_energy_per_atom": "" if uncorrected is None else uncorrected,
        "correction_per_atom": "" if uncorrected is None else energy - uncorrected,
        "run_type": "",
        "thermo_type": getattr(thermo_type, "value", thermo_type),
    }
    if document.get("formation_energy_per_atom") is not None:
        row["formation_energy_per_atom"] = document["formation_energy_per_atom"]
    return row


def entries_from_mp(rester, chemsys: str, thermo_type: str | None = None) -> list:
    """The entries of chemsys and all its subsystems from an mp-api MPRester."""
    elements = sorted(set(chemsys.split("-")))
    if thermo_type is None:
        return list(rester.get_entries_in_chemsys(elements))
    return list(rester.get_entries_in_chemsys(elements, additional_criteria={"thermo_types": [thermo_type]}))


def documents_from_mp(rester, chemsys: str, thermo_type: str = "GGA_GGA+U") -> list:
    """The thermo documents of chemsys and all its subsystems from an mp-api MPRester."""
    fields = ["material_id", "formula_pretty", "composition", "energy_per_atom", "uncorrected_energy_per_atom",
              "formation_energy_per_atom", "thermo_type"]
    return list(rester.materials.thermo.search(chemsys=subsystems(chemsys), thermo_types=[thermo_type],
                                               fields=fields))


def write_rows(rows: list[dict], path: str) -> None:
    """Writes the rows as CSV (a `.csv` path) or as a JSON list of Materials Project documents."""
    if not rows:
        raise SystemExit("no entries to write")
    if path.endswith(".csv"):
        with open(path, "w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=FIELDS, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({key: repr(value) if isinstance(value, float) else value
                                 for key, value in row.items()})
    elif path.endswith(".json"):
        documents = [{"material_id": row["id"] or None, "formula_pretty": row["formula"],
                      "composition": row["composition"], "energy_per_atom": row["energy_per_atom"],
                      **{key: row[key] for key in ("uncorrected_energy_per_atom", "formation_energy_per_atom",
                                                   "run_type", "thermo_type") if row.get(key) not in (None, "")}}
                     for row in rows]
        with open(path, "w") as handle:
            json.dump(documents, handle, indent=1)
            handle.write("\n")
    else:
        raise SystemExit(f"{path}: the output must end in .csv or .json")


def summary(rows: list[dict]) -> str:
    """One line: how many entries, of which run and thermo types, with how large corrections."""
    kinds = Counter(row["run_type"] or row["thermo_type"] or "unknown" for row in rows)
    corrected = sum(1 for row in rows if row["correction_per_atom"] not in ("", 0, 0.0))
    described = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    return f"{len(rows)} entries ({described}); {corrected} carry a correction"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("entries", nargs="?", help="a JSON file of pymatgen entries saved with monty's dumpfn")
    source.add_argument("--mp", metavar="CHEMSYS", help="a chemical system (Li-P-O-N) to ask the Materials Project for")
    parser.add_argument("--thermo-type", help="GGA_GGA+U, GGA_GGA+U_R2SCAN or R2SCAN (with --mp)")
    parser.add_argument("--documents", action="store_true", help="thermo documents instead of entries (with --mp)")
    parser.add_argument("-o", "--output", required=True, help="the file to write: .csv or .json")
    arguments = parser.parse_args(argv)

    if arguments.entries:
        from monty.serialization import loadfn

        loaded = loadfn(arguments.entries)
        entries = list(loaded.values()) if isinstance(loaded, dict) else list(loaded)
        rows = [entry_row(entry) for entry in entries]
    else:
        from mp_api.client import MPRester  # pip install mp-api; needs the network and MP_API_KEY

        with MPRester(os.environ.get("MP_API_KEY")) as rester:
            if arguments.documents:
                rows = [document_row(document) for document in
                        documents_from_mp(rester, arguments.mp, arguments.thermo_type or "GGA_GGA+U")]
            else:
                rows = [entry_row(entry) for entry in entries_from_mp(rester, arguments.mp, arguments.thermo_type)]
    write_rows(rows, arguments.output)
    print(f"{arguments.output}: {summary(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
