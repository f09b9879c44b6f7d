#!/usr/bin/env python3
"""Tests of Scripts/export_entries.py and of README's Python snippet, offline.

Run after a build (`swift build`), from the repository:

  python3 Scripts/test_export_entries.py          # needs pymatgen and pandas (pip install pymatgen pandas)

The `interphase` tool is taken from INTERPHASE_BIN_DIR, else from `.build/debug`. The entries are
pymatgen's own: Data/lipon-mp2020-raw-entries.json (raw Materials Project ComputedEntry dicts of
Li-P-O-N) with pymatgen's MaterialsProject2020Compatibility applied, as mp-api serves them. The
mp-api calls are made on a stand-in client that records them; only the network is left out.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Scripts"))

import export_entries  # noqa: E402

BIN_DIR = Path(os.environ.get("INTERPHASE_BIN_DIR", ROOT / ".build" / "debug"))


def interphase(*arguments: str) -> str:
    return subprocess.run([str(BIN_DIR / "interphase"), *arguments], capture_output=True, text=True,
                          check=True).stdout


def mp2020_entries():
    """pymatgen's own entries: the bundled raw MP entries with MP2020 corrections applied."""
    from pymatgen.entries.compatibility import MaterialsProject2020Compatibility
    from pymatgen.entries.computed_entries import ComputedEntry

    raw = json.loads((ROOT / "Data" / "lipon-mp2020-raw-entries.json").read_text())
    entries = [ComputedEntry.from_dict(entry) for entry in raw.values()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Failed to guess oxidation states for Li2O2"
        return MaterialsProject2020Compatibility().process_entries(entries)


def pymatgen_formation_energies(entries) -> dict[str, float]:
    from pymatgen.analysis.phase_diagram import PhaseDiagram

    diagram = PhaseDiagram(entries)
    return {entry.composition.reduced_formula: diagram.get_form_energy_per_atom(entry) for entry in entries}


def interphase_formation_energies(path: str) -> dict[str, float]:
    rows = json.loads(interphase("hull", "--data", path, "--format", "json"))
    return {row["formula"]: row["formation_energy_per_atom"] for row in rows}


class StandInRester:
    """Records what export_entries asks an mp-api MPRester and answers from pymatgen's entries."""

    def __init__(self, entries):
        self.entries = entries
        self.calls = []
        self.materials = self
        self.thermo = self

    def get_entries_in_chemsys(self, elements, additional_criteria=None):
        self.calls.append(("get_entries_in_chemsys", elements, additional_criteria))
        return self.entries

    def search(self, chemsys=None, thermo_types=None, fields=None):
        self.calls.append(("thermo.search", chemsys, thermo_types, fields))
        formation = pymatgen_formation_energies(self.entries)
        documents = []
        for entry in self.entries:
            composition = entry.composition
            documents.append({
                "material_id": entry.entry_id,
                "formula_pretty": composition.reduced_formula,
                "composition": {str(element): amount for element, amount in composition.items()},  # the cell
                "energy_per_atom": entry.energy_per_atom,
                "uncorrected_energy_per_atom": entry.uncorrected_energy_per_atom,
                "formation_energy_per_atom": formation[composition.reduced_formula],
                "thermo_type": thermo_types[0],
            })
        return documents


class ExportTests(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.entries = mp2020_entries()
        self.expected = pymatgen_formation_energies(self.entries)

    def tearDown(self):
        self.directory.cleanup()

    def path(self, name: str) -> str:
        return os.path.join(self.directory.name, name)

    def assert_formation_energies(self, path: str):
        found = interphase_formation_energies(path)
        self.assertEqual(set(found), set(self.expected))
        for formula, value in self.expected.items():
            self.assertAlmostEqual(found[formula], value, delta=1e-9, msg=formula)
        # The values Data/README.md states for these entries with MP2020 corrections.
        self.assertAlmostEqual(found["Li2O"], -2.0616, delta=5e-5)
        self.assertAlmostEqual(found["P3N5"], -0.5234, delta=5e-5)

    def test_pymatgen_entries_file_to_csv_and_json(self):
        """README's route: dumpfn(entries) -> export_entries.py -> interphase reads the same energies."""
        from monty.serialization import dumpfn

        saved = self.path("entries.json")
        dumpfn(self.entries, saved)
        for output in ("mine.csv", "mine.json"):
            self.assertEqual(export_entries.main([saved, "-o", self.path(output)]), 0)
            self.assert_formation_energies(self.path(output))
        with open(self.path("mine.csv")) as handle:
            rows = {row["formula"]: row for row in csv.DictReader(handle)}
        self.assertEqual(rows["Li2O"]["id"], "mp-1960")
        self.assertEqual(rows["Li2O"]["run_type"], "GGA")
        self.assertAlmostEqual(float(rows["Li2O"]["correction_per_atom"]), -0.687 / 3, delta=1e-12)
        # Interphase reads pymatgen's file as it is, too.
        self.assert_formation_energies(saved)
        # And computes the same window from the export as from the entries themselves.
        window = interphase("window", "Li2O", "--data", self.path("mine.csv"), "--format", "json")
        self.assertEqual(window, interphase("window", "Li2O", "--data", saved, "--format", "json"))

    def test_mp_entries_with_a_stand_in_client(self):
        rester = StandInRester(self.entries)
        rows = [export_entries.entry_row(entry) for entry in export_entries.entries_from_mp(rester, "Li-P-O-N")]
        self.assertEqual(rester.calls, [("get_entries_in_chemsys", ["Li", "N", "O", "P"], None)])
        export_entries.write_rows(rows, self.path("lipon.csv"))
        self.assert_formation_energies(self.path("lipon.csv"))
        export_entries.entries_from_mp(rester, "O-Li", "GGA_GGA+U")
        self.assertEqual(rester.calls[-1], ("get_entries_in_chemsys", ["Li", "O"], {"thermo_types": ["GGA_GGA+U"]}))
        self.assertEqual(export_entries.summary(rows), "11 entries (11 GGA); 7 carry a correction")

    def test_mp_documents_with_a_stand_in_client(self):
        rester = StandInRester(self.entries)
        documents = export_entries.documents_from_mp(rester, "Li-P-O-N")
        name, chemsys, thermo_types, fields = rester.calls[0]
        self.assertEqual(name, "thermo.search")
        self.assertEqual(len(chemsys), 15)
        self.assertIn("Li-N-O-P", chemsys)
        self.assertIn("Li", chemsys)
        self.assertEqual(thermo_types, ["GGA_GGA+U"])
        self.assertIn("formation_energy_per_atom", fields)

        class Model:  # mp-api's pydantic documents
            def __init__(self, document):
                self.document = document

            def model_dump(self):
                return self.document

        rows = [export_entries.document_row(Model(document)) for document in documents]
        for output in ("docs.json", "docs.csv"):
            export_entries.write_rows(rows, self.path(output))
            self.assert_formation_energies(self.path(output))

    def test_subsystems(self):
        self.assertEqual(export_entries.subsystems("O-Li"), ["Li", "O", "Li-O"])
        self.assertEqual(len(export_entries.subsystems("Li-P-O-N")), 15)


class ReadmePythonTests(unittest.TestCase):
    def test_readme_snippet(self):
        """README's "From Python" block runs as written and reads the windows into pandas."""
        readme = (ROOT / "README.md").read_text()
        # The section's first part (its subsection "In process" has its own block, run by Python/tests).
        section = readme.split("\n## From Python\n", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
        fenced = re.findall(r"^```(\w*)\n(.*?)^```$", section, flags=re.S | re.M)  # (language, text)
        blocks = [text for language, text in fenced if language == "python"]
        self.assertEqual(len(blocks), 1, "one python block in README's From Python section")
        environment = dict(os.environ, PATH=f"{BIN_DIR}{os.pathsep}{os.environ.get('PATH', '')}")
        result = subprocess.run([sys.executable, "-c", blocks[0]], capture_output=True, text=True,
                                env=environ_without_pythonpath(environment), cwd=tempfile.gettempdir())
        self.assertEqual(result.returncode, 0, result.stderr)
        shown = [text for language, text in fenced if language == ""]
        self.assertTrue(shown, "the snippet's printed output is shown under it")
        self.assertEqual([line.rstrip() for line in result.stdout.strip("\n").split("\n")],
                         [line.rstrip() for line in shown[0].strip("\n").split("\n")])


def environ_without_pythonpath(environment: dict) -> dict:
    environment = dict(environment)
    environment.pop("PYTHONPATH", None)
    return environment


if __name__ == "__main__":
    unittest.main(verbosity=2)
