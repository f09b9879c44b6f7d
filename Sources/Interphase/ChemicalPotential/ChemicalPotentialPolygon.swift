/// The domain of one stable phase in a ``ChemicalPotentialMap``: a convex polygon in the plane
/// of the map's two axes.
public struct ChemicalPotentialPolygon: Hashable, Sendable, Encodable {
    /// The phase's reduced formula.
    public let formula: String
    /// The phase's entry id, if it has one (`null` in JSON when absent).
    @NullWhenAbsent public var id: String?
    /// The polygon's vertices, each `[μ of the first axis, μ of the second]` (eV per atom,
    /// relative to the elemental references), counter-clockwise with the first axis to the right
    /// and the second up, starting from the lowest first-axis value. Two vertices when the domain
    /// is a segment in this plane (in a full slice every domain is; so is, in a projection, the
    /// domain of a phase without the projected elements), one when it is a point.
    public let vertices: [[Double]]

    /// The polygon's area, eV² (0 for a segment or a point).
    package var area: Double { polygon.area }

    /// The vertices as a ``ConvexPolygon``.
    var polygon: ConvexPolygon { ConvexPolygon(vertices: vertices.map { ($0[0], $0[1]) }) }
}
