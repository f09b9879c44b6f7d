import Foundation

/// The study being written: Markdown lines and the SVG figures beside it. Sections append to it.
struct StudyOutput {
    /// The Markdown document, line by line.
    private(set) var lines: [String] = []
    /// Figures by file name (`figures/<name>`), in the order they were added.
    private(set) var figures: [(name: String, svg: String)] = []

    mutating func heading(_ level: Int, _ text: String) {
        blankLine()
        lines.append(String(repeating: "#", count: level) + " " + text)
        lines.append("")
    }

    /// A paragraph (one line; the code host wraps it).
    mutating func paragraph(_ text: String) {
        blankLine()
        lines.append(text)
        lines.append("")
    }

    mutating func bullets(_ items: [String]) {
        blankLine()
        lines += items.map { "- " + $0 }
        lines.append("")
    }

    /// A fenced code block.
    mutating func code(_ text: String, language: String = "") {
        blankLine()
        lines.append("```" + language)
        lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.append("```")
        lines.append("")
    }

    enum Alignment { case left, right }

    /// A GitHub-flavoured table. Cells must not contain `|` (escaped if they do).
    mutating func table(_ header: [String], _ alignments: [Alignment], _ rows: [[String]]) {
        precondition(header.count == alignments.count && rows.allSatisfy { $0.count == header.count })
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        blankLine()
        lines.append(row(header))
        lines.append("|" + alignments.map { $0 == .left ? "---" : "---:" }.joined(separator: "|") + "|")
        lines += rows.map(row)
        lines.append("")
    }

    /// Adds `svg` as `figures/<name>` and shows it with a caption.
    mutating func figure(_ name: String, svg: String, alt: String, caption: String) {
        precondition(!figures.contains { $0.name == name }, "figure \(name) added twice")
        figures.append((name, svg))
        blankLine()
        lines.append("![\(alt)](figures/\(name))")
        lines.append("")
        lines.append("*" + caption + "*")
        lines.append("")
    }

    private mutating func blankLine() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    /// The Markdown text: single blank lines between blocks, one final newline.
    var markdown: String {
        var text: [String] = []
        for line in lines where !(line.isEmpty && (text.last?.isEmpty ?? true)) { text.append(line) }
        while text.last?.isEmpty == true { text.removeLast() }
        return text.joined(separator: "\n") + "\n"
    }

    /// Writes `README.md` and `figures/*.svg` into `directory`, removing SVG files in
    /// `figures/` that this study no longer produces (the generator owns that folder).
    func write(to directory: URL) throws {
        let manager = FileManager.default
        let figureDirectory = directory.appendingPathComponent("figures", isDirectory: true)
        try manager.createDirectory(at: figureDirectory, withIntermediateDirectories: true)
        let produced = Set(figures.map(\.name))
        for name in try manager.contentsOfDirectory(atPath: figureDirectory.path)
        where name.hasSuffix(".svg") && !produced.contains(name) {
            try manager.removeItem(at: figureDirectory.appendingPathComponent(name))
        }
        for figure in figures {
            try Data(figure.svg.utf8).write(to: figureDirectory.appendingPathComponent(figure.name))
        }
        try Data(markdown.utf8).write(to: directory.appendingPathComponent("README.md"))
    }
}
