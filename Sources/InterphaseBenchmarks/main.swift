// interphase-benchmarks: in-process timings of Interphase for Benchmarks/run.sh.
//
//   interphase-benchmarks generate ENTRIES ELEMENTS SEED OUTPUT.csv [--distribution NAME]
//
// Distributions (SyntheticDataset.Distribution): mp (default, the MP mix of element counts),
// top-heavy (70% of entries in the ELEMENTS-element system), near-hull (80% of entries within
// 10 meV/atom of a near-convex surface), binaries (60% binaries, 25% ternaries).
//   interphase-benchmarks run CASE [--repeats R] [--data FILE]
//
// `run` prints one JSON line: the case, the median and every repeat's wall time (s, data
// already loaded), the median CPU time of the process (all threads), the peak resident memory of the process (getrusage ru_maxrss, MiB) and a
// detail string. Cases: lipon-hull, lipon-windows, lipon-decompose-1000,
// lipon-decompose-1000-profile, synthetic-hull
// (--data a generated CSV), mp-load, mp-hull, mp-queries, jsonl-read, jsonl-write (--data candidates as JSON Lines, from
// Benchmarks/generate_candidates.py). One case per process, so that the peak memory is the
// case's own.
import Foundation
import Interphase
import InterphaseMPLegacy
#if canImport(Glibc)
import Glibc
#endif

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("interphase-benchmarks: \(message)\n".utf8))
    exit(2)
}

func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

/// CPU time of the whole process (all threads), seconds.
func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// CPU seconds of each timed body, in order (the machine may be shared: CPU time is the
/// steadier measure, wall time the one users wait for).
nonisolated(unsafe) var cpuTimes: [Double] = []

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = processCPUSeconds()
    try body()
    cpuTimes.append(processCPUSeconds() - cpuStart)
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// `hull` result rows for `queries`, as a screening writes them: the query's id and formula, its
/// energy per atom, an energy above the hull (0 for one in five), a decomposition energy and 0-3
/// products (other queries' formulas, amounts summing to 1), seeded. Built through the rows'
/// Codable form (their memberwise initializer is internal).
func benchmarkRows(for queries: [JSONLines.EntryQuery]) throws -> [EntryStability] {
    struct Product: Encodable { var id: String?; var formula: String; var amount: Double }
    struct Row: Encodable {
        var id: String?, formula: String, formation_energy_per_atom: Double, energy_above_hull: Double
        var is_stable: Bool, decomposition_energy_per_atom: Double?, decomposes_to: [Product]
    }
    var state: UInt64 = 27
    func next() -> Double {  // SplitMix64, uniform in [0, 1)
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
    let rows = queries.enumerated().map { position, query -> Row in
        let stable = next() < 0.2
        let count = stable ? 0 : 1 + Int(next() * 3)
        var amounts = (0..<count).map { _ in next() + 0.01 }
        let total = amounts.reduce(0, +)
        amounts = amounts.map { $0 / total }
        let products = amounts.enumerated().map { offset, amount in
            let other = queries[(position * 7 + offset * 13 + 1) % queries.count]
            return Product(id: other.entry.id, formula: other.formula, amount: amount)
        }
        let aboveHull = stable ? 0 : next() * 0.5
        return Row(id: query.entry.id, formula: query.formula,
                   formation_energy_per_atom: query.entry.energy / query.entry.composition.numberOfAtoms,
                   energy_above_hull: aboveHull, is_stable: stable,
                   decomposition_energy_per_atom: stable ? -next() * 0.1 : aboveHull, decomposes_to: products)
    }
    return try JSONDecoder().decode([EntryStability].self, from: try JSONEncoder().encode(rows))
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

struct Report: Encodable {
    var `case`: String
    var median_s: Double
    var times_s: [Double]
    var cpu_median_s: Double
    var max_rss_mib: Double
    var detail: String
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("usage: generate N E SEED OUT.csv | run CASE [--repeats R] [--data FILE]") }
arguments.removeFirst()

if command == "generate" {
    var distribution = SyntheticDataset.Distribution.mp
    if arguments.count == 6, arguments[4] == "--distribution" {
        guard let named = SyntheticDataset.Distribution(rawValue: arguments[5]) else {
            fail("unknown distribution \(arguments[5]); one of \(SyntheticDataset.Distribution.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        distribution = named
        arguments.removeLast(2)
    }
    guard arguments.count == 4, let count = Int(arguments[0]), let elements = Int(arguments[1]),
        let seed = UInt64(arguments[2])
    else { fail("usage: generate ENTRIES ELEMENTS SEED OUTPUT.csv [--distribution mp|top-heavy|near-hull|binaries]") }
    let text = SyntheticDataset.csv(count: count, elementCount: elements, seed: seed, distribution: distribution)
    do { try text.write(toFile: arguments[3], atomically: true, encoding: .utf8) } catch { fail("cannot write \(arguments[3])") }
    exit(0)
}
guard command == "run", let name = arguments.first else { fail("unknown command \(command)") }
var repeats = 5
var dataPath: String?
var position = 1
while position < arguments.count {
    switch arguments[position] {
    case "--repeats": repeats = Int(arguments[position + 1]) ?? repeats; position += 2
    case "--data": dataPath = arguments[position + 1]; position += 2
    default: fail("unknown option \(arguments[position])")
    }
}

do {
    var times: [Double] = []
    var detail = ""
    let lithium = Element(symbol: "Li")!
    switch name {
    case "lipon-hull":
        let entries = try BundledDataset.liponMPLegacy.load().allEntries
        for _ in 0..<repeats {
            var sum = 0.0
            times.append(try seconds {
                let diagram = try PhaseDiagram(entries: entries)
                for index in entries.indices { sum += diagram.energyAboveHull(ofEntryAt: index) }
            })
            detail = "\(entries.count) entries, sum of E_hull \(NumberFormat.fixed(sum, decimals: 6)) eV/atom"
        }
    case "lipon-windows":
        let entries = try BundledDataset.liponMPLegacy.load().allEntries
        for _ in 0..<repeats {
            // A fresh atlas each time, its single hull built outside the timing: the windows
            // read their systems' hulls off its cache, built once per system.
            let atlas = PhaseDiagramAtlas(entries: entries)
            _ = try atlas.diagram(for: [])
            var windows: [StabilityWindow] = []
            times.append(try seconds { windows = try atlas.stabilityWindowsOfStablePhases(under: Conditions(openElement: lithium)) })
            detail = "\(windows.count) windows"
        }
    case "lipon-decompose-1000":
        let lp = GrandCanonicalLP(diagram: try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries))
        let composition = try Composition(parsing: "Li2PO2N")
        for _ in 0..<repeats {
            var uptake = 0.0
            times.append(try seconds {
                for step in 0..<1000 {
                    let open = try OpenElement(lithium, voltage: 5.0 * Double(step) / 999)
                    uptake += try lp.decompose(composition, openElements: [open]).openElementUptake
                }
            })
            detail = "Li2PO2N at 1000 voltages 0–5 V, sum of uptakes \(NumberFormat.fixed(uptake, decimals: 4))"
        }
    case "lipon-decompose-1000-profile":
        // The same 1,000 answers (products and uptake at each voltage) read off one exact
        // voltage profile: how Interphase answers "what does it become at V" for many V.
        let diagram = try PhaseDiagram(entries: try BundledDataset.liponMPLegacy.load().allEntries)
        let composition = try Composition(parsing: "Li2PO2N")
        for _ in 0..<repeats {
            var uptake = 0.0
            times.append(try seconds {
                let profile = try diagram.voltageProfile(of: composition, openElement: lithium)
                for step in 0..<1000 {
                    let voltage = 5.0 * Double(step) / 999
                    // Steps run upward in voltage; a voltage on a boundary takes the lower step, as the LP's midpoint does not matter there.
                    let found = profile.steps.last { ($0.voltageLow ?? 0) <= voltage } ?? profile.steps[0]
                    uptake += found.openElementUptake
                }
            })
            detail = "Li2PO2N at 1000 voltages 0–5 V from one voltage profile, sum of uptakes \(NumberFormat.fixed(uptake, decimals: 4))"
        }
    case "lipon-window-samples-10000":
        // Issue 7's target: 10,000 Monte Carlo samples of the Li2PO2N window (σ = 0.025 eV/atom),
        // in parallel over all cores.
        let dataset = try BundledDataset.liponMPLegacy.load()
        let sigmas = try EnergyUncertainty.sigmas(of: dataset, policy: .global(0.025))
        let composition = try Composition(parsing: "Li2PO2N")
        for _ in 0..<repeats {
            var summary: MonteCarloWindowSummary?
            times.append(try seconds {
                summary = try MonteCarloWindows.run(
                    entries: dataset.allEntries, sigmas: sigmas, composition: composition, openElement: lithium,
                    samples: 10_000, seed: 1)
            })
            let (reduction, oxidation) = (summary!.reductionLimitVoltage!, summary!.oxidationLimitVoltage!)
            detail = "Li2PO2N, 10,000 samples: reduction \(NumberFormat.fixed(reduction.mean, decimals: 3)) ± "
                + "\(NumberFormat.fixed(reduction.standardDeviation, decimals: 3)) V, oxidation "
                + "\(NumberFormat.fixed(oxidation.mean, decimals: 3)) ± \(NumberFormat.fixed(oxidation.standardDeviation, decimals: 3)) V"
        }
    case "synthetic-hull":
        guard let dataPath else { fail("synthetic-hull needs --data FILE.csv") }
        let dataset = try Dataset.load(path: dataPath)
        let entries = dataset.allEntries
        for _ in 0..<repeats {
            var stable = 0
            times.append(try seconds {
                let diagram = try PatchedPhaseDiagram(entries: entries)
                stable = diagram.stableIndices.count
            })
            detail = "\(dataset.entries.count) entries, \(dataset.elements.count) elements, \(stable) stable"
        }
    case "mp-load":
        for _ in 0..<repeats {
            var count = 0
            times.append(try seconds { count = try MPLegacyDataset.load().entries.count })
            detail = "\(count) entries parsed from the compiled-in CSV"
        }
    case "mp-hull":
        let entries = try MPLegacyDataset.load().allEntries
        for _ in 0..<repeats {
            var stable = 0
            var systems = 0
            times.append(try seconds {
                let diagram = try PatchedPhaseDiagram(entries: entries)
                stable = diagram.stableIndices.count
                systems = diagram.index.systems.count
            })
            detail = "\(entries.count) entries incl. elemental references, \(systems) chemical systems, \(stable) stable"
        }
    case "mp-hull-sample":
        // One Monte Carlo sample of the whole data (σ = 0.02 eV/atom): as MonteCarloHull draws it
        // (the index reused, no decomposition energies), and as it was drawn before issue 26 (a
        // fresh PatchedPhaseDiagram of the perturbed entries: re-indexed, with every stable
        // compound's decomposition-energy LPs).
        let entries = try MPLegacyDataset.load().allEntries
        let sigmas = entries.map { _ in 0.02 }
        let index = ChemicalSystemIndex(entries: entries)
        var former: [Double] = []
        for sample in 0..<repeats {
            let energies = MonteCarloWindows.perturbedEnergies(entries, sigmas: sigmas, sample: sample, seed: 1)
            times.append(try seconds {
                _ = try HullStore(index: index.replacingEnergies(energies)).wholeDataHull(decompositionEnergies: false)
            })
            let perturbed = MonteCarloWindows.perturbedEntries(entries, sigmas: sigmas, sample: sample, seed: 1)
            former.append(try seconds { _ = try PatchedPhaseDiagram(entries: perturbed) })
        }
        detail = String(format: "the former way (re-indexed, with decomposition energies): %.2f s per sample", median(former))
    case "mp-queries":
        // The per-query cost once the hulls are built: the candidates are answered once on all
        // cores (building every hull they need), then each repeat answers them again one by one
        // on one thread; also the rates of reading the queries and writing the JSON Lines rows.
        guard let dataPath else { fail("mp-queries needs --data CANDIDATES.jsonl") }
        let atlas = PhaseDiagramAtlas(entries: try MPLegacyDataset.load().allEntries)
        let text = try Data(contentsOf: URL(fileURLWithPath: dataPath))
        var queries: [JSONLines.EntryQuery] = []
        let parse = try seconds { queries = try JSONLines.entryQueries(text, file: dataPath) }
        let candidates = queries.map(\.entry)
        let cold = seconds { _ = atlas.stabilities(of: candidates) }
        var results: [EntryStability] = []
        for _ in 0..<repeats {
            times.append(try seconds { results = try candidates.map { try atlas.stability(of: $0) } })
        }
        var lines = ""
        let write = seconds { for result in results { result.appendJSONLine(to: &lines) } }
        let perQuery = median(times) / Double(candidates.count) * 1e6
        detail = String(
            format: "%d candidates; cold (hulls built, 2 cores) %.2f s; warm %.1f µs per query on one thread; reading %.2f M rows/s; writing %.2f M rows/s",
            candidates.count, cold, perQuery, Double(candidates.count) / parse / 1e6, Double(candidates.count) / write / 1e6)
    case "jsonl-read":
        // Reading candidate rows (`hull --input`): the whole file's bytes to entry queries
        // (line scan, JSON, formulas, entries), on all cores (`taskset -c 0` for one).
        guard let dataPath else { fail("jsonl-read needs --data CANDIDATES.jsonl") }
        let text = try Data(contentsOf: URL(fileURLWithPath: dataPath))
        var count = 0
        for _ in 0..<repeats {
            times.append(try seconds { count = try JSONLines.entryQueries(text, file: dataPath).count })
        }
        detail = String(format: "%d rows, %.1f MB; %.2f M rows/s (wall), %.2f M rows/s of CPU", count, Double(text.count) / 1e6,
                        Double(count) / median(times) / 1e6, Double(count) / median(cpuTimes) / 1e6)
    case "jsonl-write":
        // Writing `hull --format jsonl` rows: one row per candidate of --data (its id and formula,
        // a formation energy, an energy above the hull, a decomposition energy and 0-3 products
        // with full-precision amounts), written as hull writes them (the bytes), on all cores.
        guard let dataPath else { fail("jsonl-write needs --data CANDIDATES.jsonl") }
        let queries = try JSONLines.entryQueries(try Data(contentsOf: URL(fileURLWithPath: dataPath)), file: dataPath)
        let rows = try benchmarkRows(for: queries)
        var bytes = 0
        for _ in 0..<repeats {
            times.append(seconds { bytes = EntryStability.jsonLineBytes(rows).count })
        }
        detail = String(format: "%d rows, %.1f MB; %.2f M rows/s (wall), %.2f M rows/s of CPU", rows.count, Double(bytes) / 1e6,
                        Double(rows.count) / median(times) / 1e6, Double(rows.count) / median(cpuTimes) / 1e6)
    default:
        fail("unknown case \(name)")
    }
    let report = Report(case: name, median_s: median(times), times_s: times, cpu_median_s: median(cpuTimes), max_rss_mib: peakResidentMiB(), detail: detail)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    print(String(decoding: try encoder.encode(report), as: UTF8.self))
} catch {
    fail("\(name): \(error)")
}
