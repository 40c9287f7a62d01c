"""The backup file of unsent records as an append-only journal of encrypted frames.

Rewriting the whole backup after every seal made sealing slower as the outbox grew (110
ms with 300 records unsent against 15 ms with one). The file is now a header line, then
frames appended one per change, each standing alone:

    header  canonical JSON: format 2, kind, store id, a random journal id (nothing personal)
    frame   4-byte big-endian length L, 12-byte nonce, AES-256-GCM ciphertext (L - 12 bytes)
            of the zlib-compressed canonical JSON; associated data: the header line and the
            frame's 8-byte position, so frames cannot be moved within or between files.

Frame 0 is the whole contents (as format 1 held them); each later frame is a patch: the
sealed records new since the frame before (with their outbox rows, families and
children), outbox rows that changed (a PDF kept), the device or enrollment when changed,
and the records to drop (receipted by central). A seal appends one frame of its own size,
so sealing stays flat however many records wait.

A crash or kill mid-append leaves a cut-off last frame: reading stops before it (the
records it held were committed to the store before it was written, and the next unlock
writes them again). A last frame that does not decrypt is treated the same way (a power
cut may leave its bytes unwritten); any earlier frame that does not decrypt makes the
whole backup unreadable. The file is written whole again (`compact`) at the first write
of each unlock that needs it and once more records have been dropped than it holds.
"""

from __future__ import annotations

import base64
import json
import os
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cssw_core.domain.canonical import canonical_json

FORMAT = 2
KIND = "cssw-unsynced-backup"
NONCE_BYTES = 12
LENGTH_BYTES = 4
JOURNAL_ID_BYTES = 16

Row = dict[str, Any]
RecordKey = tuple[str, int]  # (record id, version)


def plain(value: Any) -> Any:
    return {"b64": base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value


def unplain(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"b64"}:
        return base64.b64decode(value["b64"])
    return value


def plain_rows(items: Iterable[Row]) -> list[Row]:
    return [{k: plain(v) for k, v in row.items()} for row in items]


def unplain_rows(items: Iterable[Row]) -> list[Row]:
    return [{k: unplain(v) for k, v in row.items()} for row in items]


def record_key(row: Row) -> RecordKey:
    return (str(row["id"]), int(row["version"]))


def outbox_key(row: Row) -> RecordKey:
    return (str(row["record_id"]), int(row["version"]))


def new_header(store_id: str) -> bytes:
    """The header line (without its newline) of a new journal."""
    return canonical_json(
        {
            "format": FORMAT,
            "kind": KIND,
            "store_id": store_id,
            "journal": base64.b64encode(os.urandom(JOURNAL_ID_BYTES)).decode("ascii"),
        }
    )


def seal_frame(header: bytes, position: int, document: dict[str, Any], key: bytes) -> bytes:
    """One encrypted frame, ready to append at `position`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    associated = header + b"\n" + position.to_bytes(8, "big")
    sealed = AESGCM(key).encrypt(nonce, zlib.compress(canonical_json(document), 1), associated)
    body = nonce + sealed
    return len(body).to_bytes(LENGTH_BYTES, "big") + body


@dataclass
class Patch:
    """What one frame after the first changes (rows as the store keeps them)."""

    written_at: str
    schema_version: int
    records: list[Row] = field(default_factory=list)
    outbox: list[Row] = field(default_factory=list)
    families: list[Row] = field(default_factory=list)
    children: list[Row] = field(default_factory=list)
    drop: list[RecordKey] = field(default_factory=list)
    device: Row | None = None  # only when changed
    profile: Row | None = None

    def document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "patch": True,
            "written_at": self.written_at,
            "schema_version": self.schema_version,
            "records": plain_rows(self.records),
            "outbox": plain_rows(self.outbox),
            "families": plain_rows(self.families),
            "children": plain_rows(self.children),
            "drop": [[k[0], k[1]] for k in self.drop],
        }
        if self.device is not None:
            doc["device"] = plain_rows([self.device])[0]
        if self.profile is not None:
            doc["profile"] = plain_rows([self.profile])[0]
        return doc


@dataclass
class Frames:
    """A journal file split into its decrypted frames."""

    header: bytes
    store_id: str
    documents: list[dict[str, Any]]
    good_size: int  # bytes up to the end of the last frame that decrypted
    torn: bool  # bytes after that: a cut-off or unwritten last frame


def read_frames(data: bytes, key: bytes) -> Frames:
    """The frames of a format-2 file (ValueError / InvalidTag / zlib.error when damaged)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, newline, _ = data.partition(b"\n")
    if not newline:
        raise ValueError("no header")
    doc = json.loads(header)
    if doc.get("format") != FORMAT or doc.get("kind") != KIND:
        raise ValueError("not a backup journal")
    base64.b64decode(doc["journal"], validate=True)
    aead = AESGCM(key)
    documents: list[dict[str, Any]] = []
    at = len(header) + 1
    while at < len(data):
        end = at + LENGTH_BYTES
        length = int.from_bytes(data[at:end], "big") if end <= len(data) else -1
        if length < NONCE_BYTES + 16 or end + length > len(data):
            break  # cut off mid-append
        body = data[end : end + length]
        associated = header + b"\n" + len(documents).to_bytes(8, "big")
        try:
            plain_json = aead.decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], associated)
        except InvalidTag:
            if end + length == len(data):
                break  # the last frame, never written whole
            raise
        documents.append(json.loads(zlib.decompress(plain_json)))
        at = end + length
    if not documents:
        raise ValueError("the journal holds no whole frame")
    return Frames(header, str(doc["store_id"]), documents, at, at < len(data))


@dataclass
class Applied:
    """Every frame applied in order: the backup's rows, and how much is dead weight."""

    first: dict[str, Any]
    written_at: str
    schema_version: int
    device: Row | None
    profile: Row | None
    families: dict[str, Row]
    children: dict[str, list[Row]]  # by family id
    records: dict[RecordKey, Row]
    outbox: dict[RecordKey, Row]
    dropped: int  # records written into the file and dropped since


def apply_frames(documents: list[dict[str, Any]]) -> Applied:
    first = documents[0]
    if first.get("patch"):
        raise ValueError("the journal does not start with whole contents")
    children: dict[str, list[Row]] = {}
    for child in unplain_rows(first["children"]):
        children.setdefault(str(child["family_id"]), []).append(child)
    state = Applied(
        first=first,
        written_at=str(first["written_at"]),
        schema_version=int(first["schema_version"]),
        device=None if first["device"] is None else unplain_rows([first["device"]])[0],
        profile=None if first["profile"] is None else unplain_rows([first["profile"]])[0],
        families={str(f["id"]): f for f in unplain_rows(first["families"])},
        children=children,
        records={record_key(r): r for r in unplain_rows(first["records"])},
        outbox={outbox_key(o): o for o in unplain_rows(first["outbox"])},
        dropped=0,
    )
    for patch in documents[1:]:
        if not patch.get("patch"):
            raise ValueError("whole contents after the first frame")
        state.written_at = str(patch["written_at"])
        state.schema_version = int(patch["schema_version"])
        if "device" in patch:
            state.device = unplain_rows([patch["device"]])[0]
        if "profile" in patch:
            state.profile = unplain_rows([patch["profile"]])[0]
        for family in unplain_rows(patch["families"]):
            state.families[str(family["id"])] = family
        fresh_children: dict[str, list[Row]] = {}
        for child in unplain_rows(patch["children"]):
            fresh_children.setdefault(str(child["family_id"]), []).append(child)
        for family in patch["families"]:
            state.children[str(family["id"])] = fresh_children.get(str(family["id"]), [])
        for record in unplain_rows(patch["records"]):
            state.records[record_key(record)] = record
        for queued in unplain_rows(patch["outbox"]):
            state.outbox[outbox_key(queued)] = queued
        for record_id, version in patch["drop"]:
            key = (str(record_id), int(version))
            if state.records.pop(key, None) is not None:
                state.dropped += 1
            state.outbox.pop(key, None)
    return state
