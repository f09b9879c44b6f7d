extension PhaseAmount {
    /// Products as chemists write them: `Li3P + Li3N + 2 Li2O` (amounts of 1 omitted; integers
    /// when within `Tolerance.displayedInteger` of one; otherwise up to 3 decimals), or `–` when there are none. The
    /// figures label steps and limits this way.
    ///
    /// - Parameter amounts: Phases and their amounts, in the order to write them.
    /// - Returns: The sum, e.g. `0.333 N2 + Li3P`.
    package static func formatted(_ amounts: [PhaseAmount]) -> String { FigureStyle.products(amounts) }
}
