/// Applies the Materials Project 2020 anion corrections (Wang et al., Sci. Rep. 11, 15496
/// (2021)) to raw GGA entries, from the entry's `oxide_type` attribute and its formula.
///
/// Rules (Interphase's reading of MP2020, documented in `Data/README-corrections.md`):
/// - **Only raw entries**: an entry with a nonzero ``Entry/correction``, or one already marked
///   by a scheme, is refused (``CorrectionError/alreadyCorrected(entry:correction:)``). Entries
///   whose `run_type` attribute is other than `GGA` (GGA+U, r2SCAN) are refused too.
/// - **Pure elements** are never corrected (O2 and N2 are the references).
/// - **Oxygen**: `OxideType.of(_:)` (the `oxide_type` attribute, else the formula);
///   correction = the oxide type's value × the number of O atoms; none for `OxideType.none`.
/// - **Other anions** (N, S, F, Cl, Br, I, Se, Si, Sb, Te, H): corrected when the element is the
///   most electronegative of the compound (as MP2020 does when it cannot assign oxidation
///   states), or else when charge balance makes it an anion in every charge-balanced
///   assignment (O at its oxide type's state). Li2PO2N (Li⁺, P⁵⁺, O²⁻, N³⁻) gets the N
///   correction; LiNO3 (N⁵⁺) and N2 do not. Ambiguous charge balance is refused. S is
///   corrected as a sulfide unless a `sulfide_type` attribute says otherwise (`sulfate`, …).
/// - The correction of an entry is Σ (value × anion atoms) in eV per formula unit as written;
///   its uncertainty is sqrt(Σ (σᵢ nᵢ)²), pymatgen's MP2020 convention.
package struct MP2020Correction: Sendable {
    /// The correction values.
    package var table: MP2020CorrectionTable

    /// The scheme's name, recorded in ``Entry/correctionSchemeAttribute``.
    package static let schemeName = "MP2020"

    /// A corrector with the compiled-in values (or another table, for tests).
    package init(table: MP2020CorrectionTable = .standard) {
        self.table = table
    }

    /// The corrections that apply to a raw entry, oxygen first, then the other anions in order of
    /// atomic number; empty for pure elements and for compounds without a corrected anion.
    ///
    /// - Throws: ``CorrectionError`` for an entry that is already corrected, not a GGA
    ///   calculation, or whose oxide type or anion role is ambiguous.
    package func terms(for entry: Entry) throws(CorrectionError) -> [CorrectionTerm] {
        if entry.correction != 0 || entry.attributes[Entry.correctionSchemeAttribute] != nil
            || entry.attributes[Entry.correctionsAttribute] != nil
        {
            throw .alreadyCorrected(entry: entry.label, correction: entry.correction)
        }
        if entry.isElement { return [] }
        if let runType = entry.attributes["run_type"], runType.uppercased() != "GGA" {
            throw .unsupportedCalculation(entry: entry.label, runType: runType)
        }
        if entry.attributes["is_hubbard"]?.lowercased() == "true" {
            throw .unsupportedCalculation(entry: entry.label, runType: "GGA+U")
        }
        let composition = entry.composition
        var terms: [CorrectionTerm] = []
        let oxideType = try OxideType.of(entry)
        let oxygen = Element(symbol: "O")!
        if composition[oxygen] > 0, let value = table.value(for: oxideType) {
            terms.append(CorrectionTerm(
                species: oxideType.rawValue, correctionPerAtom: value.correctionPerAtom,
                uncertaintyPerAtom: value.uncertaintyPerAtom, atoms: composition[oxygen]))
        }
        let mostElectronegative = composition.elements.max {
            ($0.electronegativity, $0.atomicNumber) < ($1.electronegativity, $1.atomicNumber)
        }
        for anion in table.anions where anion != oxygen && composition.contains(anion) {
            guard let value = table.value(for: anion) else { continue }
            let corrected: Bool
            if anion.symbol == "S", let sulfideType = entry.attributes["sulfide_type"] {
                corrected = ["sulfide", "polysulfide"].contains(sulfideType.lowercased())
            } else if anion == mostElectronegative {
                corrected = true
            } else {
                switch ChargeBalance.role(of: anion, in: composition, oxygenState: oxideType.oxygenOxidationState) {
                case .anion: corrected = true
                case .cation, .unbalanced: corrected = false
                case .ambiguous: throw .ambiguousAnion(entry: entry.label, anion: anion.symbol)
                }
            }
            if corrected {
                terms.append(CorrectionTerm(
                    species: anion.symbol, correctionPerAtom: value.correctionPerAtom,
                    uncertaintyPerAtom: value.uncertaintyPerAtom, atoms: composition[anion]))
            }
        }
        return terms
    }

    /// The entry with its corrections applied: ``Entry/energy`` lowered (or raised) by the total
    /// correction, ``Entry/correction`` set to it, and the attributes `corrections`
    /// (`oxide:-0.687*4; N:-0.361*1`, or `none`), `correction_scheme` (`MP2020`) and
    /// `correction_uncertainty` (eV per formula unit as written) recorded.
    ///
    /// - Throws: as ``terms(for:)``.
    package func corrected(_ entry: Entry) throws(CorrectionError) -> Entry {
        let terms = try terms(for: entry)
        var result = entry
        let total = terms.reduce(0) { $0 + $1.energy }
        result.energy = entry.energy + total
        result.correction = total
        result.attributes[Entry.correctionSchemeAttribute] = MP2020Correction.schemeName
        result.attributes[Entry.correctionsAttribute] =
            terms.isEmpty ? "none" : terms.map(\.record).joined(separator: "; ")
        result.attributes[Entry.correctionUncertaintyAttribute] = "\(MP2020Correction.uncertainty(of: terms))"
        return result
    }

    /// The uncertainty of a set of corrections, eV per formula unit: sqrt(Σ (σᵢ nᵢ)²).
    package static func uncertainty(of terms: [CorrectionTerm]) -> Double {
        terms.reduce(0) { $0 + $1.uncertainty * $1.uncertainty }.squareRoot()
    }

    /// The dataset with every entry corrected, with a note saying how many were.
    ///
    /// - Throws: ``CorrectionError/formationEnergies(dataset:)`` for formation-energy datasets
    ///   (their energies are normally corrected already), or the first entry's error.
    package func corrected(_ dataset: Dataset) throws(CorrectionError) -> Dataset {
        guard dataset.energyKind == .total else { throw .formationEnergies(dataset: dataset.name) }
        var entries: [Entry] = []
        entries.reserveCapacity(dataset.entries.count)
        for entry in dataset.entries { entries.append(try corrected(entry)) }
        let count = entries.filter { $0.correction != 0 }.count
        let notes = dataset.notes + ["MP2020 anion corrections applied (Wang et al. 2021): \(count) of \(entries.count) entries corrected"]
        return Dataset(name: dataset.name, entries: entries, energyKind: dataset.energyKind, notes: notes)
    }
}
