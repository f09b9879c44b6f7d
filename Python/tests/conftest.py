import pathlib
import sys

# random_entries.py sits beside the tests (the benchmark imports it too).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
