"""Lossless JSON for domain objects: what is written and read back compares equal (`==`).

The mapping follows the dataclasses' own type hints, so a field added to the domain is stored without touching
this file. Rules: enums as their value, datetimes as UTC ISO 8601 with microseconds (naive datetimes are
refused: the domain keeps UTC), tuples as lists, mappings as objects, nested dataclasses as objects.
Reading ignores unknown keys (written by a newer version) and uses the dataclass default for missing ones.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import types
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar

from esign_desktop.domain.model import Envelope
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.errors import CorruptDataError

T = TypeVar("T")

Json = Any  # the values json.loads produces
_Encoder = Callable[[Any], Json]
_Decoder = Callable[[Json], Any]

FORMAT_VERSION = 1


class CodecError(CorruptDataError):
    """A stored record does not match the shape of the domain object it should hold."""


def envelope_to_json(envelope: Envelope) -> str:
    return to_json(envelope)


def envelope_from_json(text: str) -> Envelope:
    return from_json(Envelope, text)


def to_json(value: object) -> str:
    """A dataclass instance as compact JSON (ASCII-only, so any string, even a lone surrogate, survives)."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        raise TypeError(f"expected a dataclass instance, got {type(value).__name__}")
    document = {"format": FORMAT_VERSION, "value": to_plain(value)}
    return json.dumps(document, separators=(",", ":"), allow_nan=False)


def from_json(cls: type[T], text: str) -> T:
    try:
        document = json.loads(text)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        raise CodecError(templates.SAVED_NOT_JSON, cls.__name__) from None
    if not isinstance(document, dict) or "value" not in document:
        raise CodecError(templates.SAVED_UNKNOWN_LAYOUT, cls.__name__)
    version = document.get("format")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise CodecError(templates.SAVED_BY_NEWER_VERSION, cls.__name__)
    return from_plain(cls, document["value"])


def to_plain(value: object) -> Json:
    """A dataclass instance as JSON-compatible dicts, lists and scalars."""
    encoder: _Encoder = _encoder_for(type(value))  # type: ignore[arg-type]  # classes are hashable
    return encoder(value)


def from_plain(cls: type[T], plain: Json) -> T:
    try:
        decoder: _Decoder = _decoder_for(cls)  # type: ignore[arg-type]  # classes are hashable
        return typing.cast(T, decoder(plain))
    except CodecError:
        raise
    except (TypeError, ValueError, KeyError) as error:
        # Domain invariants (e.g. PageRect bounds) reject the data: say where, not what (no user content).
        raise CodecError(templates.SAVED_DAMAGED, cls.__name__, type(error).__name__) from None


def value_from_plain(annotation: Any, plain: Json) -> Any:
    """Decode one value of the given type (e.g. a dataclass field's type hint) by the same rules."""
    try:
        return _decoder_for(annotation)(plain)
    except CodecError:
        raise
    except (TypeError, ValueError, KeyError) as error:
        raise CodecError(templates.SAVED_VALUE_DAMAGED, type(error).__name__) from None


def encode_datetime(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetimes cannot be stored: the domain keeps every time in UTC")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def decode_datetime(text: Json) -> datetime:
    if not isinstance(text, str):
        raise CodecError(templates.SAVED_DATE_NOT_TEXT)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise CodecError(templates.SAVED_DATE_NOT_ISO) from None
    if value.tzinfo is None:
        raise CodecError(templates.SAVED_DATE_NO_TIME_ZONE)
    return value.astimezone(UTC)


@functools.cache
def _encoder_for(annotation: Any) -> _Encoder:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(members) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        inner = _encoder_for(members[0])
        return lambda v: None if v is None else inner(v)
    if origin is tuple:
        args = typing.get_args(annotation)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"only tuple[X, ...] is supported, not {annotation!r}")
        item = _encoder_for(args[0])
        return lambda v: [item(x) for x in _expect_written(v, tuple | list, "tuple")]
    if origin in (Mapping, dict, typing.Mapping):
        key_type, value_type = typing.get_args(annotation)
        if key_type is not str:
            raise TypeError(f"mappings need str keys: {annotation!r}")
        item = _encoder_for(value_type)
        return lambda v: {
            _expect_written(k, str, "str"): item(x) for k, x in _expect_written(v, Mapping, "Mapping").items()
        }
    if isinstance(annotation, type):
        if issubclass(annotation, Enum):
            enum_type = annotation
            return lambda v: _expect_written(v, enum_type, enum_type.__name__).value
        if issubclass(annotation, datetime):
            return encode_datetime
        if annotation is str:
            return lambda v: _expect_written(v, str, "str")
        if annotation is bool:
            return lambda v: _expect_written(v, bool, "bool")
        if annotation is int:
            return _encode_int
        if annotation is float:
            return _encode_float
        if dataclasses.is_dataclass(annotation):
            return _dataclass_encoder(annotation)
    raise TypeError(f"no JSON mapping for {annotation!r}")


# Writing is as strict as reading: a value the decoder would refuse is never written (issue 17: a row the
# CLI wrote from a loose spec stopped the app at the next start).


def _expect_written(value: Any, kind: type | types.UnionType, label: str) -> Any:
    if not isinstance(value, kind):
        raise CodecError(templates.UNSAVABLE_WRONG_TYPE, label, type(value).__name__)
    return value


def _encode_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CodecError(templates.UNSAVABLE_WHOLE_NUMBER, type(value).__name__)
    return value


def _encode_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise CodecError(templates.UNSAVABLE_NUMBER)
    return float(value)


def _dataclass_encoder(cls: type) -> _Encoder:
    hints = typing.get_type_hints(cls)
    encoders = [(f.name, _encoder_for(hints[f.name])) for f in dataclasses.fields(cls) if f.init]

    def encode(value: Any) -> Json:
        _expect_written(value, cls, cls.__name__)
        return {name: encode_field(getattr(value, name)) for name, encode_field in encoders}

    return encode


@functools.cache
def _decoder_for(annotation: Any) -> _Decoder:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        inner = _decoder_for(members[0])
        return lambda v: None if v is None else inner(v)
    if origin is tuple:
        item = _decoder_for(typing.get_args(annotation)[0])
        return lambda v: tuple(item(x) for x in _expect(v, list, "list"))
    if origin in (Mapping, dict, typing.Mapping):
        item = _decoder_for(typing.get_args(annotation)[1])
        return lambda v: {k: item(x) for k, x in _expect(v, dict, "dict").items()}
    if isinstance(annotation, type):
        if issubclass(annotation, Enum):
            enum_type = annotation
            return lambda v: enum_type(v)
        if issubclass(annotation, datetime):
            return decode_datetime
        if annotation is bool:
            return lambda v: _expect(v, bool, "bool")
        if annotation is int:
            return _decode_int
        if annotation is float:
            return _decode_float
        if annotation is str:
            return lambda v: _expect(v, str, "str")
        if dataclasses.is_dataclass(annotation):
            return _dataclass_decoder(annotation)
    raise TypeError(f"no JSON mapping for {annotation!r}")


def _dataclass_decoder(cls: type) -> _Decoder:
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]
    decoders = [(f.name, _decoder_for(hints[f.name]), _has_default(f)) for f in fields]

    def decode(plain: Json) -> Any:
        values = _expect(plain, dict, "dict")
        arguments: dict[str, Any] = {}
        for name, decode_field, optional in decoders:
            if name in values:
                arguments[name] = decode_field(values[name])
            elif not optional:
                raise CodecError(templates.SAVED_LACKS_FIELD, cls.__name__, name)
        return cls(**arguments)

    return decode


def _has_default(field: dataclasses.Field[Any]) -> bool:
    return field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING


def _decode_int(value: Json) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CodecError(templates.SAVED_NOT_WHOLE_NUMBER)
    return value


def _decode_float(value: Json) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CodecError(templates.SAVED_NOT_NUMBER)
    return float(value)


def _expect(value: Json, kind: type, label: str) -> Any:
    if not isinstance(value, kind):
        raise CodecError(templates.SAVED_VALUE_WRONG_TYPE, label, type(value).__name__)
    return value
