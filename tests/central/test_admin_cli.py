"""`cssw-central admin`, `dev-cert` and `serve` from the command line, in-process."""

from __future__ import annotations

import hashlib
import socket
import ssl
import stat
import warnings
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cssw_central.infra.tables import AuditEntry, EnrollmentCode
from cssw_core.enrollment_code import parse_code, signing_key_of
from cssw_core.pinning import certificate_problem, pin_of_pem
from tests.support.central import AdminFailed, RunningCentral, run_cli


def _rows(central: RunningCentral, model: type) -> list[Any]:
    with central.session() as session:
        return list(session.scalars(select(model)))


def test_workers_are_listed_with_role_and_team(central: RunningCentral) -> None:
    lines = central.admin("list-workers").splitlines()
    assert lines == [
        "tara\tTara Lead\tteam_lead\tNorth\tactive",
        "wendy\tWendy Walker\tworker\tNorth\tactive",
    ]


def test_duplicates_and_unknowns_are_one_plain_line(central: RunningCentral) -> None:
    with pytest.raises(AdminFailed, match="already exists"):
        central.admin("create-team", "North")
    with pytest.raises(AdminFailed, match="no team with that name"):
        central.admin(
            "add-worker", "--team", "Nowhere", "--username", "x", "--name", "X",
            "--password-stdin", stdin="long-enough-1\n",
        )  # fmt: skip
    with pytest.raises(AdminFailed, match="at least 8 characters"):
        central.admin(
            "add-worker", "--team", "North", "--username", "y", "--name", "Y",
            "--password-stdin", stdin="short\n",
        )  # fmt: skip
    status, out, err = run_cli(
        "admin", "issue-code", "--database-url", central.database_url, "--username", "nobody",
        "--server-url", central.url, "--tls-cert", str(central.cert_path),
    )  # fmt: skip
    assert (status, out) == (1, "")
    assert err == "cssw-central: There is no worker with that username.\n"


def test_issued_code_carries_url_and_pin_and_only_its_hash_is_stored(
    central: RunningCentral,
) -> None:
    code = parse_code(central.issue_code("wendy"))
    assert code.server_url == central.url
    assert code.pin == central.pin
    stored = _rows(central, EnrollmentCode)
    assert [c.secret_hash for c in stored] == [hashlib.sha256(code.secret.encode()).hexdigest()]
    assert stored[0].used_at is None
    assert 23.9 * 3600 < (stored[0].expires_at - stored[0].created_at).total_seconds() <= 86400


def test_issue_code_refuses_a_plain_http_address(central: RunningCentral) -> None:
    with pytest.raises(AdminFailed, match="https://"):
        central.admin(
            "issue-code", "--username", "wendy", "--server-url", "http://127.0.0.1:1",
            "--tls-cert", str(central.cert_path),
        )  # fmt: skip


def test_set_policy_is_validated_and_reported(central: RunningCentral) -> None:
    out = central.admin("set-policy", "--auto-lock-minutes", "10", "--purge-after-days", "3")
    assert out.splitlines() == [
        "auto_lock_minutes: 10",
        "purge_after_days: 3",
        "sync_interval_seconds: 300",
        "review_months: each laptop's own setting",
        "retention_erase: off",  # central's own setting, never sent to laptops
    ]
    with pytest.raises(AdminFailed, match="out of range"):
        central.admin("set-policy", "--auto-lock-minutes", "0")


def test_audit_holds_no_names(central: RunningCentral) -> None:
    central.issue_code("wendy")
    entries = _rows(central, AuditEntry)
    assert {e.action for e in entries} >= {"team_created", "worker_added", "code_issued"}
    text = " ".join(f"{e.actor} {e.subject} {e.detail_json}" for e in entries)
    for personal in ("Wendy", "Walker", "Tara", "wendy", "North"):
        assert personal not in text


def test_unknown_device_cannot_be_revoked(central: RunningCentral) -> None:
    with pytest.raises(AdminFailed, match="no laptop with that id"):
        central.admin("revoke-device", "00000000-0000-4000-8000-000000000000")


def test_trial_default_database_is_sqlite_under_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CSSW_CENTRAL_DATABASE_URL", raising=False)
    status, _out, err = run_cli("admin", "create-team", "Trial")
    assert (status, err) == (0, "")
    assert (tmp_path / "cssw-central-data" / "central.db").is_file()
    status, out, _err = run_cli("admin", "list-workers")
    assert (status, out) == (0, "")


def test_dev_cert_pin_matches_the_served_key(tmp_path: Path) -> None:
    status, out, _err = run_cli("dev-cert", "--host", "central.test", "--out-dir", str(tmp_path))
    assert status == 0
    cert_pem = (tmp_path / "cert.pem").read_bytes()
    assert f"pin: {pin_of_pem(cert_pem)}" in out.splitlines()
    assert stat.S_IMODE((tmp_path / "key.pem").stat().st_mode) == 0o600
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    cert = x509.load_pem_x509_certificate(cert_pem)
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    der = cert.public_bytes(serialization.Encoding.DER)
    pin = pin_of_pem(cert_pem)
    for host in ("central.test", "localhost", "127.0.0.1", "::1"):
        assert certificate_problem(der, pin, host) is None
    assert certificate_problem(der, pin, "other.test") is not None


def test_codes_are_signed_with_the_provisioning_key_and_refused_without_one(
    tmp_path: Path, central: RunningCentral
) -> None:
    status, out, _err = run_cli("dev-cert", "--host", "127.0.0.1", "--out-dir", str(tmp_path))
    assert status == 0
    key_file = tmp_path / "provisioning-key.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    public = (tmp_path / "provisioning-key.pub").read_text().strip()
    assert f"provisioning public key (trial; CSSW_TRIAL_PROVISIONING_KEY): {public}" in out
    made, again = (run_cli("provisioning-key", "--out", str(key_file))[1] for _ in range(2))
    assert made == again == f"kept: {key_file}\npublic key: {public}\n"
    text = central.admin(
        "issue-code", "--username", "wendy", "--server-url", central.url,
        "--tls-cert", str(central.cert_path), "--provisioning-key", str(key_file),
    ).strip()  # fmt: skip
    assert signing_key_of(parse_code(text), [public]) == public
    with pytest.raises(AdminFailed, match="There is no provisioning key file"):
        central.admin(
            "issue-code", "--username", "wendy", "--server-url", central.url,
            "--tls-cert", str(central.cert_path), "--provisioning-key", str(tmp_path / "none"),
        )  # fmt: skip


def test_served_pin_is_the_certificate_pin(central: RunningCentral) -> None:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    port = int(central.url.rsplit(":", 1)[1])
    with (
        socket.create_connection(("127.0.0.1", port)) as raw,
        context.wrap_socket(raw) as tls,
    ):
        der = tls.getpeercert(binary_form=True)
        assert tls.version() in ("TLSv1.2", "TLSv1.3")
    assert der is not None
    assert certificate_problem(der, central.pin, "127.0.0.1") is None


def test_server_refuses_tls_older_than_1_2(central: RunningCentral) -> None:
    server_context = central._server.config.ssl
    assert server_context is not None
    assert server_context.minimum_version == ssl.TLSVersion.TLSv1_2
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # TLS 1.1 is deprecated: the point
        try:
            context.minimum_version = ssl.TLSVersion.TLSv1
            context.maximum_version = ssl.TLSVersion.TLSv1_1
            context.set_ciphers("ALL:@SECLEVEL=0")
        except (ValueError, ssl.SSLError):
            pytest.skip("this OpenSSL cannot even offer TLS 1.1")
    port = int(central.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port)) as raw, pytest.raises(ssl.SSLError):
        context.wrap_socket(raw)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--host", "0.0.0.0", "--insecure-dev-http"], "for development on this computer"),  # noqa: S104
        (["--host", "192.168.1.20", "--insecure-dev-http"], "only for development"),
        (["--host", "127.0.0.1"], "HTTPS only"),
    ],
)
def test_serve_refuses_plain_http_off_loopback(tmp_path: Path, args: list[str], words: str) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    status, _out, err = run_cli("serve", "--database-url", url, *args)
    assert status == 1
    assert words in err
    assert "Traceback" not in err
    assert not (tmp_path / "c.db").exists()  # refused before touching anything
