"""The Windows installer script and the version it is given (they cannot be built here, so
their key settings are checked as text: per-machine install, the version from
pyproject.toml, the Start-menu entry and the data folder kept unless asked)."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import platformdirs
import platformdirs.windows
import pytest

from cssw_desktop.paths import resolve_data_dir

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "cssw-desktop.iss"
SPEC = ROOT / "installer" / "cssw-desktop.spec"


def load_version_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "installer_version", ROOT / "installer" / "version.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version = load_version_module()


def sections(script: str) -> dict[str, list[str]]:
    """The script's lines by [Section], without comments and blank lines."""
    found: dict[str, list[str]] = {"": []}
    current = ""
    for raw in script.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[[A-Za-z]+\]", line):
            current = line[1:-1]
            found[current] = []
            continue
        found[current].append(line)
    return found


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return sections(ISS.read_text(encoding="utf-8"))


def setup_value(iss: dict[str, list[str]], key: str) -> str:
    values = [line.split("=", 1)[1] for line in iss["Setup"] if line.split("=", 1)[0] == key]
    assert len(values) == 1, f"{key} should be set once in [Setup]"
    return values[0]


def entries(iss: dict[str, list[str]], section: str) -> list[dict[str, str]]:
    """`Name: "x"; Filename: "y"; Flags: a b` lines as dictionaries."""
    parsed = []
    for line in iss[section]:
        fields = {}
        for part in re.split(r";\s+(?=[A-Za-z]+:)", line):
            key, _, value = part.partition(":")
            fields[key.strip()] = value.strip().strip('"')
        parsed.append(fields)
    return parsed


def test_installs_for_the_whole_machine_as_an_administrator(iss: dict[str, list[str]]) -> None:
    assert setup_value(iss, "PrivilegesRequired") == "admin"
    assert setup_value(iss, "DefaultDirName").startswith("{autopf}\\")
    assert setup_value(iss, "ArchitecturesInstallIn64BitMode") == "x64compatible"
    assert re.fullmatch(
        r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}",
        setup_value(iss, "AppId"),
    )
    assert setup_value(iss, "AppPublisher") == "{#Publisher}"
    assert '#define Publisher "Camden Council CSSW"' in iss[""]


def test_the_version_is_pyprojects_through_the_file_the_spec_writes(
    iss: dict[str, list[str]], tmp_path: Path
) -> None:
    assert setup_value(iss, "AppVersion") == "{#AppVersion}"
    assert setup_value(iss, "VersionInfoVersion") == "{#AppVersionNumeric}"
    preamble = "\n".join(iss[""])
    include = re.search(r'#define VersionFile AddBackslash\(SourcePath\) \+ "([^"]+)"', preamble)
    assert include is not None
    assert "#include VersionFile" in preamble
    # installer/ is next to build/: the include is the file the spec writes
    assert Path(include.group(1).replace("\\", "/")) == Path("..") / version.ISS_INCLUDE
    assert "_version.windows_iss_include(VERSION)" in SPEC.read_text(encoding="utf-8")

    with (ROOT / "pyproject.toml").open("rb") as handle:
        pyproject = tomllib.load(handle)["project"]["version"]
    assert version.project_version(ROOT) == pyproject
    written = version.windows_iss_include(pyproject)
    assert f'#define AppVersion "{pyproject}"' in written
    numeric = re.search(r'#define AppVersionNumeric "(\d+)\.(\d+)\.(\d+)\.(\d+)"', written)
    assert numeric is not None


@pytest.mark.parametrize(
    ("given", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2", (2, 0, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
    ],
)
def test_windows_gets_four_numbers(given: str, numbers: tuple[int, ...]) -> None:
    assert version.numeric_version(given) == numbers


def test_a_version_windows_cannot_hold_is_refused() -> None:
    with pytest.raises(ValueError, match="over 65535"):
        version.numeric_version("1.70000")
    with pytest.raises(ValueError, match="does not start with a number"):
        version.numeric_version("dev")


def test_the_start_menu_starts_the_windowed_app(iss: dict[str, list[str]]) -> None:
    icons = entries(iss, "Icons")
    start_menu = [i for i in icons if i["Name"].startswith("{autoprograms}\\")]
    assert len(start_menu) == 1
    assert start_menu[0]["Filename"] == "{app}\\{#GuiExe}"
    assert '#define GuiExe "CSSW Consent.exe"' in iss[""]
    spec = SPEC.read_text(encoding="utf-8")
    assert 'GUI_NAME = "CSSW Consent"' in spec
    assert "console=False" in spec
    desktop = [i for i in icons if i["Name"].startswith("{autodesktop}\\")]
    assert desktop
    assert desktop[0]["Tasks"] == "desktopicon"
    task = entries(iss, "Tasks")[0]
    assert task["Name"] == "desktopicon"
    assert "unchecked" in task["Flags"]


def test_the_licences_file_is_installed(iss: dict[str, list[str]]) -> None:
    files = entries(iss, "Files")
    assert any(f["Source"].endswith("\\THIRD-PARTY-LICENCES.txt") for f in files)
    assert any(f["Source"] == "{#Bundle}\\*" and "recursesubdirs" in f["Flags"] for f in files)
    # nothing fetched from the internet at install time
    assert not any(
        "http" in line for section in ("Files", "Run", "Icons") for line in iss.get(section, [])
    )


def test_the_uninstaller_keeps_the_data_folder_unless_asked(iss: dict[str, list[str]]) -> None:
    code = "\n".join(iss["Code"])
    assert "UninstallDelete" not in iss, "no section may delete files beyond the app's own"
    step = code[code.index("procedure CurUninstallStepChanged") :]
    assert "(CurUninstallStep <> usPostUninstall) or UninstallSilent then" in step
    # deleting needs a Yes to a question whose default button is No
    ask = step.index("MsgBox(")
    assert "MB_YESNO or MB_DEFBUTTON2) <> IDYES then" in step[ask:]
    assert step.index("<> IDYES then") < step.index("DelTree(")
    assert "Exit;" in step[step.index("<> IDYES then") : step.index("DelTree(")]


def test_the_data_folder_it_asks_about_is_where_the_app_keeps_data_on_windows(
    iss: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    called: dict[str, Any] = {}

    def record(*args: object, **kwargs: object) -> str:
        called["args"], called["kwargs"] = args, kwargs
        return "unused"

    monkeypatch.setattr(platformdirs, "user_data_dir", record)
    resolve_data_dir(None, environ={})
    local = "C:\\Users\\worker\\AppData\\Local"
    monkeypatch.setattr(
        platformdirs.windows,
        "get_win_folder",
        lambda csidl: local if csidl == "CSIDL_LOCAL_APPDATA" else "C:\\elsewhere",
    )
    windows = platformdirs.windows.Windows(*called["args"], **called["kwargs"])
    relative = windows.user_data_dir.replace("/", "\\").removeprefix("C:\\Users\\worker\\")
    assert relative == "AppData\\Local\\CSSW\\cssw-desktop"
    assert f'#define DataFolder "{relative}"' in iss[""]
