// Screens the electrochemical stability windows of every Li-containing stable phase of a dataset
// (one question to the front door, `PhaseDiagramAtlas`, under one `Conditions` value) and prints
// those stable against Li metal (reduction limit 0 V) with an oxidation limit above a threshold
// (default 2 V).
//
//   swift run WindowScreening [DATA] [--above VOLTS]
//
// DATA is a .csv or .json file, or a bundled dataset's name (default: the bundled Li–P–O–N set).
import Foundation
import Interphase

var arguments = Array(CommandLine.arguments.dropFirst())
var threshold = 2.0
if let flag = arguments.firstIndex(of: "--above") {
    guard flag + 1 < arguments.count, let value = Double(arguments[flag + 1]) else {
        FileHandle.standardError.write(Data("--above needs a voltage\n".utf8)); exit(2)
    }
    threshold = value
    arguments.removeSubrange(flag...(flag + 1))
}

do {
    let source = arguments.first
    let dataset = try source.map { try BundledDataset(rawValue: $0)?.load() ?? Dataset.load(path: $0) }
        ?? BundledDataset.default.load()
    // The front door answers every question; the conditions say under which it is asked.
    let atlas = PhaseDiagramAtlas(dataset: dataset)
    let conditions = Conditions(openElement: Element(symbol: "Li")!)   // Li swept, V vs Li/Li+
    let windows = try atlas.stabilityWindowsOfStablePhases(under: conditions)
    let screened = windows.filter { window in
        window.reductionLimitVoltage == 0 && (window.oxidationLimitVoltage ?? .infinity) > threshold
    }
    print("\(dataset.name): \(screened.count) of \(windows.count) stable Li phases are stable from 0 V (Li metal) to above \(threshold) V")
    for window in screened.sorted(by: { ($0.oxidationLimitVoltage ?? .infinity) > ($1.oxidationLimitVoltage ?? .infinity) }) {
        let limit = window.oxidationLimitVoltage.map { String(format: "%.3f V", $0) } ?? "never oxidised"
        let products = window.oxidationProducts.map(\.formula).joined(separator: " + ")
        print(window.formula.padding(toLength: 12, withPad: " ", startingAt: 0), limit, products.isEmpty ? "" : "-> \(products)")
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
