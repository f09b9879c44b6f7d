"""Builds the Swift library behind the C interface (`swift build -c release --product
InterphaseC` in the repository root, with the Swift runtime linked statically) and puts the
shared library into the package, so that importing `interphase` needs no Swift toolchain.

Environment:
- INTERPHASE_SOURCE_ROOT: the repository (default: the folder above this one);
- INTERPHASE_PREBUILT_LIBRARY: a libInterphaseC.so already built (skips `swift build`).
"""

import os
import pathlib
import shutil
import subprocess
import sys

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_ROOT = pathlib.Path(os.environ.get("INTERPHASE_SOURCE_ROOT", HERE.parent))
LIBRARY_NAME = "libInterphaseC.dylib" if sys.platform == "darwin" else "libInterphaseC.so"
# The Swift runtime and Foundation are linked into the shared library (SwiftPM's
# --static-swift-stdlib links only executables statically, so the driver gets -static-stdlib
# too), so that it depends only on the C and C++ libraries, GLPK and qhull (what README's set-up
# installs): measured, 84 MB in one file, against 14 MB plus 79 MB of Swift runtime libraries
# to ship beside it. Its own scratch folder, as these flags differ from every other build's.
SWIFT_BUILD = ["swift", "build", "-c", "release", "--product", "InterphaseC", "--scratch-path", ".build-python",
               "--static-swift-stdlib", "-Xswiftc", "-static-stdlib"]


def built_library() -> pathlib.Path:
    prebuilt = os.environ.get("INTERPHASE_PREBUILT_LIBRARY")
    if prebuilt:
        return pathlib.Path(prebuilt)
    subprocess.run(SWIFT_BUILD, cwd=SOURCE_ROOT, check=True)
    binaries = subprocess.run(SWIFT_BUILD + ["--show-bin-path"], cwd=SOURCE_ROOT, check=True, capture_output=True, text=True)
    return pathlib.Path(binaries.stdout.strip()) / LIBRARY_NAME


class BuildPyWithLibrary(build_py):
    """build_py, then the Swift library copied into the package."""

    def run(self):
        super().run()
        target = pathlib.Path(self.build_lib) / "interphase"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built_library(), target / LIBRARY_NAME)
        # Debug symbols are a quarter of the file; strip them where `strip` exists.
        if shutil.which("strip"):
            subprocess.run(["strip", "--strip-unneeded", str(target / LIBRARY_NAME)], check=False)


class BinaryDistribution(Distribution):
    """A platform wheel: the package carries a compiled library."""

    def has_ext_modules(self):
        return True


setup(cmdclass={"build_py": BuildPyWithLibrary}, distclass=BinaryDistribution)
