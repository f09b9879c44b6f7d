import Foundation
import Interphase

// interphase-study OUTPUT_ROOT [STUDY...]
//
// Writes each study (README.md + figures/*.svg) into OUTPUT_ROOT/<study>: `lipon-study` (the
// LiPON study, from the bundled Li–P–O–N data) and `zhu2015-table1` (Zhu et al. 2015, Table 1,
// reproduced from mp-legacy) and `cell-study` (Li | LiPON | LiNi0.5Mn1.5O4 from mp-legacy); all of them when no study is named. Every number is computed by the
// library at generation time; the output is byte-identical on every run (no dates, no paths, no
// machine-dependent text).

let studies: [(name: String, render: () throws -> StudyOutput)] = [
    ("lipon-study", { try LiponStudy().render() }),
    ("zhu2015-table1", { try Zhu2015Study().render() }),
    ("cell-study", { try CellStudy().render() }),
]

let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    usage: interphase-study OUTPUT_ROOT [STUDY...]
    Writes each study (README.md and figures/*.svg) into OUTPUT_ROOT/STUDY; every study when none
    is named. Studies: \(studies.map(\.name).joined(separator: ", ")). E.g.
      swift run interphase-study Notebooks-export
      swift run interphase-study Notebooks-export zhu2015-table1

    """
if arguments == ["-h"] || arguments == ["--help"] {
    print(usage, terminator: "")
    exit(0)
}
guard let root = arguments.first, !root.hasPrefix("-"),
      arguments.dropFirst().allSatisfy({ name in studies.contains { $0.name == name } }) else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
let selected = arguments.count > 1 ? studies.filter { arguments.dropFirst().contains($0.name) } : studies
do {
    for study in selected {
        let output = try study.render()
        let directory = URL(fileURLWithPath: root, isDirectory: true).appendingPathComponent(study.name, isDirectory: true)
        try output.write(to: directory)
        print("wrote \(root)/\(study.name)/README.md and \(output.figures.count) figure\(output.figures.count == 1 ? "" : "s")")
    }
} catch {
    FileHandle.standardError.write(Data("interphase-study: \(error)\n".utf8))
    exit(1)
}
