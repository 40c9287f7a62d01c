"""The third-party licences: what the app is built from, under which licence, and the texts.

The text is made from the installed packages' metadata (importlib.metadata), so it names
the versions actually installed: the app's runtime dependencies and theirs (requirements
behind an extra, such as the test and build tools, are left out), each with its licence
(License-Expression, else License, else the licence classifiers) and every licence file
the package ships. Then the parts those packages carry inside their binaries — Qt (LGPL),
SQLCipher and SQLite, OpenSSL, ICU — and Python itself, with the notices their licences
ask for; the long licence texts are kept once in resources/licences/.

The frozen app carries the text as THIRD-PARTY-LICENCES.txt, written at build time by the
PyInstaller spec (`python -m cssw_desktop.licences --bundle --output FILE`); the About box
shows that file, or builds the text when the app runs from a checkout. No Qt here.
"""

from __future__ import annotations

import argparse
import mmap
import re
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from cssw_core.resources import resources_dir

APP_DISTRIBUTION = "cssw-desktop"
APP_NAME = "CSSW offline consent"
FILE_NAME = "THIRD-PARTY-LICENCES.txt"

# Packages whose metadata states no licence, named from the licence file they ship (read
# and checked by hand; the file's text is printed under the package all the same).
_UNSTATED = {"sqlcipher3": "Zlib (pysqlite's licence)"}
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_OPENSSL_VERSION = re.compile(rb"OpenSSL (\d+\.\d+\.\d+[a-z]?) +\d{1,2} [A-Z][a-z]{2} \d{4}")
_BINARY_SUFFIXES = (".so", ".pyd", ".dylib", ".dll")
_WIDTH = 78
_RULE = "-" * _WIDTH


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """A metadata field's text, "" when the package does not give it."""
    return str(meta[name] or "") if name in meta else ""


def _key(name: str) -> str:
    """A distribution name in its normal form (PEP 503): "jaraco.classes" → "jaraco-classes"."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True, slots=True)
class Package:
    """One installed distribution the app runs on."""

    name: str
    version: str
    licence: str
    home_page: str
    texts: tuple[tuple[str, str], ...]  # (file name, text) of each licence file it ships


@dataclass(frozen=True, slots=True)
class Notice:
    """Software carried inside the packages' binaries (or running them), with its notice."""

    title: str
    licence: str
    note: str  # ours, in plain words (wrapped when written)
    text: str = ""  # the licence's own words, verbatim
    appendices: tuple[str, ...] = field(default=())  # files in resources/licences/


# -- the packages ------------------------------------------------------------------------


def _marker_applies(marker: str) -> bool:
    """Whether a requirement's environment marker holds for a plain install of the app
    (no extras). Uses `packaging` when installed (it is wherever pip or PyInstaller is);
    otherwise keeps every requirement not behind an extra, and lets the installed check
    drop the rest."""
    try:
        from packaging.markers import Marker
    except ImportError:
        return "extra" not in marker
    return Marker(marker).evaluate({"extra": ""})


def _requirement_names(dist: metadata.Distribution) -> Iterator[str]:
    for requirement in dist.requires or []:
        spec, _, marker = requirement.partition(";")
        if marker.strip() and not _marker_applies(marker.strip()):
            continue
        match = _REQUIREMENT_NAME.match(spec)
        if match:
            yield match.group(1)


def runtime_distributions(root: str = APP_DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed distributions `root` needs at run time, directly or not (not `root`
    itself), sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    todo = list(_requirement_names(metadata.distribution(root)))
    while todo:
        name = todo.pop()
        if _key(name) in found or _key(name) == _key(root):
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform (e.g. pywin32-ctypes on Linux)
        found[_key(name)] = dist
        todo.extend(_requirement_names(dist))
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def licence_name(dist: metadata.Distribution) -> str:
    """The licence as the package states it: its SPDX License-Expression, else a short
    License field, else its licence classifiers."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression").strip()
    if expression:
        return expression
    stated = _field(meta, "License").strip()
    if stated and "\n" not in stated and len(stated) <= 100:
        return stated
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    if classifiers:
        return " / ".join(classifiers)
    if _key(meta["Name"]) in _UNSTATED:
        return _UNSTATED[_key(meta["Name"])]
    if stated:  # a licence text pasted into the field: it is printed in full below
        return "see the licence text below"
    return "not stated in the package's metadata"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """Every licence, copying and notice file the package ships in its metadata folder
    (and a licence text put in its License field), in a stable order."""
    texts: list[tuple[str, str]] = []
    for file in sorted(dist.files or [], key=str):
        parts = file.parts
        if len(parts) < 2 or not parts[0].endswith(".dist-info"):
            continue
        if parts[1] == "licenses" or _LICENCE_FILE.match(parts[-1]):
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            texts.append(("/".join(parts[1:]), text.strip("\n")))
    stated = _field(dist.metadata, "License").strip()
    if not texts and "\n" in stated:
        texts.append(("License field of the package's metadata", stated))
    return texts


def _home_page(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if home := _field(meta, "Home-page").strip():
        return home
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return url.strip()
    return ""


def runtime_packages(root: str = APP_DISTRIBUTION) -> list[Package]:
    """Name, version, licence and licence texts of every package the app runs on."""
    return [
        Package(
            name=dist.metadata["Name"],
            version=dist.version,
            licence=licence_name(dist),
            home_page=_home_page(dist),
            texts=tuple(licence_texts(dist)),
        )
        for dist in runtime_distributions(root)
    ]


# -- what the packages carry inside ------------------------------------------------------


def _binaries(dist: metadata.Distribution) -> list[Path]:
    return [
        Path(str(dist.locate_file(file)))
        for file in dist.files or []
        if file.name.endswith(_BINARY_SUFFIXES) or ".so." in file.name
    ]


def _openssl_in(binaries: Iterable[Path]) -> str | None:
    """The version of OpenSSL linked into one of these binaries, from its version text."""
    for path in binaries:
        try:
            with (
                path.open("rb") as handle,
                mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data,
            ):
                match = _OPENSSL_VERSION.search(data)
                found = match.group(1).decode("ascii") if match else None
        except (OSError, ValueError):  # unreadable, or empty (mmap refuses those)
            continue
        if found:
            return found
    return None


def _sqlcipher_versions() -> tuple[str, str] | None:
    """(SQLCipher, SQLite) versions built into sqlcipher3, asked of the library itself."""
    try:
        import sqlcipher3  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()
    finally:
        conn.close()
    if not cipher:  # a plain SQLite build: not SQLCipher
        return None
    return str(cipher[0]), str(sqlite[0])


def _cryptography_openssl() -> str | None:
    try:
        from cryptography.hazmat.backends.openssl.backend import backend
    except ImportError:
        return None
    text = backend.openssl_version_text()  # "OpenSSL 3.4.1 11 Feb 2025"
    return text.split()[1] if text.startswith("OpenSSL ") else None


def _appendix(name: str) -> str:
    return (resources_dir() / "licences" / name).read_text(encoding="utf-8").strip("\n")


def _python_licence() -> str:
    base = Path(sys.base_prefix)
    minor = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (base / "lib" / minor / "LICENSE.txt", base / "LICENSE.txt"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace").strip("\n")
    return "The licence is published at https://docs.python.org/3/license.html"


def bundled_notices(
    distributions: Sequence[metadata.Distribution], *, bundle: bool = False
) -> list[Notice]:
    """Notices for software inside the packages' binaries, and Python; with `bundle`, also
    the PyInstaller bootloader that starts the frozen app."""
    by_name = {_key(d.metadata["Name"]): d for d in distributions}
    notices: list[Notice] = []

    qt = by_name.get("pyside6-essentials") or by_name.get("pyside6")
    if qt is not None:
        notices.append(
            Notice(
                f"Qt {qt.version} (the Qt libraries and plugins in PySide6) and PySide6 "
                "and Shiboken6",
                "LGPL-3.0-only",
                "The Qt libraries, their plugins, PySide6 and Shiboken6 are used under the GNU "
                "Lesser General Public License version 3, whose text, and that of the GNU "
                "General Public License version 3 it adds to, are at the end of this file. "
                "They are kept as separate shared libraries in the app's folder, as the PySide6 "
                "packages publish them (with debugging symbols removed in the Linux build), so "
                "they can be replaced with other builds of the same version. The source code "
                "is available from The Qt Company at https://download.qt.io/official_releases/"
                " (Qt) and https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6, "
                "Shiboken6). Qt is a trademark of The Qt Company Ltd.",
                appendices=("LGPL-3.0.txt", "GPL-3.0.txt"),
            )
        )
        icu = sorted(
            {p.name for p in _binaries(qt) if re.match(r"(lib)?icu(uc|i18n|data)", p.name)}
        )
        if icu:
            notices.append(
                Notice(
                    "ICU (Unicode support, bundled with Qt: " + ", ".join(icu) + ")",
                    "Unicode-DFS-2016 AND ICU",
                    "In the app's Linux build the ICU data leaves out the word-break "
                    "dictionaries and other data the app does not use, so the dictionary "
                    "licences in ICU's own licence file do not apply to it.",
                    _appendix("ICU.txt"),
                )
            )

    sqlcipher = by_name.get("sqlcipher3")
    versions = _sqlcipher_versions() if sqlcipher is not None else None
    if versions is not None:
        cipher, sqlite = versions
        notices.append(
            Notice(
                f"SQLCipher {cipher} (built into sqlcipher3)",
                "BSD-3-Clause",
                "",
                _appendix("SQLCipher.txt"),
            )
        )
        notices.append(
            Notice(
                f"SQLite {sqlite} (built into sqlcipher3, as part of SQLCipher)",
                "blessing (public domain)",
                "",
                "The author disclaims copyright to this source code. In place of a legal "
                "notice, here is a blessing:\n\n"
                "    May you do good and not evil.\n"
                "    May you find forgiveness for yourself and forgive others.\n"
                "    May you share freely, never taking more than you give.",
            )
        )

    openssl: list[str] = []
    if sqlcipher is not None and (version := _openssl_in(_binaries(sqlcipher))):
        openssl.append(f"OpenSSL {version} in sqlcipher3")
    if "cryptography" in by_name and (version := _cryptography_openssl()):
        openssl.append(f"OpenSSL {version} in cryptography")
    if openssl:
        notices.append(
            Notice(
                "OpenSSL (" + "; ".join(openssl) + ")",
                "Apache-2.0",
                "This product includes software developed by the OpenSSL Project for use in "
                "the OpenSSL Toolkit (https://www.openssl.org/). OpenSSL 3.0 and later are "
                "under the Apache License 2.0, whose text is at the end of this file.",
                appendices=("Apache-2.0.txt",),
            )
        )

    notices.append(
        Notice(
            "DejaVu fonts 2.37 (DejaVu Sans, Bold and Sans Mono, in resources/fonts)",
            "Bitstream-Vera AND LicenseRef-Arev-Fonts (DejaVu changes: public domain)",
            "The signed form's PDF is drawn in these fonts, on the laptop and centrally. They "
            "are cut down to the characters a record needs (scripts/subset-fonts); the "
            "licence, as the fonts carry it:",
            _appendix("DejaVu-fonts.txt"),
        )
    )
    notices.append(
        Notice(
            f"Python {sys.version.split()[0]}",
            "PSF-2.0",
            "The app runs on Python (in the installed app, a copy of it and of its standard "
            "library, whose ssl and hashlib modules use OpenSSL).",
            _python_licence(),
        )
    )
    if bundle:
        try:
            pyinstaller = f" {metadata.version('pyinstaller')}"
        except metadata.PackageNotFoundError:
            pyinstaller = ""
        notices.append(
            Notice(
                f"PyInstaller{pyinstaller} bootloader (the program that starts the app)",
                "GPL-2.0-or-later WITH Bootloader-exception",
                "The bootloader is under the GNU General Public License version 2 or later "
                "with an exception that allows it to be distributed with, and to start, any "
                "program, under that program's own terms. Source: "
                "https://github.com/pyinstaller/pyinstaller",
            )
        )
    return notices


# -- the text ------------------------------------------------------------------------------


def _app_version() -> str:
    try:
        return metadata.version(APP_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "(not installed)"


def third_party_licences(root: str = APP_DISTRIBUTION, *, bundle: bool = False) -> str:
    """The whole text: a summary list, then each package and each notice with its texts,
    then the long licence texts once each."""
    distributions = runtime_distributions(root)
    packages = runtime_packages(root)
    notices = bundled_notices(distributions, bundle=bundle)
    title = f"Third-party software in {APP_NAME} {_app_version()}"
    out = [
        title,
        "=" * len(title),
        "",
        textwrap.fill(
            f"{APP_NAME} is built on the open-source software listed here, each under its "
            "own licence. The packages come first, then the software inside them, then the "
            "full texts of the longer licences.",
            _WIDTH,
        ),
        "",
        "Packages:",
        *(f"  {p.name} {p.version} — {p.licence}" for p in packages),
        "",
        "Inside them:",
        *(f"  {n.title} — {n.licence}" for n in notices),
    ]
    for package in packages:
        out += ["", _RULE, f"{package.name} {package.version}", f"Licence: {package.licence}"]
        if package.home_page:
            out.append(f"Home page: {package.home_page}")
        for file_name, text in package.texts:
            out += ["", f"[{file_name}]", text]
        if not package.texts:
            out += ["", "The package ships no licence file; see the notices below."]
    appendices: list[str] = []
    for notice in notices:
        out += ["", _RULE, notice.title, f"Licence: {notice.licence}"]
        if notice.note:
            out += ["", textwrap.fill(notice.note, _WIDTH)]
        if notice.text:
            out += ["", notice.text]
        appendices += [a for a in notice.appendices if a not in appendices]
    for name in appendices:
        out += ["", _RULE, f"[{name.removesuffix('.txt')}]", "", _appendix(name)]
    return "\n".join(out) + "\n"


def bundled_file() -> Path | None:
    """Where the frozen app keeps the text (None when not running frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / FILE_NAME
    return None


def installed_licences() -> str:
    """The text for the About box: the frozen app's file (OSError if it is missing), else
    built from this installation's packages."""
    path = bundled_file()
    if path is not None:
        return path.read_text(encoding="utf-8")
    return third_party_licences()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cssw_desktop.licences",
        description="Write the third-party licences of the app's runtime packages.",
    )
    parser.add_argument("--output", type=Path, help="the file to write (default: print)")
    parser.add_argument(
        "--bundle", action="store_true", help="for the frozen app: add the PyInstaller notice"
    )
    args = parser.parse_args(argv)
    text = third_party_licences(bundle=args.bundle)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
