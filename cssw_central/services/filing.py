"""Filing approved records for the case system: an export adapter and its default, a drop folder.

A case-system integration picks up a pair of files per record from the drop folder:
`<record_id>-v<version>.pdf` (the signed form, which replaces the scanned paper form) and
`<record_id>-v<version>.json` (the evidence: the sealed document exactly as hashed, its
hash and seal, the device key, central's signed receipt and the review decision). The JSON
is written last, so a picker that waits for the `.json` always finds a complete pair.

Each file is written atomically (temporary file in the same folder, permissions set before
any data, fsync, rename, fsync of the folder) and filing is idempotent: filing the same
record again leaves identical files and succeeds; a file already there with other content
is refused and never overwritten.

The folder and its files are the owner's alone (0700 and 0600; `serve` narrows the folder
when it starts): the case-system picker runs as the same user as central.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cssw_central.infra.files import OWNER_ONLY, atomic_write, fsync_folder

FILED_FORMAT = "cssw.filed-record/1"
DEFAULT_FILE_MODE = OWNER_ONLY  # 0600: the picker runs as central's own user
_RECORD_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class FilingFailed(Exception):
    """The record could not be filed; the message is plain words with no personal data."""


@dataclass(frozen=True, slots=True)
class FiledRecord:
    """Everything filed for one approved record, gathered from central's tables."""

    record_id: str
    version: int
    kind: str  # consent | withdrawal
    family_id: str
    document: str  # the sealed canonical JSON, exactly as hashed and signed
    content_hash: str
    seal_signature: str
    device_id: str
    device_public_key: str
    pdf: bytes
    receipt: dict[str, Any]  # protocol.SignedReceipt as JSON: the receipt and its signature
    approved_by_id: str
    approved_by: str  # the team lead's display name
    approved_at: str  # UTC text

    @property
    def base_name(self) -> str:
        if not _RECORD_ID.match(self.record_id) or self.version < 1:
            raise FilingFailed("The record's id or version is not in the expected form.")
        return f"{self.record_id}-v{self.version}"


class Filer(Protocol):
    """An export adapter: files one approved record and says where it went."""

    def file(self, record: FiledRecord) -> str: ...


def filed_json(record: FiledRecord) -> bytes:
    """The JSON document filed beside the PDF. The same record always gives the same bytes."""
    body = {
        "format": FILED_FORMAT,
        "record_id": record.record_id,
        "version": record.version,
        "kind": record.kind,
        "family_id": record.family_id,
        "document": record.document,
        "content_hash": record.content_hash,
        "seal_signature": record.seal_signature,
        "device_id": record.device_id,
        "device_public_key": record.device_public_key,
        "pdf_file": f"{record.base_name}.pdf",
        "pdf_sha256": hashlib.sha256(record.pdf).hexdigest(),
        "receipt": record.receipt,
        "review": {
            "decision": "approved",
            "approved_by": record.approved_by,
            "approved_by_id": record.approved_by_id,
            "approved_at": record.approved_at,
        },
    }
    return (json.dumps(body, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()


class DropFolderFiler:
    """Files each record as a PDF and a JSON document in one folder (the default adapter)."""

    def __init__(self, folder: Path | str, *, file_mode: int = DEFAULT_FILE_MODE) -> None:
        self.folder = Path(folder)
        self.file_mode = file_mode

    def file(self, record: FiledRecord) -> str:
        """Write the pair (PDF first, JSON last); the JSON's path is where the record went."""
        if not self.folder.is_dir():
            raise FilingFailed("The drop folder for filed records does not exist.")
        base = record.base_name
        json_path = self.folder / f"{base}.json"
        _write_once(self.folder / f"{base}.pdf", record.pdf, self.file_mode)
        _write_once(json_path, filed_json(record), self.file_mode)
        return str(json_path)


def remove_filed(folder: Path, base_name: str) -> int:
    """Remove a record's pair from the drop folder (JSON first, so a picker that waits for
    the `.json` never sees half a pair); how many files went. Missing files are no error:
    the case system may have picked them up already. OSError if one cannot be removed."""
    removed = 0
    for suffix in (".json", ".pdf"):
        try:
            (folder / f"{base_name}{suffix}").unlink()
            removed += 1
        except FileNotFoundError:
            continue
    if removed:
        fsync_folder(folder)
    return removed


def _write_once(path: Path, data: bytes, mode: int) -> None:
    """Write `data` to `path` atomically, unless the same bytes are there already."""
    existing = _read_if_present(path)
    if existing is not None:
        if existing == data:
            return
        raise FilingFailed(
            f"A different file named {path.name} is already in the drop folder; "
            "it was left as it is. Ask IT to check the drop folder."
        )
    try:
        atomic_write(path, data, mode)
    except OSError as error:
        raise FilingFailed(
            f"The drop folder could not be written to ({error.strerror or 'input/output error'})."
        ) from error


def _read_if_present(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise FilingFailed(
            f"A file already in the drop folder could not be read ({error.strerror})."
        ) from error
