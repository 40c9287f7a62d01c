"""The third-party licences text: what a council's legal team or an auditor reads to see
what the app is built from and under which terms."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from cssw_desktop import licences

MAIN_PACKAGES = ("PySide6-Essentials", "shiboken6", "sqlcipher3", "keyring", "cryptography")


@pytest.fixture(scope="module")
def text() -> str:
    return licences.third_party_licences()


def summary_lines(text: str) -> list[str]:
    """The list at the top: one line a package, up to the blank line after it."""
    start = text.index("Packages:\n") + len("Packages:\n")
    return text[start : text.index("\n\n", start)].splitlines()


@pytest.mark.parametrize("name", MAIN_PACKAGES)
def test_each_main_package_is_listed_with_its_version_and_licence(text: str, name: str) -> None:
    dist = metadata.distribution(name)
    licence = licences.licence_name(dist)
    assert licence != "not stated in the package's metadata"
    assert f"  {dist.metadata['Name']} {dist.version} — {licence}" in summary_lines(text)


def test_licences_are_the_ones_the_packages_state(text: str) -> None:
    lines = summary_lines(text)
    assert any(line.startswith("  keyring ") and line.endswith(" — MIT") for line in lines)
    assert any("cryptography" in line and "Apache-2.0" in line for line in lines)
    assert any("PySide6" in line and "LGPL-3.0-only" in line for line in lines)
    # sqlcipher3's metadata states none: named from the licence file it ships, printed too
    assert any(line.startswith("  sqlcipher3 ") and "Zlib" in line for line in lines)
    assert "Copyright (c) 2004-2007 Gerhard Häring" in text


def test_the_licence_files_the_packages_ship_are_included_in_full(text: str) -> None:
    keyring = metadata.distribution("keyring")
    files = licences.licence_texts(keyring)
    assert files, "keyring ships a LICENSE file"
    for _name, body in files:
        assert body in text


def test_only_runtime_packages_are_listed_not_test_build_or_central_tools(text: str) -> None:
    listed = {line.split()[0].lower() for line in summary_lines(text)}
    for tool in ("pytest", "pytest-qt", "hypothesis", "mypy", "ruff", "pyinstaller"):
        assert tool not in listed
    for central in ("fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg"):
        assert central not in listed
    assert "cssw-desktop" not in listed  # the app itself is not third-party
    # and the runtime closure reaches the dependencies' own dependencies
    assert {"httpcore", "h11", "pydantic-core", "secretstorage", "jeepney"} <= {
        name.replace("_", "-") for name in listed
    }


def test_the_software_inside_the_binaries_has_its_notices(text: str) -> None:
    inside = text[text.index("Inside them:") :]
    assert "Qt " in inside
    assert "LGPL-3.0-only" in inside
    assert "SQLCipher" in inside
    assert "ZETETIC LLC" in text
    assert "SQLite" in inside
    assert "OpenSSL" in inside
    assert "Apache-2.0" in inside
    assert f"Python {sys.version.split()[0]}" in inside
    assert "DejaVu fonts" in inside  # the PDF's shipped fonts, with their licence in full
    assert "Bitstream Vera Fonts Copyright" in text
    assert "Arev Fonts Copyright" in text
    # The LGPL asks for its own text and the GPL's; OpenSSL's licence in full too.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text
    assert "Apache License" in text
    assert "Version 2.0, January 2004" in text
    # Each long text once, however many notices point to it.
    assert text.count("GNU LESSER GENERAL PUBLIC LICENSE\n") == 1


def test_the_frozen_build_adds_the_bootloader_notice() -> None:
    assert "PyInstaller" not in licences.third_party_licences()
    assert "bootloader" in licences.third_party_licences(bundle=True)


def test_the_command_writes_the_file_the_build_puts_in_the_bundle(tmp_path: Path) -> None:
    output = tmp_path / "out" / licences.FILE_NAME
    done = subprocess.run(
        [sys.executable, "-m", "cssw_desktop.licences", "--bundle", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == done.stderr == ""
    written = output.read_text(encoding="utf-8")
    assert written.startswith("Third-party software in CSSW offline consent ")
    assert "keyring" in written
    assert "bootloader" in written


def test_the_frozen_app_reads_the_bundled_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / licences.FILE_NAME).write_text("the bundled text\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert licences.installed_licences() == "the bundled text\n"
    (tmp_path / licences.FILE_NAME).unlink()
    with pytest.raises(FileNotFoundError):  # the About box says so in plain words
        licences.installed_licences()
