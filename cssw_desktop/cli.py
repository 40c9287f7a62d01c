"""`cssw-desktop`: the GUI by default, and commands for IT provisioning and support.

Commands that open the store take the passphrase on standard input
(`--passphrase-stdin`), so it never appears in a process list or shell history.
Problems are reported as one plain line and a non-zero exit, never a traceback.

`--training` points the GUI and every command at the training store of fictional
families, in its own folder beside the real one (training.py); `training` makes it if
needed. `enroll` and `sync` refuse a training store.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

import cssw_desktop
from cssw_core.errors import CsswError
from cssw_desktop.logs import configure_logging, describe_exception
from cssw_desktop.paths import resolve_data_dir, resolve_training_dir
from cssw_desktop.storage.files import ensure_private_dir

if TYPE_CHECKING:
    from cssw_desktop.storage.vault import Vault

# The commands' modules are imported inside each command, so that starting the GUI
# (the common case, and the one a worker waits for) loads only what it needs.

log = logging.getLogger("cssw_desktop.cli")

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one plain line on stderr (not the usage text)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: $CSSW_DATA_DIR, else the usual per-user folder)",
    )
    common.add_argument(
        "--training",
        action="store_true",
        default=argparse.SUPPRESS,
        help="use the training store of fictional families, in its own folder beside the "
        "data folder (its name with -training added); it is never enrolled or synced",
    )
    parser = _Parser(
        prog="cssw-desktop",
        description="Record consent to information sharing on home visits, offline.",
        parents=[common],
    )
    parser.add_argument("--version", action="store_true", help="show the version and exit")
    parser.add_argument(
        "--language",
        metavar="LANG",
        default=None,
        help="the language of the screens, e.g. en (default: $CSSW_LANGUAGE, else the "
        "system's language if the app has it, else English)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (a temporary store, the keyring, a sealed demo record "
        "and its PDF), remove what it made, and exit non-zero on a problem",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def passphrase_command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=[common])
        sub.add_argument(
            "--passphrase-stdin",
            action="store_true",
            required=True,
            help="read the worker's passphrase from the first line of standard input",
        )
        return sub

    passphrase_command("init", "Create a new encrypted store on this laptop.")
    demo = passphrase_command(
        "demo", "Add fictional families to the store (to practise, use the training store)."
    )
    demo.add_argument("--families", type=int, default=20, metavar="N", help="how many (1-10000)")
    training = passphrase_command(
        "training",
        "Make the training store of fictional families if there is none yet (beside the data "
        "folder, its name with -training added), with the passphrase given; then open it in "
        "the app with `cssw-desktop --training`.",
    )
    training.add_argument(
        "--families",
        type=int,
        default=None,
        metavar="N",
        help="how many fictional families a new training store starts with (default 12); "
        "for a training store already made, how many to add",
    )
    training.add_argument(
        "--fresh",
        action="store_true",
        help="start again: remove the training store (its passphrase is asked, and only a "
        "training store is ever removed) and make a new one with new families",
    )
    passphrase_command(
        "doctor", "Check the keyring, the store and its integrity; exit non-zero on a problem."
    )
    passphrase_command("verify", "Re-check the seal of every signed record; name any that fails.")
    passphrase_command(
        "records",
        "List the signed records on this laptop: id, version, kind, when sealed, whether sent "
        "(no names or other personal details).",
    )
    passphrase_command(
        "restore-backup",
        "Put back the sealed records not yet sent to central from the encrypted backup: into "
        "the store if it opens soundly, else into a new store (the damaged one is kept aside).",
    )
    export = passphrase_command(
        "export-pdf", "Write the PDF of a signed record to a file (the passphrase is asked again)."
    )
    export.add_argument("record_id", metavar="RECORD_ID", help="the record's id, or its start")
    export.add_argument("output", metavar="OUT.pdf", type=Path, help="the file to write")
    export.add_argument(
        "--version", dest="record_version", type=int, default=None, help="which version"
    )
    enroll = passphrase_command(
        "enroll",
        "Enroll this laptop with the central service (standard input: the store passphrase, "
        "then the worker's central password on the second line).",
    )
    enroll.add_argument("code", metavar="CODE", help="the enrollment code from IT (CSSW1-…)")
    enroll.add_argument("--device-name", default=None, help="this laptop's name for IT")
    sync = passphrase_command(
        "sync", "Send signed records to central and fetch what central holds for this laptop."
    )
    sync.add_argument(
        "--caseload", action="store_true", help="also download the caseload for offline visits"
    )
    return parser


def read_passphrase(stream: TextIO) -> str:
    """The first line of the stream without its line ending."""
    line = stream.readline()
    passphrase = line.removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise CsswError("No passphrase was given on standard input.")
    return passphrase


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.version:
        print(f"cssw-desktop {cssw_desktop.__version__}")
        return EXIT_OK
    if args.self_test:
        from cssw_desktop.selftest import main as self_test

        return self_test()
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    args.training = getattr(args, "training", False) or args.command == "training"
    if args.command is None:
        from cssw_desktop.app import run_gui  # Qt is imported only for the GUI
        from cssw_desktop.ui.i18n import choose_language

        try:
            language = choose_language(args.language or os.environ.get("CSSW_LANGUAGE"))
        except ValueError as problem:
            print(f"cssw-desktop: {problem}", file=sys.stderr)
            return EXIT_USAGE
        try:
            ensure_private_dir(data_dir)
        except OSError as problem:
            reason = problem.strerror or type(problem).__name__
            print(
                f"cssw-desktop: the data folder {data_dir} cannot be used ({reason}). "
                "Choose another with --data-dir or CSSW_DATA_DIR.",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        return run_gui(data_dir, [sys.argv[0]], language=language, training=args.training)
    if args.training:
        data_dir = resolve_training_dir(data_dir)
    handlers: dict[str, Callable[[argparse.Namespace, Path, str], int]] = {
        "init": _init,
        "demo": _demo,
        "training": _training,
        "doctor": _doctor,
        "verify": _verify,
        "records": _records,
        "restore-backup": _restore_backup,
        "export-pdf": _export_pdf,
        "enroll": _enroll,
        "sync": _sync,
    }
    _quiet_logging()
    if args.command in ("enroll", "sync") and (
        args.training or _vault(args, data_dir).store_is_training()
    ):
        from cssw_desktop.storage.errors import TRAINING_REFUSED_WORDS

        print(f"cssw-desktop {args.command}: {TRAINING_REFUSED_WORDS}", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        args.stdin = stdin or sys.stdin
        passphrase = read_passphrase(args.stdin)
        if data_dir.exists() and args.command != "doctor":
            _start_log(data_dir)  # doctor must see the folder as it was found
        return handlers[args.command](args, data_dir, passphrase)
    except CsswError as problem:
        log.warning("%s refused: %s", args.command, type(problem).__name__)
        return problem_line(args.command, problem.message)
    except KeyboardInterrupt:
        return problem_line(args.command, "stopped before it finished.", status=130)
    except Exception:
        exc_type, _exc, tb = sys.exc_info()
        assert exc_type is not None
        log.error("%s failed unexpectedly: %s", args.command, describe_exception(exc_type, tb))
        return problem_line(
            args.command,
            "something unexpected went wrong. Please report this to IT support "
            "(the app's log in the data folder says where).",
        )


def problem_line(command: str, text: str, status: int = EXIT_PROBLEM) -> int:
    """Say what went wrong as the one plain line on stderr a failing command prints."""
    print(f"cssw-desktop {command}: {text}", file=sys.stderr)
    return status


def _quiet_logging() -> None:
    """Log records go to the data folder's log, or nowhere: never to stderr.

    Until the log file is set up (a folder that does not exist yet, doctor), Python would
    print a warning record on stderr beside the one plain line.
    """
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def _start_log(data_dir: Path) -> None:
    """Log to the data folder; if it cannot be written to, say so plainly (one line)."""
    try:
        configure_logging(data_dir)
    except OSError as problem:
        from cssw_desktop.storage.errors import disk_trouble

        logging.getLogger("cssw_desktop").addHandler(logging.NullHandler())
        raise (disk_trouble(problem) or problem) from problem


def _vault(args: argparse.Namespace, data_dir: Path, *, families: int | None = None) -> Vault:
    """The vault of the data folder, or the training folder's (a store it makes starts with
    `families` fictional families, default 12)."""
    from cssw_desktop.storage.device_secret import DeviceSecrets
    from cssw_desktop.storage.vault import Vault

    if args.training:
        from cssw_desktop.training import TRAINING_FAMILIES, TrainingVault

        count = TRAINING_FAMILIES if families is None else families
        return TrainingVault(data_dir, DeviceSecrets(), families=count)
    return Vault(data_dir, DeviceSecrets())


def _init(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    store = _vault(args, data_dir).create(passphrase)
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


def _training(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    """Make the training store if there is none; with --families, add to one made before."""
    from cssw_desktop.training import add_fictional_families

    count = _family_count(args.families)
    vault = _vault(args, data_dir, families=count)
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


def _demo(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    from cssw_desktop.training import add_fictional_families

    count = _family_count(int(args.families))
    assert count is not None
    store = _vault(args, data_dir).unlock(passphrase)
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
    for draft in plan.drafts:
        print(f"  {draft.family.family_name} family: an unfinished visit to resume.")
    print(
        f"Sealed {len(plan.consents)} consent record(s) with synthetic signatures and "
        f"{len(plan.withdrawals)} withdrawal(s); saved {len(plan.drafts)} unfinished visit(s). "
        "The other families have no consent recorded yet."
    )
    return EXIT_OK


def _doctor(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
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


def _verify(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    store = _vault(args, data_dir).unlock(passphrase, allow_damaged=True)  # what damage hides
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


def _records(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    from cssw_desktop.record_list import record_lines

    store = _vault(args, data_dir).unlock(passphrase)
    try:
        lines = record_lines(store.records.sealed_entries())
    finally:
        store.close()
    for line in lines:
        print(line)
    return EXIT_OK


def _restore_backup(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    from cssw_desktop.storage.restore import utc_words

    store, report = _vault(args, data_dir).restore_backup(passphrase)
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


def _export_pdf(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    from cssw_desktop.documents.pdf import ensure_gui_app, render_pdf
    from cssw_desktop.storage.audit import AuditAction
    from cssw_desktop.storage.files import atomic_write

    output: Path = args.output
    if output.exists():
        raise CsswError(f"{output} already exists; choose a new file name.")
    if not output.parent.is_dir():
        raise CsswError(f"The folder {output.parent} does not exist.")
    store = _vault(args, data_dir).unlock(passphrase)
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


def _enroll(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    import asyncio
    import platform

    from cssw_desktop.storage.thread import store_on_own_thread
    from cssw_desktop.sync.enrollment import enroll

    password = args.stdin.readline().removesuffix("\n").removesuffix("\r")
    if not password:
        raise CsswError(
            "No central password was given: put it on the second line of standard input."
        )
    store = _vault(args, data_dir).unlock(passphrase)
    runner = store_on_own_thread(store)
    try:
        profile = asyncio.run(
            enroll(
                runner,
                args.code,
                password,
                device_name=args.device_name or platform.node() or "Laptop",
                app_version=cssw_desktop.__version__,
            )
        )
    finally:
        runner.thread.shutdown()
        store.close()
    log.info("enrolled")
    role = "team lead" if profile.is_team_lead else "worker"
    print(f"Enrolled this laptop for {profile.display_name} ({role}, {profile.team_name}).")
    return EXIT_OK


def _sync(args: argparse.Namespace, data_dir: Path, passphrase: str) -> int:
    import asyncio

    from cssw_desktop.headless_sync import run_headless_sync

    vault = _vault(args, data_dir)
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
    print(f"Purged {report.purged} record(s) central has had long enough.")
    print(f"Still waiting to send: {report.unsent}.")
    if report.problem:
        return problem_line(args.command, report.problem)
    if not report.ok:
        return problem_line(args.command, f"{report.unsent} record(s) not sent yet (above).")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
