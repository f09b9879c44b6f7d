#!/usr/bin/env python3
"""Check combined conditions (issue 24's `Conditions`) on mp-legacy against pymatgen.

    python3 Scripts/check_conditions.py [--interphase .build/release/interphase] [--queries 50] [--seed 24]

Issue 24 made every command build one question value (open element and potential, fixed
potentials and gases, constraints) and pass it to `PhaseDiagramAtlas`. The kept checks compare
each option alone; these groups compare options *together*, where the new wiring could have
changed an answer (pymatgen 2026.10.24; a check only, never a dependency of Interphase). mp-legacy
holds formation energies, so every element's reference is 0 eV/atom, mu_Li = -V, and pymatgen's
absolute chemical potentials equal ours.

0. fixtures: the pymatgen fixtures the library's tests read, asked through the command line:
   every case of fixed-potential-windows.json (`window F --open Li --fix ...`, on mp-legacy and
   the lipon-bundled test dataset) and chempot-maps.json (`chempot --svg --axes --fix`, compared
   as group 4 does).
1. windows: `window F --data mp-legacy --fix X=mu` or `--gas X2=p --temperature T` against
   Scripts/generate_fixed_window_fixtures.py's pymatgen reading (GrandPotentialPhaseDiagram with
   Li and the fixed elements open; empty unless some interval exchanges none of them). A gas is
   given to pymatgen as the mu Interphase echoes in `fixed_chemical_potentials` (JANAF is
   Interphase's own table; the check is of the window at that mu). Emptiness exactly, limits
   within 1e-6 eV.
2. decompositions: `decompose F --open Li --voltage V --fix X=mu` against
   GrandPotentialPhaseDiagram(entries, {Li: -V, X: mu}).get_decomposition(F without Li and X):
   the same products, fractions of the closed atoms within 1e-6.
3. reactions: `react A B --open Li --voltage V --fix X=mu` against
   GrandPotentialInterfacialReactivity(A, B, GrandPotentialPhaseDiagram(entries, {Li: -V, X: mu}),
   PhaseDiagram(entries), norm=True, include_no_mixing_energy=False, use_hull_energy=True): every
   kink, x and energy within 1e-6, the same products (open elements' reservoir phases left out).
4. chempot maps: `chempot SYSTEM --svg F --axes A,B --fix X=mu` against
   Scripts/generate_chempot_fixtures.py's map_fixture (pymatgen's ChemicalPotentialDiagram of the
   GrandPotPDEntry reduction, projected). The map is only in the figure, whose coordinates are
   written to 0.01 px: each drawn polygon, clipped to the axes as the figure clips it, is compared
   in eV within half a rounding step of the canvas (0.005 px, ~1e-5 eV here; stated per map) plus
   1e-6 eV; the same domains must be drawn.
5. queries: `hull --data mp-legacy --input Q.jsonl` with `--exclude` (half the queries) and with
   `--metastable` (the other half) against pymatgen's PhaseDiagram of the query's chemical system
   with the same entries removed, or with every composition's lowest entry within the tolerance
   above that system's hull lowered by its energy above hull + 1e-8 eV/atom (EntryConstraints'
   rule, Tolerance.stabilizationMargin): energy above hull, stability and Bartel decomposition
   energy within 1e-6 eV/atom (as Scripts/check_mp_queries.py).

Prints one summary line per group; exit status 1 on any disagreement beyond its tolerance.
"""
import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pymatgen.analysis.interface_reactions import GrandPotentialInterfacialReactivity  # noqa: E402
from pymatgen.analysis.phase_diagram import GrandPotentialPhaseDiagram, PDEntry, PhaseDiagram  # noqa: E402
from pymatgen.core import Composition, Element  # noqa: E402

import generate_chempot_fixtures  # noqa: E402  (map_fixture: pymatgen's sliced and projected maps)
import generate_fixed_window_fixtures  # noqa: E402  (case_fixture: pymatgen's fixed-potential window)
from check_mp_queries import make_queries, pymatgen_answer  # noqa: E402
from mp_legacy import load_rows, system_entries  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 1e-6

# (formula, fixed {element: mu} or None, gas ("O2=1", T) or None)
WINDOWS = [
    ("Li2FeSiO4", {"O": -3.0}, None),  # a window
    ("Li2MnO3", {"O": -1.0}, None),  # a window
    ("LiVO3", {"O": -3.0}, None),  # empty: where it exchanges no Li it releases O
    ("LiCoPO4", {"O": -2.5, "P": -1.5}, None),  # empty, two fixed elements, no zero-uptake step
    ("LiMnPO4", None, ("O2=1", 500)),  # empty
    ("Li2TiO3", None, ("O2=0.21", 800)),  # a window
    ("LiAlO2", None, ("O2=1e-10", 1000)),  # a window
]

# (formula, voltage, fixed)
DECOMPOSITIONS = [
    ("Li2PO2N", 1.0, {"N": -0.3}),
    ("LiCoO2", 4.5, {"O": -0.5}),
    ("Li7La3Zr2O12", 0.5, {"O": -3.0}),
    ("Li3PS4", 3.0, {"S": -0.2}),
    ("LiFePO4", 2.0, {"O": -2.5, "P": -1.0}),
]

# (A, B, voltage, fixed)
REACTIONS = [
    ("Li3PO4", "LiCoO2", 4.2, {"O": -0.5}),
    ("Li2PO2N", "LiMn2O4", 3.5, {"N": -0.3}),
    ("Li3PS4", "LiNiO2", 3.8, {"O": -1.0}),
]

# (dataset, system, axes, fixed, min_mu)
MAPS = [
    ("mp-legacy", ["Li", "La", "Zr", "O"], ["Li", "O"], {"La": -4.0}, -15.0),
    ("mp-legacy", ["Li", "Mn", "O"], ["Li", "O"], {"Mn": -1.0}, -15.0),  # a ternary's slice: segments only
    ("mp-legacy", ["Li", "Co", "P", "O"], ["Li", "O"], {"P": -2.0}, -15.0),
]
FIXTURES = ROOT / "Tests" / "InterphaseTests" / "Fixtures"


def data_option(dataset):
    """`--data` for a dataset of the fixture generators: mp-legacy is bundled, the others are test fixtures."""
    return dataset if dataset == "mp-legacy" else str(FIXTURES / "datasets" / f"{dataset}.csv")


def run(binary, *arguments):
    return subprocess.run([binary, *arguments], check=True, capture_output=True, text=True).stdout


def fix_options(fixed):
    return [option for element, mu in sorted(fixed.items()) for option in ("--fix", f"{element}={mu!r}")]


# 1. windows -------------------------------------------------------------------------------------

def compare_window(binary, dataset, formula, options, pymatgen_window):
    """(|d| in eV, problem) of `window FORMULA OPTIONS` against pymatgen_window(echoed fixed mu)."""
    ours = json.loads(run(binary, "window", formula, "--data", data_option(dataset), "--format", "json", *options))[0]
    mus = {element: float(mu) for element, mu in ours["fixed_chemical_potentials"].items()}
    theirs = pymatgen_window(mus)
    empty = bool(ours.get("window_empty"))
    if empty != theirs["empty"]:
        return float("inf"), f"empty {empty}, pymatgen {theirs['empty']}", ours
    delta = 0.0
    if not empty:
        for key in ("reduction_limit_mu", "oxidation_limit_mu"):
            mine, other = ours.get(key), theirs[key]
            if (mine is None) != (other is None):
                return float("inf"), f"{key} {mine}, pymatgen {other}", ours
            if mine is not None:
                delta = max(delta, abs(mine - other))
    return delta, "", ours


def window_text(ours):
    if ours.get("window_empty"):
        return "empty"
    oxidation = ours.get("oxidation_limit_mu")
    return f"{-ours['reduction_limit_mu']:.4f}–" + ("never" if oxidation is None else f"{-oxidation:.4f} V")


def check_windows(binary):
    worst, failures = 0.0, 0
    for formula, fixed, gas in WINDOWS:
        options = fix_options(fixed) if fixed else ["--gas", gas[0], "--temperature", str(gas[1])]

        def pymatgen_window(mus):
            if fixed and any(abs(mus.get(e, float("nan")) - mu) > 1e-12 for e, mu in fixed.items()):
                raise SystemExit(f"window {formula}: fixed potentials echoed as {mus}, asked {fixed}")
            return generate_fixed_window_fixtures.case_fixture("mp-legacy", formula, "Li", mus, "check")["window"]
        delta, problem, ours = compare_window(binary, "mp-legacy", formula, options, pymatgen_window)
        worst = max(worst, delta)
        failures += delta > TOLERANCE
        print(f"  window {formula:<12} {' '.join(options):<34} {window_text(ours):<18} |d| = {delta:.1e} {problem}")
    return len(WINDOWS), worst, failures


def check_fixtures(binary):
    """The pymatgen fixtures of fixed-potential windows and chemical-potential maps (issue 24's
    FixedPotentialWindowTests and ChemicalPotentialMapTests read them through the library) against
    what the command-line tool answers for the same question."""
    document = json.loads((FIXTURES / "fixed-potential-windows.json").read_text())
    worst, failures = 0.0, 0
    for case in document["cases"]:
        options = ["--open", case["swept"], *fix_options(case["fixed"])]
        delta, problem, ours = compare_window(binary, case["dataset"], case["formula"], options, lambda _: case["window"])
        worst = max(worst, delta)
        failures += delta > TOLERANCE
        print(f"  fixture window {case['dataset']:<14} {case['formula']:<15} {case['fixed']}: {window_text(ours):<18} "
              f"|d| = {delta:.1e} {problem}")
    windows = len(document["cases"])
    print(f"  fixed-potential-windows.json: {windows} cases, {failures} disagree, max |d| = {worst:.1e} eV")
    maps = json.loads((FIXTURES / "chempot-maps.json").read_text())["cases"]
    count, map_worst, map_failures = check_maps(binary, [
        (case["dataset"], case["system"], case["axes"], case["fixed"], case["min_mu"], case["domains"]) for case in maps])
    print(f"  chempot-maps.json: {count} maps, {map_failures} disagree, max |d| = {map_worst:.1e} eV (figure)")
    return windows + count, (worst, map_worst), failures + map_failures


# 2. decompositions ------------------------------------------------------------------------------

def check_decompositions(binary, rows):
    worst, failures = 0.0, 0
    for formula, voltage, fixed in DECOMPOSITIONS:
        output = run(binary, "decompose", formula, "--data", "mp-legacy", "--open", "Li", "--voltage", repr(voltage),
                     *fix_options(fixed), "--format", "json")
        document = json.loads(output)
        result = document[0] if isinstance(document, list) else document
        composition = Composition(formula)
        system = {str(e) for e in composition.elements} | {"Li"} | set(fixed)
        open_elements = {"Li": -voltage, **fixed}
        closed = Composition({e: a for e, a in composition.items() if str(e) not in open_elements})

        def closed_atoms(c):
            return sum(a for e, a in Composition(c).items() if str(e) not in open_elements)
        # Ours: formula units per formula unit of the input; pymatgen's: fractions of the closed atoms.
        ours = {}
        for p in result["products"]:
            name = Composition(p["formula"]).reduced_formula
            ours[name] = ours.get(name, 0.0) + p["amount"] * closed_atoms(p["formula"]) / closed.num_atoms
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            gpd = GrandPotentialPhaseDiagram(system_entries(rows, system),
                                             {Element(e): mu for e, mu in open_elements.items()})
            decomposition = gpd.get_decomposition(closed)
        theirs = {}
        for entry, amount in decomposition.items():
            if amount > 1e-9:
                name = entry.original_entry.composition.reduced_formula
                theirs[name] = theirs.get(name, 0.0) + float(amount)
        # The grand-potential change per atom of the input: pymatgen's grand hull at the closed part
        # minus the input's own grand potential (its lowest entry, E - sum mu n).
        lowest = min(float(row["formation_energy_per_atom"]) for row in rows
                     if Composition(row["formula"]).reduced_composition == composition.reduced_composition)
        input_grand = lowest * composition.num_atoms - sum(mu * composition[e] for e, mu in open_elements.items())
        their_change = (gpd.get_hull_energy(closed) - input_grand) / composition.num_atoms
        change_delta = abs(their_change - result["grand_potential_change_per_atom"])
        if sorted(ours) != sorted(theirs):
            failures += 1
            delta = float("inf")
            print(f"  decompose {formula}: {sorted(ours)} vs pymatgen {sorted(theirs)}")
        else:
            delta = max([abs(ours[k] - theirs[k]) for k in ours] + [change_delta])
            failures += delta > TOLERANCE
        worst = max(worst, delta)
        print(f"  decompose {formula:<14} Li at {voltage} V, {fixed}: {' + '.join(sorted(ours))}, ΔΦ {result['grand_potential_change_per_atom']:.6f} eV/atom  |d| = {delta:.1e}")
    return len(DECOMPOSITIONS), worst, failures


# 3. reactions -----------------------------------------------------------------------------------

def check_reactions(binary, rows):
    worst, failures = 0.0, 0
    for a, b, voltage, fixed in REACTIONS:
        open_elements = {"Li": -voltage, **fixed}
        document = json.loads(run(binary, "react", a, b, "--data", "mp-legacy", "--open", "Li", "--voltage", repr(voltage),
                                  *fix_options(fixed), "--format", "json"))
        ours = [{"x": k["x"], "energy_per_atom": k["energy_per_atom"],
                 "products": sorted(p["formula"] for p in k["products"])} for k in document["kinks"]]
        system = {str(e) for e in Composition(a).elements} | {str(e) for e in Composition(b).elements} | set(open_elements)
        entries = system_entries(rows, system)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            gpd = GrandPotentialPhaseDiagram(entries, {Element(e): mu for e, mu in open_elements.items()})
            ir = GrandPotentialInterfacialReactivity(Composition(a), Composition(b), gpd, PhaseDiagram(entries), norm=True,
                                                     include_no_mixing_energy=False, use_hull_energy=True)
            reservoir = set(open_elements)
            theirs = [{"x": float(x), "energy_per_atom": float(energy),
                       "products": sorted({c.reduced_formula for c in reaction.products
                                           if not {str(e) for e in c.elements} <= reservoir})}
                      for _, x, energy, reaction, _ in ir.get_kinks()]
        problem = ""
        if len(ours) != len(theirs):
            delta, problem = float("inf"), f"{len(ours)} kinks vs {len(theirs)}"
        else:
            delta = 0.0
            for mine, other in zip(ours, theirs):
                if mine["products"] != other["products"]:
                    delta, problem = float("inf"), f"at x = {mine['x']:.4f}: {mine['products']} vs {other['products']}"
                    break
                delta = max(delta, abs(mine["x"] - other["x"]), abs(mine["energy_per_atom"] - other["energy_per_atom"]))
        worst = max(worst, delta)
        failures += delta > TOLERANCE
        print(f"  react {a} | {b}, Li at {voltage} V, {fixed}: {len(ours)} kinks  |d| = {delta:.1e} {problem}")
    return len(REACTIONS), worst, failures


# 4. chemical-potential maps ---------------------------------------------------------------------

FRAME_MIN, FRAME_SIDE = 86.0, 720.0 - 112.0  # ChemicalPotentialMapFigure: area from (86, 90), side width - 112
FRAME_TOP = 90.0


def svg_domains(path):
    """The figure's domains in canvas coordinates: {formula: [(x, y)]} of its polygons (class
    domain, titled by formula), and the unnamed segments and points (domain-segment, domain-point)."""
    text = Path(path).read_text()
    areas = {}
    for match in re.finditer(r'<polygon class="domain"[^>]*points="([^"]+)"[^>]*>\s*<title>([^<]+)</title>', text):
        areas[match.group(2)] = [tuple(map(float, pair.split(","))) for pair in match.group(1).split()]
    segments = [((float(a), float(b)), (float(c), float(d))) for a, b, c, d in re.findall(
        r'<line class="domain-segment" x1="([^"]+)" y1="([^"]+)" x2="([^"]+)" y2="([^"]+)"', text)]
    points = [((float(x), float(y)),) for x, y in re.findall(r'<circle class="domain-point" cx="([^"]+)" cy="([^"]+)"', text)]
    return areas, segments + points


def axis_lower_ends(text, bound):
    """The figure's axes run from a lower end (a multiple of 0.5 eV, or the bound) to 0 over the
    frame; read each lower end off the tick labels (their spacing in px per eV), rounded to 0.5 eV.
    (The zoom rule, ChemicalPotentialMapFigure.axisLowerEnd, is not recomputed here: at a vertex
    exactly on a multiple of 0.5 eV its rounding can go either way, which moves the frame, not a
    domain.)"""
    ends = []
    for pattern in (r'<text class="tick" x="([^"]+)" y="716"[^>]*>([^<]+)<', r'<text class="tick" x="78" y="([^"]+)"[^>]*>([^<]+)<'):
        ticks = [(float(position), float(value.replace("\u2212", "-"))) for position, value in re.findall(pattern, text)]
        (p1, v1), (p2, v2) = ticks[0], ticks[-1]
        span = abs((v2 - v1) / (p2 - p1)) * FRAME_SIDE
        lower = -round(span * 2) / 2
        ends.append(bound if abs(-span - bound) < 0.01 else lower)
    return ends


def clip(polygon, lower_x, lower_y, upper=0.0):
    """Sutherland–Hodgman clip of a convex polygon to [lower_x, upper] × [lower_y, upper]."""
    def cut(points, inside, intersect):
        out = []
        for i, p in enumerate(points):
            q = points[i - 1]
            if inside(p):
                if not inside(q):
                    out.append(intersect(q, p))
                out.append(p)
            elif inside(q):
                out.append(intersect(q, p))
        return out

    def at_x(x0):
        return lambda p, q: (x0, p[1] + (q[1] - p[1]) * (x0 - p[0]) / (q[0] - p[0]))

    def at_y(y0):
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y0 - p[1]) / (q[1] - p[1]), y0)
    points = list(polygon)
    for inside, intersect in [(lambda p: p[0] >= lower_x, at_x(lower_x)), (lambda p: p[0] <= upper, at_x(upper)),
                              (lambda p: p[1] >= lower_y, at_y(lower_y)), (lambda p: p[1] <= upper, at_y(upper))]:
        if not points:
            break
        points = cut(points, inside, intersect)
    return points


def check_maps(binary, cases=None):
    """Each map of `cases` (default MAPS; (dataset, system, axes, fixed, min_mu, pymatgen's domains
    or None to compute them)) against the figure `chempot --svg` draws."""
    worst, failures = 0.0, 0
    cases = cases or [(*case, None) for case in MAPS]
    for dataset, system, axes, fixed, limit, theirs in cases:
        if theirs is None:
            theirs = generate_chempot_fixtures.map_fixture(dataset, system, axes, fixed, limit)["domains"]
        with tempfile.TemporaryDirectory() as directory:
            figure = Path(directory) / "map.svg"
            run(binary, "chempot", "-".join(system), "--data", data_option(dataset), "--min-mu", str(limit), "--svg", str(figure),
                "--axes", ",".join(axes), *fix_options(fixed), "--format", "json")
            ours, degenerate = svg_domains(figure)
            lowers = axis_lower_ends(figure.read_text(), limit)
        scale = [(0.0 - lowers[0]) / FRAME_SIDE, (0.0 - lowers[1]) / FRAME_SIDE]  # eV per px
        step = 0.005 * max(scale)  # half of the 0.01 px the figure writes
        expected, expected_degenerate = {}, []
        for formula, polygon in theirs.items():
            clipped = []
            for p in clip([tuple(v) for v in polygon], lowers[0], lowers[1]):
                if not any(max(abs(p[0] - q[0]), abs(p[1] - q[1])) <= 1e-9 for q in clipped):
                    clipped.append(p)
            if len(clipped) > 2:
                expected[formula] = clipped
            elif clipped:
                expected_degenerate.append(tuple(clipped))

        def in_ev(x, y):
            return lowers[0] + (x - FRAME_MIN) * scale[0], 0.0 - (y - FRAME_TOP) * scale[1]
        drawn = {formula: [in_ev(*p) for p in points] for formula, points in ours.items()}
        drawn_degenerate = [tuple(in_ev(*p) for p in shape) for shape in degenerate]

        def distance(a, b):
            """Hausdorff distance (max norm) of two vertex sets."""
            def one_way(u, v):
                return max(min(max(abs(p[0] - q[0]), abs(p[1] - q[1])) for q in v) for p in u)
            return max(one_way(a, b), one_way(b, a))
        problem, delta = "", 0.0
        if sorted(drawn) != sorted(expected) or len(drawn_degenerate) != len(expected_degenerate):
            problem, delta = (f"drawn {sorted(drawn)} + {len(drawn_degenerate)} segments/points vs pymatgen "
                              f"{sorted(expected)} + {len(expected_degenerate)}"), float("inf")
        else:
            # Every area by name; the unnamed segments and points each matched to the nearest drawn one.
            for formula, points in expected.items():
                delta = max(delta, distance(points, drawn[formula]))
            for shape in expected_degenerate:
                delta = max(delta, min(distance(shape, other) for other in drawn_degenerate))
        tolerance = step + TOLERANCE
        worst = max(worst, delta)
        failures += delta > tolerance
        print(f"  chempot {dataset} {'-'.join(system)} axes {','.join(axes)} {fixed}: {len(drawn)} areas "
              f"+ {len(drawn_degenerate)} segments/points, max |d| = {delta:.1e} eV (tolerance {tolerance:.1e}: "
              f"the figure's 0.01 px) {problem}")
    return len(cases), worst, failures


# 5. queries with constraints --------------------------------------------------------------------

def constrained_by_system(rows, excluded_formulas, excluded_ids, metastable):
    """pymatgen entries grouped by chemical system, the excluded ones removed; with `metastable`,
    the lowering is done per query system in `lowered`."""
    by_system = {}
    for row in rows:
        c = Composition(row["formula"])
        if row["material_id"] in excluded_ids or c.reduced_composition in excluded_formulas:
            continue
        entry = PDEntry(c, float(row["formation_energy_per_atom"]) * c.num_atoms, name=row["formula"])
        by_system.setdefault(frozenset(str(e) for e in c.elements), []).append(entry)
    return by_system


def lowered(by_system, system, tolerance):
    """EntryConstraints' admission on the entries of `system`: every composition's lowest entry that
    is not stable and lies within `tolerance` above the hull is lowered by e_above_hull + 1e-8."""
    entries = [e for key, group in by_system.items() if key <= system for e in group]
    references = [PDEntry(Composition(symbol), 0.0, name=symbol) for symbol in sorted(system)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        diagram = PhaseDiagram(entries + references)
    lowest = {}
    for entry in entries:
        key = entry.composition.reduced_composition
        if key not in lowest or entry.energy_per_atom < lowest[key].energy_per_atom:
            lowest[key] = entry
    result = {}
    for entry in entries:
        above = diagram.get_e_above_hull(entry, allow_negative=True)
        if entry is lowest[entry.composition.reduced_composition] and entry not in diagram.stable_entries \
                and not entry.composition.is_element and max(above, 0.0) <= tolerance:
            shift = max(above, 0.0) + 1e-8
            entry = PDEntry(entry.composition, entry.energy - shift * entry.composition.num_atoms, name=entry.name)
        result.setdefault(frozenset(str(e) for e in entry.composition.elements), []).append(entry)
    return result


def compare_queries(binary, rows, queries, options, by_system_for):
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "queries.jsonl"
        path.write_text("".join(json.dumps(q) + "\n" for q in queries))
        completed = subprocess.run([binary, "hull", "--data", "mp-legacy", "--input", str(path), "--format", "jsonl", *options],
                                   check=True, capture_output=True, text=True)
    ours = [json.loads(line) for line in completed.stdout.splitlines() if line.strip()]
    assert len(ours) == len(queries), (len(ours), len(queries))
    worst, failures = 0.0, 0
    for query, mine in zip(queries, ours):
        if by_system_for is None:
            continue
        e_hull, stable, decomposition = pymatgen_answer(by_system_for(query), query)
        deltas = [abs(max(e_hull, 0.0) - mine["energy_above_hull"])]
        if mine["decomposition_energy_per_atom"] is not None and decomposition is not None:
            deltas.append(abs(decomposition - mine["decomposition_energy_per_atom"]))
        delta = float("inf") if stable != mine["is_stable"] else max(deltas)
        if delta > TOLERANCE:
            failures += 1
            print(f"  {query['formula']} at {query['formation_energy_per_atom']:.4f} {' '.join(options)}: ours e_hull "
                  f"{mine['energy_above_hull']:.6f} stable {mine['is_stable']} decomp {mine['decomposition_energy_per_atom']}; "
                  f"pymatgen {e_hull:.6f} {stable} {decomposition}")
        worst = max(worst, delta)
    return worst, failures, ours


def changed(binary, queries, constrained):
    """How many answers the constraint changed (against the same queries without it), beyond 1e-9."""
    _, _, plain = compare_queries(binary, None, queries, [], None)
    return sum(abs(a["energy_above_hull"] - b["energy_above_hull"]) > 1e-9 or a["is_stable"] != b["is_stable"]
               or abs((a["decomposition_energy_per_atom"] or 0) - (b["decomposition_energy_per_atom"] or 0)) > 1e-9
               for a, b in zip(plain, constrained))


def check_queries(binary, rows, count, seed):
    queries = make_queries(rows, count, seed)
    half = count // 2
    excluded, metastable = queries[:half], queries[half:]
    # Exclusions that matter: for each query, a compound it decomposes to without constraints (or,
    # for a stable query, a stable compound of its chemical system), by formula for even queries and
    # by material id for odd ones, never the query's own composition.
    _, _, plain = compare_queries(binary, None, excluded, [], None)
    generator = random.Random(seed)
    stable_rows = [row for row in rows if row["decomposition_energy_Bartel2020"]
                   and float(row["decomposition_energy_Bartel2020"]) < -1e-6 and len(Composition(row["formula"]).elements) > 1]
    formulas, ids = set(), set()
    for index, (query, answer) in enumerate(zip(excluded, plain)):
        system = {str(e) for e in Composition(query["formula"]).elements}
        own = Composition(query["formula"]).reduced_composition
        choices = [(p["formula"], p["id"]) for p in answer["decomposes_to"]
                   if p["id"] and len(Composition(p["formula"]).elements) > 1 and Composition(p["formula"]).reduced_composition != own]
        if not choices:
            choices = [(row["formula"], row["material_id"]) for row in stable_rows
                       if {str(e) for e in Composition(row["formula"]).elements} <= system
                       and Composition(row["formula"]).reduced_composition != own]
        if not choices:
            continue
        formula, identifier = generator.choice(choices)
        if index % 2 == 0 or not identifier:
            formulas.add(Composition(formula).reduced_composition)
        else:
            ids.add(identifier)
    tokens = sorted({c.reduced_formula for c in formulas}) + sorted(ids)
    by_system = constrained_by_system(rows, formulas, ids, None)
    worst_exclude, failures_exclude, answers = compare_queries(binary, rows, excluded, ["--exclude", ",".join(tokens)],
                                                         lambda query: by_system)
    print(f"  hull --input --exclude ({len(formulas)} formulas, {len(ids)} ids): {len(excluded)} queries "
          f"({changed(binary, excluded, answers)} answers changed by the exclusions), "
          f"{failures_exclude} disagree, max |d| = {worst_exclude:.1e} eV/atom")

    tolerance = 0.05
    plain = constrained_by_system(rows, set(), set(), None)
    cache = {}

    def admitted(query):
        system = frozenset(str(e) for e in Composition(query["formula"]).elements)
        if system not in cache:
            cache[system] = lowered(plain, system, tolerance)
        return cache[system]
    worst_meta, failures_meta, answers = compare_queries(binary, rows, metastable, ["--metastable", str(tolerance)], admitted)
    print(f"  hull --input --metastable {tolerance}: {len(metastable)} queries ({changed(binary, metastable, answers)} "
          f"answers changed by the admissions), {failures_meta} disagree, "
          f"max |d| = {worst_meta:.1e} eV/atom")
    return count, max(worst_exclude, worst_meta), failures_exclude + failures_meta


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interphase", default=str(ROOT / ".build" / "release" / "interphase"))
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--only", help="comma-separated groups: fixtures,windows,decompositions,reactions,maps,queries")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    rows = load_rows()
    groups = {
        "fixtures": (lambda: check_fixtures(args.interphase), "eV (windows; maps from the figure)"),
        "windows": (lambda: check_windows(args.interphase), "V (eV)"),
        "decompositions": (lambda: check_decompositions(args.interphase, rows), "fraction, eV/atom"),
        "reactions": (lambda: check_reactions(args.interphase, rows), "x, eV/atom"),
        "maps": (lambda: check_maps(args.interphase), "eV (from the figure: within 0.005 px + 1e-6 eV)"),
        "queries": (lambda: check_queries(args.interphase, rows, args.queries, args.seed), "eV/atom"),
    }
    chosen = args.only.split(",") if args.only else list(groups)
    summary, total = [], 0
    for name in chosen:
        body, unit = groups[name]
        cases, worst, failures = body()
        total += failures
        text = " / ".join(f"{w:.2e}" for w in worst) if isinstance(worst, tuple) else f"{worst:.2e}"
        summary.append(f"{name:<15} {cases:3d} cases  max |d| = {text} {unit}  "
                       f"{'OK' if failures == 0 else f'{failures} DISAGREE'}")
    print("\n".join(summary))
    return 0 if total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
