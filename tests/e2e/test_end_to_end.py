"""End to end on loopback: a worker's laptop and a team lead's, the real central service.

The worker's side runs the real `cssw-desktop` commands in their own processes (init,
demo, enroll, sync) against the real keyring; central is the real app under uvicorn with
real TLS on a fresh PostgreSQL database. The team lead approves every record but one,
which goes back with a comment; the filed copies in the drop folder must verify on their
own (hash, seal, receipt; the PDF is central's own, signed, with the evidence inside, and
`cssw-central verify-pdf` says so), and the returned record must reach the worker's laptop.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cssw_central.infra.tables import Record
from cssw_core.domain.sealing import Seal, seal_problem
from cssw_core.protocol import SignedReceipt
from cssw_core.signing import receipt_holds
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.thread import store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.client import CentralClient
from cssw_desktop.sync.enrollment import enroll
from cssw_desktop.sync.review import ReviewClient
from tests.support.central import RunningCentral, run_cli
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD
from tests.support.stores import PASSPHRASE

COMMENT = "Please check the young person's answer with them and take a new form."


def cssw(data_dir: Path, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def lead_review(central: RunningCentral, vault: Vault) -> ReviewClient:
    """The team lead's laptop: a store of its own, enrolled as Tara (a team lead)."""
    store = vault.create(PASSPHRASE)
    runner = store_on_own_thread(store)
    try:
        profile = asyncio.run(
            enroll(
                runner,
                central.issue_code("tara"),
                TARA_PASSWORD,
                device_name="Lead laptop",
                app_version="test",
            )
        )
        assert profile.role == "team_lead"
        key = store.device.key()
    finally:
        runner.thread.shutdown()
        store.close()
    client = CentralClient(central.url, central.pin, signer=key, device_id=key.device_id)
    return ReviewClient(client)


@pytest.mark.usefixtures("device_secrets")
def test_demo_records_reach_central_once_and_approved_ones_are_filed_verifiably(
    central: RunningCentral, tmp_path: Path, vault: Vault
) -> None:
    worker_dir = tmp_path / "worker-laptop"
    ok(cssw(worker_dir, "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    ok(cssw(worker_dir, "demo", "--families", "8", "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    code = central.issue_code("wendy")
    ok(
        cssw(
            worker_dir,
            "enroll",
            "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\n{code}\n{WENDY_PASSWORD}\n",
        )
    )
    ok(cssw(worker_dir, "sync", "--passphrase-stdin", stdin=PASSPHRASE + "\n"))

    worker = Vault(worker_dir, DeviceSecrets()).unlock(PASSPHRASE)
    try:
        rows = worker.outbox.rows()
        worker_key = worker.device.key().public_key
    finally:
        worker.close()
    assert rows, "the demo seals records, so the outbox has them"
    assert {row.state for row in rows} == {"synced"}

    # Exactly one copy of each record centrally, a second sync sends nothing new.
    ok(cssw(worker_dir, "sync", "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    with central.session() as session:
        assert session.scalar(select(func.count()).select_from(Record)) == len(rows)

    review = lead_review(central, vault)

    async def decide() -> tuple[list[str], str]:
        received = await review.list("received")
        assert len(received) == len(rows)
        returned, *approved = received
        detail = await review.detail(returned.record_id, returned.version)
        assert detail.pdf_base64 == ""  # laptops send no PDF; central makes one on approval
        await review.return_record(returned.record_id, returned.version, COMMENT)
        for item in approved:
            decided = await review.approve(item.record_id, item.version)
            assert decided.state == "filed"
        first = approved[0]
        detail = await review.detail(first.record_id, first.version)
        name = f"{first.record_id}-v{first.version}.pdf"
        assert base64.b64decode(detail.pdf_base64) == (central.drop_folder / name).read_bytes()
        devices = await review.devices()
        laptop = next(d for d in devices if d.worker_name == "Wendy Walker")
        assert laptop.pending == 0
        await review._client.aclose()
        return [f"{i.record_id}-v{i.version}" for i in approved], returned.record_id

    filed_names, returned_id = asyncio.run(decide())

    # Every approved record is in the drop folder, and verifies without central's help.
    for name in filed_names:
        filed = json.loads((central.drop_folder / f"{name}.json").read_text())
        pdf = (central.drop_folder / f"{name}.pdf").read_bytes()
        assert pdf.startswith(b"%PDF")
        assert hashlib.sha256(pdf).hexdigest() == filed["pdf_sha256"]
        text = filed["document"].encode("utf-8")
        assert hashlib.sha256(text).hexdigest() == filed["content_hash"]
        document = json.loads(text)
        seal = Seal(filed["content_hash"], filed["seal_signature"], filed["device_id"], worker_key)
        assert seal_problem(document, seal) is None
        assert receipt_holds(
            SignedReceipt.model_validate(filed["receipt"]), central.receipt_public_key
        )
        tampered = dict(document, worker="Someone Else")
        assert seal_problem(tampered, seal) is not None
        status, said, _err = run_cli(
            "verify-pdf", str(central.drop_folder / f"{name}.pdf"),
            "--trust", str(central.signing.cert),
            "--receipt-key", central.receipt_public_key,
        )  # fmt: skip
        assert status == 0, said
        assert f"Sealed record {filed['record_id']} version {filed['version']}" in said
    assert not list(central.drop_folder.glob(f"{returned_id}-*"))

    # The returned record, with the team lead's comment, reaches the worker at the next sync.
    ok(cssw(worker_dir, "sync", "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    worker = Vault(worker_dir, DeviceSecrets()).unlock(PASSPHRASE)
    try:
        returned = worker.returned.all()
    finally:
        worker.close()
    assert [(str(r.record_id), r.comment) for r in returned] == [(returned_id, COMMENT)]


@pytest.mark.usefixtures("device_secrets")
def test_a_caseload_preloaded_centrally_reaches_the_workers_laptop(
    central: RunningCentral, tmp_path: Path
) -> None:
    """IT imports the case system's allocation; the worker downloads it before going out."""
    family_id, child_id = str(uuid.uuid4()), str(uuid.uuid4())
    caseload = tmp_path / "caseload.json"
    caseload.write_text(
        json.dumps(
            {
                "families": [
                    {
                        "id": family_id,
                        "family_name": "Adeyemi",
                        "address": "4 Birch Close, Demoford",
                        "case_reference": "CSSW-200417",
                        "allocated_worker": "wendy",
                        "children": [
                            {
                                "id": child_id,
                                "name": "Tobi Adeyemi",
                                "gender": "Male",
                                "date_of_birth": "2012-06-01",
                            }
                        ],
                    }
                ]
            }
        )
    )
    central.admin("import-families", str(caseload))
    worker_dir = tmp_path / "worker-laptop"
    ok(cssw(worker_dir, "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n"))
    code = central.issue_code("wendy")
    ok(
        cssw(
            worker_dir,
            "enroll",
            "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\n{code}\n{WENDY_PASSWORD}\n",
        )
    )
    ok(cssw(worker_dir, "sync", "--caseload", "--passphrase-stdin", stdin=PASSPHRASE + "\n"))

    worker = Vault(worker_dir, DeviceSecrets()).unlock(PASSPHRASE)
    try:
        family = worker.families.get(uuid.UUID(family_id))
    finally:
        worker.close()
    assert (family.family_name, family.case_reference) == ("Adeyemi", "CSSW-200417")
    assert [(str(c.id), c.name) for c in family.children] == [(child_id, "Tobi Adeyemi")]
