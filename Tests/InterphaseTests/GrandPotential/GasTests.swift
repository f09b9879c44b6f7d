import Foundation
import Testing
@testable import Interphase

/// Gas chemical potentials from the bundled NIST-JANAF tables (issue 17's check values).
@Suite("Gases at temperature and pressure")
struct GasTests {
    @Test("the check values: O2 and N2 at 298.15 K and 1 bar, O2 at 600 K and 1e-6 bar")
    func checkValues() throws {
        #expect(abs(try Gas.O2.chemicalPotential(temperature: 298.15, pressure: 1) - (-0.3170)) < 5e-5)
        // −298.15 K × 191.609 J/(mol K) / (2 × 96,485.332) = −0.296046 eV per N.
        #expect(abs(try Gas.N2.chemicalPotential(temperature: 298.15, pressure: 1) - (-0.296046)) < 1e-6)
        #expect(abs(try Gas.O2.chemicalPotential(temperature: 600, pressure: 1e-6) - (-1.0134)) < 5e-5)
        #expect(Gas.O2.table.first { $0.temperature == 298.15 }?.entropy == 205.147)
    }

    @Test("every table parses over 100–6000 K; interpolation is exact at the rows and between them linear")
    func tables() throws {
        for gas in Gas.allCases {
            #expect(gas.temperatureRange == 100...6000, "\(gas)")
            #expect(gas.table.count == 64, "\(gas): \(gas.table.count) rows")
            #expect(gas.element.symbol + "2" == gas.rawValue)
            let middle = gas.interpolated(at: 650), a = gas.interpolated(at: 600), b = gas.interpolated(at: 700)
            #expect(abs(middle.entropy - (a.entropy + b.entropy) / 2) < 1e-12)
            // μ falls with temperature and rises with pressure.
            #expect(try gas.chemicalPotential(temperature: 800, pressure: 1) < gas.chemicalPotential(temperature: 400, pressure: 1))
            #expect(try gas.chemicalPotential(temperature: 400, pressure: 10) > gas.chemicalPotential(temperature: 400, pressure: 1))
        }
    }

    @Test("unknown gases, temperatures outside the table and bad pressures are one-line errors")
    func errors() throws {
        #expect(throws: GasError.unknownGas("Xe")) { try Gas(named: "Xe") }
        #expect(throws: GasError.temperatureOutsideTable(.O2, temperature: 7000, range: 100...6000)) {
            try Gas.O2.chemicalPotential(temperature: 7000, pressure: 1)
        }
        #expect(throws: GasError.temperatureOutsideTable(.N2, temperature: 50, range: 100...6000)) {
            try Gas.N2.chemicalPotential(temperature: 50, pressure: 1)
        }
        #expect(throws: GasError.invalidPressure(.O2, pressure: 0)) { try Gas.O2.chemicalPotential(temperature: 300, pressure: 0) }
        for error in [GasError.unknownGas("Xe"), .temperatureOutsideTable(.O2, temperature: 7000, range: 100...6000)] {
            #expect(!error.description.contains("\n"))
        }
    }
}
