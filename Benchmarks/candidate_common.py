"""What the screening generators of Benchmarks/ share: the compounds of Data/mp-legacy.csv with
their parsed compositions, formula writing, and the command line every generator has

    python3 Benchmarks/<generator>.py COUNT [--seed S] > candidates.jsonl

(one JSON object per line: id, formula, formation_energy_per_atom in eV/atom, on mp-legacy's
scale, for `interphase hull --input`). Standard library only, so that 10⁶ candidates take seconds.
"""
import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Scripts"))
from mp_legacy import load_rows  # noqa: E402,F401  (one reader of Data/mp-legacy.csv)

ELEMENT = re.compile(r"([A-Z][a-z]?)")
TOKEN = re.compile(r"([A-Z][a-z]?|\()([0-9.]*)|(\))([0-9.]*)")


def elements_of(formula):
    """The sorted element symbols of `formula`."""
    return sorted(set(ELEMENT.findall(formula)))


def amounts_of(formula):
    """{symbol: amount} of a formula such as "Na3(NiO2)5" (groups in parentheses multiplied)."""
    stack = [{}]
    for symbol, amount, close, multiplier in TOKEN.findall(formula):
        if symbol == "(":
            stack.append({})
        elif close:
            group = stack.pop()
            for element, count in group.items():
                stack[-1][element] = stack[-1].get(element, 0.0) + count * (float(multiplier) if multiplier else 1.0)
        else:
            stack[-1][symbol] = stack[-1].get(symbol, 0.0) + (float(amount) if amount else 1.0)
    return stack[0]


def atom_fractions(amounts):
    total = sum(amounts.values())
    return {symbol: amount / total for symbol, amount in amounts.items()}


class Compound:
    """One row of mp-legacy: formula, formation energy (eV/atom), elements (sorted tuple),
    atom fractions, and whether it is on the hull (Bartel's decomposition energy < 0)."""
    __slots__ = ("formula", "energy", "elements", "fractions", "stable")

    def __init__(self, row):
        self.formula = row["formula"]
        self.energy = float(row["formation_energy_per_atom"])
        self.elements = tuple(elements_of(self.formula))
        self.fractions = atom_fractions(amounts_of(self.formula))
        self.stable = float(row["decomposition_energy_Bartel2020"]) < 0


def compounds(rows=None, least_elements=2):
    """The compounds of mp-legacy (in file order) with at least `least_elements` elements."""
    return [c for c in map(Compound, rows if rows is not None else load_rows()) if len(c.elements) >= least_elements]


def fraction_formula(fractions):
    """A formula of atom fractions rounded to 3 decimals (elements that round to 0 left out),
    e.g. {"Li": 0.25, "O": 0.75} → "Li0.25O0.75"."""
    terms = []
    for symbol in sorted(fractions):
        text = f"{fractions[symbol]:.3f}".rstrip("0").rstrip(".")
        if text != "0":
            terms.append(symbol + text)
    return "".join(terms)


def integer_formula(symbols, generator, most=5):
    """A formula of `symbols` in their order, each with an amount from 1 to `most`."""
    return "".join(f"{e}{generator.randint(1, most)}" for e in symbols)


def run(candidates, description):
    """The command line of a generator: `candidates(rows, count, seed)` yields the objects."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    write = sys.stdout.write
    for candidate in candidates(load_rows(), args.count, args.seed):
        write(json.dumps(candidate) + "\n")
