"""The front door's questions return exactly the dict `interphase … --format json` prints, and
interphase.load returns the bundled entries. The CLI comparisons need the tool
(INTERPHASE_CLI, or the repository's .build/debug/interphase); they are skipped without it."""

import json
import os
import pathlib
import subprocess

import pytest

import interphase

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = pathlib.Path(os.environ.get("INTERPHASE_CLI", ROOT / ".build" / "debug" / "interphase"))
needs_cli = pytest.mark.skipif(not CLI.exists(), reason=f"no interphase tool at {CLI}")


def same_result(ours, theirs):
    """The same JSON value: the same keys, lists, strings and nulls, and numbers equal within
    1e-12 (absolute, or relative to their size). The library here is a release build and the tool
    may be a debug one: the optimiser may round the last bit differently (0.49999999999999994 for
    0.5), which is no difference in the answer."""
    if isinstance(ours, bool) or isinstance(theirs, bool):
        return ours is theirs
    if isinstance(ours, (int, float)) and isinstance(theirs, (int, float)):
        return abs(ours - theirs) <= 1e-12 * max(1.0, abs(ours), abs(theirs))
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return ours.keys() == theirs.keys() and all(same_result(ours[key], theirs[key]) for key in ours)
    if isinstance(ours, list) and isinstance(theirs, list):
        return len(ours) == len(theirs) and all(same_result(a, b) for a, b in zip(ours, theirs))
    return ours == theirs


def test_same_result_tells_apart():
    assert same_result({"x": 0.49999999999999994, "a": [1, None, "Li"]}, {"x": 0.5, "a": [1, None, "Li"]})
    assert not same_result({"x": 0.4999}, {"x": 0.5})
    assert not same_result({"x": 1}, {"y": 1})
    assert not same_result([1, 2], [1, 2, 3])
    assert not same_result({"f": "Li2O"}, {"f": "Li2O2"})
    assert not same_result(True, 1)


def cli_json(*arguments):
    output = subprocess.run([str(CLI), *arguments, "--format", "json"], check=True, capture_output=True, text=True).stdout
    return json.loads(output)


def test_load():
    entries = interphase.load("lipon-mp-legacy")
    assert len(entries) == 64
    assert all(entry.entry_id is None or entry.entry_id.startswith("mp-") for entry in entries)
    assert {"Li", "P", "O", "N"} == {element for entry in entries for element in entry.composition}
    with pytest.raises(ValueError, match="no bundled data named nope"):
        interphase.load("nope")


@needs_cli
def test_stability_window():
    assert same_result(interphase.stability_window("Li2PO2N", "Li"), cli_json("window", "Li2PO2N", "--open", "Li")[0])


@needs_cli
def test_interface_reaction():
    assert same_result(interphase.interface_reaction("Li3PO4", "Li"), cli_json("react", "Li3PO4", "Li"))
    assert same_result(interphase.interface_reaction("Li3PO4", "LiPN2", open_element="Li", voltage=1.0), cli_json(
        "react", "Li3PO4", "LiPN2", "--open", "Li", "--voltage", "1"))


@needs_cli
def test_chemical_potential_diagram():
    assert same_result(interphase.chemical_potential_diagram(["Li", "P", "O"]), cli_json("chempot", "Li-P-O"))


@needs_cli
def test_cell_and_screen():
    assert same_result(interphase.cell("Li3PO4", cathode="LiPO3", cathode_voltage=4.0), cli_json(
        "cell", "--electrolyte", "Li3PO4", "--cathode", "LiPO3", "--cathode-voltage", "4"))


def test_user_entries_and_errors():
    entries = interphase.load("lipon-mp-legacy")
    window = interphase.stability_window("Li3PO4", "Li", data=entries)
    assert window == interphase.stability_window("Li3PO4", "Li", data="lipon-mp-legacy")
    with pytest.raises(ValueError, match="Li2MnO3 contains Mn, which has no entries in the data"):
        interphase.stability_window("Li2MnO3", data=entries)


def test_default_data_is_the_whole_materials_project_read_by_chemical_system():
    """The default is the CLI's, mp-legacy, read only for the question's elements: Li–P–O–N
    questions answer as on the Li–P–O–N set (the same rows), and Mn is there."""
    assert same_result(interphase.stability_window("Li3PO4"), interphase.stability_window("Li3PO4", data="lipon-mp-legacy"))
    assert interphase.stability_window("Li2MnO3")["formula"] == "Li2MnO3"
    with pytest.raises(ValueError, match="Xe"):
        interphase.stability_window("XeF2", open_element="Xe")


def test_load_whole_materials_project():
    """mp-legacy as arrays from the library: every composition, ids, and the implicit references."""
    entries = interphase.load()
    assert len(entries) == 85_098
    li3po4 = next(entry for entry in entries if entry.entry_id == "mp-13725")
    assert li3po4.composition == {"Li": 3.0, "P": 1.0, "O": 4.0}
    reference = entries[-1]  # the implicit zero references come last
    assert reference.entry_id is None and len(reference.composition) == 1 and reference.energy == 0
