"""Moved to `esign_desktop.domain.action_rules` (the CLI uses the same policy); kept for branches in
flight."""

from esign_desktop.domain.action_rules import (
    MULTI_SELECTION,
    SINGLE_SELECTION,
    Command,
    allowed_actions,
    command_allowed,
    enabled_commands,
    targets,
)

__all__ = [
    "MULTI_SELECTION",
    "SINGLE_SELECTION",
    "Command",
    "allowed_actions",
    "command_allowed",
    "enabled_commands",
    "targets",
]
