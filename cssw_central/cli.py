"""`cssw-central`: serve the API over HTTPS, make a trial certificate, administer.

    cssw-central serve --database-url URL --tls-cert C --tls-key K [--host H] [--port P]
    cssw-central dev-cert --host NAME --out-dir DIR
    cssw-central provisioning-key --out FILE
    cssw-central verify-pdf FILE [--trust CERT.pem] [--receipt-key HEX]
    cssw-central admin create-team|add-worker|list-workers|issue-code|list-devices|
                       revoke-device|set-policy ...

A problem is one plain line on standard error and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from cssw_central.admin.command import add_admin_parser, run_admin
from cssw_central.admin.problem import AdminProblem
from cssw_central.infra.certs import make_dev_cert
from cssw_central.infra.database import default_database_url
from cssw_central.infra.document_signing import DEFAULT_SIGNING, make_trial_signing_cert
from cssw_central.infra.https import ServeProblem
from cssw_central.infra.provisioning_key import (
    make_provisioning_key,
    make_trial_provisioning_key,
)
from cssw_central.infra.receipt_key import KeyFileProblem
from cssw_core.provisioning import ENV_TRIAL_KEY

DATA_DIR = Path("cssw-central-data")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cssw-central", description="CSSW central service")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the API over HTTPS")
    serve.add_argument(
        "--database-url",
        default=None,
        help="postgresql://… or sqlite:///… (default: $CSSW_CENTRAL_DATABASE_URL, else SQLite)",
    )
    serve.add_argument("--tls-cert", type=Path, help="the server's certificate (PEM)")
    serve.add_argument("--tls-key", type=Path, help="its private key (PEM); laptops pin it")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8443, help="port (default 8443)")
    serve.add_argument(
        "--drop-folder",
        type=Path,
        default=DATA_DIR / "drop",
        help="where approved records are filed (PDF + JSON each)",
    )
    serve.add_argument(
        "--receipt-key",
        type=Path,
        default=DATA_DIR / "receipt-key.pem",
        help="Ed25519 key that signs receipts (made, owner-only, if missing)",
    )
    serve.add_argument(
        "--signing-cert",
        type=Path,
        default=DEFAULT_SIGNING.cert,
        help="central's document-signing certificate (PEM, chain after it) for filed PDFs",
    )
    serve.add_argument(
        "--signing-key",
        type=Path,
        default=DEFAULT_SIGNING.key,
        help="its private key (PEM; if encrypted, the passphrase in $CSSW_SIGNING_KEY_PASSPHRASE)",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes serving requests (each with its own database connections)",
    )
    serve.add_argument(
        "--max-inflight",
        type=int,
        default=None,
        help="requests each process handles at once; more wait briefly, then get 'busy' "
        "(default: $CSSW_CENTRAL_MAX_INFLIGHT, else 8 per database connection)",
    )
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        default=None,
        metavar="ADDRESS",
        help="a reverse proxy's address, believed when it says who the client is "
        "(X-Forwarded-For) and not limited per address; repeat for several",
    )
    serve.add_argument(
        "--max-connections",
        type=int,
        default=None,
        help="open connections each process keeps (default 1024)",
    )
    serve.add_argument(
        "--max-connections-per-address",
        type=int,
        default=None,
        help="open connections each process keeps from one client address (default 64)",
    )
    serve.add_argument(
        "--header-timeout",
        type=float,
        default=None,
        help="seconds a connection may take, after its TLS handshake, to send a request's "
        "headers (default 20)",
    )
    serve.add_argument(
        "--retention-every-hours",
        type=float,
        default=24.0,
        help="run the retention job this often (0: never; it erases only when "
        "set-policy --retention-erase on)",
    )
    serve.add_argument(
        "--insecure-dev-http",
        action="store_true",
        help="plain HTTP, for development on loopback only",
    )

    cert = commands.add_parser(
        "dev-cert", help="make self-signed certificates for a trial (HTTPS, document signing)"
    )
    cert.add_argument("--host", required=True, help="the name laptops will use for central")
    cert.add_argument(
        "--out-dir",
        type=Path,
        required=True,
        help="where to write cert.pem and key.pem (HTTPS), signing-cert.pem and "
        "signing-key.pem (the filed PDFs' signature), provisioning-key.pem and "
        "provisioning-key.pub (the key that signs enrollment codes; kept if already there)",
    )

    provisioning = commands.add_parser(
        "provisioning-key",
        help="make the council's provisioning key (if the file is not there yet) and print "
        "its public half, which goes into the laptops' installed configuration",
    )
    provisioning.add_argument(
        "--out",
        type=Path,
        required=True,
        help="the private key file (written 0600; keep it where codes are issued, backed up)",
    )

    verify = commands.add_parser(
        "verify-pdf", help="check a filed PDF on its own: signature, sealed record, receipt"
    )
    verify.add_argument("file", type=Path, help="the filed PDF")
    verify.add_argument(
        "--trust",
        type=Path,
        default=DEFAULT_SIGNING.cert,
        help="central's document-signing certificate, or the CA that issued it (PEM)",
    )
    verify.add_argument(
        "--receipt-key",
        default=None,
        help="central's receipt public key (64 hex digits; `serve` prints it). Default: "
        "the one of --receipt-key-file",
    )
    verify.add_argument(
        "--receipt-key-file",
        type=Path,
        default=DATA_DIR / "receipt-key.pem",
        help="central's receipt key file, when --receipt-key is not given",
    )

    add_admin_parser(commands)
    return parser


def run(argv: Sequence[str] | None, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run one command with the given streams; the exit status is returned, not raised."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "serve":
            from cssw_central.serve import serve

            serve(args, database_url=args.database_url or default_database_url(), out=stdout)
        elif args.command == "dev-cert":
            cert_path, key_path, pin = make_dev_cert(args.host, args.out_dir)
            print(f"certificate: {cert_path}", file=stdout)
            print(f"private key: {key_path}", file=stdout)
            print(f"pin: {pin}", file=stdout)
            signing = make_trial_signing_cert(args.out_dir)
            print(f"document-signing certificate (trial): {signing.cert}", file=stdout)
            print(f"document-signing key: {signing.key}", file=stdout)
            key_path, public = make_trial_provisioning_key(args.out_dir)
            print(f"provisioning key (trial): {key_path}", file=stdout)
            print(f"provisioning public key (trial; {ENV_TRIAL_KEY}): {public}", file=stdout)
        elif args.command == "provisioning-key":
            public, made = make_provisioning_key(args.out)
            print(f"{'made' if made else 'kept'}: {args.out}", file=stdout)
            print(f"public key: {public}", file=stdout)
        elif args.command == "verify-pdf":
            from cssw_central.admin.verify_pdf import verify_pdf

            return verify_pdf(args, stdout, stderr)
        else:
            run_admin(args, stdin=stdin, out=stdout)
    except (AdminProblem, ServeProblem, KeyFileProblem) as problem:
        print(f"cssw-central: {problem}", file=stderr)
        return 1
    except SQLAlchemyError as error:
        logging.getLogger("cssw_central").debug("database error: %s", type(error).__name__)
        print(
            "cssw-central: the database could not be used "
            f"({type(error).__name__}); check --database-url and that it is running.",
            file=stderr,
        )
        return 1
    except OSError as error:
        print(f"cssw-central: {error.strerror or type(error).__name__}.", file=stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv, sys.stdin, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
