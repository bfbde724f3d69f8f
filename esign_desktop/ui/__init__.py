"""Widgets, dialogs, item models and the field editor: the only package besides app.py that imports Qt."""
