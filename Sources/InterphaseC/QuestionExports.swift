import Foundation
import Interphase

// The front door's questions for Python: each answer is the Codable result the CLI prints with
// `--format json`, encoded the same way, so that Python reads exactly the CLI's dict.

/// The entries of a bundled dataset (the CLI's `--data` names) as a JSON array of
/// `{"composition": {symbol: atoms}, "energy": eV per formula unit, "entry_id": id}`, written
/// to `json` (freed with `interphase_string_free`).
@_cdecl("interphase_dataset_entries")
public func interphase_dataset_entries(
    _ name: UnsafePointer<CChar>, _ json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let dataset = try BundledAtlases.dataset(named: String(cString: name))
        var text = "["
        for (position, entry) in dataset.allEntries.enumerated() {
            if position > 0 { text += "," }
            let amounts = entry.composition.elements.map { "\"\($0.symbol)\":\(entry.composition[$0])" }.joined(separator: ",")
            let id = try entry.id.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) } ?? "null"
            text += "{\"composition\":{\(amounts)},\"energy\":\(entry.energy),\"entry_id\":\(id)}"
        }
        json.pointee = strdup(text + "]")
    }
}

/// Asks the front door `question` (`stability_window`, `interface_reaction`, `cell`,
/// `chemical_potential_diagram`, `screen`) with the JSON `request` (``QuestionRequest``) and
/// writes the result's JSON, as `interphase … --format json` prints it, to `json`.
@_cdecl("interphase_question")
public func interphase_question(
    _ question: UnsafePointer<CChar>, _ request: UnsafePointer<CChar>, _ json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    withCStatus(error) {
        let request = try JSONDecoder().decode(QuestionRequest.self, from: Data(String(cString: request).utf8))
        let atlas = try request.atlas()
        let conditions = try request.conditions()
        let text: String
        switch String(cString: question) {
        case "stability_window":
            let formula = try request.required(request.formula, "a formula")
            text = try jsonText(try atlas.stabilityWindow(of: try Composition(parsing: formula), formula: formula, under: conditions))
        case "interface_reaction":
            let reactants = try request.required(request.reactants, "two reactants")
            guard reactants.count == 2 else { throw CFailure(invalidInput: "an interface reaction needs two reactants, got \(reactants.count)") }
            text = try jsonText(try atlas.interfaceReaction(
                try Composition(parsing: reactants[0]), try Composition(parsing: reactants[1]),
                formulaA: reactants[0], formulaB: reactants[1], under: conditions))
        case "chemical_potential_diagram":
            let elements = try request.required(request.elements, "elements").map(element)
            text = try jsonText(try atlas.chemicalPotentialDiagram(of: elements, under: conditions))
        case "cell":
            text = try jsonText(try atlas.cell(
                anode: try request.required(request.anode, "an anode"), electrolyte: try request.required(request.electrolyte, "an electrolyte"),
                cathode: try request.required(request.cathode, "a cathode"),
                cathodeVoltage: try request.required(request.cathodeVoltage, "a cathode voltage"), anodeVoltage: request.anodeVoltage,
                under: conditions))
        case "screen":
            text = try jsonText(CellScreenRow.ranked(try atlas.screen(
                candidates: try request.required(request.candidates, "candidates"), anode: try request.required(request.anode, "an anode"),
                cathode: try request.required(request.cathode, "a cathode"),
                cathodeVoltage: try request.required(request.cathodeVoltage, "a cathode voltage"), anodeVoltage: request.anodeVoltage,
                under: conditions)))
        case let other:
            throw CFailure(invalidInput: "no question named \(other)")
        }
        json.pointee = strdup(text)
    }
}
