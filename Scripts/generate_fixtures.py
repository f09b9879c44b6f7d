#!/usr/bin/env python3
"""Generate the golden JSON fixtures that Interphase's Swift tests compare against.

Pinned reference implementation: pymatgen 2026.10.24 (pymatgen is a fixture generator only,
never a runtime dependency of Interphase).

Run from the repository root:

    pip install pymatgen==2026.10.24 && python3 Scripts/generate_fixtures.py

Everything is written to Tests/InterphaseTests/Fixtures/:
  datasets/*.csv        input datasets (id, formula, one energy column), generated here (seeded)
  hull-D.json           per-entry hull results (array in input order)
  decompose-D.json      grand-potential decompositions with an open element at fixed voltages
  profile-D.json        get_element_profile rows and the derived electrochemical window
  react-*.json          InterfacialReactivity kinks (dataset lipon-bundled)
  manifest.json         versions, seed, reference chemical potentials, conventions, file list

The script is deterministic: the datasets are drawn from Python's `random.Random(SEED)` only
(`random`, `uniform`, `normalvariate`, `randint`, `choice`, `choices`, `sample`; no numpy RNG), and
every output list has a defined order.
"""

from __future__ import annotations

import csv
import json
import math
import os
import random
import sys
import warnings
from importlib.metadata import version as pkg_version

from pymatgen.analysis.interface_reactions import InterfacialReactivity
from pymatgen.analysis.phase_diagram import GrandPotentialPhaseDiagram, PDEntry, PhaseDiagram
from pymatgen.core import Composition, Element

PINNED_PYMATGEN = "2026.10.24"
SEED = 20261024

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SOURCE_CSV = os.path.join(ROOT, "Data", "lipon-mp-legacy.csv")
OUT = os.path.join(ROOT, "Tests", "InterphaseTests", "Fixtures")
DATASETS = os.path.join(OUT, "datasets")

AMOUNT_TOL = 1e-8  # decomposition amounts kept in fixtures
UPTAKE_TOL = 1e-6  # |evolution| below this (per input formula unit) counts as zero uptake

# Reference chemical potentials (eV/atom) used to turn formation energies into total energies.
MU_TOTAL = {"Li": -1.9089, "P": -5.4133, "O": -4.9480, "N": -8.3365}
ELEMENT_FORMULA = {"Li": "Li", "P": "P", "O": "O2", "N": "N2", "Na": "Na", "Mn": "Mn", "Fe": "Fe", "F": "F2"}

VOLTAGES = [0.0, 0.5, 0.68, 1.0, 2.0, 2.63, 3.0, 4.0, 5.0]
LIPON_DECOMPOSE = [
    "Li2PO2N", "Li3PO4", "Li3N", "Li2O", "Li2.94PO3.50N0.31", "Li3.2PO3.8N0.2",
    "P3N5", "P2O5", "Li3P", "LiPN2", "Li4P2O7", "LiPO3", "Li7PN4", "Li14P2(N2O)3",
]
NA_DECOMPOSE = [
    "NaMnO2", "NaFeO2", "Na2O", "NaF", "Na3FeF6", "NaMnF3", "Na2MnFeO4F",
    "Na0.67MnO2", "MnO2", "Fe2O3", "FeF3", "MnF2",
]
LIPON_ABSENT = ["Li2.94PO3.50N0.31", "Li2.88PO3.73N0.14", "Li3.2PO3.8N0.2"]

HULL_CONVENTION = (
    "formation_energy_per_atom = PhaseDiagram.get_form_energy_per_atom (references: lowest energy per "
    "atom among each element's pure entries). energy_above_hull = get_e_above_hull (default arguments). "
    "is_stable = the entry object itself is a vertex (identity test against pd.stable_entries). "
    "decomposes_to = get_decomp_and_e_above_hull decomposition, amounts are atom fractions, amounts > 1e-8 "
    "only, sorted by reduced formula then id; empty for stable entries. decomposition_energy_per_atom "
    "(Bartel 2020): unstable entry -> energy_above_hull; stable compound -> e_per_atom minus the hull "
    "energy at its composition of a PhaseDiagram built from every other entry of its chemical subsystem "
    "(all entries whose elements are a subset of its elements, unstable ones included, but excluding every "
    "entry with the same reduced composition, i.e. its polymorphs, as Bartel and pymatgen's "
    "get_decomp_and_phase_separation_energy do); null for pure elements."
)

DECOMPOSE_CONVENTION = (
    "GrandPotentialPhaseDiagram(all entries, {open: mu_ref - voltage}) with ABSOLUTE chemical potential; "
    "mu_ref = lowest energy per atom among the open element's pure entries of the dataset; mu = -voltage "
    "(relative to mu_ref), mu_absolute = mu_ref - voltage. The composition queried is the input formula "
    "with the open element removed. products: reduced formula and amount = number of reduced-formula units "
    "(as Composition(reduced_formula), so O2 counts O2 molecules) per formula unit of the input AS WRITTEN "
    "(pymatgen's fractions are per atom of closed elements: amount = frac * n_closed(input) / "
    "n_closed(product unit)). open_element_uptake = open atoms in products - open atoms in input, per "
    "input formula unit (positive = taken up). hull_energy_per_atom_closed = grand get_hull_energy_per_atom "
    "(eV per closed-element atom). grand_potential_change_per_atom = hull_energy_per_atom_closed - "
    "(E_input - mu_absolute * n_open) / n_closed, per closed-element atom, where E_input is the lowest "
    "energy of a dataset entry with the input's reduced composition scaled to the formula as written; "
    "grand_potential_change_per_fu = the same times n_closed. Both omitted when the composition has no "
    "entry. Amounts <= 1e-8 (pymatgen's tolerance) are dropped; products sorted by formula."
)

PROFILE_CONVENTION = (
    "rows = PhaseDiagram(entries).get_element_profile(open, composition) in pymatgen's order (increasing "
    "voltage). chempot = pymatgen's absolute chemical potential of the row, mu = chempot - mu_ref, voltage "
    "= -mu, evolution = pymatgen's (open-element atoms TAKEN UP per input formula unit; positive = uptake), "
    "products = sorted reduced formulas of the row's entries, critical_composition = reduced formula of "
    "the critical composition (critical_composition_amounts = its element amounts as pymatgen gives them). "
    "A row's voltage is the LOW-voltage end of the range where its products are in equilibrium; the range "
    "ends at the next row's voltage (the last row extends to +infinity). Window (science.md definitions, "
    "pymatgen's convention for metastable/absent compositions: the composition's own profile, no "
    "stabilisation, so it may have zero width): let r = index of the first row with evolution <= 1e-6 "
    "(no uptake) and o = index of the first row with evolution < -1e-6 (release). reduction_limit_V = "
    "voltage of row r (0 when r = 0: stable against the metal); reduction_products = products of row r-1 "
    "(the last uptake step, the first step beyond the limit), [] when r = 0. oxidation_limit_V = voltage "
    "of row o; oxidation_products = products of row o. If no row has exactly zero uptake (composition "
    "inside a facet, or not charge balanced) then r = o and the window has zero width. width_V = "
    "oxidation_limit_V - reduction_limit_V. zero_uptake_row = true when row r has |evolution| <= 1e-6."
)

REACT_CONVENTION = (
    "InterfacialReactivity(Composition(c1), Composition(c2), PhaseDiagram(lipon-bundled), norm=True, "
    "use_hull_energy=True).get_kinks(): index, x = mixing ratio as pymatgen gives it (atom fraction of "
    "the first reactant c1 in the normalised mixture), energy_per_atom = reaction energy (eV/atom of "
    "mixture), energy_kJ_per_mol = pymatgen's per-reactant-formula value, reaction = str(Reaction), "
    "products = sorted reduced formulas of the reaction's products. minimum = the kink with the most "
    "negative energy (pymatgen's `minimum`)."
)


# ----------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------


def f(x: float) -> float:
    """Plain Python float (full precision in JSON); NaN/inf are a bug."""
    x = float(x)
    if not math.isfinite(x):
        raise ValueError(f"non-finite value {x}")
    return x + 0.0  # normalise -0.0 to 0.0


def fmt(x: float) -> str:
    """CSV float: shortest repr that round-trips."""
    return repr(float(x))


def compact_formula(comp: Composition) -> str:
    return "".join(comp.formula.split())


def write_json(name: str, obj) -> str:
    path = os.path.join(OUT, name)
    text = dumps(obj)
    json.loads(text)  # must be valid JSON
    with open(path, "w") as fh:
        fh.write(text + "\n")
    return path


def dumps(obj, indent: int = 0) -> str:
    """Pretty but compact JSON: objects/lists of containers are indented, a dict whose values are
    all scalars or lists of scalars/flat dicts goes on one line."""

    def flat(o) -> bool:
        if isinstance(o, dict):
            return all(flat_value(v) for v in o.values())
        return False

    def flat_value(v) -> bool:
        if isinstance(v, (str, int, float, bool)) or v is None:
            return True
        if isinstance(v, list):
            return all(
                isinstance(i, (str, int, float, bool)) or i is None or (isinstance(i, dict) and flat_scalar(i))
                for i in v
            )
        if isinstance(v, dict):
            return flat_scalar(v)
        return False

    def flat_scalar(d) -> bool:
        return all(isinstance(v, (str, int, float, bool)) or v is None for v in d.values())

    pad = " " * indent
    if isinstance(obj, dict):
        if flat(obj) and len(json.dumps(obj)) < 4000:
            return json.dumps(obj, allow_nan=False)
        items = [f'{pad} {json.dumps(k)}: {dumps(v, indent + 1).lstrip()}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if all(not isinstance(v, (dict, list)) for v in obj):
            return json.dumps(obj, allow_nan=False)
        items = [pad + " " + dumps(v, indent + 1).lstrip() for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(obj, allow_nan=False)


# ----------------------------------------------------------------------------------------------
# Dataset generation
# ----------------------------------------------------------------------------------------------


def read_source() -> list[dict]:
    with open(SOURCE_CSV, newline="") as fh:
        return list(csv.DictReader(fh))


def write_csv(name: str, column: str, rows: list[tuple[str, str, float]]) -> str:
    os.makedirs(DATASETS, exist_ok=True)
    path = os.path.join(DATASETS, name)
    ids = [r[0] for r in rows if r[0]]
    assert len(ids) == len(set(ids)), f"duplicate ids in {name}"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "formula", column])
        for id_, formula, value in rows:
            Composition(formula)  # must parse
            w.writerow([id_, formula, fmt(value)])
    return path


def element_rows(elements, energy_per_atom=lambda el: 0.0, id_fmt="ref-{}"):
    return [(id_fmt.format(el), ELEMENT_FORMULA[el], energy_per_atom(el)) for el in elements]


def make_bundled(src):
    rows = [(r["material_id"], r["formula"], float(r["formation_energy_per_atom"])) for r in src]
    rows += element_rows(["Li", "P", "O", "N"])
    return write_csv("lipon-bundled.csv", "formation_energy_per_atom", rows)


def make_perturbed(src, rng: random.Random):
    styles = ["source", "reduced", "multiple", "spaced"]
    rows = []

    def styled(formula: str) -> str:
        comp = Composition(formula).reduced_composition
        style = rng.choice(styles)
        if "(" in formula:
            return formula  # keep the source's parentheses
        if style == "source":
            return formula
        if style == "reduced":
            return comp.reduced_formula
        if style == "multiple":
            return compact_formula(comp * rng.randint(2, 4))
        return comp.formula  # pymatgen spaced style, e.g. "Li3 P1 O4"

    ground = {}
    for r in src:
        e = float(r["formation_energy_per_atom"]) + rng.normalvariate(0.0, 0.03)
        rows.append((r["material_id"], styled(r["formula"]), e))
        ground[r["formula"]] = e
    formulas = [r["formula"] for r in src]
    for k in range(1, 16):
        formula = rng.choice(formulas)
        if k % 5 == 0:  # three polymorphs slightly below their (perturbed) ground state
            e = ground[formula] - rng.uniform(0.002, 0.02)
        else:
            e = ground[formula] + rng.uniform(0.002, 0.1)
        rows.append((f"poly-{k}", styled(formula), e))
    rows += element_rows(["Li", "P", "O", "N"])
    return write_csv("lipon-perturbed.csv", "formation_energy_per_atom", rows)


def total_energy_per_atom(formula: str, form_e: float) -> float:
    comp = Composition(formula)
    return form_e + sum(comp.get_atomic_fraction(Element(el)) * mu for el, mu in MU_TOTAL.items())


def make_total(src):
    rows = [(r["material_id"], r["formula"], total_energy_per_atom(r["formula"], float(r["formation_energy_per_atom"])))
            for r in src]
    rows += element_rows(["Li", "P", "O", "N"], lambda el: MU_TOTAL[el])
    rows += element_rows(["Li", "P", "O", "N"], lambda el: MU_TOTAL[el] + 0.05, id_fmt="ref-{}-polymorph")
    return write_csv("lipon-total.csv", "energy_per_atom", rows)


def make_energy_per_fu(src, rng: random.Random):
    rows = []
    for i, r in enumerate(src):
        formula = r["formula"]
        epa = total_energy_per_atom(formula, float(r["formation_energy_per_atom"]))
        if i % 3 == 0 and "(" not in formula:
            formula = compact_formula(Composition(formula).reduced_composition * rng.randint(2, 4))
        rows.append((r["material_id"], formula, epa * Composition(formula).num_atoms))
    for el in ["Li", "P", "O", "N"]:
        formula = ELEMENT_FORMULA[el]
        rows.append((f"ref-{el}", formula, MU_TOTAL[el] * Composition(formula).num_atoms))
    return write_csv("lipon-energy-per-fu.csv", "energy", rows)


RANDOM_ELEMENTS = ["Na", "Mn", "Fe", "O", "F"]
# Regular-solution-like interaction parameters (eV/atom) for the hidden "hull-ish" surface.
RANDOM_W = {
    ("Na", "Mn"): 0.10, ("Na", "Fe"): 0.12, ("Mn", "Fe"): -0.10,
    ("Na", "O"): -6.0, ("Mn", "O"): -8.0, ("Fe", "O"): -7.0,
    ("Na", "F"): -11.0, ("Mn", "F"): -10.0, ("Fe", "F"): -9.0,
    ("O", "F"): 0.5,
}


def make_random(rng: random.Random):
    def base(comp: Composition) -> float:
        x = {el: comp.get_atomic_fraction(Element(el)) for el in RANDOM_ELEMENTS}
        return sum(w * x[a] * x[b] for (a, b), w in RANDOM_W.items())

    # 1. unique random compositions (2-5 elements, small integer amounts, written unreduced)
    seen = set()
    drawn = []
    while len(drawn) < 285:
        k = rng.choices([2, 3, 4, 5], weights=[0.35, 0.35, 0.2, 0.1])[0]
        els = rng.sample(RANDOM_ELEMENTS, k)
        amounts = {el: rng.randint(1, 6 if k <= 3 else 4) for el in els}
        comp = Composition(amounts)
        if comp.reduced_formula in seen:
            continue
        seen.add(comp.reduced_formula)
        formula = "".join(f"{el}{amounts[el]}" if amounts[el] != 1 else el for el in els)
        drawn.append((formula, comp))
    # 2. ~12% are "prototypes" sitting on the smooth convex-ish surface; their hull is the hidden
    #    hull-ish reference for everything else
    proto = [rng.random() < 0.12 for _ in drawn]
    refs = [PDEntry(Composition(ELEMENT_FORMULA[el]), 0.0) for el in RANDOM_ELEMENTS]
    hidden = PhaseDiagram(refs + [PDEntry(c, base(c) * c.num_atoms) for (fm, c), p in zip(drawn, proto) if p])
    # 3. everything else: hidden hull energy + |N(0, 0.05)|, or (7%) slightly below it
    rows = []
    for n, ((formula, comp), p) in enumerate(zip(drawn, proto), start=1):
        if p:
            e = base(comp)
        else:
            hull_e = hidden.get_hull_energy_per_atom(comp)
            if rng.random() < 0.07:
                e = hull_e - abs(rng.normalvariate(0.0, 0.01))
            else:
                e = hull_e + abs(rng.normalvariate(0.0, 0.05))
        rows.append((f"rnd-{n:03d}", formula, e))
    # polymorphs of random compositions: most above, a few slightly below
    base_rows = list(rows)
    for p in range(1, 13):
        id_, formula, e = rng.choice(base_rows)
        de = -rng.uniform(0.002, 0.02) if p % 4 == 0 else rng.uniform(0.002, 0.08)
        rows.append((f"rnd-poly-{p}", formula, e + de))
    rows += element_rows(RANDOM_ELEMENTS)
    return write_csv("random-5el.csv", "formation_energy_per_atom", rows)


def make_ternary_hand():
    rows = [
        ("t-Li2O", "Li2O", -2.0),
        ("t-FeO", "FeO", -1.4),
        ("t-Fe2O3", "Fe2O3", -1.6),
        # exactly on the Li2O-Fe2O3 tie line: (1.5*(-2.0) + 2.5*(-1.6)) / 4 = -1.75 exactly
        ("t-LiFeO2", "LiFeO2", -1.75),
        ("t-LiFe", "LiFe", 0.05),  # positive formation energy
        ("ref-Li", "Li", 0.0),
        ("ref-Fe", "Fe", 0.0),
        ("ref-O", "O2", 0.0),
    ]
    return write_csv("ternary-hand.csv", "formation_energy_per_atom", rows)


# ----------------------------------------------------------------------------------------------
# Loading a dataset CSV exactly as the Swift loader would
# ----------------------------------------------------------------------------------------------


class Row:
    def __init__(self, index, id_, formula, entry):
        self.index, self.id, self.formula, self.entry = index, id_, formula, entry


def load_dataset(path: str) -> list[Row]:
    with open(path, newline="") as fh:
        reader = csv.DictReader(fh)
        cols = reader.fieldnames
        rows = list(reader)
    energy_col = [c for c in cols if c in ("formation_energy_per_atom", "energy_per_atom", "energy")]
    assert len(energy_col) == 1, cols
    col = energy_col[0]
    out = []
    for i, r in enumerate(rows):
        comp = Composition(r["formula"])
        v = float(r[col])
        energy = v if col == "energy" else v * comp.num_atoms
        # Rows are tracked by object identity, never by PDEntry equality (np.allclose on energy +
        # composition). The name must stay the default reduced formula: InterfacialReactivity parses
        # entry.name as a formula.
        entry = PDEntry(comp, energy, attribute=i)
        out.append(Row(i, r["id"] or None, r["formula"], entry))
    if col == "formation_energy_per_atom":
        # pure elements absent -> zero reference
        present = {el for row in out if row.entry.composition.is_element for el in row.entry.composition.elements}
        needed = {el for row in out for el in row.entry.composition.elements}
        missing = needed - present
        assert not missing, f"{path}: generated formation-energy datasets must list elements {missing}"
    return out


def reduced(comp: Composition) -> str:
    return comp.reduced_formula


# ----------------------------------------------------------------------------------------------
# hull-D.json
# ----------------------------------------------------------------------------------------------


def hull_fixture(rows: list[Row]):
    entries = [r.entry for r in rows]
    pd = PhaseDiagram(entries)
    stable_ids = {id(e) for e in pd.stable_entries}
    by_obj = {id(r.entry): r for r in rows}
    out = []
    n_stable = 0
    for r in rows:
        e = r.entry
        stable = id(e) in stable_ids
        n_stable += stable
        decomp, ehull = pd.get_decomp_and_e_above_hull(e)
        products = []
        if not stable:
            for pe, amt in decomp.items():
                if amt > AMOUNT_TOL:
                    pr = by_obj[id(pe)]
                    products.append({"id": pr.id, "formula": reduced(pe.composition), "amount": f(amt)})
            products.sort(key=lambda p: (p["formula"], p["id"] or ""))
        # pymatgen's get_decomp_and_phase_separation_energy, exactly: against the hull of the
        # other compositions when the composition has a stable entry (this one or a polymorph),
        # otherwise the energy above hull.
        red = e.composition.reduced_composition
        if e.composition.is_element:
            dE = None
        elif not any(s.composition.reduced_composition == red for s in pd.stable_entries):
            dE = f(ehull)
        else:
            els = set(e.composition.elements)
            red = e.composition.reduced_composition
            others = [o for o in entries
                      if set(o.composition.elements) <= els and o.composition.reduced_composition != red]
            mod_pd = PhaseDiagram(others)
            dE = f(e.energy_per_atom - mod_pd.get_hull_energy_per_atom(e.composition))
        out.append({
            "id": r.id,
            "formula": r.formula,
            "formation_energy_per_atom": f(pd.get_form_energy_per_atom(e)),
            "energy_above_hull": f(ehull),
            "is_stable": stable,
            "decomposition_energy_per_atom": dE,
            "decomposes_to": products,
        })
    return pd, out, n_stable


# ----------------------------------------------------------------------------------------------
# decompose-D.json
# ----------------------------------------------------------------------------------------------


def mu_ref_of(rows: list[Row], el: str) -> float:
    vals = [r.entry.energy_per_atom for r in rows
            if r.entry.composition.is_element and r.entry.composition.elements[0] == Element(el)]
    return min(vals)


def lowest_energy_for(rows: list[Row], comp: Composition):
    """Lowest energy per atom among the entries with this reduced composition, or None."""
    frac = comp.fractional_composition
    vals = [r.entry.energy_per_atom for r in rows
            if r.entry.composition.fractional_composition.almost_equals(frac, rtol=0, atol=1e-10)]
    return min(vals) if vals else None


def decompose_fixture(name: str, rows: list[Row], open_el: str, formulas: list[str]):
    entries = [r.entry for r in rows]
    el = Element(open_el)
    mu_ref = mu_ref_of(rows, open_el)
    results, skipped = [], []
    gpds = {}
    for v in VOLTAGES:
        try:
            gpds[v] = GrandPotentialPhaseDiagram(entries, {el: mu_ref - v})
        except Exception as exc:  # noqa: BLE001
            gpds[v] = exc
    for formula in formulas:
        comp = Composition(formula)
        n_open = comp[el]
        closed = Composition({e: a for e, a in comp.items() if e != el})
        n_closed = closed.num_atoms
        e_in_pa = lowest_energy_for(rows, comp)
        for v in VOLTAGES:
            mu_abs = mu_ref - v
            try:
                gpd = gpds[v]
                if isinstance(gpd, Exception):
                    raise gpd
                if n_closed == 0:
                    raise ValueError("composition has no closed elements")
                decomp = gpd.get_decomposition(closed)
                hull_e = gpd.get_hull_energy_per_atom(closed)
                products = []
                open_out = 0.0
                for ge, frac in decomp.items():
                    if frac <= AMOUNT_TOL:
                        continue
                    pf = ge.original_entry.composition.reduced_formula
                    unit = Composition(pf)
                    unit_closed = sum(a for e2, a in unit.items() if e2 != el)
                    amount = frac * n_closed / unit_closed
                    open_out += amount * unit[el]
                    products.append({"formula": pf, "amount": f(amount)})
                products.sort(key=lambda p: p["formula"])
                rec = {
                    "formula": formula,
                    "voltage": f(v),
                    "mu": f(-v),
                    "mu_absolute": f(mu_abs),
                    "products": products,
                    "open_element_uptake": f(open_out - n_open),
                    "hull_energy_per_atom_closed": f(hull_e),
                }
                if e_in_pa is not None:
                    phi_in = (e_in_pa * comp.num_atoms - mu_abs * n_open) / n_closed
                    rec["grand_potential_change_per_atom"] = f(hull_e - phi_in)
                    rec["grand_potential_change_per_fu"] = f((hull_e - phi_in) * n_closed)
                results.append(rec)
            except Exception as exc:  # noqa: BLE001
                skipped.append({"formula": formula, "voltage": f(v), "reason": f"{type(exc).__name__}: {exc}"})
    return {
        "dataset": name,
        "open_element": open_el,
        "mu_ref": f(mu_ref),
        "voltages": VOLTAGES,
        "convention": DECOMPOSE_CONVENTION,
        "results": results,
        "skipped": skipped,
    }


# ----------------------------------------------------------------------------------------------
# profile-D.json
# ----------------------------------------------------------------------------------------------


def derive_window(rows):
    r_idx = next((i for i, row in enumerate(rows) if row["evolution"] <= UPTAKE_TOL), None)
    o_idx = next((i for i, row in enumerate(rows) if row["evolution"] < -UPTAKE_TOL), None)
    if r_idx is None or o_idx is None:
        return None
    red_v = rows[r_idx]["voltage"]
    if r_idx == 0:
        red_v = 0.0 if abs(red_v) < 1e-12 else red_v
    return {
        "reduction_limit_V": f(red_v),
        "oxidation_limit_V": f(rows[o_idx]["voltage"]),
        "width_V": f(rows[o_idx]["voltage"] - red_v),
        "reduction_products": rows[r_idx - 1]["products"] if r_idx > 0 else [],
        "oxidation_products": rows[o_idx]["products"],
        "zero_uptake_row": abs(rows[r_idx]["evolution"]) <= UPTAKE_TOL,
        "reduction_row_index": r_idx,
        "oxidation_row_index": o_idx,
    }


def profile_fixture(name: str, rows: list[Row], pd: PhaseDiagram, hull_out, open_el: str, extra: list[str]):
    el = Element(open_el)
    mu_ref = mu_ref_of(rows, open_el)
    # ground state per reduced composition, in input order of first appearance
    ground: dict[str, int] = {}
    for r in rows:
        c = r.entry.composition
        if el not in c.elements or c.is_element:
            continue
        key = c.reduced_formula
        if key not in ground or r.entry.energy_per_atom < rows[ground[key]].entry.energy_per_atom:
            ground[key] = r.index
    targets = [(rows[i].formula, rows[i].id, hull_out[i]["energy_above_hull"]) for i in ground.values()]
    targets += [(fm, None, None) for fm in extra]
    profiles, skipped = [], []
    for formula, id_, ehull in targets:
        try:
            prof = pd.get_element_profile(el, Composition(formula))
        except Exception as exc:  # noqa: BLE001
            skipped.append({"formula": formula, "reason": f"{type(exc).__name__}: {exc}"})
            continue
        prow = []
        for p in prof:
            cc = p["critical_composition"]
            prow.append({
                "chempot": f(p["chempot"]),
                "mu": f(p["chempot"] - mu_ref),
                "voltage": f(-(p["chempot"] - mu_ref)),
                "evolution": f(p["evolution"]),
                "products": sorted(e.composition.reduced_formula for e in p["entries"]),
                "critical_composition": cc.reduced_formula,
                "critical_composition_amounts": {str(k): f(v) for k, v in cc.items()},
            })
        profiles.append({
            "formula": formula,
            "id": id_,
            "e_above_hull": ehull,
            "rows": prow,
            "window": derive_window(prow),
        })
    return {
        "dataset": name,
        "open_element": open_el,
        "mu_ref": f(mu_ref),
        "convention": PROFILE_CONVENTION,
        "profiles": profiles,
        "skipped": skipped,
    }


# ----------------------------------------------------------------------------------------------
# react-*.json
# ----------------------------------------------------------------------------------------------


def react_fixture(pd: PhaseDiagram, c1: str, c2: str):
    ir = InterfacialReactivity(Composition(c1), Composition(c2), pd, norm=True, use_hull_energy=True)
    kinks = []
    for index, x, energy, rxn, kj in ir.get_kinks():
        kinks.append({
            "index": int(index),
            "x": f(x),
            "energy_per_atom": f(energy),
            "energy_kJ_per_mol": f(kj),
            "reaction": str(rxn),
            "products": sorted(c.reduced_formula for c in rxn.products),
        })
    x_min, e_min = ir.minimum
    return {
        "dataset": "lipon-bundled",
        "reactant1": c1,
        "reactant2": c2,
        "convention": REACT_CONVENTION,
        "kinks": kinks,
        "minimum": {"x": f(x_min), "energy_per_atom": f(e_min)},
    }


# ----------------------------------------------------------------------------------------------
# Sanity checks against published numbers (printed; assertions only on generous tolerances)
# ----------------------------------------------------------------------------------------------


def load_json(name: str):
    with open(os.path.join(OUT, name)) as fh:
        return json.load(fh)


def sanity(src) -> None:
    hull = load_json("hull-lipon-bundled.json")
    dmax = max(abs(h["decomposition_energy_per_atom"] - float(r["decomposition_energy_Bartel2020"]))
               for h, r in zip(hull, src))
    print(f"check: |decomposition energy - Bartel 2020 column| max = {dmax:.2e} eV/atom (expect < 1e-3)")
    assert dmax < 1e-3
    prof = load_json("profile-lipon-bundled.json")
    windows = {p["formula"]: p["window"] for p in prof["profiles"]}
    published = {  # Zhu, He & Mo 2015 (science.md)
        "Li2PNO2": (0.68, 2.63, ["Li2O", "Li3P", "LiPN2"], ["Li4P2O7", "N2", "P3N5"]),
        "Li3PO4": (0.69, 4.21, ["Li2O", "Li3P"], ["Li4P2O7", "O2"]),
        "Li2O": (0.0, 2.90, [], ["Li2O2"]),
        "Li3P": (0.0, 0.85, [], None),
        "Li3N": (0.0, 0.45, [], None),
    }
    for formula, (red, ox, red_p, ox_p) in published.items():
        w = windows[formula]
        print(f"check: {formula} window {w['reduction_limit_V']:.4f}-{w['oxidation_limit_V']:.4f} V "
              f"(published {red:.2f}-{ox:.2f}); reduction -> {w['reduction_products']}, "
              f"oxidation -> {w['oxidation_products']}")
        assert abs(w["reduction_limit_V"] - red) < 0.02
        assert abs(w["oxidation_limit_V"] - ox) < 0.05
        assert w["reduction_products"] == red_p
        assert ox_p is None or w["oxidation_products"] == ox_p
    dec = load_json("decompose-lipon-bundled.json")
    for rec in dec["results"]:
        if rec["formula"] == "Li2PO2N" and rec["voltage"] in (0.0, 5.0):
            print(f"check: Li2PO2N at {rec['voltage']} V -> "
                  f"{[(p['formula'], round(p['amount'], 6)) for p in rec['products']]}, "
                  f"uptake {rec['open_element_uptake']:.6f}")


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------


def main() -> int:
    installed = pkg_version("pymatgen")
    if installed != PINNED_PYMATGEN:
        print(f"WARNING: pymatgen {installed} installed, fixtures are pinned to {PINNED_PYMATGEN}", file=sys.stderr)
    os.makedirs(DATASETS, exist_ok=True)
    rng = random.Random(SEED)
    src = read_source()

    csvs = {
        "lipon-bundled": make_bundled(src),
        "lipon-perturbed": make_perturbed(src, rng),
        "lipon-total": make_total(src),
        "lipon-energy-per-fu": make_energy_per_fu(src, rng),
        "random-5el": make_random(rng),
        "ternary-hand": make_ternary_hand(),
    }
    written = list(csvs.values())
    open_els = {"lipon-bundled": "Li", "lipon-perturbed": "Li", "lipon-total": "Li", "random-5el": "Na"}
    summary = {}
    pds = {}
    for name, path in csvs.items():
        rows = load_dataset(path)
        pd, hull_out, n_stable = hull_fixture(rows)
        pds[name] = pd
        written.append(write_json(f"hull-{name}.json", hull_out))
        summary[name] = {"entries": len(rows), "stable": n_stable}
        if name in open_els:
            oe = open_els[name]
            formulas = NA_DECOMPOSE if oe == "Na" else LIPON_DECOMPOSE
            dec = decompose_fixture(name, rows, oe, formulas)
            written.append(write_json(f"decompose-{name}.json", dec))
            extra = [] if oe == "Na" else LIPON_ABSENT
            prof = profile_fixture(name, rows, pd, hull_out, oe, extra)
            written.append(write_json(f"profile-{name}.json", prof))
            summary[name]["decompose_results"] = len(dec["results"])
            summary[name]["decompose_skipped"] = len(dec["skipped"])
            summary[name]["profiles"] = len(prof["profiles"])
            summary[name]["profile_skipped"] = len(prof["skipped"])

    pairs = [("Li", "Li2PO2N"), ("Li", "Li3PO4"), ("Li2O", "P2O5"), ("Li3N", "Li3PO4")]
    for c1, c2 in pairs:
        written.append(write_json(f"react-{c1}-{c2}.json", react_fixture(pds["lipon-bundled"], c1, c2)))

    manifest = {
        "generator": "Scripts/generate_fixtures.py",
        "pymatgen_pinned": PINNED_PYMATGEN,
        "pymatgen_used": installed,
        "seed": SEED,
        "source": "Data/lipon-mp-legacy.csv (Bartel et al. 2020, MP legacy corrections, ~2019-2020 MP data)",
        "mu_total_eV_per_atom": MU_TOTAL,
        "voltages": VOLTAGES,
        "datasets": {name: os.path.relpath(p, OUT) for name, p in csvs.items()},
        "summary": summary,
        "conventions": {
            "hull": HULL_CONVENTION,
            "decompose": DECOMPOSE_CONVENTION,
            "profile": PROFILE_CONVENTION,
            "react": REACT_CONVENTION,
        },
        "files": sorted(os.path.relpath(p, OUT) for p in written),
    }
    written.append(write_json("manifest.json", manifest))

    total = 0
    for p in written:
        size = os.path.getsize(p)
        total += size
        print(f"wrote {os.path.relpath(p, ROOT)} ({size} bytes)")
    print(f"total {total} bytes in {len(written)} files")
    print(json.dumps(summary, indent=1))
    sanity(src)
    return 0


if __name__ == "__main__":
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        sys.exit(main())
