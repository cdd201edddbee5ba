"""The window's language: which catalogue Qt translates with, the layout direction and the default locale.

The compiled catalogues (`neutrohold_<lang>.qm`, from the `.ts` sources beside them) are package data
read through importlib.resources, so the same lookup works installed, from the source tree and frozen.
Qt's own catalogue (`qtbase_<lang>.qm`) translates the standard buttons (OK, Cancel, Discard) when the
Qt installation ships it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from PySide6.QtCore import QSettings


def translatable(context: str, text: str) -> str:
    """Mark a constant's text for the catalogue of `context`; translate it where it is shown.

    Qt's QT_TRANSLATE_NOOP, typed as returning str; packaging/translations.py tells lupdate its name.
    """
    return text


SYSTEM = "system"
# The languages the window is translated into; English is the source language and needs no catalogue.
WINDOW_LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de")
# The Preferences choices: each language named in its own language, whatever the window's language is.
LANGUAGE_CHOICES: tuple[tuple[str, str], ...] = (
    (SYSTEM, translatable("PreferencesDialog", "System default")),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("de", "Deutsch"),
)
CATALOGUE_FOLDER = "i18n"

# The translators in force: kept referenced (Qt does not own them) and removed when another language is set.
_installed: list[tuple[QTranslator, bytes | None]] = []
_in_force = "en"


def system_language() -> str:
    """The workstation's language when the window is translated into it, else English."""
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in WINDOW_LANGUAGES else "en"


def resolve(choice: str | None) -> str:
    """The language code a Preferences choice stands for: "system" (or nothing) is the system's; a code is itself."""
    if not choice or choice == SYSTEM:
        return system_language()
    return choice


def catalogue(language: str) -> Traversable:
    """Where the compiled catalogue of `language` is (it may not exist: English has none)."""
    return resources.files("desktop_app.resources").joinpath(CATALOGUE_FOLDER, f"neutrohold_{language}.qm")


def qt_catalogue_folder() -> Path:
    """Where Qt's own catalogues are (qtbase_de.qm...); they may be absent from a trimmed Qt."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_language(app: QCoreApplication, language: str | None) -> str:
    """Translate the application into `language` (a code or the Preferences choice); the code in force.

    Sets the layout direction from the language (right-to-left for Arabic or Hebrew, say) and makes
    the language's locale the default one for numbers and dates. Call before any window is built:
    widgets take their words when they are made.
    """
    global _in_force
    code = resolve(language)
    _in_force = code
    for translator, _data in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        own = catalogue(code)
        if own.is_file():
            data = own.read_bytes()
            translator = QTranslator()
            # Qt reads a catalogue loaded from memory in place: the bytes are kept as long as the translator.
            if translator.load(data):
                app.installTranslator(translator)
                _installed.append((translator, data))
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{code}", str(qt_catalogue_folder())):
            app.installTranslator(qt_own)
            _installed.append((qt_own, None))
    locale = QLocale(code)
    system = QLocale.system()
    # Keep the workstation's region (es_MX, fr_CA) when it speaks the chosen language.
    QLocale.setDefault(system if system.language() == locale.language() else locale)
    setter = getattr(app, "setLayoutDirection", None)  # a QGuiApplication; a bare QCoreApplication has no layout
    if setter is not None:
        setter(locale.textDirection())
    return code


def window_language() -> str:
    """The language the window was translated into (English until one is installed)."""
    return _in_force


def install_saved_language(app: QCoreApplication, settings: QSettings | None = None) -> str:
    """The language saved in Preferences (default: the system's), installed; see install_language."""
    from desktop_app.gui.preferences import Preferences
    from desktop_app.gui.settings import open_settings

    return install_language(app, Preferences.read(settings if settings is not None else open_settings()).language)
