"""The device secret: half of what unwraps the store key, kept in the OS keyring.

Only keyrings that keep secrets encrypted by the operating system are accepted. The
`fail` backend (nothing installed) and the `null` backend (silently forgets) are refused,
as are plaintext and third-party file backends: a missing secret must never look like a
first run.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from typing import TYPE_CHECKING

from cssw_desktop.storage.errors import KeyringUnavailable
from cssw_desktop.storage.keys import KEY_BYTES

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring is imported on first use (it finds its backends through package metadata, which
# is slow), so the unlock screen can show before it is needed.

SERVICE = "CSSW offline consent"

# Backends that keep secrets encrypted by the OS: (module, class name).
ALLOWED_BACKENDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("keyring.backends.SecretService", "Keyring"),  # GNOME Keyring, KeePassXC, …
        ("keyring.backends.libsecret", "Keyring"),
        ("keyring.backends.kwallet", "DBusKeyring"),
        ("keyring.backends.Windows", "WinVaultKeyring"),  # Windows Credential Manager
        ("keyring.backends.macOS", "Keyring"),  # macOS Keychain
    }
)

_HOW_TO_FIX = (
    "On Linux, install and unlock GNOME Keyring (packages gnome-keyring and dbus) or "
    "another Secret Service; on Windows and macOS the built-in credential store is used. "
    "Contact IT support if you are not sure."
)


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_allowed(backend: KeyringBackend) -> bool:
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        members = backend.backends
        return bool(members) and all(_is_allowed(member) for member in members)
    cls = type(backend)
    return (cls.__module__, cls.__qualname__) in ALLOWED_BACKENDS


class DeviceSecrets:
    """Reads and writes this laptop's device secrets in an allowed OS keyring."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._chosen = backend

    @property
    def _backend(self) -> KeyringBackend:
        if self._chosen is None:
            import keyring

            self._chosen = keyring.get_keyring()
        if hasattr(self._chosen, "persist"):
            # Windows: keep the secret on this machine, never roaming with the profile.
            self._chosen.persist = "local machine"
        return self._chosen

    @property
    def name(self) -> str:
        return backend_name(self._backend)

    def check_backend(self) -> str:
        """The backend's name, or KeyringUnavailable saying what to install or unlock."""
        if not _is_allowed(self._backend):
            raise KeyringUnavailable(
                f"No secure keyring is available on this laptop (found {self.name}), so the "
                f"store cannot be protected. {_HOW_TO_FIX}"
            )
        return self.name

    def _call(self, action: str, func: object, *args: str) -> object:
        import keyring.errors

        try:
            return func(*args)  # type: ignore[operator]
        except keyring.errors.KeyringLocked as exc:
            raise KeyringUnavailable(
                f"The keyring is locked, so the store's device secret cannot be {action}. "
                "Unlock your keyring (usually by signing in to the laptop) and try again."
            ) from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                f"The keyring did not answer, so the store's device secret cannot be "
                f"{action}. {_HOW_TO_FIX}"
            ) from exc
        except Exception as exc:  # D-Bus or the OS store itself failed in its own way
            raise KeyringUnavailable(
                f"The keyring could not be reached ({type(exc).__name__}), so the store's "
                f"device secret cannot be {action}. {_HOW_TO_FIX}"
            ) from exc

    def get(self, store_id: str) -> bytes | None:
        """The store's device secret, or None if the keyring holds none for it."""
        self.check_backend()
        text = self._call("read", self._backend.get_password, SERVICE, store_id)
        if text is None:
            return None
        try:
            secret = base64.b64decode(str(text).encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            return None
        return secret if len(secret) == KEY_BYTES else None

    def put(self, store_id: str, secret: bytes) -> None:
        """Save the secret, then read it back: a keyring that forgets is not accepted."""
        self.check_backend()
        encoded = base64.b64encode(secret).decode("ascii")
        self._call("saved", self._backend.set_password, SERVICE, store_id, encoded)
        if self.get(store_id) != secret:
            raise KeyringUnavailable(
                f"The keyring did not keep the store's device secret. {_HOW_TO_FIX}"
            )

    def delete(self, store_id: str) -> None:
        """Remove the secret (used when a new store's creation is abandoned, and by tests)."""
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(SERVICE, store_id)

    @staticmethod
    def new_secret() -> bytes:
        return os.urandom(KEY_BYTES)
