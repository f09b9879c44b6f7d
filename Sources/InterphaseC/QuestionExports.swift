import Foundation
import Interphase

// The front door's questions for Python: each answer is the Codable result the CLI prints with
// `--format json`, encoded the same way, so that Python reads exactly the CLI's dict.

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
        let question = String(cString: question)
        let conditions = try request.conditions()
        let atlas = try request.atlas(for: question, under: conditions)
        let text: String
        switch question {
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
