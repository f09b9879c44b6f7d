"""pymatgen's ``PhaseDiagram`` and ``PatchedPhaseDiagram`` names over the library's hulls, on the
caller's own entry objects."""

from __future__ import annotations

import array
import ctypes
import json
import weakref

from ._native import (InterphaseError, address, call, composition_arguments, composition_items, library, symbol,
                      take_text, without_garbage_collection)

__all__ = ["PhaseDiagram", "PatchedPhaseDiagram"]

# pymatgen's PhaseDiagram.numerical_tol: how far below the hull an entry may lie (eV/atom)
# before get_e_above_hull refuses it without allow_negative.
_NUMERICAL_TOLERANCE = 1e-8


def _checked_entry(entry):
    if not (hasattr(entry, "composition") and hasattr(entry, "energy")):
        raise TypeError(f"{entry!r} is not an entry: an entry has .composition (a Composition or a mapping of "
                        "element symbol → amount) and .energy (eV per formula unit)")
    return entry


class _EntryArrays:
    """Entries as the library's arrays: every composition's (element position, amount) slots
    between offsets, the element symbols in order of first appearance, and the energies.

    Built in one pass with no per-entry Python objects beyond the appends (measured: the
    arrays of 10⁴ pymatgen entries in ~17 ms of CPU, ~28 ms entry by entry): each element object of the compositions
    is turned into a symbol and a position once."""

    def __init__(self, entries):
        self.positions: dict[str, int] = {}
        self.keys: dict[object, str] = {}  # each element object of the compositions → its symbol
        position_of: dict[object, int] = {}  # each element object → its position
        offsets = [0]
        indices: list[int] = []
        amounts: list[float] = []
        energies: list[float] = []
        add_index, add_amount, add_offset, add_energy = indices.append, amounts.append, offsets.append, energies.append
        try:
            for entry in entries:
                energy = entry.energy
                for element, amount in entry.composition.items():
                    position = position_of.get(element)
                    if position is None:
                        position = position_of[element] = self._position(element)
                    add_index(position)
                    add_amount(amount)
                add_offset(len(indices))
                add_energy(energy)
        except (AttributeError, TypeError):
            for entry in entries:  # the entry or composition to name; else the original failure
                _checked_entry(entry)
                if not hasattr(entry.composition, "items"):
                    composition_items(entry.composition)  # raises the TypeError that names it
            raise
        self.offsets = array.array("i", offsets)
        self.indices = array.array("i", indices)
        self.amounts = array.array("d", amounts)
        try:
            self.energies = array.array("d", energies)
        except TypeError:
            self.energies = array.array("d", map(float, energies))

    def _position(self, element) -> int:
        name = self.keys.get(element)
        if name is None:
            name = self.keys[element] = symbol(element)
        position = self.positions.get(name)
        if position is None:
            position = self.positions[name] = len(self.positions)
        return position

    def energy_per_atom(self, position: int) -> float:
        """The energy per atom (eV/atom) of the entry at ``position``."""
        total = sum(self.amounts[self.offsets[position]:self.offsets[position + 1]])
        return self.energies[position] / total if total else float("nan")

    def arguments(self):
        """Symbols, entry count, offsets, element positions, amounts, energies."""
        return (" ".join(self.positions).encode(), len(self.energies), address(self.offsets), address(self.indices),
                address(self.amounts), address(self.energies))


class PhaseDiagram:
    """The convex hull of the entries' formation energies, as pymatgen's ``PhaseDiagram``.

    ``entries`` are any objects with ``.composition`` (a pymatgen ``Composition`` or a mapping
    of element symbol → amount) and ``.energy`` (total energy of that formula amount, eV, as
    pymatgen's ``entry.energy``). Every entry returned is one of these objects; decompositions
    are dicts keyed by them with atom fractions as values. Energies are eV/atom.
    """

    _patched = False

    def __init__(self, entries, elements=None, **_):
        self.all_entries = list(entries)
        with without_garbage_collection():
            arrays = _EntryArrays(self.all_entries)
        self._arrays = arrays
        handle = ctypes.c_void_p()
        call(library.interphase_diagram_new, 1 if self._patched else 0, *arrays.arguments(), ctypes.byref(handle))
        self._handle = handle
        self._finalizer = weakref.finalize(self, library.interphase_diagram_free, handle)
        # A diagram still alive when the interpreter exits is left to the operating system:
        # releasing the whole MP's hulls one by one took 1.2 s of the process's exit.
        self._finalizer.atexit = False
        self._capacity = len(arrays.positions) + 1
        by_symbol = {name: element for element, name in arrays.keys.items()}
        try:
            self.elements = sorted(by_symbol.values())
        except TypeError:
            self.elements = list(by_symbol.values())
        stable = (ctypes.c_int8 * len(self.all_entries))()
        e_above_hull = (ctypes.c_double * len(self.all_entries))()
        library.interphase_diagram_entry_stabilities(handle, stable, e_above_hull)
        self._is_stable = bytes(stable)
        self._e_above_hull = list(e_above_hull)
        # Keyed by id: all_entries keeps every keyed object alive, so an id found is that object.
        self._position = {id(entry): position for position, entry in enumerate(self.all_entries)}
        self._e_above_hull_by_id = dict(zip(self._position, self._e_above_hull))
        self._stable_entries = None

    @property
    def stable_entries(self) -> set:
        """The stable entries (hull vertices), the caller's objects."""
        if self._stable_entries is None:
            self._stable_entries = {entry for entry, flag in zip(self.all_entries, self._is_stable) if flag}
        return self._stable_entries

    @property
    def unstable_entries(self) -> set:
        """The entries above the hull (or on it without being a vertex)."""
        return {entry for entry, flag in zip(self.all_entries, self._is_stable) if not flag}

    def _stable_position(self, entry):
        """The position of a stable entry equal to ``entry`` (as pymatgen's ``in``), or None."""
        position = self._own_position(entry)
        if position is not None:
            return position if self._is_stable[position] else None
        if entry not in self.stable_entries:
            return None
        return next(position for position, other in enumerate(self.all_entries) if self._is_stable[position] and other == entry)

    # --- reading results -------------------------------------------------------------------

    def _decomposition(self, positions, fractions, count) -> dict:
        return {self.all_entries[positions[slot]]: fractions[slot] for slot in range(count.value)}

    def _query(self, composition, energy=None):
        """The decomposition at a composition, the hull's formation energy there and, with an
        energy, the energy above the hull of an entry of that composition and energy."""
        symbols, amounts, count = composition_arguments(composition)
        positions = (ctypes.c_int32 * self._capacity)()
        fractions = (ctypes.c_double * self._capacity)()
        length, hull, above = ctypes.c_int32(), ctypes.c_double(), ctypes.c_double()
        call(library.interphase_diagram_decomposition, self._handle, symbols, amounts, count,
             0 if energy is None else 1, 0.0 if energy is None else float(energy),
             positions, fractions, self._capacity, ctypes.byref(length), ctypes.byref(hull), ctypes.byref(above))
        return self._decomposition(positions, fractions, length), hull.value, above.value

    def _own_position(self, entry):
        return self._position.get(id(entry))

    @staticmethod
    def _is_element(entry) -> bool:
        return len(composition_items(entry.composition)) == 1

    # --- pymatgen's API ----------------------------------------------------------------------

    def get_decomposition(self, comp) -> dict:
        """The stable entries ``comp`` decomposes into: {entry: atom fraction}."""
        return self._query(comp)[0]

    def get_hull_energy_per_atom(self, comp, **_) -> float:
        """The energy (eV/atom, total-energy scale) of the hull at ``comp``."""
        decomposition = self.get_decomposition(comp)
        return sum(amount * self._entry_energy_per_atom(entry) for entry, amount in decomposition.items())

    def get_hull_energy(self, comp) -> float:
        """The hull energy at ``comp`` for its formula amount (eV, not per atom)."""
        return sum(amount for _, amount in composition_items(comp)) * self.get_hull_energy_per_atom(comp)

    def _entry_energy_per_atom(self, entry) -> float:
        position = self._own_position(entry)
        if position is not None:
            return self._arrays.energy_per_atom(position)
        return float(entry.energy) / sum(amount for _, amount in composition_items(entry.composition))

    def get_decomp_and_e_above_hull(self, entry, allow_negative=False, check_stable=True, on_error="raise"):
        """(decomposition, energy above the hull in eV/atom) of ``entry``, in the diagram or not.

        Raises ``ValueError`` when the entry lies more than 1e-8 eV/atom below the hull and
        ``allow_negative`` is false (unless ``on_error`` is 'ignore' or 'warn'), or when its
        composition has an element without entries (the library's message).
        """
        _checked_entry(entry)
        position = self._own_position(entry)
        if check_stable and (self._is_stable[position] if position is not None else entry in self.stable_entries):
            return {entry: 1.0}, 0.0
        try:
            decomposition, _, e_above_hull = self._query(entry.composition, entry.energy)
        except InterphaseError:
            if on_error == "raise":
                raise
            return None, None
        if allow_negative or e_above_hull >= -_NUMERICAL_TOLERANCE:
            return decomposition, e_above_hull
        if on_error == "raise":
            raise ValueError(f"No valid decomposition found for {entry}! (e_h: {e_above_hull})")
        return None, None

    def get_e_above_hull(self, entry, **kwargs) -> float | None:
        """The energy above the hull of ``entry`` (eV/atom; 0 for stable entries)."""
        value = self._e_above_hull_by_id.get(id(entry))
        if value is not None:
            return value
        return self.get_decomp_and_e_above_hull(entry, **kwargs)[1]

    def get_e_above_hull_batch(self, entries, allow_negative=False) -> list[float]:
        """``get_e_above_hull`` of many entries in one call, computed on all cores (an
        extension: a screen of candidates). Raises ``ValueError`` as ``get_e_above_hull`` for an
        entry more than 1e-8 eV/atom below the hull unless ``allow_negative``."""
        entries = list(entries)
        with without_garbage_collection():
            arrays = _EntryArrays(entries)
        values = array.array("d", bytes(8 * len(entries)))
        call(library.interphase_diagram_energies_above_hull, self._handle, *arrays.arguments(), address(values))
        results = values.tolist()
        # The diagram's own stable entries are 0 by definition, as pymatgen's check_stable.
        is_stable = self._is_stable
        for slot, own in enumerate(map(self._position.get, map(id, entries))):
            if own is not None and is_stable[own]:
                results[slot] = 0.0
        if not allow_negative and results and min(results) < -_NUMERICAL_TOLERANCE:
            slot = next(slot for slot, value in enumerate(results) if value < -_NUMERICAL_TOLERANCE)
            raise ValueError(f"No valid decomposition found for {entries[slot]}! (e_h: {results[slot]})")
        return results

    def get_form_energy_per_atom(self, entry) -> float:
        """The formation energy of ``entry`` from the elemental references, eV/atom."""
        _checked_entry(entry)
        symbols, amounts, count = composition_arguments(entry.composition)
        value = ctypes.c_double()
        call(library.interphase_diagram_formation_energy, self._handle, symbols, amounts, count, float(entry.energy),
             ctypes.byref(value))
        return value.value

    def get_form_energy(self, entry) -> float:
        """The formation energy of ``entry`` for its formula amount, eV."""
        return self.get_form_energy_per_atom(entry) * sum(amount for _, amount in composition_items(entry.composition))

    def get_equilibrium_reaction_energy(self, entry) -> float:
        """The reaction energy (eV/atom, ≤ 0) of a stable entry from the neighbouring stable
        entries; ``ValueError`` for an entry that is not stable."""
        _checked_entry(entry)
        position = self._stable_position(entry)
        if position is None:
            raise ValueError(f"{entry} is unstable, the equilibrium reaction energy is available only for stable entries.")
        if self._is_element(entry):
            return 0
        value = ctypes.c_double()
        call(library.interphase_diagram_equilibrium_reaction_energy, self._handle, position, ctypes.byref(value))
        return value.value

    def get_decomp_and_phase_separation_energy(self, entry, **_):
        """(decomposition, phase-separation energy in eV/atom) of ``entry``: exact (the hull of
        the other compositions of its system) where pymatgen optimises with SLSQP."""
        _checked_entry(entry)
        if self._is_element(entry):
            return self.get_decomp_and_e_above_hull(entry, allow_negative=True)
        symbols, amounts, count = composition_arguments(entry.composition)
        positions = (ctypes.c_int32 * self._capacity)()
        fractions = (ctypes.c_double * self._capacity)()
        length, energy = ctypes.c_int32(), ctypes.c_double()
        call(library.interphase_diagram_phase_separation, self._handle, symbols, amounts, count, float(entry.energy),
             positions, fractions, self._capacity, ctypes.byref(length), ctypes.byref(energy))
        return self._decomposition(positions, fractions, length), energy.value

    def get_phase_separation_energy(self, entry, **kwargs) -> float:
        """The phase-separation energy of ``entry``, eV/atom."""
        return self.get_decomp_and_phase_separation_energy(entry, **kwargs)[1]

    def _reference(self, element):
        position = ctypes.c_int32()
        call(library.interphase_diagram_reference, self._handle, symbol(element).encode(), ctypes.byref(position))
        return self.all_entries[position.value]

    @property
    def el_refs(self) -> dict:
        """Each element's reference entry (its lowest pure entry per atom)."""
        return {element: self._reference(element) for element in self.elements}

    def get_element_profile(self, element, comp, comp_tol=1e-5) -> list[dict]:
        """The phases ``comp`` forms as the chemical potential of ``element`` falls from the
        pure element's: one dict per step with ``chempot`` (eV/atom, absolute, as pymatgen),
        ``evolution`` (atoms of ``element`` taken up per formula unit of ``comp``; negative:
        released), ``entries`` (the caller's stable entries formed), ``element_reference`` and
        ``reaction`` (the library's text)."""
        symbols, amounts, count = composition_arguments(comp)
        text = ctypes.POINTER(ctypes.c_char)()
        call(library.interphase_diagram_element_profile, self._handle, symbol(element).encode(), symbols, amounts, count,
             ctypes.byref(text))
        profile = json.loads(take_text(text))
        reference = self._reference(element)
        reference_energy = self._entry_energy_per_atom(reference)
        return [
            {
                "chempot": step["mu_high"] + reference_energy,
                "evolution": step["open_element_uptake"],
                "element_reference": reference,
                "reaction": step["reaction"],
                "entries": [self.all_entries[int(product["id"][1:])] for product in step["products"]],
            }
            for step in profile["steps"]
        ]


class PatchedPhaseDiagram(PhaseDiagram):
    """pymatgen's ``PatchedPhaseDiagram``: the same answers, the hull built one chemical system
    at a time through the library's hull store (whole-Materials-Project-sized data), every
    composition routed to the diagram of its system. ``get_element_profile`` is answered too
    (pymatgen raises ``NotImplementedError``)."""

    _patched = True
