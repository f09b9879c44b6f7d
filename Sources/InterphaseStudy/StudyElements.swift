import Interphase

/// The elements the studies name, shared by every study (`Self.lithium` where `self` is not yet
/// initialised).
protocol StudyElements {}

extension StudyElements {
    static var lithium: Element { Element(symbol: "Li")! }
    static var phosphorus: Element { Element(symbol: "P")! }
    static var oxygen: Element { Element(symbol: "O")! }
    static var nitrogen: Element { Element(symbol: "N")! }
    static var sulfur: Element { Element(symbol: "S")! }

    var lithium: Element { Self.lithium }
    var phosphorus: Element { Self.phosphorus }
    var oxygen: Element { Self.oxygen }
    var nitrogen: Element { Self.nitrogen }
    var sulfur: Element { Self.sulfur }
}
