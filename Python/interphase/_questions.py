"""The front door's questions, answered with exactly the dict `interphase … --format json`
prints (the same Codable result, encoded by the library), and the bundled data as light entries."""

from __future__ import annotations

import array
import ctypes
import json
from dataclasses import dataclass, field

from ._native import address, call, composition_items, library, take_text, without_garbage_collection

__all__ = ["BundledEntry", "load", "stability_window", "interface_reaction", "cell", "chemical_potential_diagram", "screen"]


@dataclass(eq=False)
class BundledEntry:
    """One entry of a bundled dataset: ``composition`` (element symbol → atoms per formula unit),
    ``energy`` (eV per formula unit; formation energies for mp-legacy, whose elements are the
    zero reference) and ``entry_id``."""

    composition: dict = field(repr=False)
    energy: float
    entry_id: str | None = None

    @property
    def energy_per_atom(self) -> float:
        return self.energy / sum(self.composition.values())

    @property
    def name(self) -> str:
        return "".join(f"{element}{amount:g}" for element, amount in self.composition.items())


def load(name: str = "mp-legacy") -> list[BundledEntry]:
    """The entries of a bundled dataset, by the CLI's ``--data`` name (``mp-legacy``,
    ``lipon-mp-legacy``, ``lipon-mp2020-raw``), implicit elemental references included.

    The library hands over the dataset as arrays (element positions and amounts per entry,
    energies, ids), from which the entries are made in one pass."""
    handle = ctypes.c_void_p()
    count, slots, id_bytes = ctypes.c_int32(), ctypes.c_int32(), ctypes.c_int32()
    call(library.interphase_dataset_new, name.encode(), ctypes.byref(handle), ctypes.byref(count), ctypes.byref(slots),
         ctypes.byref(id_bytes))
    try:
        offsets = array.array("i", bytes(4 * (count.value + 1)))
        indices = array.array("i", bytes(4 * slots.value))
        amounts = array.array("d", bytes(8 * slots.value))
        energies = array.array("d", bytes(8 * count.value))
        ids = ctypes.create_string_buffer(max(id_bytes.value, 1))
        symbols = ctypes.POINTER(ctypes.c_char)()
        library.interphase_dataset_read(handle, ctypes.byref(symbols), address(offsets), address(indices), address(amounts),
                                        address(energies), ids)
    finally:
        library.interphase_dataset_free(handle)
    names = take_text(symbols).split()
    slot_names = [names[index] for index in indices]
    slot_amounts = amounts.tolist()
    starts = offsets.tolist()
    with without_garbage_collection():
        return [BundledEntry(dict(zip(slot_names[start:end], slot_amounts[start:end])), energy, entry_id or None)
                for start, end, energy, entry_id in zip(starts, starts[1:], energies.tolist(),
                                                        ids.raw[:id_bytes.value].decode().split("\n"))]


def _ask(question: str, data, conditions: dict) -> dict | list:
    request = {key: value for key, value in conditions.items() if value is not None}
    if isinstance(data, str):
        request["data"] = data
    elif data is not None:
        request["entries"] = [
            {"composition": dict(composition_items(entry.composition)), "energy": float(entry.energy),
             "entry_id": (lambda value: None if value is None else str(value))(getattr(entry, "entry_id", None))}
            for entry in data
        ]
    text = ctypes.POINTER(ctypes.c_char)()
    call(library.interphase_question, question.encode(), json.dumps(request).encode(), ctypes.byref(text))
    return json.loads(take_text(text))


def stability_window(formula: str, open_element: str = "Li", data="mp-legacy", fixed: dict | None = None) -> dict:
    """The electrochemical stability window of ``formula`` against a reservoir of
    ``open_element``: the dict one window of ``interphase window --format json`` is. ``data``
    is a bundled dataset's name or a list of entries (as for every question here, the default
    is the CLI's: ``mp-legacy``, of which only the entries made of the question's elements are
    read); ``fixed`` holds chemical potentials (eV relative to the element) by symbol."""
    return _ask("stability_window", data, {"formula": formula, "open_element": open_element, "fixed": fixed})


def interface_reaction(a: str, b: str, data="mp-legacy", open_element: str | None = None, voltage: float | None = None,
                       chemical_potential: float | None = None, fixed: dict | None = None) -> dict:
    """The interface reaction of ``a`` and ``b`` (closed, or open to ``open_element`` at a
    voltage or chemical potential): the dict of ``interphase react --format json``."""
    return _ask("interface_reaction", data, {"reactants": [a, b], "open_element": open_element, "voltage": voltage,
                                             "chemical_potential": chemical_potential, "fixed": fixed})


def chemical_potential_diagram(elements, data="mp-legacy", fixed: dict | None = None) -> dict:
    """The chemical-potential diagram of ``elements``: the dict of ``interphase chempot --format json``."""
    return _ask("chemical_potential_diagram", data, {"elements": list(elements), "fixed": fixed})


def cell(electrolyte: str, cathode: str, cathode_voltage: float, anode: str = "Li", anode_voltage: float | None = None,
         data="mp-legacy", open_element: str | None = None, fixed: dict | None = None) -> dict:
    """A whole cell, anode | electrolyte | cathode: the dict of ``interphase cell --format json``."""
    return _ask("cell", data, {"electrolyte": electrolyte, "cathode": cathode, "cathode_voltage": cathode_voltage,
                               "anode": anode, "anode_voltage": anode_voltage, "open_element": open_element, "fixed": fixed})


def screen(candidates, cathode: str, cathode_voltage: float, anode: str = "Li", anode_voltage: float | None = None,
           data="mp-legacy", open_element: str | None = None, fixed: dict | None = None) -> list:
    """A screen of candidate electrolytes (formulas) in a cell, ranked: the list of
    ``interphase cell --input … --format json``."""
    return _ask("screen", data, {"candidates": list(candidates), "cathode": cathode, "cathode_voltage": cathode_voltage,
                                 "anode": anode, "anode_voltage": anode_voltage, "open_element": open_element, "fixed": fixed})
