// qhull, reentrant version (libqhull_r), as a SwiftPM system library (see Package.swift).
// Debian: apt-get install libqhull-dev. macOS: brew install qhull (see README.md, "macOS").
#include <libqhull_r/libqhull_r.h>
