"""`cssw-central verify-pdf FILE`: check a filed PDF on its own, with no database.

    cssw-central verify-pdf FILE [--trust CERT.pem] [--receipt-key HEX | --receipt-key-file F]

Prints what holds and exits 0, or prints each problem in plain words and exits 1. What is
checked is in cssw_central/services/filed_pdf_check.py.
"""

from __future__ import annotations

import argparse
import re
from typing import TextIO

from cssw_central.infra.receipt_key import KeyFileProblem, load_receipt_public_key
from cssw_central.services.filed_pdf_check import check_filed_pdf

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def verify_pdf(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the check; the exit status (0: it all holds, 1: it does not, or it could not)."""
    try:
        receipt_key = _receipt_key(args)
        pdf = args.file.read_bytes()
        trusted = args.trust.read_bytes()
    except KeyFileProblem as problem:
        print(f"cssw-central: {problem}", file=err)
        return 1
    except OSError as error:
        print(
            f"cssw-central: {error.filename or 'a file'} could not be read "
            f"({error.strerror or type(error).__name__}).",
            file=err,
        )
        return 1
    check = check_filed_pdf(pdf, trusted, receipt_key)
    if not check.holds:
        print(f"{args.file.name}: NOT VERIFIED", file=out)
        for words in check.problems:
            print(f"  - {words[:1].upper()}{words[1:]}.", file=out)
        return 1
    print(f"{args.file.name}: verified", file=out)
    print(f"  Signed by: {check.signed_by} (trusted; the PDF is unchanged since)", file=out)
    print(f"  Sealed record {check.record}: its seal verifies with the laptop's key", file=out)
    print("  Central's receipt: signed by central's receipt key, for this record", file=out)
    return 0


def _receipt_key(args: argparse.Namespace) -> str:
    given = (args.receipt_key or "").strip().lower()
    if given:
        if not _HEX64.match(given):
            raise KeyFileProblem("--receipt-key must be 64 hex digits (as `serve` prints it).")
        return given
    return load_receipt_public_key(args.receipt_key_file)
