"""Text size and contrast: Ctrl+plus / Ctrl+minus / Ctrl+0 and a high-contrast theme,
remembered between runs in a small plain file (no personal data in it). The focus ring
and where the keyboard starts on a page are in `focus`.

Every size in the app comes from the platform's font (em units, `scaled_font`), so a
larger system font, QT_SCALE_FACTOR or QT_FONT_DPI already scale everything; the text
scale here multiplies the platform's font on top of that. Widgets that set a font of their
own (a heading, the family's larger text) are rescaled with it, and widgets that draw
text themselves (HTML point sizes, the signature pad) redraw on their FontChange event.

Colours that carry a meaning (a problem, a note) are named roles (`use_colours`), not
style sheets: a style sheet stops the application font reaching a widget, and the roles
switch with the theme.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cssw_desktop.storage.files import atomic_write, ensure_private_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

log = logging.getLogger(__name__)

DISPLAY_FILE = "display.json"
TEXT_SCALES = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
NORMAL_SCALE = 1.0
SIZE_RESOLVED = 0x2  # QFont's resolve bit for an explicitly set size

# Dynamic properties kept on the application and on widgets.
_BASE_POINT_SIZE = "cssw_base_point_size"  # the platform font's size, before any scale
_SCALE = "cssw_text_scale"
_HIGH_CONTRAST = "cssw_high_contrast"
_UNSCALED = "cssw_unscaled_point_size"  # a widget's own font size at scale 1
_LAST_SET = "cssw_scaled_point_size"  # the size this module last gave it
_COLOURS = "cssw_colour_roles"


# --- remembered between runs ---------------------------------------------------------


class DisplayPrefs(NamedTuple):
    """How the worker likes the screen: not personal data, kept in a plain file.

    A named tuple rather than a dataclass: this module is loaded before the unlock page
    paints, and making a frozen dataclass (and importing dataclasses) costs more there."""

    text_scale: float = NORMAL_SCALE
    high_contrast: bool = False


def nearest_scale(value: float) -> float:
    """The allowed step closest to `value` (a hand-edited file cannot ask for 10×)."""
    return min(TEXT_SCALES, key=lambda step: abs(step - value))


def load_prefs(path: Path) -> DisplayPrefs:
    """The saved preferences; the defaults when the file is missing or unreadable.

    json is imported once there is a file to read: a worker who never changed the
    display has none, and their unlock page paints without the module (bench/startup.py).
    """
    try:
        text = path.read_text(encoding="utf-8")
        import json

        data = json.loads(text)
        scale = data.get("text_scale", NORMAL_SCALE)
        contrast = data.get("high_contrast", False)
        if not isinstance(scale, int | float) or isinstance(scale, bool):
            scale = NORMAL_SCALE
        return DisplayPrefs(nearest_scale(float(scale)), contrast is True)
    except FileNotFoundError:
        return DisplayPrefs()
    except (OSError, ValueError, AttributeError):
        log.warning("The display preferences could not be read; using the defaults.")
        return DisplayPrefs()


def save_prefs(path: Path, prefs: DisplayPrefs) -> None:
    import json

    ensure_private_dir(path.parent)
    text = json.dumps(
        {"text_scale": prefs.text_scale, "high_contrast": prefs.high_contrast}, indent=2
    )
    atomic_write(path, (text + "\n").encode("utf-8"))


# --- text size -----------------------------------------------------------------------


def text_scale(app: QApplication) -> float:
    value = app.property(_SCALE)
    return float(value) if isinstance(value, int | float) else NORMAL_SCALE


def apply_text_scale(app: QApplication, factor: float) -> None:
    """Make every window's text `factor` times the platform's size, live."""
    base = app.property(_BASE_POINT_SIZE)
    if not isinstance(base, int | float) or base <= 0:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    old = text_scale(app)
    if factor == old:
        return
    app.setProperty(_SCALE, factor)
    font = QFont(app.font())
    font.setPointSizeF(base * factor)
    app.setFont(font)
    # Qt posts the change to each widget; deliver it now, so every window has its new
    # size when this returns (and the dialogs below measure the new text).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    for widget in app.allWidgets():
        _rescale_own_font(widget, old, factor)
    for window in app.topLevelWidgets():
        if isinstance(window, QDialog) and window.isVisible():  # open dialogs grow with it
            hint = window.sizeHint()
            window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))
            grow_to_fit(window)


def _rescale_own_font(widget: QWidget, old: float, new: float) -> None:
    """A widget with a font size of its own (a heading, say) keeps its size relative to
    the application's font."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        return
    font = widget.font()
    size = font.pointSizeF()
    if size <= 0 or not int(font.resolveMask()) & SIZE_RESOLVED:
        return
    unscaled = widget.property(_UNSCALED)
    if not isinstance(unscaled, float) or widget.property(_LAST_SET) != size:
        unscaled = size / old  # set since we last looked: measured at the old scale
    scaled = unscaled * new
    font.setPointSizeF(scaled)
    widget.setFont(font)
    widget.setProperty(_UNSCALED, unscaled)
    widget.setProperty(_LAST_SET, widget.font().pointSizeF())


def grow_to_fit(window: QWidget) -> None:
    """Make a dialog tall enough for its wrapped text (Qt does not grow a window for the
    height a word-wrapped label needs once it is shown), within the screen."""
    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None or not window.isVisible():
        return
    needed = max(layout.totalHeightForWidth(window.width()), layout.totalMinimumSize().height())
    if needed <= window.height():
        return
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    window.resize(window.width(), needed)


def step_scale(current: float, steps: int) -> float:
    """The next larger (steps > 0) or smaller allowed scale, stopping at the ends."""
    index = TEXT_SCALES.index(nearest_scale(current))
    return TEXT_SCALES[min(max(index + steps, 0), len(TEXT_SCALES) - 1)]


# --- colours -------------------------------------------------------------------------

NORMAL_COLOURS = {
    "problem": "#a4262c",  # always with words: "Not saved: …", a bold message
    "to_do": "#1f3b57",
    "hint": "#5c4400",
    "rule": "#d0d0d0",
    "note": "#eef4fa",
    "note_text": "#1b1b1b",
    "paper": "#fbfaf6",  # the leaflet's page
    "sheet": "#ffffff",  # the summary a family checks
    "ink": "#1b1b1b",
    "family_paper": "#f4f1ea",  # the family's screen: calm, warm
    "guide": "#787878",  # the signature pad's baseline and "Sign here"
    "focus": "#0b57d0",
    "training": "#ffd200",  # the TRAINING banner: black on yellow, 13:1
    "training_text": "#000000",
}
HIGH_CONTRAST_COLOURS = {
    "problem": "#ffff00",
    "to_do": "#ffffff",
    "hint": "#ffffff",
    "rule": "#ffffff",
    "note": "#000000",
    "note_text": "#ffffff",
    "paper": "#000000",
    "sheet": "#000000",
    "ink": "#ffffff",
    "family_paper": "#000000",
    "guide": "#000000",  # the pad stays white (ink is black on paper): dark guides
    "focus": "#ffff00",
    "training": "#ffff00",  # the TRAINING banner: black on yellow, the theme's loudest
    "training_text": "#000000",
}

_ROLES = {
    "text": QPalette.ColorRole.WindowText,
    "window": QPalette.ColorRole.Window,
    "base": QPalette.ColorRole.Base,
    "base_text": QPalette.ColorRole.Text,
}


def is_high_contrast(app: QApplication | None = None) -> bool:
    app = app or _app()
    return bool(app is not None and app.property(_HIGH_CONTRAST) is True)


def colour(name: str) -> QColor:
    """The theme's colour for a meaning ("problem", "paper", …)."""
    table = HIGH_CONTRAST_COLOURS if is_high_contrast() else NORMAL_COLOURS
    return QColor(table[name])


def use_colours(widget: QWidget, **roles: str) -> None:
    """Colour a widget by meaning: use_colours(label, text="problem"), or window= (the
    background, filled), base= and base_text= (a text box). Follows the theme. With no
    roles, the widget goes back to its window's colours."""
    widget.setProperty(_COLOURS, ";".join(f"{role}={name}" for role, name in roles.items()))
    if roles:
        _paint(widget)
    else:
        widget.setPalette(QPalette())


def colour_roles(widget: QWidget) -> dict[str, str]:
    """The meanings a widget is coloured by ({"text": "problem"}), as use_colours set them."""
    spec = widget.property(_COLOURS)
    if not isinstance(spec, str) or not spec:
        return {}
    pairs = (part.split("=", 1) for part in spec.split(";"))
    return {role: name for role, name in pairs}


def _paint(widget: QWidget) -> None:
    roles = colour_roles(widget)
    if not roles:
        return
    palette = QPalette()  # only the roles named here are set; the rest are inherited
    for role, name in roles.items():
        palette.setColor(_ROLES[role], colour(name))
        if role == "window":
            widget.setAutoFillBackground(True)
    widget.setPalette(palette)


def apply_theme(app: QApplication, high_contrast: bool) -> None:
    """Switch every window to the high-contrast theme (Fusion style, black, white and
    yellow) or back to the platform's own look."""
    platform = getattr(app, "_cssw_platform_look", None)
    if platform is None:
        platform = (app.style().name(), QPalette(app.palette()))
        app._cssw_platform_look = platform  # type: ignore[attr-defined]
    app.setProperty(_HIGH_CONTRAST, high_contrast)
    if high_contrast:
        # Loaded only when the theme is asked for: its style's Qt classes would otherwise be
        # made before the unlock page paints (bench/startup.py).
        from cssw_desktop.ui.contrast_theme import HighContrastStyle, high_contrast_palette

        style = HighContrastStyle("Fusion")  # native styles ignore the palette
        app._cssw_style = style  # type: ignore[attr-defined]  # kept alive while in use
        app.setStyle(style)
        app.setPalette(high_contrast_palette())
    else:
        app.setStyle(platform[0])
        app.setPalette(platform[1])
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
    for widget in app.allWidgets():
        _paint(widget)
        widget.update()


def _app() -> QApplication | None:
    instance = QApplication.instance()
    return instance if isinstance(instance, QApplication) else None


# --- the View menu -------------------------------------------------------------------


class DisplayControl(QObject):
    """The View menu's actions and their shortcuts, applied to the whole application and
    saved to `path` after each change.

    The actions are made when first asked for (the main window adds them to its menu
    and to itself, which is when their shortcuts start to work): the unlock page paints
    before them.
    """

    def __init__(
        self,
        app: QApplication,
        path: Path,
        *,
        on_change: Callable[[DisplayPrefs], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self.path = path
        self._on_change = on_change
        self.prefs = DisplayPrefs(text_scale(app), is_high_contrast(app))
        self._actions: _ViewActions | None = None

    @property
    def larger_action(self) -> QAction:
        return self._view_actions().larger

    @property
    def smaller_action(self) -> QAction:
        return self._view_actions().smaller

    @property
    def normal_action(self) -> QAction:
        return self._view_actions().normal

    @property
    def contrast_action(self) -> QAction:
        return self._view_actions().contrast

    def actions(self) -> list[QAction]:
        return list(self._view_actions())

    def _view_actions(self) -> _ViewActions:
        if self._actions is None:
            self._actions = _ViewActions.make(self)
            self._update_actions()
        return self._actions

    def apply_saved(self) -> DisplayPrefs:
        """Read the file and apply what it says (at start-up, before windows are built)."""
        prefs = load_prefs(self.path)
        self._apply(prefs, save=False)
        return prefs

    def step(self, steps: int) -> None:
        """Larger (steps > 0) or smaller text by whole steps."""
        self.set_scale(step_scale(self.prefs.text_scale, steps))

    def set_scale(self, factor: float) -> None:
        self._apply(self.prefs._replace(text_scale=nearest_scale(factor)), save=True)

    def set_high_contrast(self, on: bool) -> None:
        self._apply(self.prefs._replace(high_contrast=on), save=True)

    def _apply(self, prefs: DisplayPrefs, *, save: bool) -> None:
        if prefs.text_scale != text_scale(self._app):
            apply_text_scale(self._app, prefs.text_scale)
        if prefs.high_contrast != is_high_contrast(self._app):
            apply_theme(self._app, prefs.high_contrast)
        changed = prefs != self.prefs
        self.prefs = prefs
        self._update_actions()
        if save and changed:
            try:
                save_prefs(self.path, prefs)
            except OSError:
                log.warning("The display preferences could not be saved.")
        if changed and self._on_change is not None:
            self._on_change(prefs)

    def _update_actions(self) -> None:
        view = self._actions
        if view is None:
            return
        scale = self.prefs.text_scale
        view.larger.setEnabled(scale < TEXT_SCALES[-1])
        view.smaller.setEnabled(scale > TEXT_SCALES[0])
        view.normal.setEnabled(scale != NORMAL_SCALE)
        if view.contrast.isChecked() != self.prefs.high_contrast:
            view.contrast.setChecked(self.prefs.high_contrast)


class _ViewActions(NamedTuple):
    larger: QAction
    smaller: QAction
    normal: QAction
    contrast: QAction

    @classmethod
    def make(cls, control: DisplayControl) -> _ViewActions:
        from PySide6.QtGui import QAction, QKeySequence

        # The control's own context (the one its tr() used), named so lupdate sees it.
        translate = QCoreApplication.translate
        view = cls(
            QAction(translate("DisplayControl", "&Larger text"), control),
            QAction(translate("DisplayControl", "&Smaller text"), control),
            QAction(translate("DisplayControl", "&Normal text size"), control),
            QAction(translate("DisplayControl", "&High contrast"), control),
        )
        view.larger.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        view.smaller.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("Ctrl+_")]
        )
        view.normal.setShortcut(QKeySequence("Ctrl+0"))
        view.contrast.setCheckable(True)
        view.contrast.setChecked(control.prefs.high_contrast)
        view.contrast.setShortcut(QKeySequence("Ctrl+Shift+H"))
        for action in view:
            # In every window, the family's full-screen one and dialogs included.
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        view.larger.triggered.connect(lambda: control.step(1))
        view.smaller.triggered.connect(lambda: control.step(-1))
        view.normal.triggered.connect(lambda: control.set_scale(NORMAL_SCALE))
        view.contrast.toggled.connect(control.set_high_contrast)
        return view
