"""Build the Qt translations: ``.py`` → ``.ts`` (lupdate) → ``.qm`` (lrelease).

    .venv/bin/python i18n/build.py            # update the .ts files, then build the .qm
    .venv/bin/python i18n/build.py --release  # only build the .qm from the .ts as they are

lupdate scans every ``self.tr()`` in ``cart_bedside/ui`` and merges new and
changed strings into ``i18n/cart_bedside_<lang>.ts``, keeping the existing
translations; strings no longer in the code are dropped (``-no-obsolete``).
New Chinese strings come out "unfinished": translate them in Qt Linguist
(``pyside6-linguist i18n/cart_bedside_zh_CN.ts``) or by editing the XML, then
run this again. The English file is the source language: unfinished English
entries are filled with the source text. The ``.qm`` files are written to
``cart_bedside/i18n/`` (package data, shipped in the wheel and the installer)
and committed, so a fresh install shows Chinese without running this. The
``.ts`` files stay here: they are sources, not shipped.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"  # the .ts sources (and pending/); not shipped
QM = ROOT / "cart_bedside" / "i18n"  # the built .qm: package data, shipped in the wheel
#: lupdate scans the screens and the widget gallery (tools/, not shipped)
SOURCES = (ROOT / "cart_bedside" / "ui", ROOT / "tools")
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """The pyside6 tool next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install pyside6-essentials")
    return found


def ts_path(lang: str) -> Path:
    return I18N / f"cart_bedside_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in SOURCES for p in d.rglob("*.py"))


def update(lang: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts_path(lang).relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


_MESSAGE = re.compile(r"<message\b[^>]*>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation\b[^>]*?(?:/>|>(.*?)</translation>)", re.S)


def fill_identity(path: Path) -> int:
    """Give every unfinished entry of the source-language file its source text.

    Edits the text in place, keeping lupdate's layout (a rewrite through
    ElementTree would re-indent every line and make every parallel edit conflict).
    """
    filled = 0

    def fill(match: re.Match) -> str:
        nonlocal filled
        block = match.group(0)
        source = _SOURCE.search(block)
        translation = _TRANSLATION.search(block)
        if source is None or translation is None:
            return block
        if 'type="unfinished"' not in translation.group(0) and translation.group(1):
            return block
        filled += 1
        return (
            block[: translation.start()]
            + f"<translation>{source.group(1)}</translation>"
            + block[translation.end() :]
        )

    text = path.read_text(encoding="utf-8")
    new = _MESSAGE.sub(fill, text)
    if filled:
        path.write_text(new, encoding="utf-8")
    return filled


def merge_pending(path: Path) -> int:
    """Fill unfinished entries from ``i18n/pending/*.json`` ({context: {source: translation}}).

    Screens written in parallel hand their translations over this way instead of
    editing the .ts at the same time; once merged, the .ts holds them and the
    JSON files can go.
    """
    import json

    pending: dict[tuple[str, str], str] = {}
    for extra in sorted((I18N / "pending").glob("*.json")):
        for context, strings in json.loads(extra.read_text(encoding="utf-8")).items():
            for source, translation in strings.items():
                pending[(context, source)] = translation
    if not pending:
        return 0
    tree = ET.parse(path)
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            found = pending.get((name, source)) or next(
                (t for (c, s), t in pending.items() if s == source), None
            )
            if found:
                translation.text = found
                translation.attrib.pop("type", None)
                filled += 1
    if filled:
        _write(tree, path)
    return filled


def unfinished(path: Path) -> int:
    tree = ET.parse(path)
    return sum(1 for t in tree.iter("translation") if t.get("type") == "unfinished")


def release(lang: str) -> None:
    ts = ts_path(lang)
    QM.mkdir(exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lrelease"),
            str(ts.relative_to(ROOT)),
            "-qm",
            str((QM / ts.name).with_suffix(".qm").relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="update the .ts files and build the .qm files")
    parser.add_argument("--release", action="store_true", help="only run lrelease")
    args = parser.parse_args(argv)
    for lang in LANGUAGES:
        if not args.release:
            update(lang)
            if lang == "en":
                fill_identity(ts_path(lang))
            else:
                merge_pending(ts_path(lang))
        release(lang)
        missing = unfinished(ts_path(lang))
        if missing:
            print(f"{ts_path(lang).name}: {missing} unfinished translation(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
