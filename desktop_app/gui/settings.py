"""Where the window keeps what it remembers (layout, preferences): one INI file in the user config folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop_app.services.locations import settings_file


def open_settings() -> QSettings:
    """The app's settings file; a path rather than the platform registry so tests stay isolated."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)
