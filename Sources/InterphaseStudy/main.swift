import Foundation
import Interphase

// interphase-study OUTPUT_DIRECTORY
//
// Writes the LiPON study (README.md + figures/*.svg) into OUTPUT_DIRECTORY from the bundled
// Li–P–O–N data. Every number is computed by the library at generation time; the output is
// byte-identical on every run (no dates, no paths, no machine-dependent text).

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 1, !arguments[0].hasPrefix("-") else {
    FileHandle.standardError.write(Data("""
        usage: interphase-study OUTPUT_DIRECTORY
        Writes the LiPON study (README.md and figures/*.svg) into OUTPUT_DIRECTORY, e.g.
          swift run interphase-study Notebooks-export/lipon-study

        """.utf8))
    exit(arguments == ["-h"] || arguments == ["--help"] ? 0 : 2)
}
do {
    let study = try LiponStudy()
    let output = try study.render()
    try output.write(to: URL(fileURLWithPath: arguments[0], isDirectory: true))
    print("wrote \(arguments[0])/README.md and \(output.figures.count) figures")
} catch {
    FileHandle.standardError.write(Data("interphase-study: \(error)\n".utf8))
    exit(1)
}
