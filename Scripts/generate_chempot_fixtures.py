#!/usr/bin/env python3
"""Golden fixture for chemical-potential diagrams (issue 17, part 3): the domain of every stable
phase in the space of formal chemical potentials, as pymatgen's ChemicalPotentialDiagram gives it.

Pinned reference implementation: pymatgen 2026.10.24 (a fixture generator only, never a runtime
dependency of Interphase). Run from the repository root:

    python3 Scripts/generate_chempot_fixtures.py

Writes Tests/InterphaseTests/Fixtures/chempot-domains.json. For each case (dataset, chemical
system, lower bound L of every chemical potential):

    ChemicalPotentialDiagram(entries of the system, default_min_limit=L, formal_chempots=True).domains

as {formula: [vertex, ...]} with each vertex's chemical potentials (eV per atom, relative to the
elemental references) in the order of "elements" (pymatgen's order: by electronegativity).
pymatgen lists a vertex once per facet of qhull's output that it lies on, so a domain's vertices
repeat; the fixture keeps them as pymatgen gives them (rounded to 1e-9 eV), and the Swift test
(ChemicalPotentialDiagramTests) compares each domain as a SET of vertices rounded to 1e-6 eV.

Also writes Tests/InterphaseTests/Fixtures/chempot-8-elements.json: two 8-element systems of mp-legacy
(issue 26), each domain summarised (vertex count; per element min, max, mean), for
ChemicalPotentialDiagramTests within 1e-6 eV.

Also writes Tests/InterphaseTests/Fixtures/chempot-maps.json: the same diagrams on two axes
(issue 17's figure), sliced at fixed chemical potentials and projected over the other elements.
For each case (dataset, system, axes, fixed {element: mu - mu_ref}, L):

- a SLICE is pymatgen's diagram of the fixed-potential reduction GrandPotentialPhaseDiagram makes:
  every entry as GrandPotPDEntry(entry, {fixed: mu_ref + mu}) (the fixed elements removed from its
  composition, E - sum(mu n) its energy), entries made only of fixed elements left out, then
  ChemicalPotentialDiagram(those entries as PDEntry, default_min_limit=L, formal_chempots=True);
  its domains live in the free elements' chemical potentials. Each domain is named by the original
  entry's reduced formula (pymatgen names it by the reduced composition without the fixed elements,
  so that Li2O at fixed O is "Li").
- a PROJECTION keeps each domain's vertices' columns of the two axes and takes their planar convex
  hull (monotone chain below; collinear points within 1e-9 * max(1, |L|) eV dropped), as
  ChemicalPotentialDiagram.get_plot draws a domain of a larger system on three axes.

as {formula: [[mu of axis 1, mu of axis 2], ...]} (counter-clockwise). The Swift test
(ChemicalPotentialMapTests) compares each polygon as a SET of vertices rounded to 1e-6 eV.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_fixed_potential_fixtures  # noqa: E402  (write_pinned_fixture, load_rows, mu_ref)
from pymatgen.analysis.chempot_diagram import ChemicalPotentialDiagram  # noqa: E402
from pymatgen.analysis.phase_diagram import GrandPotPDEntry, PDEntry  # noqa: E402
from pymatgen.core import Element  # noqa: E402


CASES = [
    # (dataset, system, L)
    ("lipon-bundled", ["Li", "P", "O", "N"], -15.0),
    ("lipon-bundled", ["Li", "P", "O", "N"], -50.0),
    ("lipon-bundled", ["Li", "O", "N"], -15.0),
    ("lipon-bundled", ["Li", "O"], -15.0),
    ("ternary-hand", ["Li", "Fe", "O"], -15.0),
    ("random-5el", ["Na", "Mn", "O"], -15.0),
]


def case_fixture(dataset, system, limit):
    entries = generate_fixed_potential_fixtures.load_rows(dataset, system)
    diagram = ChemicalPotentialDiagram(entries, default_min_limit=limit, formal_chempots=True)
    domains = {formula: [[round(float(x), 9) for x in vertex] for vertex in points]
               for formula, points in sorted(diagram.domains.items())}
    return {"dataset": dataset, "system": system, "min_mu": limit,
            "elements": [el.symbol for el in diagram.elements], "domains": domains}


MAP_CASES = [
    # (dataset, system, axes, fixed, L)
    ("lipon-bundled", ["Li", "P", "O", "N"], ["Li", "O"], {}, -15.0),
    ("lipon-bundled", ["Li", "P", "O", "N"], ["Li", "N"], {"O": -4.0}, -15.0),
    ("lipon-bundled", ["Li", "P", "O", "N"], ["Li", "N"], {"O": -4.0, "P": -1.0}, -15.0),
    ("lipon-bundled", ["Li", "P", "O", "N"], ["N", "Li"], {"O": -2.5}, -50.0),
    ("lipon-bundled", ["Li", "O"], ["O", "Li"], {}, -15.0),
    ("ternary-hand", ["Li", "Fe", "O"], ["Fe", "O"], {}, -15.0),
    ("ternary-hand", ["Li", "Fe", "O"], ["Li", "Fe"], {"O": -1.0}, -15.0),
    ("random-5el", ["Na", "Mn", "O", "F"], ["Na", "O"], {"F": -3.0}, -15.0),
    ("mp-legacy", ["Li", "Co", "O"], ["Li", "O"], {}, -15.0),
    ("mp-legacy", ["Li", "Fe", "P", "O"], ["Li", "O"], {"P": -2.0}, -20.0),
]


def planar_hull(points, tolerance):
    """The convex hull of 2-D points, counter-clockwise from the lowest x (then y); a segment's two
    ends or one point when degenerate. Points within `tolerance` of another are dropped, then (after
    an exact monotone chain, so that rounding cannot drop a true corner) vertices within `tolerance`
    of the segment between their neighbours."""
    unique = []
    for p in sorted(points):
        if not any(abs(p[0] - q[0]) <= tolerance and abs(p[1] - q[1]) <= tolerance for q in unique):
            unique.append(p)
    if len(unique) <= 2:
        return unique

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    def chain(pts):
        out = []
        for p in pts:
            while len(out) >= 2 and cross(out[-2], out[-1], p) <= 0:
                out.pop()
            out.append(p)
        return out

    hull = chain(unique)[:-1] + chain(unique[::-1])[:-1]
    dropped = True
    while dropped and len(hull) > 2:
        dropped = False
        for i in range(len(hull)):
            prev, nxt, p = hull[i - 1], hull[(i + 1) % len(hull)], hull[i]
            length = ((nxt[0] - prev[0]) ** 2 + (nxt[1] - prev[1]) ** 2) ** 0.5
            between = ((p[0] - prev[0]) * (nxt[0] - prev[0]) + (p[1] - prev[1]) * (nxt[1] - prev[1]) > 0
                       and (p[0] - nxt[0]) * (prev[0] - nxt[0]) + (p[1] - nxt[1]) * (prev[1] - nxt[1]) > 0)
            if between and abs(cross(prev, nxt, p)) <= tolerance * length:
                del hull[i]
                dropped = True
                break
    if len(hull) == 2:
        return sorted(hull)
    first = hull.index(min(hull))
    return hull[first:] + hull[:first]


def map_fixture(dataset, system, axes, fixed, limit):
    entries = generate_fixed_potential_fixtures.load_rows(dataset, system)
    refs = {el: generate_fixed_potential_fixtures.mu_ref(entries, el) for el in system}
    chempots = {Element(el): refs[el] + mu for el, mu in fixed.items()}
    reduced = []
    for entry in entries:
        grand = GrandPotPDEntry(entry, chempots)
        if grand.composition.num_atoms > 1e-12:
            reduced.append(PDEntry(grand.composition, grand.energy, name=entry.composition.reduced_formula,
                                   attribute=entry.attribute))
    # Absolute chemical potentials, bounded to [ref + L, ref], then made relative to the elements'
    # own references: pymatgen's formal_chempots would take as a free element's reference the
    # lowest reduced entry of that composition, which after the reduction may be a compound
    # (Li3P at fixed P is "Li3").
    free = [el for el in system if el not in fixed]
    limits = {Element(el): (refs[el] + limit, refs[el]) for el in free}
    diagram = ChemicalPotentialDiagram(reduced, limits=limits, default_min_limit=limit, formal_chempots=False)
    symbols = [el.symbol for el in diagram.elements]
    columns = [symbols.index(axis) for axis in axes]
    tolerance = 1e-9 * max(1.0, abs(limit))
    polygons = {}
    for formula, points in diagram.domains.items():
        name = diagram.entry_dict[formula].name
        projected = [(float(v[columns[0]]) - refs[axes[0]], float(v[columns[1]]) - refs[axes[1]]) for v in points]
        polygons[name] = [[round(x, 9), round(y, 9)] for x, y in planar_hull(projected, tolerance)]
    return {"dataset": dataset, "system": system, "axes": axes, "fixed": fixed, "min_mu": limit,
            "domains": dict(sorted(polygons.items()))}


EIGHT_ELEMENT_CASES = [
    # (dataset, system, L): issue 26's failing system (the interior point passed qhull's 140-character
    # limit on an option) and a smaller one the Swift test can afford in a debug build.
    ("mp-legacy", ["Li", "Na", "K", "Mg", "Ca", "Cl", "Br", "I"], -50.0),
    ("mp-legacy", ["Li", "Fe", "P", "O", "Mn", "Co", "Ni", "S"], -50.0),
]


def summary_fixture(dataset, system, limit):
    """An 8-element diagram has 10^4-10^5 vertices: each domain is summarised by its number of
    distinct vertices (pymatgen's, deduplicated at 1e-9 eV) and, per element, the least, greatest
    and mean chemical potential of its vertices, in the order of `system`."""
    entries = generate_fixed_potential_fixtures.load_rows(dataset, system)
    diagram = ChemicalPotentialDiagram(entries, default_min_limit=limit, formal_chempots=True)
    columns = [[el.symbol for el in diagram.elements].index(symbol) for symbol in system]
    domains = {}
    for formula, points in sorted(diagram.domains.items()):
        distinct = {tuple(round(float(v[c]), 9) for c in columns) for v in points}
        rows = sorted(distinct)
        domains[formula] = {
            "vertices": len(rows),
            "min": [round(min(r[k] for r in rows), 9) for k in range(len(system))],
            "max": [round(max(r[k] for r in rows), 9) for k in range(len(system))],
            "mean": [round(sum(r[k] for r in rows) / len(rows), 9) for k in range(len(system))],
        }
    return {"dataset": dataset, "system": system, "min_mu": limit, "domains": domains}


def main() -> int:
    path, cases = generate_fixed_potential_fixtures.write_pinned_fixture(
        "chempot-domains.json",
        "ChemicalPotentialDiagram(entries, default_min_limit=min_mu, formal_chempots=True).domains; "
        "vertices in the order of elements, eV per atom relative to the references, as pymatgen lists them",
        lambda: [case_fixture(*case) for case in CASES])
    print(f"wrote {path}: {len(cases)} cases")
    path, cases = generate_fixed_potential_fixtures.write_pinned_fixture(
        "chempot-maps.json",
        "ChemicalPotentialDiagram(GrandPotPDEntry reduction at the fixed mu - mu_ref, limits [ref + min_mu, ref], "
        "formal_chempots=False).domains minus the references, projected onto the axes, planar convex hull; "
        "[[mu axis 1, mu axis 2]] counter-clockwise, eV per atom relative to the references",
        lambda: [map_fixture(*case) for case in MAP_CASES])
    print(f"wrote {path}: {len(cases)} cases")
    path, cases = generate_fixed_potential_fixtures.write_pinned_fixture(
        "chempot-8-elements.json",
        "ChemicalPotentialDiagram(entries, default_min_limit=min_mu, formal_chempots=True).domains of 8-element "
        "systems, each domain summarised: number of distinct vertices, per element (in the order of system) the "
        "min, max and mean over them, eV per atom relative to the references",
        lambda: [summary_fixture(*case) for case in EIGHT_ELEMENT_CASES])
    print(f"wrote {path}: {len(cases)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
