"""No module over 400 lines outside data tables (issue 13, "Done when"; style.md: one
class per module, well under ~400 lines)."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "cart_bedside"
LIMIT = 400
#: Data tables: the message catalogue (words, both languages) and the protocol tables
#: (each a cited table, logic/protocols.py), long because the guidelines are.
DATA_TABLES = ("logic/catalogue/", "logic/protocols.py")


def long_modules(package_dir: Path, limit: int = LIMIT) -> dict[str, int]:
    """Modules of the package over ``limit`` lines, data tables left out."""
    found = {}
    for path in sorted(package_dir.rglob("*.py")):
        name = path.relative_to(package_dir).as_posix()
        if name.startswith(DATA_TABLES):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found[name] = lines
    return found


def test_no_module_over_400_lines_outside_data_tables() -> None:
    assert long_modules(PACKAGE_DIR) == {}


def test_the_check_counts_lines_and_skips_data_tables(tmp_path: Path) -> None:
    (tmp_path / "logic" / "catalogue").mkdir(parents=True)
    (tmp_path / "logic" / "catalogue" / "words.py").write_text("x = 1\n" * 500)
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "big.py").write_text("x = 1\n" * 401)
    (tmp_path / "ui" / "fits.py").write_text("x = 1\n" * 400)
    assert long_modules(tmp_path) == {"ui/big.py": 401}
