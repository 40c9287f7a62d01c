"""`cssw-desktop --self-test`: prove a build works on this laptop, then leave no trace.

In a temporary folder: a new store protected by the real OS keyring (as `init` makes
one), one fictional training family, one consent form sealed the way `demo` seals it,
its PDF made by the app's renderer (offscreen), and every seal re-checked. Then the
store, its keyring secret and the folder are removed. Used after installing and by
`installer/smoke` on the frozen build, so it names no family and prints no personal
data: one line on success, one plain line on standard error on a problem.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import sys
import tempfile
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cssw_core.errors import CsswError
from cssw_desktop.logs import describe_exception
from cssw_desktop.storage.device_secret import DeviceSecrets

if TYPE_CHECKING:
    from cssw_desktop.storage.store import Store
    from cssw_desktop.storage.vault import Vault

PASSED = "self-test passed: store, keyring, seal, PDF, verify"


class SelfTestFailed(CsswError):
    """One step of the self-test did not do what it should; the message says which."""


class _RememberingSecrets(DeviceSecrets):
    """The real keyring, noting every secret put there so all of them can be removed,
    even if the store's creation stops half-way."""

    def __init__(self) -> None:
        super().__init__()
        self.written: set[str] = set()

    def put(self, store_id: str, secret: bytes) -> None:
        self.written.add(store_id)  # before: a failed read-back still leaves it there
        super().put(store_id, secret)


def _passphrase() -> str:
    """A throwaway passphrase that passes the app's own strength rules."""
    words = "-".join(secrets.token_hex(4) for _ in range(4))
    return f"Self test {words}"


def _seal_demo_consent(store: Store) -> None:
    """One demo family and one sealed consent form, exactly as `cssw-desktop demo` does."""
    from cssw_desktop.demo import demo_families
    from cssw_desktop.demo_records import DemoRecords, demo_records, save_demo_records
    from cssw_desktop.storage.clock import utc_now

    today = date.today()
    families = demo_families(1, today)
    store.families.add_many(families)
    plan = demo_records(families, today, utc_now())
    if not plan.consents:
        raise SelfTestFailed("the demo data gave no consent form to seal")
    save_demo_records(store, DemoRecords(consents=plan.consents[:1]))


def _render_pdf(store: Store) -> None:
    from cssw_documents.pdf import ensure_gui_app, render_pdf

    checks = store.sealing.check_all()
    if len(checks) != 1:
        raise SelfTestFailed(f"expected one sealed record, found {len(checks)}")
    record = store.records.get(uuid.UUID(checks[0].record_id), checks[0].version)
    if record.seal is None:
        raise SelfTestFailed("the sealed record has no seal")
    ensure_gui_app()
    pdf = render_pdf(record.body, record.seal, store.audit.entries(record.id))
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:] or len(pdf) < 2000:
        raise SelfTestFailed("the PDF renderer did not produce a complete PDF")


def _verify(store: Store) -> None:
    checks = store.sealing.check_all()
    if not checks:
        raise SelfTestFailed("no sealed record was found to verify")
    failed = [c for c in checks if c.problem is not None]
    if failed:
        raise SelfTestFailed(f"a seal did not verify: {failed[0].problem}")


def _clean_up(vault: Vault | None, store: Store | None, keyring: _RememberingSecrets) -> None:
    """Remove the store, every keyring secret this run wrote, and check they are gone."""
    if vault is not None:
        vault.wipe(store)  # closes the store, removes its files and its keyring secret
    for store_id in sorted(keyring.written):
        keyring.delete(store_id)
        if keyring.get(store_id) is not None:
            raise SelfTestFailed("the keyring kept the test store's secret after removing it")


def run_self_test() -> None:
    """Do every step; SelfTestFailed (or another exception) on the first that fails."""
    from cssw_desktop.storage.vault import Vault

    folder = Path(tempfile.mkdtemp(prefix="cssw-self-test-"))
    keyring = _RememberingSecrets()
    vault: Vault | None = None
    store: Store | None = None
    try:
        keyring.check_backend()
        vault = Vault(folder / "data", keyring)
        store = vault.create(_passphrase())
        _seal_demo_consent(store)
        _render_pdf(store)
        _verify(store)
    except BaseException:
        with contextlib.suppress(Exception):  # the first problem is the one to report
            _clean_up(vault, store, keyring)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        _clean_up(vault, store, keyring)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        raise SelfTestFailed(f"the temporary folder {folder} could not be removed")


def main() -> int:
    """Run the self-test: 0 and one line on standard output, or 1 and one line on stderr."""
    try:
        run_self_test()
    except CsswError as problem:
        print(f"cssw-desktop self-test failed: {problem.message}", file=sys.stderr)
        return 1
    except Exception:
        exc_type, _exc, tb = sys.exc_info()
        assert exc_type is not None
        print(
            "cssw-desktop self-test failed: something unexpected went wrong "
            f"({describe_exception(exc_type, tb)}).",
            file=sys.stderr,
        )
        return 1
    print(PASSED)
    return 0
