"""Only the pinned central gets a request: other servers are refused inside the handshake,
before a byte of the request is written."""

from __future__ import annotations

import socket
import ssl
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from cssw_central.infra.certs import make_dev_cert
from cssw_core.enrollment_code import EnrollmentCode, parse_code
from cssw_core.protocol import Policy
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.sync.client import CentralClient
from cssw_desktop.sync.enrollment import enroll
from cssw_desktop.sync.problems import ProblemKind, SyncProblem
from tests.support.central import RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.provisioning import signed
from tests.support.sync import run

PIN_WORDS = "not the one this laptop was enrolled with"
HOST_WORDS = "not for the address"


def _cert(
    subject_key: ec.EllipticCurvePrivateKey,
    names: list[x509.GeneralName],
    issuer: x509.Name | None = None,
    issuer_key: ec.EllipticCurvePrivateKey | None = None,
    ca: bool = False,
) -> x509.Certificate:
    now = datetime.now(UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test")])
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer or subject)
        .public_key(subject_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(issuer_key or subject_key, hashes.SHA256())


def _write(folder: Path, certs: list[x509.Certificate], key: object) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs))
    key_path.write_bytes(
        key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class RogueServer:
    """A TLS server on loopback that records every byte a client sends after the handshake."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.received = b""
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(10)
        try:
            raw, _ = self.sock.accept()
        except OSError:
            return
        self.connections += 1
        raw.settimeout(5)
        try:
            with self.context.wrap_socket(raw, server_side=True) as tls:
                while chunk := tls.recv(65536):
                    self.received += chunk
        except (OSError, ssl.SSLError):
            pass

    def close(self) -> None:
        self.thread.join(timeout=15)
        self.sock.close()


def _rogue_call(server: RogueServer, pin: str) -> SyncProblem:
    async def go() -> None:
        async with CentralClient(f"https://127.0.0.1:{server.port}", pin) as client:
            await client.call("GET", "/v1/policy", None, Policy)

    with pytest.raises(SyncProblem) as refused:
        run(go())
    server.close()
    return refused.value


def _central_key(central: RunningCentral) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(central.key_path.read_bytes(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return key


LOOPBACK: list[x509.GeneralName] = [x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]


def test_a_server_with_another_certificate_gets_nothing(
    central: RunningCentral, tmp_path: Path
) -> None:
    cert, key, _pin = make_dev_cert("127.0.0.1", tmp_path / "other")
    server = RogueServer(cert, key)
    problem = _rogue_call(server, central.pin)
    assert problem.kind is ProblemKind.PIN
    assert PIN_WORDS in problem.message
    assert server.connections == 1
    assert server.received == b""


def test_a_self_signed_certificate_with_another_key_gets_nothing(
    central: RunningCentral, tmp_path: Path
) -> None:
    other = ec.generate_private_key(ec.SECP256R1())
    server = RogueServer(*_write(tmp_path / "self", [_cert(other, LOOPBACK)], other))
    problem = _rogue_call(server, central.pin)
    assert problem.kind is ProblemKind.PIN
    assert PIN_WORDS in problem.message
    assert server.received == b""


def test_the_pinned_key_under_the_wrong_host_name_gets_nothing(
    central: RunningCentral, tmp_path: Path
) -> None:
    key = _central_key(central)
    wrong = _cert(key, [x509.DNSName("central.elsewhere.example")])
    server = RogueServer(*_write(tmp_path / "host", [wrong], key))
    problem = _rogue_call(server, central.pin)
    assert problem.kind is ProblemKind.PIN
    assert HOST_WORDS in problem.message
    assert server.received == b""


def test_a_certificate_from_a_ca_with_another_key_gets_nothing(
    central: RunningCentral, tmp_path: Path
) -> None:
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _cert(ca_key, [], ca=True)
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf = _cert(leaf_key, LOOPBACK, issuer=ca.subject, issuer_key=ca_key)
    server = RogueServer(*_write(tmp_path / "ca", [leaf, ca], leaf_key))
    problem = _rogue_call(server, central.pin)
    assert problem.kind is ProblemKind.PIN
    assert PIN_WORDS in problem.message
    assert server.received == b""


def test_a_code_with_another_pin_sends_nothing_to_central(
    central: RunningCentral, runner: OpenStore, tmp_path: Path
) -> None:
    real = parse_code(central.issue_code("wendy"))
    _c, _k, other_pin = make_dev_cert("127.0.0.1", tmp_path / "x")
    # Signed by the council's key (IT gave out a code with the wrong pin): only the pin
    # stops it. (A code nobody trusted signed is refused before this: test_enrollment_attacks.)
    forged = signed(EnrollmentCode(real.server_url, other_pin, real.secret))
    with pytest.raises(SyncProblem) as refused:
        run(enroll(runner, forged, WENDY_PASSWORD, device_name="x", app_version="t"))
    assert refused.value.kind is ProblemKind.PIN
    assert runner.store.profile.get() is None
    assert runner.store.device.device_id not in central.admin("list-devices")
    # The single-use code never reached central: it still enrolls with the right pin.
    profile = run(enroll(runner, real.text(), WENDY_PASSWORD, device_name="x", app_version="t"))
    assert profile.display_name == "Wendy Walker"
