"""The language of the screens and PDFs: which languages ship, which one to use, loading it.

A language ships when it has both a compiled translation
(`resources/translations/cssw_<language>.qm`) and a leaflet
(`resources/leaflet/<language>/leaflet.json`); English is the source text and always
ships. The pseudo languages (en-XA, ar-XB) can be chosen for testing but are never
offered. `scripts/translations` makes the files from the sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from cssw_core.domain.i18n import PSEUDO_LANGUAGES
from cssw_core.resources import resources_dir
from cssw_desktop.leaflet_languages import available_languages

__all__ = [
    "PSEUDO_LANGUAGES",
    "TRANSLATIONS_DIR",
    "Languages",
    "TranslationMissing",
    "choose_language",
    "install_language",
    "remove_language",
    "shipped_languages",
    "translated_direction",
]

TRANSLATIONS_DIR = resources_dir() / "translations"
SOURCE_LANGUAGE = "en"


class TranslationMissing(RuntimeError):
    """A language's compiled translation is missing or unreadable (a broken installation)."""


def _qm_path(language: str) -> str:
    return str(TRANSLATIONS_DIR / f"cssw_{language}.qm")


def shipped_languages(
    translations: Path | None = None, leaflets: Path | None = None
) -> tuple[str, ...]:
    """English, then every language with a compiled translation and a leaflet (sorted);
    never a pseudo language. The folders default to the installed resources."""
    with_leaflet = set(available_languages(leaflets))
    translated = sorted(
        path.stem.removeprefix("cssw_")
        for path in (translations or TRANSLATIONS_DIR).glob("cssw_*.qm")
        if path.stem.removeprefix("cssw_") in with_leaflet
    )
    others = [lang for lang in translated if lang not in (*PSEUDO_LANGUAGES, SOURCE_LANGUAGE)]
    return (SOURCE_LANGUAGE, *others)


def _match(wanted: str, shipped: tuple[str, ...]) -> str | None:
    """The shipped language for a BCP 47 tag: exact ("pt-BR"), else its language ("cy-GB"
    → "cy")."""
    wanted = wanted.replace("_", "-")
    for language in shipped:
        if language.lower() == wanted.lower():
            return language
    primary = wanted.split("-", 1)[0].lower()
    for language in shipped:
        if language.lower() == primary:
            return language
    return None


def choose_language(
    requested: str | None,
    *,
    system: Sequence[str] | None = None,
    shipped: tuple[str, ...] | None = None,
) -> str:
    """The language to use: the one asked for (`--language` or CSSW_LANGUAGE) if it ships
    or is a pseudo language, else the first of the system's languages (default: the
    desktop's, QLocale.system().uiLanguages()) that ships, else English. ValueError, in
    plain words, for a language that does not ship."""
    if shipped is None:
        shipped = shipped_languages()
    if requested:
        if requested in PSEUDO_LANGUAGES:
            return requested
        found = _match(requested, shipped)
        if found is None:
            raise ValueError(
                f"There is no translation for the language {requested!r}. "
                f"Available: {', '.join(shipped)} (for testing: {', '.join(PSEUDO_LANGUAGES)})."
            )
        return found
    for tag in QLocale.system().uiLanguages() if system is None else system:
        if (found := _match(tag, shipped)) is not None:
            return found
    return SOURCE_LANGUAGE


def _qt_translation(language: str) -> QTranslator | None:
    """Qt's own translation (standard buttons and dialogs) when PySide6 ships one."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    names = [language.replace("-", "_")]
    if "-" in language:
        names.append(language.split("-", 1)[0])
    for name in names:
        translator = QTranslator()
        if translator.load(f"qtbase_{name}", folder):
            return translator
    return None


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translations for `language` (none for English); the layout
    direction follows (right-to-left for Arabic, Hebrew, ar-XB: Qt reads it from the
    translation of QT_LAYOUT_DIRECTION, see `translated_direction`). Keep the returned list:
    a translator that is garbage-collected stops translating. TranslationMissing if the
    app's own translation cannot be loaded."""
    if language == SOURCE_LANGUAGE:
        return []
    translators: list[QTranslator] = []
    if language not in PSEUDO_LANGUAGES and (qt := _qt_translation(language)) is not None:
        translators.append(qt)
    own = QTranslator()
    if not own.load(_qm_path(language)):
        raise TranslationMissing(f"the translation for {language!r} could not be loaded")
    translators.append(own)
    for translator in translators:
        app.installTranslator(translator)  # Qt sets the layout direction from it at once
    return translators


def remove_language(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Take out translations `install_language` put in (back to English or the language
    installed before); the layout direction follows again."""
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()


def translated_direction() -> Qt.LayoutDirection:
    """The layout direction the installed translations ask for. Qt asks the same when a
    translator is installed or removed and sets the application's direction from it (unless
    a direction was set explicitly); this call also lists the message for translators."""
    direction = QCoreApplication.translate(
        "QGuiApplication",
        "QT_LAYOUT_DIRECTION",
        "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
        "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.",
    )
    return Qt.LayoutDirection.RightToLeft if direction == "RTL" else Qt.LayoutDirection.LeftToRight


class Languages:
    """The app's language, and the family's for the length of a visit.

    The worker's screens are in the app's language. A visit can be held in the family's
    language: its screens are built while that translation is installed (Qt widgets keep
    the words they were built with), and the app's language comes back when the visit
    ends. Qt's translators are global to the application, so there is one of these.
    """

    def __init__(self, app: QCoreApplication, language: str = SOURCE_LANGUAGE) -> None:
        self._app = app
        self.app_language = language
        self.current = language
        self._translators = install_language(app, language)

    def use(self, language: str) -> None:
        """Show new screens in `language` (TranslationMissing leaves the current one)."""
        if language == self.current:
            return
        translators = install_language(self._app, language)
        remove_language(self._app, self._translators)  # the direction follows (Qt)
        self._translators = translators
        self.current = language

    def restore(self) -> None:
        """Back to the app's language."""
        self.use(self.app_language)

    def visit_choices(self, shipped: tuple[str, ...] | None = None) -> tuple[str, ...]:
        """The languages a visit can be held in: the app's first, then every shipped one."""
        found = shipped_languages() if shipped is None else shipped
        return (self.app_language, *(lang for lang in found if lang != self.app_language))
