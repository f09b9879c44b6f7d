"""Bad input from Python is a Python exception carrying the library's message, never a crash of
the interpreter; every handle is freed."""

import gc
import math

import pytest
from pymatgen.analysis.phase_diagram import PDEntry
from pymatgen.core import Composition

import interphase

ENTRIES = [PDEntry(Composition("Li"), -1.9), PDEntry(Composition("O2"), -9.8), PDEntry(Composition("Li2O"), -14.3)]


@pytest.mark.parametrize("kind", [interphase.PhaseDiagram, interphase.PatchedPhaseDiagram])
def test_a_non_entry(kind):
    with pytest.raises(TypeError, match="is not an entry"):
        kind(ENTRIES + [object()])
    with pytest.raises(TypeError, match="is not an entry"):
        kind(ENTRIES).get_e_above_hull("Li2O")


@pytest.mark.parametrize("kind", [interphase.PhaseDiagram, interphase.PatchedPhaseDiagram])
def test_a_nan_energy(kind):
    with pytest.raises(ValueError, match=r"the energy of Li2O2 \(#3\) is not a finite number"):
        kind(ENTRIES + [PDEntry(Composition("Li2O2"), math.nan)])
    with pytest.raises(ValueError, match="the energy of Li2O2 is not a finite number"):
        kind(ENTRIES).get_e_above_hull(PDEntry(Composition("Li2O2"), math.nan))
    with pytest.raises(ValueError, match="the energy of Li2O2 is not a finite number"):
        kind(ENTRIES).get_e_above_hull_batch([ENTRIES[2], PDEntry(Composition("Li2O2"), math.nan)])


@pytest.mark.parametrize("kind", [interphase.PhaseDiagram, interphase.PatchedPhaseDiagram])
def test_an_element_missing_from_the_entries(kind):
    with pytest.raises(ValueError, match="no elemental reference for Mn"):
        kind(ENTRIES + [PDEntry(Composition("LiMnO2"), -20.0)])


@pytest.mark.parametrize("kind", [interphase.PhaseDiagram, interphase.PatchedPhaseDiagram])
def test_a_composition_outside_the_diagram(kind):
    diagram = kind(ENTRIES)
    message = "LiMnO2 contains Mn, which has no entries in the data"
    with pytest.raises(ValueError, match=message):
        diagram.get_decomposition(Composition("LiMnO2"))
    with pytest.raises(KeyError, match=message):
        diagram.get_form_energy_per_atom(PDEntry(Composition("LiMnO2"), -20.0))
    with pytest.raises(ValueError, match=message):
        diagram.get_e_above_hull(PDEntry(Composition("LiMnO2"), -20.0))
    with pytest.raises(ValueError):
        diagram.get_element_profile("Mn", Composition("Li2O"))
    with pytest.raises(ValueError, match="Xx is not an element symbol"):
        diagram.get_decomposition({"Xx": 1})
    with pytest.raises(ValueError):
        diagram.get_decomposition({"Li": -1})


def test_no_entries():
    with pytest.raises(ValueError, match="no entries"):
        interphase.PhaseDiagram([])


def test_every_handle_is_freed():
    finalizers = []
    for _ in range(50):
        diagram = interphase.PatchedPhaseDiagram(ENTRIES)
        finalizers.append(diagram._finalizer)
        del diagram
    gc.collect()
    assert not any(finalizer.alive for finalizer in finalizers)
