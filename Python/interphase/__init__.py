"""Interphase in process: pymatgen's phase-diagram API over Interphase's exact, compiled hulls,
and the front door's questions as the CLI's JSON.

    from interphase import PatchedPhaseDiagram   # instead of pymatgen.analysis.phase_diagram
    diagram = PatchedPhaseDiagram(entries)
"""

from ._diagram import PatchedPhaseDiagram, PhaseDiagram
from ._native import ElementNotInDiagramError, InterphaseError
from ._questions import (BundledEntry, cell, chemical_potential_diagram, interface_reaction, load, screen,
                         stability_window)

__all__ = ["PhaseDiagram", "PatchedPhaseDiagram", "InterphaseError", "ElementNotInDiagramError", "BundledEntry", "load",
           "stability_window", "interface_reaction", "cell", "chemical_potential_diagram", "screen"]
