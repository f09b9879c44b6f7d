#!/usr/bin/env python3
"""Golden fixture for Bartel's decomposition energy as pymatgen defines it (issue 26).

    pip install pymatgen==2026.10.24 && python3 Scripts/generate_polymorph_fixtures.py

Writes Tests/InterphaseTests/Fixtures/decomposition-energy-polymorphs.json: seeded random data of
2–5 elements (elemental references at 0, so energies are formation energies, eV/atom) and
subsystems of Data/mp-legacy.csv, each with candidates evaluated against the data (not added):
polymorphs of stable compositions above and below the stable entry, polymorphs of unstable
compositions above and below the hull, and new compositions above and below it. Every candidate
lies at least 1e-3 eV/atom from every verdict's boundary.

For each candidate it records pymatgen's `get_decomp_and_phase_separation_energy` (its route:
"e_above_hull", exact, when the composition has no stable entry; "slsqp" otherwise, pymatgen's
SLSQP optimisation, off by up to ~3e-5 eV/atom) and an independent exact value: the candidate's
energy less `PhaseDiagram(other compositions).get_hull_energy_per_atom` when the composition has
a stable entry, its energy above hull otherwise. Also its energy above hull and stability. pymatgen
is a check only, never a dependency of Interphase.
"""
import json
import random
import warnings
from pathlib import Path

import pymatgen.core
from pymatgen.analysis.phase_diagram import PDEntry, PhaseDiagram
from pymatgen.core import Composition

from mp_legacy import load_rows, system_entries

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests" / "InterphaseTests" / "Fixtures" / "decomposition-energy-polymorphs.json"
RANDOM_ELEMENTS = ["Li", "Mg", "O", "S", "N"]
MP_SYSTEMS = [["Li", "P", "S"], ["Li", "O", "P"], ["Li", "N", "O", "P"], ["Fe", "Li", "O", "P"]]


def formula_of(comp):
    return "".join(f"{el}{int(amt) if amt != 1 else ''}" for el, amt in comp.get_el_amt_dict().items())


def random_entries(rng, elements, count):
    entries = [PDEntry(Composition(el), 0.0, name=f"ref-{el}") for el in elements]
    seen = set()
    while len(entries) < count + len(elements):
        k = rng.randint(2, min(4, len(elements)))
        comp = Composition({el: rng.randint(1, 4) for el in rng.sample(elements, k)})
        energy = -rng.uniform(0.05, 2.5)
        name = f"r{len(entries)}"
        entries.append(PDEntry(comp, energy * comp.num_atoms, name=name))
        # a few data polymorphs, so that the data's own unstable polymorphs are checked too
        if comp.reduced_formula not in seen and rng.random() < 0.15:
            entries.append(PDEntry(comp, (energy + rng.uniform(0.002, 0.08)) * comp.num_atoms, name=name + "-poly"))
        seen.add(comp.reduced_formula)
    return entries


def exact_decomposition(pd, entries, comp, energy_per_atom):
    """The exact value, independent of pymatgen's route: against the hull of the other
    compositions when the composition has a stable entry, the energy above hull otherwise."""
    reduced = comp.reduced_composition
    if comp.is_element:
        return None
    if any(e.composition.reduced_composition == reduced for e in pd.stable_entries):
        elements = set(comp.elements)
        others = [e for e in entries if set(e.composition.elements) <= elements and e.composition.reduced_composition != reduced]
        return float(energy_per_atom - PhaseDiagram(others).get_hull_energy_per_atom(comp))
    return float(energy_per_atom - pd.get_hull_energy_per_atom(comp))


def candidates(rng, pd, entries, count):
    """(id, class, composition, energy per atom): at least 1e-3 eV/atom from every boundary."""
    stable = [e for e in pd.stable_entries if not e.composition.is_element]
    stable_keys = {e.composition.reduced_composition for e in stable}
    unstable = [e for e in pd.unstable_entries if e.composition.reduced_composition not in stable_keys
                and pd.get_form_energy_per_atom(e) < 0]
    out = []
    for n in range(count):
        kind = n % 6
        if kind in (0, 1) and stable:
            s = rng.choice(stable)
            delta = rng.uniform(0.001, 0.1) if kind == 0 else -rng.uniform(0.001, 0.05)
            out.append((f"c{n}", "polymorph-of-stable-" + ("above" if kind == 0 else "below"), s.composition,
                        s.energy_per_atom + delta))
        elif kind in (2, 3) and unstable:
            u = rng.choice(unstable)
            h = pd.get_hull_energy_per_atom(u.composition)
            delta = rng.uniform(0.001, 0.1) if kind == 2 else -rng.uniform(0.001, 0.05)
            out.append((f"c{n}", "polymorph-of-unstable-" + ("above-hull" if kind == 2 else "below-hull"), u.composition,
                        h + delta))
        else:
            elements = [str(e) for e in pd.elements]
            comp = Composition({el: rng.randint(1, 5) for el in rng.sample(elements, rng.randint(2, len(elements)))})
            if any(e.composition.reduced_composition == comp.reduced_composition for e in entries):
                continue
            h = pd.get_hull_energy_per_atom(comp)
            delta = rng.uniform(0.001, 0.1) if kind % 2 == 0 else -rng.uniform(0.001, 0.05)
            out.append((f"c{n}", "new-composition-" + ("above-hull" if delta > 0 else "below-hull"), comp, h + delta))
    return out


def case(name, entries, rng, count, with_entries):
    pd = PhaseDiagram(entries)
    rows = []
    for id_, kind, comp, energy in candidates(rng, pd, entries, count):
        q = PDEntry(comp, energy * comp.num_atoms, name=id_)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _, theirs = pd.get_decomp_and_phase_separation_energy(q)
        reduced = comp.reduced_composition
        route = "slsqp" if any(e.composition.reduced_composition == reduced for e in pd.stable_entries) else "e_above_hull"
        hull = pd.get_hull_energy_per_atom(comp)
        rows.append({"id": id_, "class": kind, "formula": formula_of(comp), "energy_per_atom": energy,
                     "is_stable": bool(energy < hull), "energy_above_hull": float(max(energy - hull, 0.0)),
                     "pymatgen": float(theirs), "pymatgen_route": route,
                     "exact": exact_decomposition(pd, entries, comp, energy)})
    data_rows = []
    for e in entries:
        if e.composition.is_element:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _, theirs = pd.get_decomp_and_phase_separation_energy(e)
        data_rows.append({"id": e.name, "pymatgen": float(theirs),
                          "exact": exact_decomposition(pd, entries, e.composition, e.energy_per_atom)})
    result = {"name": name, "candidates": rows, "data": data_rows}
    if with_entries:
        result["entries"] = [{"id": e.name, "formula": formula_of(e.composition), "energy_per_atom": e.energy_per_atom}
                             for e in entries]
    return result


def main():
    rng = random.Random(20261207)
    cases = []
    for k in [2, 3, 4, 5]:
        for seed in range(2):
            elements = RANDOM_ELEMENTS[:k]
            cases.append(case(f"random-{k}el-{seed}", random_entries(rng, elements, 6 * k), rng, 24, True))
    rows = load_rows()
    for system in MP_SYSTEMS:
        entries = system_entries(rows, set(system))
        for e in entries:
            e.name = e.name if not e.composition.is_element else f"ref-{e.name}"
        mp = case("mp-legacy-" + "-".join(system), entries, rng, 24, False)
        mp["data"] = []  # the mp-legacy data's own rows are Scripts/check_mp_bartel.py's
        cases.append(mp)
    # The example: Li3PS4 at -1.2 eV/atom on mp-legacy.
    entries = system_entries(rows, {"Li", "P", "S"})
    pd = PhaseDiagram(entries)
    comp = Composition("Li3PS4")
    cases[-len(MP_SYSTEMS)]["candidates"].append({
        "id": "issue-26", "class": "polymorph-of-stable-above", "formula": "Li3PS4", "energy_per_atom": -1.2,
        "is_stable": False, "energy_above_hull": float(-1.2 - pd.get_hull_energy_per_atom(comp)),
        "pymatgen": float(pd.get_decomp_and_phase_separation_energy(PDEntry(comp, -1.2 * 8))[1]),
        "pymatgen_route": "slsqp", "exact": exact_decomposition(pd, entries, comp, -1.2)})
    slsqp = [abs(c["pymatgen"] - c["exact"]) for k in cases for c in k["candidates"] + k["data"]
             if c.get("pymatgen_route", "slsqp") == "slsqp" and c["exact"] is not None]
    exact = [abs(c["pymatgen"] - c["exact"]) for k in cases for c in k["candidates"] if c["pymatgen_route"] == "e_above_hull"]
    document = {"generator": "Scripts/generate_polymorph_fixtures.py", "pymatgen": pymatgen.core.__version__,
                "max_pymatgen_slsqp_error": max(slsqp), "max_pymatgen_exact_route_difference": max(exact), "cases": cases}
    OUT.write_text(json.dumps(document, indent=1) + "\n")
    n = sum(len(k["candidates"]) for k in cases)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(cases)} cases, {n} candidates; "
          f"pymatgen's SLSQP off the exact value by at most {max(slsqp):.2e} eV/atom, "
          f"its exact route by {max(exact):.2e}")


if __name__ == "__main__":
    main()
