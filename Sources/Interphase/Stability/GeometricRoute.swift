/// Which route a computation with two routes to one answer takes: the tie line's geometry
/// (fast, exact to rounding) with an exact fallback for degenerate geometry, the geometry
/// alone, or the exact fallback alone. Public entry points always take ``geometry``; tests pin
/// the other two to check that the geometry answers on its own and that both routes agree.
enum GeometricRoute: Sendable {
    /// The geometry, with the exact fallback (LPs, or point location) where it is degenerate.
    case geometry
    /// The geometry only: the computation returns `nil` where it would fall back.
    case geometryOnly
    /// The exact fallback only.
    case fallbackOnly
}
