"""What each `cssw-desktop` command does, once cli.py has parsed it and read the passphrase.

Each command takes the parsed arguments, the data folder (the training folder's with
--training) and the passphrase, prints what it did on stdout and returns the exit status;
a problem is a CsswError (cli.py turns it into the one plain line on stderr). The
modules a command needs are imported inside it, so that starting the GUI loads none.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import cssw_desktop
from cssw_core.errors import CsswError
from cssw_desktop.logs import configure_logging

if TYPE_CHECKING:
    from cssw_desktop.storage.vault import Vault

log = logging.getLogger("cssw_desktop.cli")

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def problem_line(command: str, text: str, status: int = EXIT_PROBLEM) -> int:
    """Say what went wrong as the one plain line on stderr a failing command prints."""
    print(f"cssw-desktop {command}: {text}", file=sys.stderr)
    return status


def vault_for(args: argparse.Namespace, data_dir: Path, *, families: int | None = None) -> Vault:
    """The vault of the data folder, or the training folder's (a store it makes starts with
    `families` fictional families, default 12)."""
    from cssw_desktop.storage.device_secret import DeviceSecrets
    from cssw_desktop.storage.vault import Vault

    if args.training:
        from cssw_desktop.training import TRAINING_FAMILIES, TrainingVault

        count = TRAINING_FAMILIES if families is None else families
        return TrainingVault(data_dir, DeviceSecrets(), families=count)
    return Vault(data_dir, DeviceSecrets())


def init(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    store = vault_for(args, data_dir).create(passphrase)
    families = store.families.count()
    store.close()
    configure_logging(data_dir)
    log.info("store created")
    if args.training:
        print(f"Created the training store in {data_dir} with {families} fictional families.")
    else:
        print(f"Created a new encrypted store in {data_dir}.")
    return EXIT_OK


def _family_count(value: int | None) -> int | None:
    from cssw_desktop.training import MAX_FAMILIES

    if value is not None and not 1 <= value <= MAX_FAMILIES:
        raise CsswError(f"--families must be a number from 1 to {MAX_FAMILIES}.")
    return value


def training(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    """Make the training store if there is none; with --families, add to one made before."""
    from datetime import date

    from cssw_desktop.training import add_fictional_families

    count = _family_count(args.families)
    vault = vault_for(args, data_dir, families=count)
    if args.fresh and vault.store_path.exists():
        # Unlocking first proves the passphrase, and that this is a training store (the
        # training vault opens no other kind); then it goes, keyring secret and all.
        vault.wipe(vault.unlock(passphrase))
        log.info("training store removed to start again")
    made = not vault.store_path.exists()
    store = vault.create(passphrase) if made else vault.unlock(passphrase)
    try:
        if not made and count is not None:
            add_fictional_families(store, count, date.today())
        families = store.families.count()
    finally:
        store.close()
    configure_logging(data_dir)
    log.info("training store %s: %d families", "made" if made else "opened", families)
    if made:
        again = "a new" if args.fresh else "the"
        print(f"Created {again} training store in {data_dir} with {families} fictional families.")
    elif count is not None:
        print(f"Added {count} fictional families to the training store in {data_dir}.")
    else:
        print(f"The training store in {data_dir} is ready with {families} fictional families.")
    print(
        "Open it with `cssw-desktop --training`. Its records are marked TRAINING and are "
        "never sent to central."
    )
    return EXIT_OK


def demo(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    from datetime import date

    from cssw_desktop.training import add_fictional_families

    count = _family_count(int(args.families))
    assert count is not None
    store = vault_for(args, data_dir).unlock(passphrase)
    try:
        plan = add_fictional_families(store, count, date.today())
    finally:
        store.close()
    log.info("demo families added: %d", count)
    print(f"Added {count} fictional families.")
    for consent in plan.consents:
        print(
            f"  {consent.family.family_name} family: consent form signed and sealed "
            f"({consent.note})."
        )
    for item in plan.withdrawals:
        withdrawn = item.withdrawal.share | item.withdrawal.approach
        names = ", ".join(a.label for a in sorted(withdrawn))
        print(f"  {item.family.family_name} family: a withdrawal sealed ({names}).")
    for family, share in plan.shares:
        basis = "with consent" if share.basis.value == "with_consent" else "without consent"
        print(f"  {family.family_name} family: a share {basis} recorded.")
    for draft in plan.drafts:
        print(f"  {draft.family.family_name} family: an unfinished visit to resume.")
    print(
        f"Sealed {len(plan.consents)} consent record(s) with synthetic signatures, "
        f"{len(plan.withdrawals)} withdrawal(s) and {len(plan.shares)} share(s); "
        f"saved {len(plan.drafts)} unfinished visit(s). "
        "The other families have no consent recorded yet."
    )
    return EXIT_OK


def doctor(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    from cssw_desktop.storage.doctor import run_checks

    report = run_checks(data_dir, passphrase, training=args.training)
    if data_dir.exists():
        configure_logging(data_dir)
        log.info("doctor: %d problem(s)", report.problem_count)
    for line in report.lines:
        print(line)
    if report.ok:
        print("No problems found.")
        return EXIT_OK
    print(f"{report.problem_count} problem(s) found.")
    return problem_line(args.command, f"{report.problem_count} problem(s) found (above).")


def verify(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    store = vault_for(args, data_dir).unlock(passphrase, allow_damaged=True)  # what damage hides
    try:
        checks = store.sealing.check_all()
    finally:
        store.close(audit=not store.damage)
    failed = [c for c in checks if c.problem is not None]
    for check in checks:
        verdict = "ok" if check.problem is None else f"FAILED: {check.problem}"
        print(f"record {check.record_id} version {check.version}: {verdict}")
    print(f"{len(checks)} sealed record(s) checked, {len(failed)} failed.")
    if store.damage:
        # Seals that check out are not a sound store: pages no seal covers may be lost.
        print(
            "The store itself is damaged ("
            + "; ".join(store.damage)
            + "). Run `cssw-desktop doctor` and `cssw-desktop restore-backup`, or call IT."
        )
    log.info(
        "verify: %d checked, %d failed, damaged: %s", len(checks), len(failed), bool(store.damage)
    )
    if store.damage:
        return problem_line(args.command, "the store is damaged (above).")
    if failed:
        return problem_line(args.command, f"{len(failed)} seal(s) failed the check (above).")
    return EXIT_OK


def records(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    from cssw_desktop.record_list import record_lines

    store = vault_for(args, data_dir).unlock(passphrase)
    try:
        lines = record_lines(store.records.sealed_entries())
    finally:
        store.close()
    for line in lines:
        print(line)
    return EXIT_OK


def restore_backup(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    from cssw_desktop.storage.restore import utc_words

    store, report = vault_for(args, data_dir).restore_backup(passphrase)
    store.close()
    log.info(
        "backup restored: %d put back, new store %s, %d seal failure(s)",
        report.restored,
        report.new_store,
        report.seal_failures,
    )
    written = utc_words(report.backup_written_at)
    if report.new_store:
        print(
            f"The damaged store was kept in {report.moved_aside}; a new store was made with the "
            f"same keys and {report.restored} of the {report.in_backup} sealed record(s) in the "
            f"backup of {written}."
        )
    elif report.restored:
        print(
            f"The store opens soundly; {report.restored} sealed record(s) it had lost were put "
            f"back from the backup of {written}."
        )
    else:
        print(
            f"The store opens soundly and already holds all {report.in_backup} record(s) in the "
            f"backup of {written}; nothing needed restoring."
        )
    if report.refused:
        print(f"{report.refused} record(s) in the backup were left out: their seal did not hold.")
    print(
        f"{report.seals_checked} sealed record(s) checked, {report.seal_failures} failed. "
        "Records not yet sent wait in the outbox and go at the next sync."
    )
    if report.seal_failures or report.refused:
        return problem_line(args.command, "some records' seals did not hold (above).")
    return EXIT_OK


def export_pdf(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    from cssw_desktop.storage.audit import AuditAction
    from cssw_desktop.storage.files import atomic_write
    from cssw_documents.pdf import ensure_gui_app, render_pdf

    output: Path = args.output
    if output.exists():
        raise CsswError(f"{output} already exists; choose a new file name.")
    if not output.parent.is_dir():
        raise CsswError(f"The folder {output.parent} does not exist.")
    store = vault_for(args, data_dir).unlock(passphrase)
    try:
        matches = store.records.sealed_matching(args.record_id)
        if args.record_version is not None:
            matches = [m for m in matches if m.version == args.record_version]
        if len({m.id for m in matches}) > 1:
            raise CsswError("More than one record starts with that; give more of its id.")
        if not matches:
            raise CsswError("No signed record has that id.")
        record = matches[-1]  # the newest version unless one was asked for
        assert record.seal is not None
        ensure_gui_app()
        pdf = render_pdf(record.body, record.seal, store.audit.entries(record.id))
        atomic_write(output, pdf)
        store.audit.record(AuditAction.RECORD_EXPORTED, record.id, version=record.version)
    finally:
        store.close()
    log.info("record exported as PDF")
    print(f"Wrote the PDF of record {record.id} version {record.version} to {output}.")
    return EXIT_OK


def _line(stream: TextIO, prompt: str) -> str:
    """One line of standard input, after a prompt on stderr when a person is typing."""
    if stream.isatty():
        print(prompt, end="", file=sys.stderr, flush=True)
    return stream.readline().removesuffix("\n").removesuffix("\r")


def enroll(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    """Line 2 of standard input: the code (checked before anything else is read); line 3:
    the worker's central password. Never the code in argv (the process list shows it)."""
    import asyncio
    import getpass
    import platform

    from cssw_desktop.storage.thread import store_on_own_thread
    from cssw_desktop.sync.enrollment import (
        SWITCH_WORDS,
        SwitchNotConfirmed,
        check_code,
        enroll,
    )

    code = _line(args.stdin, "Enrollment code from IT: ").strip()
    if not code:
        raise CsswError(
            "No enrollment code was given: put it on the second line of standard input."
        )
    store = vault_for(args, data_dir).unlock(passphrase)
    runner = store_on_own_thread(store)
    try:
        checked = asyncio.run(check_code(runner, code))  # a phishing code stops here
        switch_from = args.switch_from
        current = checked.current_server
        if current is not None and switch_from != current:
            new = checked.code.server_url
            if not args.stdin.isatty():
                raise SwitchNotConfirmed(SWITCH_WORDS + " (--switch-from %1)", current, new)
            print(f"This laptop is connected to central at {current}.", file=sys.stderr)
            print(f"This code is for central at {new}.", file=sys.stderr)
            switch_from = _line(
                args.stdin, f"To move it, type the address it leaves ({current}): "
            ).strip()
            if switch_from != current:
                raise CsswError("Not moved: the laptop stays connected to %1.", current)
        if args.stdin.isatty():
            password = getpass.getpass("Your central password: ")
        else:
            password = args.stdin.readline().removesuffix("\n").removesuffix("\r")
        if not password:
            raise CsswError(
                "No central password was given: put it on the third line of standard input."
            )
        profile = asyncio.run(
            enroll(
                runner,
                code,
                password,
                device_name=args.device_name or platform.node() or "Laptop",
                app_version=cssw_desktop.__version__,
                switch_from=switch_from,
            )
        )
    finally:
        runner.thread.shutdown()
        store.close()
    log.info("enrolled")
    role = "team lead" if profile.is_team_lead else "worker"
    print(f"Enrolled this laptop for {profile.display_name} ({role}, {profile.team_name}).")
    return EXIT_OK


def sync(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    import asyncio

    from cssw_desktop.headless_sync import run_headless_sync

    vault = vault_for(args, data_dir)
    report = asyncio.run(run_headless_sync(vault, passphrase, caseload=args.caseload))
    log.info("sync: %d sent, %d failed", report.sent, len(report.failed))
    if report.revoked:
        return problem_line(args.command, str(report.problem))
    print(f"Sent {report.sent} record(s) ({report.duplicates} already at central).")
    for failure in report.failed:
        print(f"  Not sent: record {failure.record_id} version {failure.version}: {failure.reason}")
    print(f"Returned records new: {report.returned_new}.")
    if report.caseload_families is not None:
        print(f"Caseload: {report.caseload_families} family(ies) ready for offline visits.")
        if report.caseload_left_out:
            print(
                f"  {report.caseload_left_out} family(ies) from central were not kept: their "
                "details are not in the expected form (a child listed in two families, say). "
                "Everything else is. Tell IT."
            )
    print(f"Purged {report.purged} record(s) central has had long enough.")
    print(f"Still waiting to send: {report.unsent}.")
    if report.problem:
        return problem_line(args.command, report.problem)
    if not report.ok:
        return problem_line(args.command, f"{report.unsent} record(s) not sent yet (above).")
    return EXIT_OK


Command = Callable[[argparse.Namespace, Path, str], int]

COMMANDS: dict[str, Command] = {
    "init": init,
    "demo": demo,
    "training": training,
    "doctor": doctor,
    "verify": verify,
    "records": records,
    "restore-backup": restore_backup,
    "export-pdf": export_pdf,
    "enroll": enroll,
    "sync": sync,
}
