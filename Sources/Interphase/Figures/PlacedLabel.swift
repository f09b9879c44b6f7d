/// A label that was placed: its text element and the box it covers.
struct PlacedLabel: Sendable {
    var element: SVGElement
    var box: FigureRect
    /// Whether it was placed without overlapping anything.
    var isClear: Bool
}
