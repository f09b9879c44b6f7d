#!/usr/bin/env python3
"""Side-by-side benchmarks: Interphase (interphase-benchmarks, release) vs pymatgen, same work,
same run, in-process timings with the data already loaded, median of repeated runs, peak
memory (getrusage max RSS) of a separate process per case. pymatgen is a yardstick here, never
a dependency of Interphase.

    python3 Benchmarks/pymatgen_bench.py --swift-bin .build/release/interphase-benchmarks [--mp]
        [--synthetic 1000:8,10000:8,100000:8] [--only-synthetic]

Cases: a. Li–P–O–N hull + energy above hull of every entry; b. windows of every stable
Li-containing phase (pymatgen: get_element_profile); c. Li2PO2N at 1,000 voltages 0–5 V
(pymatgen: a GrandPotentialPhaseDiagram per voltage); d. synthetic datasets (seeded generator of
interphase-benchmarks) of 10^3, 10^4, 10^5 entries over 8 elements, energy above hull of every
entry (pymatgen: PatchedPhaseDiagram; skipped above --pymatgen-limit seconds); --mp: the whole
Materials Project set (85,014 compositions), once.
"""
import argparse, csv, json, math, os, platform, resource, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pd_entries(path):
    from pymatgen.analysis.phase_diagram import PDEntry
    from pymatgen.core import Composition
    entries, elements = [], set()
    for row in csv.DictReader(open(path, newline="")):
        comp = Composition(row["formula"])
        elements.update(e.symbol for e in comp.elements)
        entries.append(PDEntry(comp, float(row["formation_energy_per_atom"]) * comp.num_atoms,
                               name=row.get("material_id") or row.get("id") or row["formula"]))
    entries += [PDEntry(Composition(el), 0.0, name=el) for el in sorted(elements)]
    return entries


def timed(repeats, body):
    times, cpu = [], []
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        detail = body()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    return times, cpu, detail


def run_pymatgen_case(name, repeats, data):
    from pymatgen.analysis.phase_diagram import GrandPotentialPhaseDiagram, PatchedPhaseDiagram, PhaseDiagram
    from pymatgen.core import Composition, Element
    lipon = os.path.join(ROOT, "Data", "lipon-mp-legacy.csv")
    li = Element("Li")
    if name == "lipon-hull":
        entries = pd_entries(lipon)
        def body():
            pd = PhaseDiagram(entries)
            return f"{len(entries)} entries, sum of E_hull {sum(pd.get_e_above_hull(e) for e in entries):.6f} eV/atom"
    elif name == "lipon-windows":
        entries = pd_entries(lipon)
        pd = PhaseDiagram(entries)
        phases = [e for e in pd.stable_entries if li in e.composition.elements and len(e.composition.elements) > 1]
        def body():
            for e in phases:
                pd.get_element_profile(li, e.composition)
            return f"{len(phases)} windows (get_element_profile)"
    elif name == "lipon-decompose-1000":
        entries = pd_entries(lipon)
        target = Composition("PO2N")  # Li2PO2N with Li open
        def body():
            for step in range(1000):
                voltage = 5.0 * step / 999
                gppd = GrandPotentialPhaseDiagram(entries, {li: -voltage})
                gppd.get_decomposition(target)
            return "Li2PO2N at 1000 voltages, one GrandPotentialPhaseDiagram each"
    elif name == "synthetic-hull":
        entries = pd_entries(data)
        def body():
            ppd = PatchedPhaseDiagram(entries)
            for e in entries:
                ppd.get_e_above_hull(e)
            return f"{len(entries)} entries (PatchedPhaseDiagram + get_e_above_hull)"
    elif name == "mp-hull":
        entries = pd_entries(os.path.join(ROOT, "Data", "mp-legacy.csv"))
        def body():
            start = time.perf_counter()
            ppd = PatchedPhaseDiagram(entries)
            built = time.perf_counter() - start
            for e in entries:
                ppd.get_e_above_hull(e)
            return f"{len(entries)} entries; PatchedPhaseDiagram build {built:.0f} s, e_above_hull of all {time.perf_counter() - start - built:.0f} s"
    else:
        raise SystemExit(f"unknown case {name}")
    times, cpu, detail = timed(repeats, body)
    print(json.dumps({"case": name, "median_s": statistics.median(times), "times_s": times,
                      "cpu_median_s": statistics.median(cpu),
                      "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "detail": detail}))


def subprocess_json(command, timeout):
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True).stdout
        return json.loads(out.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--swift-bin", default=os.path.join(ROOT, ".build", "release", "interphase-benchmarks"))
    parser.add_argument("--case")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--data")
    parser.add_argument("--mp", action="store_true", help="also the whole-MP hull (pymatgen takes ~10+ minutes)")
    parser.add_argument("--pymatgen-limit", type=float, default=300, help="seconds before a pymatgen case is skipped")
    parser.add_argument("--workdir", default="/tmp/interphase-bench")
    parser.add_argument("--synthetic", default="1000:8,10000:8,100000:8",
                        help="synthetic datasets as ENTRIES:ELEMENTS, comma-separated (issue 15's case: 10000:6)")
    parser.add_argument("--only-synthetic", action="store_true", help="skip the Li–P–O–N cases a–c")
    args = parser.parse_args()
    if args.case:
        return run_pymatgen_case(args.case, args.repeats, args.data)

    os.makedirs(args.workdir, exist_ok=True)
    cases = [("a. Li–P–O–N hull + E_hull of all entries", "lipon-hull", None, 21, 5),
             ("b. windows of every stable Li phase", "lipon-windows", None, 11, 3),
             ("c. Li2PO2N at 1,000 voltages (Interphase: an LP per voltage)", "lipon-decompose-1000", None, 5, 1),
             ("c′. the same 1,000 answers (Interphase: one exact voltage profile)", "lipon-decompose-1000-profile", None, 11, 1)]
    if args.only_synthetic:
        cases = []
    for item in args.synthetic.split(","):
        n, element_count = (int(part) for part in item.split(":"))
        path = os.path.join(args.workdir, f"synthetic-{n}-{element_count}.csv")
        subprocess.run([args.swift_bin, "generate", str(n), str(element_count), "42", path], check=True)
        cases.append((f"d. synthetic {n:,} entries, {element_count} elements", "synthetic-hull", path, 5 if n < 100000 else 3, 1))
    if args.mp:
        cases.append(("whole MP (85,014 compositions)", "mp-hull", None, 1, 1))

    import pymatgen.core
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}; pymatgen {pymatgen.core.__version__}; Python {platform.python_version()}")
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    print("| case | Interphase wall / CPU (s) | Interphase max RSS (MiB) | pymatgen wall / CPU (s) | pymatgen max RSS (MiB) | speed-up wall / CPU |")
    print("|---|---:|---:|---:|---:|---:|")
    synthetic = []
    pymatgen_results = {}
    for label, name, data, swift_repeats, py_repeats in cases:
        command = [args.swift_bin, "run", name, "--repeats", str(swift_repeats)] + (["--data", data] if data else [])
        ours = subprocess_json(command, None)
        py_name = "lipon-decompose-1000" if name == "lipon-decompose-1000-profile" else name
        key = (py_name, data)
        if key not in pymatgen_results:
            pymatgen_results[key] = subprocess_json(
                [sys.executable, __file__, "--case", py_name, "--repeats", str(py_repeats)] + (["--data", data] if data else []),
                None if name == "mp-hull" else args.pymatgen_limit)
        theirs = pymatgen_results[key]
        if name == "synthetic-hull":
            synthetic.append((int(ours["detail"].split()[0]), ours["median_s"], theirs and theirs["median_s"], ours["cpu_median_s"]))
        if theirs:
            ratio = f"{theirs['median_s'] / ours['median_s']:.0f}× / {theirs['cpu_median_s'] / ours['cpu_median_s']:.0f}×"
            py = f"{theirs['median_s']:.4g} / {theirs['cpu_median_s']:.4g} | {theirs['max_rss_mib']:.0f}"
        else:
            ratio, py = "-", f"skipped (> {args.pymatgen_limit:.0f} s) | -"
        print(f"| {label} | {ours['median_s']:.4g} / {ours['cpu_median_s']:.4g} | {ours['max_rss_mib']:.0f} | {py} | {ratio} |", flush=True)
        for side, result in (("Interphase", ours), ("pymatgen", theirs)):
            if result:
                print(f"  {side}: {result['detail']}", file=sys.stderr)

    def exponent(points):
        xs = [math.log(n) for n, t in points]
        ys = [math.log(t) for n, t in points]
        mx, my = statistics.mean(xs), statistics.mean(ys)
        return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    if len(synthetic) < 2:
        return
    print(f"growth exponent (least squares of log time vs log entries, 10^3–10^5): Interphase "
          f"{exponent([(n, t) for n, t, _, _ in synthetic]):.2f} (wall), "
          f"{exponent([(n, c) for n, _, _, c in synthetic]):.2f} (CPU)", end="")
    pymatgen_points = [(n, p) for n, _, p, _ in synthetic if p]
    if len(pymatgen_points) >= 2:
        print(f"; pymatgen {exponent(pymatgen_points):.2f} ({', '.join(f'{n:,}' for n, _ in pymatgen_points)})")
    else:
        print()


if __name__ == "__main__":
    main()
