"""The layering rule, read from the source: who may import whom.

In the style of qutebrowser's `scripts/dev/misc_checks.py` (`check_pyqt_imports`): every
module is parsed, imports inside functions and under `TYPE_CHECKING` included, and a
layer's rule is checked against what it imports directly and, for Qt, through every
first-party module it reaches.

- the shared core (`cssw_core`) stands alone: no Qt, neither application;
- the shared renderer (`cssw_documents`, the PDF of a record, drawn with Qt) stands on the
  core and Qt only: never either application;
- the laptop's `storage/` and `sync/` never reach Qt, the screens (`ui/`) or the renderer;
  storage does not lean on sync;
- central never imports the laptop app, and the laptop app never imports central; central
  never reaches Qt either (it runs the renderer in a process of its own);
- only the composition root (startup.py and app.py) imports the main window: every other
  screen gets the Workspace (cssw_desktop/ui/workspace.py), never the window to reach
  through;
- inside central the roles point down: the commands (`cli`, `serve`) over the routes
  (`api/`) and admin commands (`admin/`), over the `services/`, over `infra/`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("cssw_core", "cssw_documents", "cssw_desktop", "cssw_central")
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Rule:
    """Modules under `layer` must not import any module under `forbidden`."""

    layer: str
    forbidden: tuple[str, ...]
    qt_free: bool  # and must not reach Qt through any first-party module


# Inside central: what each role must not import (the roles beside or above it).
CENTRAL_ROLES = {
    "infra": ("api", "admin", "services", "cli", "serve"),
    "services": ("api", "admin", "cli", "serve"),
    "api": ("admin", "cli", "serve"),
    "admin": ("api", "cli", "serve"),
}

RULES = (
    Rule("cssw_core", ("cssw_documents", "cssw_desktop", "cssw_central"), qt_free=True),
    Rule("cssw_documents", ("cssw_desktop", "cssw_central"), qt_free=False),
    Rule(
        "cssw_desktop.storage",
        ("cssw_desktop.sync", "cssw_desktop.ui", "cssw_documents", "cssw_central"),
        qt_free=True,
    ),
    Rule(
        "cssw_desktop.sync",
        ("cssw_desktop.ui", "cssw_documents", "cssw_central"),
        qt_free=True,
    ),
    Rule("cssw_desktop", ("cssw_central",), qt_free=False),
    Rule("cssw_central", ("cssw_desktop", "cssw_documents"), qt_free=True),
    *(
        Rule(
            f"cssw_central.{role}",
            tuple(f"cssw_central.{other}" for other in not_below),
            qt_free=False,  # the rule for the whole of central covers Qt
        )
        for role, not_below in CENTRAL_ROLES.items()
    ),
)


MAIN_WINDOW = "cssw_desktop.ui.main_window"
COMPOSITION_ROOTS = frozenset({"cssw_desktop.app", "cssw_desktop.startup", MAIN_WINDOW})


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(source: str, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """Every module an import statement names (relative imports resolved), with its line."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # `from pkg import module` names a module too
                yield node.lineno, f"{target}.{alias.name}"


def read_imports(root: Path, packages: Iterable[str]) -> dict[str, list[tuple[int, str]]]:
    found: dict[str, list[tuple[int, str]]] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            name = module_name(path, root)
            source = path.read_text(encoding="utf-8")
            found[name] = list(imported_names(source, name, path.name == "__init__.py"))
    return found


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def reaches_qt(module: str, imports: dict[str, list[tuple[int, str]]]) -> list[str] | None:
    """The first-party path by which `module` imports Qt, or None when it never does."""
    seen = {module}
    paths = [[module]]
    while paths:
        path = paths.pop(0)
        for _line, target in imports.get(path[-1], []):
            if any(under(target, qt) for qt in QT):
                return [*path, target]
            if target in imports and target not in seen:
                seen.add(target)
                paths.append([*path, target])
    return None


def violations(root: Path) -> list[str]:
    """Each broken rule as 'file:line: what', empty when the layers hold."""
    imports = read_imports(root, [p for p in PACKAGES if (root / p).is_dir()])
    found = []
    for module, names in imports.items():
        where = module.replace(".", "/")
        for rule in RULES:
            if not under(module, rule.layer):
                continue
            for line, target in names:
                for forbidden in rule.forbidden:
                    if under(target, forbidden):
                        found.append(f"{where}:{line}: {rule.layer} imports {target}")
            if rule.qt_free:
                path = reaches_qt(module, imports)
                if path is not None:
                    found.append(f"{where}: {rule.layer} reaches Qt: {' -> '.join(path)}")
        for line, target in names:
            if under(target, MAIN_WINDOW) and module not in COMPOSITION_ROOTS:
                found.append(f"{where}:{line}: only the composition root imports the main window")
    return sorted(set(found))


def test_the_layers_hold() -> None:
    assert violations(REPO) == []


def write(root: Path, module: str, source: str) -> None:
    path = root / (module.replace(".", "/") + ".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    for parent in path.relative_to(root).parents:
        if str(parent) != ".":
            (root / parent / "__init__.py").touch()
    path.write_text(source, encoding="utf-8")


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        # Qt imported inside a function still counts.
        (
            "cssw_core.domain.bad",
            "def f():\n    from PySide6.QtCore import QObject\n",
            "reaches Qt",
        ),
        # Qt reached through a helper the layer imports.
        (
            "cssw_desktop.storage.bad",
            "from cssw_desktop.helper import x\n",
            "reaches Qt: cssw_desktop.storage.bad -> cssw_desktop.helper -> PySide6",
        ),
        ("cssw_desktop.storage.bad", "from cssw_desktop.sync import engine\n", "imports"),
        ("cssw_desktop.sync.bad", "from ..ui import widgets\n", "imports cssw_desktop.ui"),
        ("cssw_central.bad", "import cssw_desktop.storage.store\n", "imports cssw_desktop"),
        ("cssw_central.bad", "from cssw_documents import pdf\n", "imports cssw_documents"),
        ("cssw_documents.bad", "from cssw_desktop import translated\n", "imports cssw_desktop"),
        ("cssw_documents.bad", "import cssw_central.cli\n", "imports cssw_central"),
        ("cssw_desktop.sync.bad", "from cssw_documents.pdf import render_pdf\n", "imports"),
        ("cssw_desktop.bad", "from cssw_central import app\n", "imports cssw_central"),
        (
            "cssw_desktop.ui.families.bad",
            "if True:\n    from cssw_desktop.ui.main_window import MainWindow\n",
            "only the composition root",
        ),
        (
            "cssw_central.infra.bad",
            "from cssw_central.services import review\n",
            "imports cssw_central.services",
        ),
    ],
)
def test_the_check_finds_each_kind_of_breach(
    tmp_path: Path, module: str, source: str, expected: str
) -> None:
    write(tmp_path, "cssw_desktop.helper", "from PySide6.QtGui import QColor\nx = 1\n")
    write(tmp_path, "cssw_core.domain.fine", "import json\n")
    write(tmp_path, module, source)
    found = violations(tmp_path)
    assert any(expected in line for line in found), found
    assert not any("fine" in line for line in found)
