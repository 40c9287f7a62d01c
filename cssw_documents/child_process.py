"""One drawing job as a child process of central's: the input on stdin, the PDF on stdout,
a refusal as one plain line on stderr and exit status 1 (render_filed, corrections_pdf)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import BinaryIO, TextIO


def serve_once(
    render: Callable[[bytes], bytes],
    refused: type[Exception],
    name: str,
    stdin: BinaryIO | None = None,
    stdout: BinaryIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Draw what stdin holds with `render`; `refused` is its plain-words refusal."""
    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    stderr = stderr or sys.stderr
    try:
        pdf = render(stdin.read())
    except refused as problem:
        print(f"{name}: {problem}", file=stderr)
        return 1
    stdout.write(pdf)
    stdout.flush()
    return 0
