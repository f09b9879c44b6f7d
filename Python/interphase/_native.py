"""The shared library built from Sources/InterphaseC, loaded with ctypes, and the one place
that turns its status codes and messages into Python exceptions."""

from __future__ import annotations

import array
import contextlib
import ctypes
import gc
import os
import pathlib
import sys

__all__ = ["InterphaseError", "ElementNotInDiagramError", "library", "call", "take_text", "composition_arguments"]


class InterphaseError(ValueError):
    """The library refused the input; the message is the library's own."""


class ElementNotInDiagramError(InterphaseError, KeyError):
    """A composition holds an element the diagram has no entries of (a ``ValueError``, and a
    ``KeyError`` as pymatgen raises for an element without reference)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


_ERRORS = {1: InterphaseError, 2: ElementNotInDiagramError}


def _library_path() -> pathlib.Path:
    override = os.environ.get("INTERPHASE_LIBRARY")
    if override:
        return pathlib.Path(override)
    name = "libInterphaseC.dylib" if sys.platform == "darwin" else "libInterphaseC.so"
    return pathlib.Path(__file__).with_name(name)


_c_text = ctypes.POINTER(ctypes.c_char)
_out_text = ctypes.POINTER(_c_text)
_pointer = ctypes.c_void_p
_double_p = ctypes.POINTER(ctypes.c_double)
_int32_p = ctypes.POINTER(ctypes.c_int32)

# name: (argument types, result type)
_SIGNATURES = {
    "interphase_diagram_new": ([ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32, _pointer, _pointer, _pointer, _pointer,
                                ctypes.POINTER(_pointer), _out_text], ctypes.c_int32),
    "interphase_diagram_free": ([_pointer], None),
    "interphase_string_free": ([_c_text], None),
    "interphase_diagram_entry_stabilities": ([_pointer, _pointer, _pointer], None),
    "interphase_diagram_reference": ([_pointer, ctypes.c_char_p, _int32_p, _out_text], ctypes.c_int32),
    "interphase_diagram_decomposition": ([_pointer, ctypes.c_char_p, _double_p, ctypes.c_int32, ctypes.c_int32, ctypes.c_double,
                                          _int32_p, _double_p, ctypes.c_int32, _int32_p, _double_p, _double_p, _out_text],
                                         ctypes.c_int32),
    "interphase_diagram_formation_energy": ([_pointer, ctypes.c_char_p, _double_p, ctypes.c_int32, ctypes.c_double, _double_p,
                                             _out_text], ctypes.c_int32),
    "interphase_diagram_phase_separation": ([_pointer, ctypes.c_char_p, _double_p, ctypes.c_int32, ctypes.c_double, _int32_p,
                                             _double_p, ctypes.c_int32, _int32_p, _double_p, _out_text], ctypes.c_int32),
    "interphase_diagram_equilibrium_reaction_energy": ([_pointer, ctypes.c_int32, _double_p, _out_text], ctypes.c_int32),
    "interphase_diagram_element_profile": ([_pointer, ctypes.c_char_p, ctypes.c_char_p, _double_p, ctypes.c_int32, _out_text,
                                            _out_text], ctypes.c_int32),
    "interphase_diagram_energies_above_hull": ([_pointer, ctypes.c_char_p, ctypes.c_int32, _pointer, _pointer, _pointer,
                                                _pointer, _pointer, _out_text], ctypes.c_int32),
    "interphase_dataset_new": ([ctypes.c_char_p, ctypes.POINTER(_pointer), _int32_p, _int32_p, _int32_p, _out_text],
                               ctypes.c_int32),
    "interphase_dataset_read": ([_pointer, _out_text, _pointer, _pointer, _pointer, _pointer, _pointer], None),
    "interphase_dataset_free": ([_pointer], None),
    "interphase_question": ([ctypes.c_char_p, ctypes.c_char_p, _out_text, _out_text], ctypes.c_int32),
}


def _load() -> ctypes.CDLL:
    path = _library_path()
    if not path.exists():
        raise ImportError(f"the Interphase library {path} is missing: install the package with `pip install ./Python`")
    loaded = ctypes.CDLL(str(path))
    for name, (arguments, result) in _SIGNATURES.items():
        function = getattr(loaded, name, None)
        if function is None:
            raise ImportError(f"{path} has no {name}: rebuild it with `pip install ./Python`")
        function.argtypes = arguments
        function.restype = result
    return loaded


library = _load()


def take_text(text) -> str:
    """The text of a C string the library returned, which is then freed."""
    try:
        return ctypes.string_at(text).decode("utf-8")
    finally:
        library.interphase_string_free(text)


def call(function, *arguments) -> None:
    """Calls a library function whose last argument is the error message; raises the library's
    message as ``InterphaseError`` (or ``ElementNotInDiagramError``) when it fails."""
    message = _c_text()
    status = function(*arguments, ctypes.byref(message))
    if status != 0:
        raise _ERRORS.get(status, InterphaseError)(take_text(message) if message else f"status {status}")


def symbol(element) -> str:
    """An element's symbol: a pymatgen ``Element`` (or ``Species``) or a string."""
    return str(getattr(element, "symbol", element))


def composition_items(composition) -> list[tuple[str, float]]:
    """(symbol, amount) pairs of a pymatgen ``Composition``, a mapping of symbol → amount, or
    (with pymatgen installed) a formula string."""
    if isinstance(composition, str):
        try:
            from pymatgen.core import Composition
        except ImportError:
            raise TypeError(f"{composition!r}: give a composition as a mapping of element symbol → amount") from None
        composition = Composition(composition)
    items = getattr(composition, "items", None)
    if items is None:
        raise TypeError(f"{composition!r} is not a composition: give a pymatgen Composition or a mapping of element symbol → amount")
    return [(symbol(element), float(amount)) for element, amount in items()]


def composition_arguments(composition):
    """A composition as the library's arguments: space-separated symbols, amounts, count."""
    pairs = composition_items(composition)
    amounts = (ctypes.c_double * max(len(pairs), 1))(*(amount for _, amount in pairs))
    return " ".join(element for element, _ in pairs).encode(), amounts, len(pairs)


@contextlib.contextmanager
def without_garbage_collection():
    """Python's cyclic garbage collector paused while many objects without cycles are made
    (the entries of a whole dataset: measured, its passes were ~4% of the whole-MP run)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def address(values: array.array) -> int:
    """The address of an array's buffer, for a pointer argument."""
    return values.buffer_info()[0]
