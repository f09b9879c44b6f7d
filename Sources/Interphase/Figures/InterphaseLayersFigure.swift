/// Interphases as horizontal stacks of bands, one row per interphase: the metal on the left,
/// then each layer of coexisting phases, then the electrolyte on the right. Each band lists its
/// phases and, when known, the metal's voltage (chemical potential) in that layer; bands are
/// tinted by that voltage. Rows can come from computed ``InterphaseProfile``s or be written by
/// hand (e.g. the layers an experiment observed, without voltages), so that equilibrium and
/// observation can be set side by side.
///
/// Band widths are all equal: the sequence says which phases coexist and in which order, not how
/// thick each layer is.
///
/// ```swift
/// let profile = try diagram.interphaseProfile(of: Composition(parsing: "Li2PO2N"), metal: li)
/// let svg = try InterphaseLayersFigure(profiles: [profile]).svg()
/// ```
public struct InterphaseLayersFigure: Sendable {
    /// One layer: its phases and the metal's voltage in it.
    package struct Layer: Sendable, Equatable {
        /// The coexisting phases, as shown.
        package var phases: [String]
        /// The metal's voltage in the layer (V vs the metal), or `nil` when not known (observed layers).
        package var voltage: Double?

        package init(phases: [String], voltage: Double? = nil) {
            self.phases = phases
            self.voltage = voltage
        }
    }

    /// One interphase: a name and its layers from the metal side to the electrolyte side.
    package struct Row: Sendable, Equatable {
        /// The row's name (shown above its bands).
        package var name: String
        /// The metal, as shown in the left block (`Li`).
        package var metal: String
        /// The electrolyte, as shown in the right block.
        package var electrolyte: String
        /// Layers, metal side first.
        package var layers: [Layer]

        package init(name: String, metal: String, electrolyte: String, layers: [Layer]) {
            self.name = name
            self.metal = metal
            self.electrolyte = electrolyte
            self.layers = layers
        }

        /// The row of a computed profile: phases by formula, voltages from the profile; the name
        /// is the electrolyte (with what was excluded, if anything) unless given.
        package init(profile: InterphaseProfile, name: String? = nil) {
            var defaultName = "\(profile.metal.symbol) | \(profile.electrolyte), equilibrium"
            if let excluded = profile.constraints?.excluded, !excluded.isEmpty {
                var formulas: [String] = []
                for entry in excluded where !formulas.contains(entry.formula) { formulas.append(entry.formula) }
                defaultName += " without " + formulas.joined(separator: ", ")
            }
            self.init(name: name ?? defaultName, metal: profile.metal.symbol, electrolyte: profile.electrolyte,
                      layers: profile.layers.map { Layer(phases: $0.phases.map(\.formula), voltage: $0.voltage) })
        }
    }

    /// The rows, top to bottom.
    package var rows: [Row]
    /// The working ion, for the voltage unit in the subtitle (`nil`: voltages in V).
    package var openElement: Element?
    /// Title.
    package var title = "Interphase layers from the metal to the electrolyte"
    /// Phases written in bold red wherever they appear (e.g. the phases a comparison is about).
    package var emphasizedPhases: Set<String> = []

    /// A figure of explicit rows.
    package init(rows: [Row], openElement: Element? = nil) {
        self.rows = rows
        self.openElement = openElement
    }

    /// A figure of computed profiles (one row each).
    public init(profiles: [InterphaseProfile]) {
        self.init(rows: profiles.map { Row(profile: $0) }, openElement: profiles.first?.metal)
    }

    /// The figure as an SVG document.
    ///
    /// - Throws: ``FigureError/noData(_:)`` when there are no rows.
    func document() throws(FigureError) -> SVGDocument {
        guard !rows.isEmpty else { throw .noData("no interphase layers") }
        let small = FigureStyle.smallFontSize
        let size = FigureStyle.fontSize
        let lineHeight = 14.0
        let margin = 20.0
        let padding = 8.0

        // Geometry: equal band widths, wide enough for every phase name and voltage.
        let layers = rows.flatMap(\.layers)
        let widest = layers.flatMap { layer in
            layer.phases.map { TextMetrics.width($0, size: small) * (emphasizedPhases.contains($0) ? 1.1 : 1) } + [layer.voltage.map { TextMetrics.width(Self.voltage($0), size: small) } ?? 0]
        }.max() ?? 0
        let bandWidth = max(72, widest + 2 * padding)
        let metalWidth = max(56, (rows.map { TextMetrics.width("\($0.metal) metal", size: small) }.max() ?? 0) + 2 * padding)
        let electrolyteWidth = max(64, (rows.map { TextMetrics.width($0.electrolyte, size: small) }.max() ?? 0) + 2 * padding)
        let maxLayers = rows.map(\.layers.count).max() ?? 0
        let linesPerBand = (layers.map { $0.phases.count + ($0.voltage == nil ? 0 : 1) }.max() ?? 1)
        let bandHeight = Double(max(2, linesPerBand)) * lineHeight + 2 * padding
        let nameWidth = rows.map { TextMetrics.width($0.name, size: size) }.max() ?? 0
        let contentWidth = max(metalWidth + Double(maxLayers) * bandWidth + electrolyteWidth, nameWidth)
        let subtitle = "bands from the metal (left) to the electrolyte (right); each lists its coexisting phases"
            + (layers.contains { $0.voltage != nil }
                ? " and the voltage of that layer (\(openElement.map(FigureStyle.voltageUnit) ?? "V")), tinted by it" : "")
        var footnote = "Band widths are all equal: the sequence of layers is shown, not their thicknesses."
        if !emphasizedPhases.isEmpty { footnote += " In bold red: \(emphasizedPhases.sorted().joined(separator: ", "))." }
        let width = max(margin * 2 + contentWidth, margin * 2 + TextMetrics.width(subtitle, size: small),
                        margin * 2 + TextMetrics.width(footnote, size: small),
                        margin * 2 + TextMetrics.width(title, size: FigureStyle.titleFontSize))
        let rowHeight = 22 + bandHeight + 16
        let top = 62.0
        // A colour key when the tint carries a value (the voltage of each layer).
        let tinted = layers.contains { $0.voltage != nil }
        let keyHeight = tinted ? 34.0 : 0
        let height = top + rowHeight * Double(rows.count) + keyHeight + 22

        let maxVoltage = max(layers.compactMap(\.voltage).max() ?? 0, 1e-9)
        /// The tint of a layer at `voltage`, the colour key's too.
        func tint(_ voltage: Double) -> String { FigureStyle.viridis(0.35 + 0.65 * voltage / maxVoltage) }
        var body: [SVGElement] = []
        for (index, row) in rows.enumerated() {
            let rowTop = top + rowHeight * Double(index)
            let bandTop = rowTop + 22
            var group: [SVGElement] = [.text(row.name, x: margin, y: rowTop + 14, size: size, weight: "bold", className: "row-name")]
            // Metal block.
            var left = margin
            group.append(.rect(left, bandTop, metalWidth, bandHeight, fill: "#b8bec6", stroke: FigureStyle.ink, className: "metal"))
            group.append(.text("\(row.metal) metal", x: left + metalWidth / 2, y: bandTop + bandHeight / 2 + 4, size: small,
                               anchor: "middle", weight: "bold", className: "metal-label"))
            left += metalWidth
            for layer in row.layers {
                let fill = layer.voltage.map(tint) ?? "#e6e6e6"
                group.append(.rect(left, bandTop, bandWidth, bandHeight, fill: fill, stroke: FigureStyle.ink,
                                   opacity: layer.voltage == nil ? nil : 0.45, className: "layer"))
                let lines = layer.phases.count + (layer.voltage == nil ? 0 : 1)
                var baseline = bandTop + (bandHeight - Double(lines) * lineHeight) / 2 + lineHeight - 3
                for phase in layer.phases {
                    let emphasized = emphasizedPhases.contains(phase)
                    group.append(.text(phase, x: left + bandWidth / 2, y: baseline, size: small, anchor: "middle",
                                       fill: emphasized ? FigureStyle.profile : "#000", weight: emphasized ? "bold" : nil,
                                       className: "layer-phase"))
                    baseline += lineHeight
                }
                if let voltage = layer.voltage {
                    group.append(.text(Self.voltage(voltage), x: left + bandWidth / 2, y: baseline, size: small,
                                       anchor: "middle", fill: "#1a5a9c", className: "layer-voltage"))
                }
                left += bandWidth
            }
            group.append(.rect(left, bandTop, electrolyteWidth, bandHeight, fill: "#f4e7c5", stroke: FigureStyle.ink,
                               className: "electrolyte"))
            group.append(.text(row.electrolyte, x: left + electrolyteWidth / 2, y: bandTop + bandHeight / 2 + 4, size: small,
                               anchor: "middle", weight: "bold", className: "electrolyte-label"))
            body.append(.group(group, className: "interphase"))
        }
        if tinted {
            // Colour key: the tint from 0 V to the highest layer voltage, as the bands show it.
            let keyTop = top + rowHeight * Double(rows.count)
            let label = "layer tint: its voltage (\(openElement.map(FigureStyle.voltageUnit) ?? "V"))"
            let labelWidth = TextMetrics.width(label, size: small)
            let barLeft = margin + labelWidth + 10, barWidth = 160.0
            var stops: [SVGElement] = []
            for step in 0...10 {
                let t = Double(step) / 10
                stops.append(SVGElement("stop", [("offset", NumberFormat.coordinate(t)), ("stop-color", tint(t * maxVoltage))]))
            }
            let gradient = SVGElement("linearGradient", [("id", "layer-tint"), ("x1", "0"), ("y1", "0"), ("x2", "1"), ("y2", "0")],
                                      children: stops)
            body.append(.group([
                SVGElement("defs", children: [gradient]),
                .text(label, x: margin, y: keyTop + 12, size: small, className: "key-label"),
                .rect(barLeft, keyTop + 2, barWidth, 12, fill: "url(#layer-tint)", stroke: FigureStyle.ink, opacity: 0.45,
                      className: "key-bar"),
                .text(Self.voltage(0), x: barLeft, y: keyTop + 26, size: small, anchor: "start", className: "key-tick"),
                .text(Self.voltage(maxVoltage), x: barLeft + barWidth, y: keyTop + 26, size: small, anchor: "end",
                      className: "key-tick"),
            ], className: "colour-key"))
        }
        body.append(.text(title, x: margin, y: 26, size: FigureStyle.titleFontSize, weight: "bold", className: "title"))
        body.append(.text(subtitle, x: margin, y: 44, size: small, fill: FigureStyle.secondaryText, className: "subtitle"))
        body.append(.text(footnote, x: margin, y: height - 10, size: small, fill: FigureStyle.secondaryText, className: "footnote"))

        var document = SVGDocument(width: width, height: height, title: title)
        document.append(contentsOf: body)
        return document
    }

    /// The figure as SVG text.
    ///
    /// - Throws: ``FigureError/noData(_:)`` when there are no rows.
    public func svg() throws(FigureError) -> String { try document().rendered() }

    /// A layer's voltage: `0.007 V`.
    static func voltage(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: 3) + " V"
    }
}
