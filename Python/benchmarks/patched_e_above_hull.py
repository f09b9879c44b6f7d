"""PatchedPhaseDiagram(entries) plus get_e_above_hull of every entry, for 10⁴ entries over 6
elements: interphase against pymatgen's PhaseDiagram in the same process, and the per-call
overhead of the C interface. Run after `pip install ./Python pymatgen`:

    python3 Python/benchmarks/patched_e_above_hull.py [entry count] [--skip-pymatgen] [--mp]

--mp adds the whole Materials Project: interphase.load("mp-legacy"), PatchedPhaseDiagram of
it, and get_e_above_hull_batch of 10⁵ candidates (MP compositions, energies shifted by ±0.2
eV/atom), then the Li2PO2N window on the default data (mp-legacy, read by chemical system).
--mp-only runs only that part.
"""

import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests"))

import interphase  # noqa: E402
from pymatgen.analysis.phase_diagram import PDEntry  # noqa: E402
from pymatgen.analysis.phase_diagram import PhaseDiagram as PymatgenPhaseDiagram  # noqa: E402
from random_entries import random_composition, random_entries  # noqa: E402


def timed(label, body):
    """Runs body; prints its wall time and the process's CPU time (all threads)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    result = body()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(f"{label:<58} {elapsed:9.4f} s wall {cpu:9.4f} s CPU")
    return result, elapsed


def main():
    if "--mp-only" in sys.argv:
        whole_materials_project()
        return
    count = int(next((argument for argument in sys.argv[1:] if argument.isdigit()), 10_000))
    elements, entries = random_entries(6, count, seed=2026)
    print(f"{len(entries)} entries over {len(elements)} elements ({'-'.join(elements)})")

    def ours():
        diagram = interphase.PatchedPhaseDiagram(entries)
        return diagram, [diagram.get_e_above_hull(entry) for entry in entries]

    (diagram, ours_e), ours_time = timed("interphase: PatchedPhaseDiagram + get_e_above_hull (all)", ours)
    timed("interphase: PhaseDiagram + get_e_above_hull (all)",
          lambda: (lambda d: [d.get_e_above_hull(entry) for entry in entries])(interphase.PhaseDiagram(entries)))

    # Per-call overhead: an entry of the diagram (read from the arrays fetched once), and a
    # foreign entry and a composition (one call through the C interface each).
    generator = random.Random(7)
    foreign = [PDEntry(random_composition(elements, generator), -10.0) for _ in range(2000)]
    _, elapsed = timed("  get_e_above_hull of 10⁴ diagram entries", lambda: [diagram.get_e_above_hull(e) for e in entries])
    print(f"    {elapsed / len(entries) * 1e6:.2f} µs per call")
    _, elapsed = timed("  get_e_above_hull of 2000 foreign entries (C call each)",
                       lambda: [diagram.get_e_above_hull(e, allow_negative=True) for e in foreign])
    print(f"    {elapsed / len(foreign) * 1e6:.2f} µs per call")
    _, elapsed = timed("  get_decomposition of 2000 compositions (C call each)",
                       lambda: [diagram.get_decomposition(e.composition) for e in foreign])
    print(f"    {elapsed / len(foreign) * 1e6:.2f} µs per call")

    if "--mp" in sys.argv:
        whole_materials_project()
    if "--skip-pymatgen" in sys.argv:
        return

    def theirs():
        pd = PymatgenPhaseDiagram(entries)
        return [pd.get_e_above_hull(entry) for entry in entries]

    theirs_e, theirs_time = timed("pymatgen: PhaseDiagram + get_e_above_hull (all)", theirs)
    worst = max(abs(a - b) for a, b in zip(ours_e, theirs_e))
    print(f"largest |ΔE_hull| against pymatgen: {worst:.2e} eV/atom")
    print(f"speed-up: {theirs_time / ours_time:.0f}×")


def whole_materials_project():
    entries, _ = timed("interphase.load('mp-legacy')", lambda: interphase.load("mp-legacy"))
    diagram, _ = timed(f"PatchedPhaseDiagram of {len(entries)} entries", lambda: interphase.PatchedPhaseDiagram(entries))
    generator = random.Random(2026)
    candidates = []
    for _ in range(100_000):
        entry = generator.choice(entries)
        atoms = sum(entry.composition.values())
        candidates.append(interphase.BundledEntry(entry.composition, entry.energy + generator.uniform(-0.2, 0.2) * atoms))
    values, _ = timed(f"get_e_above_hull_batch of {len(candidates)} candidates",
                      lambda: diagram.get_e_above_hull_batch(candidates, allow_negative=True))
    print(f"    {sum(value < 0 for value in values)} candidates below the hull")
    _, elapsed = timed("stability_window('Li2PO2N') on the default data, first call", lambda: interphase.stability_window("Li2PO2N"))
    _, elapsed = timed("  the same, 100 more calls", lambda: [interphase.stability_window("Li2PO2N") for _ in range(100)])
    print(f"    {elapsed / 100 * 1e3:.2f} ms per call")


if __name__ == "__main__":
    main()
