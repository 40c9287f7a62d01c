"""Starting the GUI reads its options without building the commands' parsers (a few
milliseconds before the unlock page paints): what it reads must be exactly what the whole
command line would read, and anything that could name a command, or asks for the help,
still goes through the whole command line."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import pytest

from cssw_desktop import cli
from cssw_desktop.commands import COMMANDS, EXIT_OK, EXIT_USAGE


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--training"],
        ["--data-dir=/tmp/elsewhere"],
        ["--language=cy", "--training"],
        ["--lang=cy"],  # argparse's abbreviations work on both
        ["--version"],
        ["--self-test"],
    ],
)
def test_the_guis_options_read_the_same_as_on_the_whole_command_line(words: list[str]) -> None:
    assert cli._starts_the_gui(words)
    short = cli._parser(with_commands=False).parse_args(words)
    whole = cli._parser().parse_args(words)
    assert vars(short) == vars(whole)
    assert short.command is None


@pytest.mark.parametrize(
    "words",
    [
        ["doctor", "--passphrase-stdin"],
        ["--data-dir", "sync"],  # a separate value could be a command's place: the whole parser
        ["--training", "training", "--passphrase-stdin"],
        ["-h"],
        ["--help"],
        ["--he"],  # an abbreviation of --help
    ],
)
def test_a_possible_command_or_the_help_takes_the_whole_command_line(words: list[str]) -> None:
    assert not cli._starts_the_gui(words)


@pytest.mark.parametrize("words", [["--help"], ["--hel"], ["-h"]])
def test_the_help_lists_every_command(words: list[str]) -> None:
    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit) as done:
        cli.main(words)
    assert done.value.code == EXIT_OK
    for name in COMMANDS:
        assert name in out.getvalue()


def test_an_unknown_option_on_the_guis_path_is_one_plain_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--no-such-option"])
    assert done.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err == (
        "cssw-desktop: unrecognized arguments: --no-such-option (see cssw-desktop --help)\n"
    )
