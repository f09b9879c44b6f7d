"""Interphase in process: pymatgen's phase-diagram API over Interphase's exact, compiled hulls.

    from interphase import PatchedPhaseDiagram   # instead of pymatgen.analysis.phase_diagram
    diagram = PatchedPhaseDiagram(entries)
"""

from ._diagram import PatchedPhaseDiagram, PhaseDiagram
from ._native import ElementNotInDiagramError, InterphaseError

__all__ = ["PhaseDiagram", "PatchedPhaseDiagram", "InterphaseError", "ElementNotInDiagramError"]
