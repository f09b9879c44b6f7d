#!/usr/bin/env python3
"""Check `interphase hull --input` on mp-legacy against pymatgen, and time it.

    python3 Scripts/check_mp_queries.py [--count 1000] [--seed 15] [--interphase .build/release/interphase]
                                        [--write queries.jsonl] [--generator generate_candidates]
                                        [--tolerance 1e-6]

--generator names any generator of Benchmarks/ (generate_mixed, generate_heavy_tailed,
generate_near_hull: each has `candidates(rows, count, seed)`); the default is described here.

Makes `count` candidate entries (seeded, Benchmarks/generate_candidates.py): half are compositions
of mp-legacy with their energy moved by −0.3…+0.3 eV/atom (polymorphs of stable and unstable
phases, some below the hull), half are new compositions of 2–4 elements drawn from the systems of
mp-legacy, at −3…0 eV/atom. Runs
`interphase hull --data mp-legacy --input Q.jsonl --format jsonl` once (timed, whole process) and,
for each candidate, pymatgen 2026.10.24 on the entries of its chemical system plus the candidate:
PhaseDiagram(entries + [q]).get_e_above_hull(q) and Bartel's decomposition energy as pymatgen's
get_decomp_and_phase_separation_energy defines it, computed exactly: when the candidate's
composition has a stable entry (the candidate or a polymorph of it), its energy less the exact hull
of the other compositions (polymorphs excluded; pymatgen finds that number by SLSQP, to ~3e-5);
otherwise its energy above hull. Compares energy above hull, stability and decomposition energy
within 1e-6 eV/atom (both are exact hulls of the same points; rounding is ~1e-15), and counts the
candidates whose number under the former convention (the energy above hull for every unstable
candidate) differs from pymatgen's. mp-legacy holds formation energies: every element's reference
is 0. pymatgen is a check only, never a dependency of Interphase.
"""
import argparse
import json
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from pymatgen.analysis.phase_diagram import PDEntry, PhaseDiagram
from pymatgen.core import Composition

from mp_legacy import load_rows

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 1e-6


def make_queries(rows, count, seed, generator="generate_candidates"):
    # The benchmarks' generators (Benchmarks/), one home for both.
    sys.path.insert(0, str(ROOT / "Benchmarks"))
    import importlib
    return list(importlib.import_module(generator).candidates(rows, count, seed))


def pymatgen_answer(by_system, query):
    composition = Composition(query["formula"])
    system = frozenset(str(e) for e in composition.elements)
    entries = [entry for key, group in by_system.items() if key <= system for entry in group]
    entries += [PDEntry(Composition(symbol), 0.0, name=symbol) for symbol in sorted(system)]
    candidate = PDEntry(composition, query["formation_energy_per_atom"] * composition.num_atoms, name="query")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        diagram = PhaseDiagram(entries + [candidate])
        e_hull = diagram.get_e_above_hull(candidate, allow_negative=True)
        stable = candidate in diagram.stable_entries
        reduced = composition.reduced_composition
        if not any(e.composition.reduced_composition == reduced for e in diagram.stable_entries):
            return e_hull, stable, e_hull
        # A composition on the hull (the candidate or a polymorph): minus the distance below the
        # exact hull of the other compositions (pymatgen's get_decomp_and_phase_separation_energy
        # finds the same number by an SLSQP optimisation, to ~3e-5; the exact hull is the
        # reference here).
        others = [e for e in entries if e.composition.reduced_composition != reduced]
        hull = PhaseDiagram(others).get_hull_energy_per_atom(composition)
    return e_hull, stable, query["formation_energy_per_atom"] - hull


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--interphase", default=str(ROOT / ".build" / "release" / "interphase"))
    parser.add_argument("--write")
    parser.add_argument("--generator", default="generate_candidates")
    parser.add_argument("--tolerance", type=float, default=TOLERANCE)
    args = parser.parse_args()

    rows = load_rows()
    queries = make_queries(rows, args.count, args.seed, args.generator)
    path = Path(args.write) if args.write else Path(tempfile.mkdtemp()) / "queries.jsonl"
    path.write_text("".join(json.dumps(q) + "\n" for q in queries))
    start = time.perf_counter()
    output = subprocess.run([args.interphase, "hull", "--data", "mp-legacy", "--input", str(path), "--format", "jsonl"],
                            check=True, capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - start
    ours = [json.loads(line) for line in output.splitlines() if line.strip()]
    assert len(ours) == len(queries), (len(ours), len(queries))
    print(f"interphase hull --input: {len(queries)} queries on mp-legacy in {elapsed:.2f} s whole process")

    by_system = {}
    for row in rows:
        c = Composition(row["formula"])
        by_system.setdefault(frozenset(str(e) for e in c.elements), []).append(
            PDEntry(c, float(row["formation_energy_per_atom"]) * c.num_atoms, name=row["formula"]))
    worst, worst_hull, disagreements, former, former_sign, ties = 0.0, 0.0, 0, 0, 0, 0
    start = time.perf_counter()
    for query, mine in zip(queries, ours):
        e_hull, stable, decomposition = pymatgen_answer(by_system, query)
        deltas = [abs(max(e_hull, 0.0) - mine["energy_above_hull"])]
        if mine["decomposition_energy_per_atom"] is not None and decomposition is not None:
            deltas.append(abs(decomposition - mine["decomposition_energy_per_atom"]))
        delta = max(deltas)
        if decomposition is not None and not stable and abs(max(e_hull, 0.0) - decomposition) > args.tolerance:
            former += 1
            former_sign += (decomposition < 0) != (e_hull < 0)
        if stable and not mine["is_stable"] and abs(e_hull) <= 1e-11 and deltas[0] <= args.tolerance:
            # An exact tie with a stable entry of the data: pymatgen keeps one of the two as
            # stable, Interphase's documented verdict is "on the hull, not stable".
            ties += 1
        elif stable != mine["is_stable"]:
            delta = float("inf")
        worst_hull = max(worst_hull, deltas[0])
        if delta > args.tolerance:
            disagreements += 1
            print(f"  {query['formula']} at {query['formation_energy_per_atom']:.4f}: "
                  f"ours e_hull {mine['energy_above_hull']:.6f} stable {mine['is_stable']} decomp {mine['decomposition_energy_per_atom']}; "
                  f"pymatgen {e_hull:.6f} {stable} {decomposition}")
        worst = max(worst, delta)
    print(f"pymatgen (one PhaseDiagram per query): {time.perf_counter() - start:.1f} s")
    print(f"{len(queries)} queries ({args.generator}, seed {args.seed}): {disagreements} disagree beyond {args.tolerance:g}; "
          f"max |d| = {worst:.2e} eV/atom (energy above hull alone: {worst_hull:.2e}); {ties} exact ties with a "
          f"stable entry, which pymatgen calls stable and Interphase on the hull, not stable")
    print(f"the former convention (decomposition energy = energy above hull when unstable) differs from "
          f"pymatgen's on {former} ({former_sign} in sign)")
    return 0 if disagreements == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
