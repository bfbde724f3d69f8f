"""Light and dark palettes for the Theme setting, applied once at start.

"system" leaves the platform's style and palette alone. "light" and "dark" use the Fusion style (it draws
every control from the palette, on every platform) with the palettes below, whose colours the contrast tests
check together with the status colours (ui/status_style.py).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from esign_desktop.storage.settings import Theme

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# role: (light, dark)
_COLOURS: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#f3f3f3", "#202124"),
    Role.WindowText: ("#1f1f1f", "#e8eaed"),
    Role.Base: ("#ffffff", "#18191b"),
    Role.AlternateBase: ("#f5f6f7", "#26272a"),
    Role.ToolTipBase: ("#ffffdc", "#303134"),
    Role.ToolTipText: ("#1f1f1f", "#e8eaed"),
    Role.PlaceholderText: ("#6b6b6b", "#9aa0a6"),
    Role.Text: ("#1f1f1f", "#e8eaed"),
    Role.Button: ("#e8e8e8", "#2d2e31"),
    Role.ButtonText: ("#1f1f1f", "#e8eaed"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#ffffff", "#3c4043"),
    Role.Midlight: ("#e3e3e3", "#34363a"),
    Role.Mid: ("#b8b8b8", "#4a4d51"),
    Role.Dark: ("#9f9f9f", "#121314"),
    Role.Shadow: ("#767676", "#000000"),
    Role.Highlight: ("#1a5fb4", "#8ab4f8"),
    Role.HighlightedText: ("#ffffff", "#202124"),
    Role.Link: ("#1a5fb4", "#8ab4f8"),
    Role.LinkVisited: ("#6f3fb0", "#c58af9"),
}
# Disabled text stays readable (3:1, the rule for inactive controls is looser; we keep it legible).
_DISABLED_TEXT = ("#7a7a7a", "#80868b")


def themed_palette(dark: bool) -> QPalette:
    palette = QPalette()
    column = 1 if dark else 0
    for role, colours in _COLOURS.items():
        palette.setColor(role, QColor(colours[column]))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(_DISABLED_TEXT[column]))
    quiet_disabled_placeholders(palette)
    return palette


def quiet_disabled_placeholders(palette: QPalette) -> None:
    """In a read-only form a placeholder ("+46 70 123 45 67") must look quieter than a real value, never
    darker: halfway between the disabled text and the field's background."""
    text = palette.color(Group.Disabled, Role.Text)
    base = palette.color(Group.Disabled, Role.Base)
    palette.setColor(
        Group.Disabled,
        Role.PlaceholderText,
        QColor(
            (text.red() + base.red()) // 2,
            (text.green() + base.green()) // 2,
            (text.blue() + base.blue()) // 2,
        ),
    )


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Fusion plus our palette for light and dark; the system's own look for "system" (with quieter
    placeholders in read-only fields)."""
    if theme is Theme.SYSTEM:
        palette = app.palette()
        quiet_disabled_placeholders(palette)
        app.setPalette(palette)
        return
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(themed_palette(dark=theme is Theme.DARK))
