"""README's "In process" block runs as written and prints what README shows under it."""

import contextlib
import io
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_readme_in_process_block():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n### In process, under pymatgen's names\n", 1)[1].split("\n## ", 1)[0]
    fenced = re.findall(r"^```(\w*)\n(.*?)^```$", section, flags=re.S | re.M)
    code = next(text for language, text in fenced if language == "python")
    shown = next(text for language, text in fenced if language == "")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(code, {})
    assert printed.getvalue().strip().splitlines() == shown.strip().splitlines()
