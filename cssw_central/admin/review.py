"""Admin commands for review and caseloads: `file-pending` and `import-families`.

    cssw-central admin file-pending [--drop-folder DIR] [--signing-cert C --signing-key K]
    cssw-central admin import-families FILE.json

`file-pending` files every approved record whose filing failed (run it from a timer, or
after fixing the drop folder); it exits non-zero while any record is still unfiled.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from cssw_central.admin.problem import AdminProblem
from cssw_central.infra.document_signing import DEFAULT_SIGNING, SigningFiles
from cssw_central.services.family_import import ImportRefused, import_families
from cssw_central.services.filing import DropFolderFiler
from cssw_central.services.review import file_pending

DEFAULT_DROP_FOLDER = Path("cssw-central-data") / "drop"  # the same as `serve`'s default


def add_review_admin_actions(action: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register the two commands with `admin.command`'s `action(name, help)` factory."""
    pending = action("file-pending", "file approved records whose filing failed")
    pending.add_argument("--drop-folder", type=Path, default=DEFAULT_DROP_FOLDER)
    pending.add_argument("--signing-cert", type=Path, default=DEFAULT_SIGNING.cert)
    pending.add_argument("--signing-key", type=Path, default=DEFAULT_SIGNING.key)
    families = action("import-families", "preload caseloads from a case-system JSON file")
    families.add_argument("file", type=Path)


def run_review_admin(args: argparse.Namespace, sessions: Any, out: TextIO) -> bool:
    """Run the command if it is one of these two (True), else leave it to the caller (False)."""
    if args.action == "file-pending":
        with sessions() as session:
            signing = SigningFiles(args.signing_cert, args.signing_key)
            summary = file_pending(session, DropFolderFiler(args.drop_folder), signing)
        print(f"Filed: {summary.filed}. Still waiting: {summary.failed}.", file=out)
        if summary.failed:
            raise AdminProblem(
                f"{summary.failed} approved record(s) could not be filed; the audit says why."
            )
        return True
    if args.action == "import-families":
        with sessions() as session:
            try:
                imported = import_families(session, args.file)
            except ImportRefused as refused:
                raise AdminProblem(str(refused)) from None
        print(f"Families added: {imported.created}. Updated: {imported.updated}.", file=out)
        return True
    return False
