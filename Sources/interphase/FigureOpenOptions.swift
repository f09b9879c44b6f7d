import ArgumentParser
import Foundation
import Interphase

/// `--open X` for figures (default Li), `--stabilize`.
struct FigureOpenOptions: ParsableArguments {
    @Option(help: "The element open to a reservoir.")
    var open: String = QuestionKind.defaultOpenElement.symbol

    @Flag(help: "Put each composition onto the hull first (Zhu, He & Mo 2015's convention).")
    var stabilize = false

    func element() throws -> Element { try parseElement(open, option: "--open") }
}
