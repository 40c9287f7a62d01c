"""Store and key problems, each explained in plain words with what to do next."""

from cssw_desktop.errors import CsswError


class KeyringUnavailable(CsswError):
    """The OS keyring cannot hold this laptop's device secret safely."""


class DeviceSecretMissing(CsswError):
    """A store exists but the keyring no longer has the secret that opens it."""


class StoreFilesInconsistent(CsswError):
    """The data folder has some of a store's files but not others."""


class StoreAlreadyExists(CsswError):
    """Creating a store was asked for where one already is."""


class StoreNewerThanApp(CsswError):
    """The store was written by a newer version of the app."""


class StoreDamaged(CsswError):
    """The store file cannot be read with the right key: it is damaged or not ours."""


class WrongPassphrase(CsswError):
    """The passphrase did not open the store."""

    def __init__(self, message: str, wait_seconds: float) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class UnlockThrottled(CsswError):
    """Too many wrong passphrases: the next attempt must wait."""

    def __init__(self, message: str, wait_seconds: float) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class StoreLocked(CsswError):
    """The store was used after it was locked."""
