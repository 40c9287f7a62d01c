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

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from cssw_desktop.storage.files import atomic_write, ensure_private_dir

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


@dataclass(frozen=True, slots=True)
class DisplayPrefs:
    """How the worker likes the screen: not personal data, kept in a plain file."""

    text_scale: float = NORMAL_SCALE
    high_contrast: bool = False


def nearest_scale(value: float) -> float:
    """The allowed step closest to `value` (a hand-edited file cannot ask for 10×)."""
    return min(TEXT_SCALES, key=lambda step: abs(step - value))


def load_prefs(path: Path) -> DisplayPrefs:
    """The saved preferences; the defaults when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
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


def high_contrast_palette() -> QPalette:
    """White and yellow on black; disabled text grey but readable."""
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    palette = QPalette()
    group = QPalette.ColorGroup
    role = QPalette.ColorRole
    for g in (group.Active, group.Inactive, group.Disabled):
        for r in (role.Window, role.Base, role.AlternateBase, role.Button, role.ToolTipBase):
            palette.setColor(g, r, black)
        for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText):
            palette.setColor(g, r, white)
        palette.setColor(g, role.Highlight, yellow)
        palette.setColor(g, role.HighlightedText, black)
        palette.setColor(g, role.Link, yellow)
        palette.setColor(g, role.LinkVisited, yellow)
        palette.setColor(g, role.PlaceholderText, QColor("#c8c8c8"))
        for r in (role.Light, role.Midlight):
            palette.setColor(g, r, white)
        for r in (role.Dark, role.Mid, role.Shadow):
            palette.setColor(g, r, QColor("#c8c8c8"))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#a0a0a0"))
    return palette


class _HighContrastStyle(QProxyStyle):
    """Fusion with light outlines: Fusion draws frames and check boxes a shade darker
    than the window, which on black is black."""

    OUTLINED = (
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.PrimitiveElement.PE_PanelButtonBevel,
        QStyle.PrimitiveElement.PE_Frame,
        QStyle.PrimitiveElement.PE_FrameGroupBox,
        QStyle.PrimitiveElement.PE_FrameWindow,
        QStyle.PrimitiveElement.PE_FrameTabWidget,
        QStyle.PrimitiveElement.PE_FrameMenu,
    )

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:  # fmt: skip
        if element in self.OUTLINED:
            option = type(option)(option)  # a copy: the caller's option stays as it was
            option.palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        super().drawPrimitive(element, option, painter, widget)


def apply_theme(app: QApplication, high_contrast: bool) -> None:
    """Switch every window to the high-contrast theme (Fusion style, black, white and
    yellow) or back to the platform's own look."""
    platform = getattr(app, "_cssw_platform_look", None)
    if platform is None:
        platform = (app.style().name(), QPalette(app.palette()))
        app._cssw_platform_look = platform  # type: ignore[attr-defined]
    app.setProperty(_HIGH_CONTRAST, high_contrast)
    if high_contrast:
        style = _HighContrastStyle("Fusion")  # native styles ignore the palette
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
    saved to `path` after each change."""

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
        self.larger_action = QAction(self.tr("&Larger text"), self)
        self.larger_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.smaller_action = QAction(self.tr("&Smaller text"), self)
        self.smaller_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("Ctrl+_")]
        )
        self.normal_action = QAction(self.tr("&Normal text size"), self)
        self.normal_action.setShortcut(QKeySequence("Ctrl+0"))
        self.contrast_action = QAction(self.tr("&High contrast"), self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.prefs.high_contrast)
        self.contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        for action in self.actions():
            # In every window, the family's full-screen one and dialogs included.
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.larger_action.triggered.connect(
            lambda: self.set_scale(step_scale(self.prefs.text_scale, 1))
        )
        self.smaller_action.triggered.connect(
            lambda: self.set_scale(step_scale(self.prefs.text_scale, -1))
        )
        self.normal_action.triggered.connect(lambda: self.set_scale(NORMAL_SCALE))
        self.contrast_action.toggled.connect(self.set_high_contrast)
        self._update_actions()

    def actions(self) -> list[QAction]:
        return [self.larger_action, self.smaller_action, self.normal_action, self.contrast_action]

    def apply_saved(self) -> DisplayPrefs:
        """Read the file and apply what it says (at start-up, before windows are built)."""
        prefs = load_prefs(self.path)
        self._apply(prefs, save=False)
        return prefs

    def step(self, steps: int) -> None:
        """Larger (steps > 0) or smaller text by whole steps."""
        self.set_scale(step_scale(self.prefs.text_scale, steps))

    def set_scale(self, factor: float) -> None:
        self._apply(replace(self.prefs, text_scale=nearest_scale(factor)), save=True)

    def set_high_contrast(self, on: bool) -> None:
        self._apply(replace(self.prefs, high_contrast=on), save=True)

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
        scale = self.prefs.text_scale
        self.larger_action.setEnabled(scale < TEXT_SCALES[-1])
        self.smaller_action.setEnabled(scale > TEXT_SCALES[0])
        self.normal_action.setEnabled(scale != NORMAL_SCALE)
        if self.contrast_action.isChecked() != self.prefs.high_contrast:
            self.contrast_action.setChecked(self.prefs.high_contrast)
