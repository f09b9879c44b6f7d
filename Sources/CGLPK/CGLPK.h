// GLPK, the GNU Linear Programming Kit, as a SwiftPM system library (see Package.swift).
// Debian: apt-get install libglpk-dev. macOS: brew install glpk (see README.md, "macOS").
#include <glpk.h>
