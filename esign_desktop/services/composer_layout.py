"""Where the composer window's size and panel splits are kept between runs: a small JSON file in the data
folder (opaque Qt state bytes as base64), written atomically. A damaged file is ignored, never an error."""

from __future__ import annotations

import base64
import binascii
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "composer-layout.json"


class ComposerLayoutStore:
    """Named byte blobs (window geometry, splitter states) in one file."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME

    def load(self) -> dict[str, bytes]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.info("composer layout not read (%s); using the defaults", error)
            return {}
        if not isinstance(raw, dict):
            return {}
        found: dict[str, bytes] = {}
        for key, value in raw.items():
            try:
                found[str(key)] = base64.b64decode(str(value), validate=True)
            except (binascii.Error, ValueError):
                continue
        return found

    def save(self, states: dict[str, bytes]) -> None:
        text = json.dumps({key: base64.b64encode(value).decode("ascii") for key, value in states.items()})
        temporary = self.path.with_name(f".{self.path.name}.partial")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(self.path)
        except OSError as error:
            log.info("composer layout not saved: %s", error)
        finally:
            temporary.unlink(missing_ok=True)
