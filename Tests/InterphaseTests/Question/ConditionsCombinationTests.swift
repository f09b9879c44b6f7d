import Foundation
import Testing
@testable import Interphase

/// Walks every command against every option group it accepts, generated as the product of each
/// group's variants (ordinary and hostile), on the bundled Li–P–O–N data. Each run must either
/// print the library's answer to the same ``Conditions`` value (JSON compared after parsing, so
/// numbers are compared exactly) or fail with exit status 1 and the library's own refusal of that
/// value as its one `error:` line. Nothing else is accepted: no signal, no usage error, no answer
/// that differs from the library's.
@Suite("Conditions: every command against every option group it accepts")
struct ConditionsCombinationTests {
    /// One variant of an option group: its command-line words and its part of the question value.
    struct Variant: Sendable, CustomStringConvertible {
        let arguments: [String]
        /// The data the variant reads (the output group's), or `nil` for the default.
        var data: DataChoice? = nil
        /// Whether the tool prints its table (compared by outcome only) rather than JSON.
        var table = false
        let apply: @Sendable (inout Conditions) -> Void
        var description: String { arguments.isEmpty ? "(none)" : arguments.joined(separator: " ") }

        static let none = Variant(arguments: []) { _ in }
    }

    /// The datasets the walk reads: the bundled Li–P–O–N formation energies, and the same
    /// system's raw GGA total energies with the MP2020 corrections applied (other energies, other
    /// scale, other references).
    enum DataChoice: Hashable, Sendable {
        case bundled, correctedTotalEnergies

        var dataset: Dataset {
            switch self {
            case .bundled: try! BundledDataset.default.load()
            case .correctedTotalEnergies: try! CorrectionScheme.mp2020.apply(to: try! BundledDataset.liponMP2020Raw.load())
            }
        }

        /// How the tool names these data when an element has no entries in them.
        var inUse: String {
            let name = self == .bundled ? BundledDataset.liponMPLegacy.rawValue : BundledDataset.liponMP2020Raw.rawValue
            return "\(name) (Li, P, O, N only); the default mp-legacy covers 84 elements"
        }
    }

    /// `--format` and `--data`: JSON on the bundled Li–P–O–N set, the table on it, and JSON on
    /// corrected total energies. (The default data, all of the Materials Project, answer the
    /// Li–P–O–N questions with the same numbers: MPLegacyDatasetTests.)
    static let output: Group = [
        Variant(arguments: ["--format", "json", "--data", "lipon-mp-legacy"]) { _ in },
        Variant(arguments: ["--data", "lipon-mp-legacy"], table: true) { _ in },
        Variant(arguments: ["--format", "json", "--data", "lipon-mp2020-raw", "--corrections", "mp2020"], data: .correctedTotalEnergies) { _ in },
    ]

    /// An option group: the variants a command can be given.
    typealias Group = [Variant]

    static let li = Element(symbol: "Li")!, o = Element(symbol: "O")!, n = Element(symbol: "N")!
    static let p = Element(symbol: "P")!, fe = Element(symbol: "Fe")!

    /// `--fix` and `--gas`: none, one fixed element, a gas at a temperature, every closed element
    /// of Li2PO2N fixed (nothing left closed), an absent element, and one element fixed twice.
    static let fixedPotentials: Group = [
        .none,
        Variant(arguments: ["--fix", "O=-3"]) { $0.fixedChemicalPotentials = [FixedChemicalPotential(o, chemicalPotential: -3)] },
        Variant(arguments: ["--gas", "N2=1", "--temperature", "500"]) {
            $0.gases = [GasReservoir(.N2, pressure: 1)]
            $0.gasTemperature = 500
        },
        Variant(arguments: ["--fix", "P=-2", "--fix", "O=-3", "--fix", "N=-1"]) {
            $0.fixedChemicalPotentials = [
                FixedChemicalPotential(p, chemicalPotential: -2), FixedChemicalPotential(o, chemicalPotential: -3),
                FixedChemicalPotential(n, chemicalPotential: -1),
            ]
        },
        Variant(arguments: ["--fix", "Fe=-1"]) { $0.fixedChemicalPotentials = [FixedChemicalPotential(fe, chemicalPotential: -1)] },
        Variant(arguments: ["--gas", "N2=1", "--fix", "N=-1"]) {
            $0.gases = [GasReservoir(.N2, pressure: 1)]
            $0.fixedChemicalPotentials = [FixedChemicalPotential(n, chemicalPotential: -1)]
        },
    ]

    /// `--exclude` and `--metastable`.
    static let constraints: Group = [
        .none,
        Variant(arguments: ["--exclude", "LiPN2", "--metastable", "0.05"]) {
            $0.constraints = EntryConstraints(exclude: ["LiPN2"], metastableTolerance: 0.05)
        },
    ]

    /// `--samples` with `--sigma`.
    static let sampling: Group = [
        .none,
        Variant(arguments: ["--samples", "3", "--sigma", "0.01", "--seed", "7"]) {
            $0.uncertainty = UncertaintyModel(policy: .global(0.01), samples: 3, seed: 7)
        },
    ]

    /// `--open` of the commands that sweep it (default Li).
    static let sweptElement: Group = [
        Variant(arguments: []) { $0.openElement = li },
        Variant(arguments: ["--open", "O"]) { $0.openElement = o },
        Variant(arguments: ["--open", "Fe"]) { $0.openElement = fe },
    ]

    /// `--open` with `--voltage` or `--mu` of the commands at one potential.
    static let heldElement: Group = [
        .none,
        Variant(arguments: ["--open", "Li", "--voltage", "1"]) {
            $0.openElement = li
            $0.openPotential = .voltage(1)
        },
        Variant(arguments: ["--open", "O", "--mu", "-2"]) {
            $0.openElement = o
            $0.openPotential = .chemicalPotential(-2)
        },
        Variant(arguments: ["--open", "O", "--voltage", "1"]) {
            $0.openElement = o
            $0.openPotential = .voltage(1)
        },
        Variant(arguments: ["--open", "Li"]) { $0.openElement = li },
        Variant(arguments: ["--voltage", "2"]) { $0.openPotential = .voltage(2) },
    ]

    /// `sweep`'s bounds.
    static let sweepRange: Group = [
        .none,
        Variant(arguments: ["--from", "1", "--to", "2"]) { $0.sweepRange = .voltages(from: 1, to: 2) },
        Variant(arguments: ["--mu-from", "-2", "--mu-to", "-1"]) { $0.sweepRange = .chemicalPotentials(from: -2, to: -1) },
        Variant(arguments: ["--from", "3", "--to", "1"]) { $0.sweepRange = .voltages(from: 3, to: 1) },
    ]

    /// A command: its fixed words, the option groups it accepts, and the library's answer to the
    /// same question, as JSON.
    struct Command: Sendable {
        let name: String
        let arguments: [String]
        let groups: [Group]
        let baseConditions: Conditions
        let answer: @Sendable (PhaseDiagramAtlas, Dataset, Conditions) throws -> any Encodable
    }

    static let li2PO2N = try! Composition(parsing: "Li2PO2N")

    static let commands: [Command] = [
        Command(
            name: "window", arguments: ["window", "Li2PO2N"],
            groups: [sweptElement, fixedPotentials, constraints, sampling, output], baseConditions: Conditions()
        ) { atlas, _, conditions in
            let window = try atlas.stabilityWindow(of: li2PO2N, formula: "Li2PO2N", under: conditions)
            guard conditions.uncertainty != nil else { return [window] }
            let spread = try atlas.monteCarloStabilityWindow(of: li2PO2N, formula: "Li2PO2N", under: conditions)
            return [Merged(result: window, uncertainty: spread)]
        },
        Command(
            name: "sweep", arguments: ["sweep", "Li2PO2N"],
            groups: [Array(sweptElement.prefix(2)), sweepRange, fixedPotentials, constraints, output], baseConditions: Conditions()
        ) { atlas, _, conditions in
            try atlas.voltageProfile(of: li2PO2N, formula: "Li2PO2N", under: conditions)
        },
        Command(
            name: "decompose", arguments: ["decompose", "Li2PO2N"],
            groups: [heldElement, fixedPotentials, constraints, sampling, output], baseConditions: Conditions()
        ) { atlas, _, conditions in
            let result = try atlas.decompose(li2PO2N, formula: "Li2PO2N", under: conditions)
            guard conditions.uncertainty != nil else { return [result] }
            return [Merged(result: result, uncertainty: try atlas.monteCarloDecomposition(of: li2PO2N, formula: "Li2PO2N", under: conditions))]
        },
        Command(
            name: "react", arguments: ["react", "Li3N", "Li3PO4"],
            groups: [Array(heldElement.prefix(3)), fixedPotentials, constraints, output], baseConditions: Conditions()
        ) { atlas, _, conditions in
            try atlas.interfaceReaction(
                try Composition(parsing: "Li3N"), try Composition(parsing: "Li3PO4"), formulaA: "Li3N", formulaB: "Li3PO4",
                under: conditions)
        },
        Command(
            name: "layers", arguments: ["layers", "Li2PO2N"],
            groups: [fixedPotentials, constraints, output], baseConditions: Conditions(openElement: li)
        ) { atlas, _, conditions in
            try atlas.interphaseProfile(of: li2PO2N, formula: "Li2PO2N", under: conditions)
        },
        Command(
            name: "cell",
            arguments: ["cell", "--electrolyte", "Li3PO4", "--cathode", "Li2PO2N", "--cathode-voltage", "2"],
            groups: [fixedPotentials, constraints, output], baseConditions: Conditions()
        ) { atlas, _, conditions in
            try atlas.cell(anode: "Li", electrolyte: "Li3PO4", cathode: "Li2PO2N", cathodeVoltage: 2, under: conditions)
        },
        Command(
            name: "chempot", arguments: ["chempot", "Li-O"],
            groups: [fixedPotentials, constraints, output], baseConditions: Conditions()
        ) { atlas, _, conditions in
            try atlas.chemicalPotentialDiagram(of: [li, o], under: conditions)
        },
        Command(
            name: "hull", arguments: ["hull"],
            groups: [constraints, sampling, output], baseConditions: Conditions()
        ) { atlas, dataset, conditions in
            let constrained = try dataset.applying(conditions.constraints).dataset
            let results = try PatchedPhaseDiagram(entries: constrained.allEntries)
            let rows = constrained.entries.indices.map { results.stability(ofEntryAt: $0) }
            guard conditions.uncertainty != nil else { return rows }
            let spreads = try atlas.monteCarloStabilities(of: dataset, under: conditions)
            return zip(rows, spreads).map { Merged(result: $0, uncertainty: $1) }
        },
    ]

    /// One generated case: a command and one variant of each of its groups.
    struct Case: Sendable, CustomStringConvertible {
        let command: Command
        let variants: [Variant]
        var arguments: [String] { command.arguments + variants.flatMap(\.arguments) }
        var conditions: Conditions {
            var conditions = command.baseConditions
            for variant in variants { variant.apply(&conditions) }
            return conditions
        }
        var description: String { arguments.joined(separator: " ") }
        var data: DataChoice { variants.compactMap(\.data).last ?? .bundled }
        var printsTable: Bool { variants.contains(where: \.table) }
    }

    /// Every command × the product of its groups' variants.
    static let cases: [Case] = commands.flatMap { command in
        command.groups.reduce([[Variant]]([[]])) { partial, group in
            partial.flatMap { prefix in group.map { prefix + [$0] } }
        }.map { Case(command: command, variants: $0) }
    }

    static let datasets: [DataChoice: Dataset] = [.bundled: DataChoice.bundled.dataset, .correctedTotalEnergies: DataChoice.correctedTotalEnergies.dataset]
    static let atlases = datasets.mapValues { PhaseDiagramAtlas(dataset: $0) }

    @Test("the generated combinations cover every command and group", .tags(.combinations))
    func coverage() {
        #expect(Self.cases.count == Self.commands.map { $0.groups.map(\.count).reduce(1, *) }.reduce(0, +))
        #expect(Set(Self.cases.map(\.command.name)).count == Self.commands.count)
    }

    @Test("each combination equals the library's answer or its one refusal", .tags(.combinations), arguments: cases)
    func combination(_ testCase: Case) throws {
        let run = try CLI.run(testCase.arguments)
        let expected: Result<Data, any Error>
        do {
            let answer = try testCase.command.answer(Self.atlases[testCase.data]!, Self.datasets[testCase.data]!, testCase.conditions)
            expected = .success(try JSONEncoder().encode(answer))
        } catch {
            expected = .failure(error)
        }
        switch expected {
        case .success(let json):
            #expect(run.status == 0, "\(testCase): the library answers, the tool said \(run.firstErrorLine)")
            guard run.status == 0 else { return }
            // A table says the same as the JSON; the walk checks that it is printed.
            if testCase.printsTable {
                #expect(!run.standardOutput.isEmpty, "\(testCase): no table")
                return
            }
            let printed = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? NSObject
            let library = try JSONSerialization.jsonObject(with: json) as? NSObject
            #expect(printed != nil && printed == library, "\(testCase): the tool's JSON differs from the library's answer")
        case .failure(let error):
            #expect(run.status == 1, "\(testCase): the library refuses (\(error)); the tool exited \(run.status)")
            // The tool may name the option that set the refused part (`--voltage: …`, `(--mu, eV …)`).
            let line = (run.standardError.split(separator: "\n").first { !$0.hasPrefix("note: ") }.map(String.init) ?? "")
                .replacingOccurrences(of: #"\(--[a-z/-]+, "#, with: "(", options: .regularExpression)
            // …and words an exclusion by its option (CONTRIBUTING.md's bad-input table).
            let library = "\(error)".replacingOccurrences(of: "cannot exclude ", with: "--exclude ")
                .replacingOccurrences(of: "the exclusions remove ", with: "--exclude removes ")
                // …and names the data an element has no entries in.
                .replacingOccurrences(of: "has no entries in the data", with: "has no entries in \(testCase.data.inUse)")
            #expect(line.hasPrefix("error: ") && line.hasSuffix(library) && !line.contains("\n"),
                    "\(testCase): the tool's refusal is not the library's: \(line) vs \(error)")
        }
    }
}

/// A result with its Monte Carlo summary under `uncertainty`, as the tool writes it with
/// `--samples`.
private struct Merged<Result: Encodable, Uncertainty: Encodable>: Encodable {
    let result: Result
    let uncertainty: Uncertainty

    func encode(to encoder: any Encoder) throws {
        try result.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(uncertainty, forKey: Key(stringValue: "uncertainty"))
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

extension Tag {
    /// The generated walk over commands and option groups.
    @Tag static var combinations: Self
}
