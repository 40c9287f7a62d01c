"""The device secret lives in the real OS keyring; unsafe keyrings are refused."""

from __future__ import annotations

import uuid

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.compat import properties

from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.errors import KeyringUnavailable
from tests.support.keyring import TidyDeviceSecrets


def test_secret_round_trips_through_the_real_keyring(device_secrets: TidyDeviceSecrets) -> None:
    assert "SecretService" in device_secrets.check_backend()
    store_id = str(uuid.uuid4())
    secret = DeviceSecrets.new_secret()
    device_secrets.put(store_id, secret)
    assert DeviceSecrets().get(store_id) == secret  # a second handle sees it too
    device_secrets.delete(store_id)
    assert device_secrets.get(store_id) is None


class PlaintextFileKeyring(KeyringBackend):
    """Test double standing in for plaintext backends such as keyrings.alt's file keyring
    (not installed here): it must be refused by class, whatever it stores."""

    @properties.classproperty
    def priority(self) -> float:
        # Not viable, so keyring never picks it (or chains it) for the real tests.
        raise RuntimeError("test double: only used when passed in explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextFileKeyring()],
    ids=["fail", "null", "plaintext"],
)
def test_unsafe_keyrings_are_refused_with_what_to_do(backend: KeyringBackend) -> None:
    secrets = DeviceSecrets(backend)
    with pytest.raises(KeyringUnavailable, match="gnome-keyring") as refused:
        secrets.check_backend()
    assert "No secure keyring" in refused.value.message
    with pytest.raises(KeyringUnavailable):
        secrets.put("store", DeviceSecrets.new_secret())
    with pytest.raises(KeyringUnavailable):
        secrets.get("store")


def test_a_chain_containing_an_unsafe_keyring_is_refused() -> None:
    class NullOnlyChain(chainer.ChainerBackend):
        backends = (null.Keyring(),)

    with pytest.raises(KeyringUnavailable):
        DeviceSecrets(NullOnlyChain()).check_backend()


def test_null_keyring_selected_by_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PYTHON_KEYRING_BACKEND can select the silently-forgetting null backend."""
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    backend = keyring.core.load_env()
    assert backend is not None
    with pytest.raises(KeyringUnavailable):
        DeviceSecrets(backend).check_backend()
