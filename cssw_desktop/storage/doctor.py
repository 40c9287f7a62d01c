"""`cssw-desktop doctor`: everything IT support needs to know about a laptop's store."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cssw_core.errors import CsswError
from cssw_desktop.storage.backup_report import check_backup, check_backup_of_damaged
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.migrations import LATEST_VERSION
from cssw_desktop.storage.vault import Vault


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    problem_count: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def good(self, text: str) -> None:
        self.lines.append(f"[ok]      {text}")

    def problem(self, text: str) -> None:
        self.lines.append(f"[PROBLEM] {text}")
        self.problem_count += 1


def _check_mode(report: Report, path: Path, wanted: int, what: str) -> None:
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~wanted:
        report.problem(f"{what} can be read by other users (mode {mode:o}, expected {wanted:o})")
    else:
        report.good(f"{what} is private to this user (mode {mode:o})")


def run_checks(
    data_dir: Path,
    passphrase: str,
    secrets: DeviceSecrets | None = None,
    *,
    training: bool = False,
) -> Report:
    """Check keyring, files, key, schema, both integrity checks, audit chain and counts.
    `training`: the training folder, where only a training store belongs."""
    report = Report()
    secrets = secrets or DeviceSecrets()
    try:
        report.good(f"keyring backend: {secrets.check_backend()}")
    except CsswError as problem:
        report.problem(problem.message)
        return report

    vault = Vault(data_dir, secrets, training=training)
    report.lines.append(f"          data folder: {data_dir}")
    if not data_dir.is_dir():
        report.problem("the data folder does not exist: run `cssw-desktop init` first")
        return report
    _check_mode(report, data_dir, 0o700, "data folder")
    for path, what in ((vault.store_path, "store file"), (vault.keyfile_path, "key file")):
        if path.exists():
            _check_mode(report, path, 0o600, what)
        else:
            report.problem(f"{what} is missing: {path}")
    if not vault.store_path.exists():
        return report

    try:
        store = vault.unlock(passphrase, allow_damaged=True)
    except CsswError as problem:
        report.problem(problem.message)
        return report
    try:
        version = store.schema_version
        report.good(f"store: {store.path}")
        report.good(
            "kind: training store (fictional families; never enrolled or synced)"
            if store.training
            else "kind: real store"
        )
        report.good(f"schema version {version} (this app: {LATEST_VERSION})")
        if store.damage:
            for text in store.damage:
                report.problem(f"the store is damaged: {text}")
            check_backup_of_damaged(report, store)
            return report
        problems = store.integrity_problems()
        for text in problems:
            report.problem(text)
        if not problems:
            report.good("integrity_check, cipher_integrity_check and audit chain: sound")
        counts = ", ".join(f"{name}: {n}" for name, n in store.counts().items())
        report.good(f"counts: {counts}")
        check_backup(report, store)
    finally:
        store.close(audit=not store.damage)
    return report
