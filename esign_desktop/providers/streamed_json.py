"""A JSON object with one member holding a file as base64, produced in chunks while it is sent.

GMO Sign's RegisterEnvelopeDocument takes the PDF inside a JSON body (`document`, declared a string) [SW-G].
Building that string in memory would cost 1.33 times the file plus copies; this body is encoded from disk,
a few hundred kilobytes at a time, so a 100 MB document costs about one chunk of memory
(benchmarks/upload_large.py measures it). The length is known in advance, so the request carries a
Content-Length rather than chunked transfer encoding.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncGenerator, Mapping
from dataclasses import dataclass
from pathlib import Path

# A multiple of 3, so every chunk encodes to base64 without padding except the file's last one.
CHUNK_BYTES = 3 * 128 * 1024


class FileChangedError(OSError):
    """The file's size changed between measuring it and sending it."""


def base64_length(size: int) -> int:
    return 4 * ((size + 2) // 3)


@dataclass(frozen=True, slots=True)
class Base64JsonBody:
    """`{...fields, "<member>": "<base64 of path>"}`, with `fields` JSON-encoded as given."""

    path: Path
    member: str
    fields: Mapping[str, object]
    size: int  # of the file, measured when the body was made

    @classmethod
    def of_file(cls, path: Path, member: str, fields: Mapping[str, object]) -> Base64JsonBody:
        """Raises OSError when the file cannot be read."""
        return cls(path, member, dict(fields), path.stat().st_size)

    def _ends(self) -> tuple[bytes, bytes]:
        if self.member in self.fields:
            raise ValueError(f"{self.member!r} is the file's member; it cannot also be a field")
        head = json.dumps(dict(self.fields), ensure_ascii=False)[:-1]  # without the closing brace
        separator = ", " if self.fields else ""
        prefix = f'{head}{separator}{json.dumps(self.member)}: "'.encode()
        return prefix, b'"}'

    @property
    def length(self) -> int:
        prefix, suffix = self._ends()
        return len(prefix) + base64_length(self.size) + len(suffix)

    def headers(self) -> dict[str, str]:
        return {"Content-Type": "application/json", "Content-Length": str(self.length)}

    async def chunks(self) -> AsyncGenerator[bytes, None]:
        """The body, encoded as it is read (the file is read in a worker thread, chunk by chunk)."""
        prefix, suffix = self._ends()
        yield prefix
        handle = await asyncio.to_thread(self.path.open, "rb")
        try:
            sent = 0
            carry = b""  # a short read leaves up to 2 bytes for the next chunk: padding only at the end
            while True:
                block = await asyncio.to_thread(handle.read, CHUNK_BYTES)
                if not block:
                    break
                sent += len(block)
                if sent > self.size:
                    raise FileChangedError(f"{self.path.name} grew while it was being sent")
                block = carry + block
                cut = len(block) - len(block) % 3
                carry = block[cut:]
                yield base64.b64encode(block[:cut])
            if sent != self.size:
                raise FileChangedError(f"{self.path.name} shrank while it was being sent")
            yield base64.b64encode(carry)
        finally:
            await asyncio.to_thread(handle.close)
        yield suffix
