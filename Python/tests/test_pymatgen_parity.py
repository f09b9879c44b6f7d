"""interphase.PhaseDiagram / PatchedPhaseDiagram against pymatgen's PhaseDiagram, method by
method, on random data of 2–6 elements (total energies over elemental references, polymorphs,
multiples of formula units) and on the bundled data.

Tolerance: 1e-9 eV/atom (and atom fraction) throughout — both sides compute the same hull in
double precision; what differs is only the order of floating-point operations (differences seen:
~1e-14). pymatgen's get_decomp_and_phase_separation_energy optimises with SLSQP for stable
compositions, so there the exact reference is pymatgen's hull of the other compositions (1e-9),
and pymatgen's own SLSQP answer is met within its optimiser's tolerance (1e-6).
"""

import math
import random

import pytest
from pymatgen.analysis.phase_diagram import PDEntry
from pymatgen.analysis.phase_diagram import PatchedPhaseDiagram as PymatgenPatchedPhaseDiagram
from pymatgen.analysis.phase_diagram import PhaseDiagram as PymatgenPhaseDiagram
from pymatgen.core import Composition, Element

import interphase
from random_entries import random_composition, random_entries

TOLERANCE = 1e-9
SLSQP_TOLERANCE = 1e-6
CASES = [(element_count, seed) for element_count in (2, 3, 4, 5, 6) for seed in (11, 12)]
DIAGRAMS = [interphase.PhaseDiagram, interphase.PatchedPhaseDiagram]


def assert_same_decomposition(ours, theirs, tolerance=TOLERANCE):
    assert {id(entry) for entry in ours} == {id(entry) for entry in theirs}
    for entry, amount in theirs.items():
        assert ours[entry] == pytest.approx(amount, abs=tolerance)


@pytest.fixture(scope="module", params=CASES, ids=[f"{n}el-seed{s}" for n, s in CASES])
def case(request):
    element_count, seed = request.param
    elements, entries = random_entries(element_count, 12 * element_count + 10, seed)
    return elements, entries, PymatgenPhaseDiagram(entries), random.Random(seed)


@pytest.mark.parametrize("kind", DIAGRAMS)
def test_entries_and_elements(case, kind):
    _, entries, theirs, _ = case
    ours = kind(entries)
    assert ours.all_entries == entries and all(a is b for a, b in zip(ours.all_entries, entries))
    assert {id(e) for e in ours.stable_entries} == {id(e) for e in theirs.stable_entries}
    assert {id(e) for e in ours.unstable_entries} == {id(e) for e in theirs.unstable_entries}
    assert ours.elements == theirs.elements
    assert {element: id(entry) for element, entry in ours.el_refs.items()} == {element: id(entry) for element, entry in theirs.el_refs.items()}


@pytest.mark.parametrize("kind", DIAGRAMS)
def test_energy_above_hull_and_decomposition_of_every_entry(case, kind):
    _, entries, theirs, _ = case
    ours = kind(entries)
    for entry in entries:
        assert ours.get_e_above_hull(entry) == pytest.approx(theirs.get_e_above_hull(entry), abs=TOLERANCE)
        our_decomposition, our_energy = ours.get_decomp_and_e_above_hull(entry)
        their_decomposition, their_energy = theirs.get_decomp_and_e_above_hull(entry)
        assert our_energy == pytest.approx(their_energy, abs=TOLERANCE)
        assert_same_decomposition(our_decomposition, their_decomposition)
        assert ours.get_form_energy_per_atom(entry) == pytest.approx(theirs.get_form_energy_per_atom(entry), abs=TOLERANCE)


@pytest.mark.parametrize("kind", DIAGRAMS)
def test_entries_not_in_the_diagram(case, kind):
    elements, entries, theirs, generator = case
    ours = kind(entries)
    for _ in range(15):
        composition = random_composition(elements, generator)
        hull = theirs.get_hull_energy_per_atom(composition)
        # Some below the hull (negative E_hull), some above.
        entry = PDEntry(composition, (hull + generator.uniform(-0.2, 0.2)) * composition.num_atoms)
        assert ours.get_hull_energy_per_atom(composition) == pytest.approx(hull, abs=TOLERANCE)
        assert_same_decomposition(ours.get_decomposition(composition), theirs.get_decomposition(composition))
        decomposition, energy = ours.get_decomp_and_e_above_hull(entry, allow_negative=True)
        their_decomposition, their_energy = theirs.get_decomp_and_e_above_hull(entry, allow_negative=True)
        assert energy == pytest.approx(their_energy, abs=TOLERANCE)
        assert_same_decomposition(decomposition, their_decomposition)
        if their_energy < -1e-8:
            with pytest.raises(ValueError):
                theirs.get_e_above_hull(entry)
            with pytest.raises(ValueError):
                ours.get_e_above_hull(entry)
        else:
            assert ours.get_e_above_hull(entry) == pytest.approx(theirs.get_e_above_hull(entry), abs=TOLERANCE)
        assert ours.get_form_energy_per_atom(entry) == pytest.approx(theirs.get_form_energy_per_atom(entry), abs=TOLERANCE)


@pytest.mark.parametrize("kind", DIAGRAMS)
def test_batch_of_candidates(case, kind):
    """get_e_above_hull_batch (an extension) is get_e_above_hull of each, allow_negative or not."""
    elements, entries, theirs, generator = case
    ours = kind(entries)
    candidates = [PDEntry(c, (theirs.get_hull_energy_per_atom(c) + generator.uniform(-0.1, 0.3)) * c.num_atoms)
                  for c in (random_composition(elements, generator) for _ in range(40))]
    batch = ours.get_e_above_hull_batch(candidates + entries, allow_negative=True)
    expected = [theirs.get_e_above_hull(entry, allow_negative=True) for entry in candidates + entries]
    assert batch == pytest.approx(expected, abs=TOLERANCE)
    assert ours.get_e_above_hull_batch(entries) == pytest.approx([theirs.get_e_above_hull(e) for e in entries], abs=TOLERANCE)
    if min(expected) < -1e-8:
        with pytest.raises(ValueError):
            ours.get_e_above_hull_batch(candidates)


@pytest.mark.parametrize("kind", DIAGRAMS)
def test_equilibrium_reaction_energy(case, kind):
    _, entries, theirs, _ = case
    ours = kind(entries)
    for entry in entries:
        if entry in theirs.stable_entries:
            assert ours.get_equilibrium_reaction_energy(entry) == pytest.approx(
                theirs.get_equilibrium_reaction_energy(entry), abs=TOLERANCE)
        else:
            with pytest.raises(ValueError):
                ours.get_equilibrium_reaction_energy(entry)


@pytest.mark.parametrize("kind", DIAGRAMS)
def test_phase_separation_energy(case, kind):
    """Exact against pymatgen's hull of the other compositions; pymatgen's SLSQP within its
    tolerance; entries without a stable polymorph exactly as pymatgen (its exact branch)."""
    _, entries, theirs, _ = case
    ours = kind(entries)
    stable_compositions = {e.composition.reduced_composition for e in theirs.stable_entries}
    for entry in entries:
        decomposition, energy = ours.get_decomp_and_phase_separation_energy(entry)
        their_decomposition, their_energy = theirs.get_decomp_and_phase_separation_energy(entry)
        composition = entry.composition.reduced_composition
        if entry.is_element or composition not in stable_compositions:
            assert energy == pytest.approx(their_energy, abs=TOLERANCE)
            assert_same_decomposition(decomposition, their_decomposition)
            continue
        others = [e for e in entries
                  if set(e.composition.elements) <= set(entry.composition.elements) and e.composition.reduced_composition != composition]
        exact = PymatgenPhaseDiagram(others)
        assert energy == pytest.approx(entry.energy_per_atom - exact.get_hull_energy_per_atom(entry.composition), abs=TOLERANCE)
        assert_same_decomposition(decomposition, exact.get_decomposition(entry.composition))
        assert energy == pytest.approx(their_energy, abs=SLSQP_TOLERANCE)


@pytest.mark.parametrize("kind", DIAGRAMS)
def test_element_profile(case, kind):
    elements, entries, theirs, generator = case
    ours = kind(entries)
    for _ in range(3):
        element = generator.choice(elements)
        composition = random_composition(elements, generator)
        if len(composition.elements) == 1 or Element(element) not in composition:
            continue
        their_profile = theirs.get_element_profile(Element(element), composition)
        our_profile = ours.get_element_profile(element, composition)
        assert len(our_profile) == len(their_profile)
        for our_step, their_step in zip(our_profile, their_profile):
            assert our_step["chempot"] == pytest.approx(their_step["chempot"], abs=TOLERANCE)
            assert our_step["evolution"] == pytest.approx(their_step["evolution"], abs=TOLERANCE)
            assert {id(e) for e in our_step["entries"]} == {id(e) for e in their_step["entries"]}
            assert our_step["element_reference"] is their_step["element_reference"]


def test_pymatgen_patched_phase_diagram_agrees():
    _, entries = random_entries(5, 80, seed=5)
    theirs = PymatgenPatchedPhaseDiagram(entries)
    ours = interphase.PatchedPhaseDiagram(entries)
    assert {id(e) for e in ours.stable_entries} == {id(e) for e in theirs.stable_entries}
    for entry in entries:
        assert ours.get_e_above_hull(entry) == pytest.approx(theirs.get_e_above_hull(entry), abs=TOLERANCE)
        assert_same_decomposition(ours.get_decomposition(entry.composition), theirs.get_decomposition(entry.composition))


def test_bundled_data():
    """lipon-mp-legacy (formation energies; elements are the zero reference) as pymatgen entries."""
    bundled = interphase.load("lipon-mp-legacy")
    entries = [PDEntry(Composition(entry.composition), entry.energy, name=entry.entry_id) for entry in bundled]
    theirs = PymatgenPhaseDiagram(entries)
    for kind in DIAGRAMS:
        ours = kind(entries)
        assert {id(e) for e in ours.stable_entries} == {id(e) for e in theirs.stable_entries}
        for entry in entries:
            assert ours.get_e_above_hull(entry) == pytest.approx(theirs.get_e_above_hull(entry), abs=TOLERANCE)
            if entry in theirs.stable_entries:
                assert ours.get_equilibrium_reaction_energy(entry) == pytest.approx(
                    theirs.get_equilibrium_reaction_energy(entry), abs=TOLERANCE)


def test_plain_objects_and_mappings():
    """Entries need only .composition (a mapping of symbol → amount) and .energy."""

    class Plain:
        def __init__(self, composition, energy):
            self.composition, self.energy = composition, energy

    entries = [Plain({"Li": 1}, -1.9), Plain({"O": 2}, -9.8), Plain({"Li": 2, "O": 1}, -14.3), Plain({"Li": 2, "O": 2}, -18.0)]
    ours = interphase.PhaseDiagram(entries)
    theirs = PymatgenPhaseDiagram([PDEntry(Composition(e.composition), e.energy) for e in entries])
    assert ours.elements == ["Li", "O"]
    for ours_entry, their_entry in zip(entries, theirs.all_entries):
        assert ours.get_e_above_hull(ours_entry) == pytest.approx(theirs.get_e_above_hull(their_entry), abs=TOLERANCE)
    decomposition = ours.get_decomposition({"Li": 1, "O": 1})
    assert all(any(entry is e for e in entries) for entry in decomposition)
    assert math.isclose(sum(decomposition.values()), 1)
