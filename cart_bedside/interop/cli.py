"""``cart-bedside import-labs`` and ``cart-bedside export fhir|registry`` (issue 17).

::

    cart-bedside import-labs FILE… --db PATH [--user NAME] [--lang zh_CN|en]
    cart-bedside export fhir --db PATH [--episode ID | --all] --out FILE.json
    cart-bedside export registry --db PATH [--episode ID | --all] --out FILE.csv

- ``import-labs``: one line per file (stored, unmatched, already imported,
  new alerts); a file that cannot be read is refused with one line naming
  the segment and field on stderr. Exit 0 when every file was read, 2 when
  one was refused or missing, 1 when the database is damaged.
- ``export``: every admission by default (``--all``), or one (``--episode``).
  The file is written 0600 and the export audited (who: ``--user``, default
  ``system``; what; sha256 of the file). Exit 0, 2 bad input, 1 write failed.

Only the standard library is imported at module level.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def run(args: argparse.Namespace) -> int:
    """Run ``import-labs`` or ``export``; returns the exit status."""
    from ..logic.messages import msg
    from ..storage import Repository, default_db_path, open_database
    from ..storage.errors import StorageError

    lang = getattr(args, "interop_lang", None) or "en"
    path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    if not path.is_file():
        return _say(msg("storage.error.no_such_file", path=str(path)), lang, 2)
    try:
        db = open_database(path)
    except StorageError as exc:
        return _say(exc.message, lang, 1)
    try:
        from ..service import WardService

        ward = WardService(Repository(db))
        if args.command == "import-labs":
            return _import(ward, args, lang)
        return _export(ward, args, lang)
    finally:
        db.conn.close()


def _import(ward: Any, args: argparse.Namespace, lang: str) -> int:
    from ..logic.messages import msg, render
    from ..service.lab_import import LabImportService
    from .lab_files import import_file

    service = LabImportService(ward)
    status = 0
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            _say(msg("storage.error.no_such_file", path=str(path)), lang, 2)
            status = 2
            continue
        result = import_file(service, path, actor=args.user)
        if result.where is not None:
            _say(
                msg(
                    "interop.import.refused",
                    file=path.name,
                    where=result.where,
                    problem=result.problem,
                ),
                lang,
                2,
            )
            status = 2
            continue
        for o in result.outcomes:
            code = "interop.import.duplicate" if o.duplicate else "interop.import.stored"
            print(
                render(
                    msg(
                        code,
                        file=path.name,
                        stored=o.stored,
                        unmatched=o.unmatched,
                        control_id=o.control_id,
                    ),
                    lang,
                )
            )
            for episode_id, alert in o.raised:
                bed = ward.repo.patients.episode(episode_id).bed
                print(
                    render(
                        msg("interop.import.alert", file=path.name, bed=bed, alert=alert.code), lang
                    )
                )
    return status


def _export(ward: Any, args: argparse.Namespace, lang: str) -> int:
    from ..logic.messages import msg, render
    from ..service.exports import ExportService
    from ..storage.errors import RecordNotFoundError

    service = ExportService(ward)
    if args.episode:
        try:
            ward.repo.patients.episode(args.episode)
        except RecordNotFoundError:
            return _say(msg("interop.error.unknown_episode", id=args.episode), lang, 2)
        ids = [args.episode]
    else:
        ids = service.episode_ids(all_episodes=True)
    try:
        if args.format == "fhir":
            from .fhir_export import export_fhir

            out, digest, count = export_fhir(service, args.out, ids, actor=args.user)
            line = msg(
                "interop.export.fhir_done",
                path=str(out),
                resources=count,
                episodes=len(ids),
                sha256=digest,
            )
        else:
            from .registry_csv import export_registry

            out, digest, count = export_registry(service, args.out, ids, actor=args.user)
            line = msg("interop.export.registry_done", path=str(out), rows=count, sha256=digest)
    except OSError as exc:
        return _say(msg("interop.error.write", path=str(args.out), detail=str(exc)), lang, 1)
    print(render(line, lang))
    return 0


def _say(message: Any, lang: str, status: int) -> int:
    from ..logic.messages import render

    print(f"error: {render(message, lang)}", file=sys.stderr)
    return status
