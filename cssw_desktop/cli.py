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
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import cssw_desktop
from cssw_core.errors import CsswError
from cssw_desktop.commands import (
    COMMANDS,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    problem_line,
    vault_for,
)
from cssw_desktop.logs import configure_logging, describe_exception
from cssw_desktop.paths import resolve_data_dir, resolve_training_dir
from cssw_desktop.storage.files import ensure_private_dir

# The commands' modules are imported inside each command, so that starting the GUI
# (the common case, and the one a worker waits for) loads only what it needs.

log = logging.getLogger("cssw_desktop.cli")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one plain line on stderr (not the usage text)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without its commands (a few milliseconds less before
    the unlock page paints) when the arguments can only start the GUI."""
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
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
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
        "Enroll this laptop with the central service. Standard input: the store passphrase, "
        "then the enrollment code from IT (CSSW1-…) on the second line, then the worker's "
        "central password on the third. The code is checked (signed by the council's "
        "provisioning key) before the password is read; it is never taken on the command "
        "line, where the process list would show it.",
    )
    enroll.add_argument("code_in_argv", nargs="?", default=None, help=argparse.SUPPRESS)
    enroll.add_argument("--device-name", default=None, help="this laptop's name for IT")
    enroll.add_argument(
        "--switch-from",
        metavar="URL",
        default=None,
        help="move a laptop enrolled with another central to the code's: name the central "
        "it leaves (refused while any record is unsent there)",
    )
    sync = passphrase_command(
        "sync", "Send signed records to central and fetch what central holds for this laptop."
    )
    sync.add_argument(
        "--caseload", action="store_true", help="also download the caseload for offline visits"
    )
    return parser


def _starts_the_gui(argv: Sequence[str]) -> bool:
    """True when these arguments cannot name a command: every word is an option (a value
    given as `--data-dir=DIR`; a separate word could be a command), and none asks for the
    help, which lists the commands."""
    return all(
        word.startswith("-") and word != "-h" and not (len(word) > 2 and "--help".startswith(word))
        for word in argv
    )


def read_passphrase(stream: TextIO) -> str:
    """The first line of the stream without its line ending."""
    line = stream.readline()
    passphrase = line.removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise CsswError("No passphrase was given on standard input.")
    return passphrase


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = _parser(with_commands=not _starts_the_gui(words)).parse_args(words)
    if args.version:
        print(f"cssw-desktop {cssw_desktop.__version__}")
        return EXIT_OK
    if args.self_test:
        from cssw_desktop.selftest import main as self_test

        return self_test()
    if args.command == "enroll" and args.code_in_argv is not None:
        return problem_line(
            "enroll",
            "the enrollment code is not taken on the command line (other users of this "
            "computer could read it in the process list). Give it on the second line of "
            "standard input.",
            status=EXIT_USAGE,
        )
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    args.training = getattr(args, "training", False) or args.command == "training"
    if args.command is None:
        from cssw_desktop.startup import run_gui  # Qt is imported only for the GUI
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
    _quiet_logging()
    if args.command in ("enroll", "sync") and (
        args.training or vault_for(args, data_dir).store_is_training()
    ):
        from cssw_desktop.storage.errors import TRAINING_REFUSED_WORDS

        print(f"cssw-desktop {args.command}: {TRAINING_REFUSED_WORDS}", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        args.stdin = stdin or sys.stdin
        passphrase = read_passphrase(args.stdin)
        if data_dir.exists() and args.command != "doctor":
            _start_log(data_dir)  # doctor must see the folder as it was found
        return COMMANDS[args.command](args, data_dir, passphrase)
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


if __name__ == "__main__":
    raise SystemExit(main())
