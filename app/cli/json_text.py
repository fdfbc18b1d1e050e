"""JSON text indented by two spaces, as ``json.dumps(obj, indent=2, ensure_ascii=False,
allow_nan=False)``: NaN and Infinity, which no JSON reader takes, are refused (PlanError).

The standard library encodes indented output with its pure-Python encoder
(its C encoder is used only without indent): ~0.2 s for the ~10 MB that
``gantry schedule --json`` prints for 10k tasks. This writer gives the same
text byte for byte (tests compare them on random documents) in about a third
of the time, by dispatching on the exact type of each value and encoding each
distinct key once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from math import isfinite
from typing import Any

from app.domain.errors import PlanError

try:  # the C function json.encoder uses, without importing the json package
    from _json import encode_basestring
except ImportError:  # pragma: no cover - a Python without the accelerator
    from json.encoder import encode_basestring

_INFINITY = float("inf")


def _float(value: float) -> str:
    if value != value or value in (_INFINITY, -_INFINITY):  # NaN is not equal to itself
        # json.dumps would write NaN / Infinity, which no JSON reader takes (allow_nan=False)
        raise PlanError(
            f"the plan holds a number JSON cannot hold ({value!r}); nothing was written"
        )
    return float.__repr__(value)


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _null(value: None) -> str:
    return "null"


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: _bool,
    type(None): _null,
}


_BOOLS = {True: "true", False: "false"}


class RawJSON:
    """Text already encoded as JSON, written as it is, in one or more pieces.

    Its line breaks must carry the indent of the place the value goes (the
    writer does not re-indent it). Pieces let a large value be written
    without first joining it into one string.
    """

    __slots__ = ("pieces",)

    def __init__(self, *pieces: str) -> None:
        self.pieces = pieces


def encode_column(values: Sequence[Any]) -> tuple[str, Sequence[Any]] | None:
    """A ``%`` conversion and what to format with it to write each value as JSON.

    ``("%d", values)`` for whole numbers and ``("%r", values)`` for finite
    floats (``%`` writes them as :func:`dumps` does, without a text object per
    value), else ``("%s", texts)`` with each value's JSON text. None when some
    value is not a str, int, float, bool or None. A column of one type is
    encoded in one C-level pass (the common case: a field of every task).
    """
    types = set(map(type, values))
    if types <= {int}:
        return "%d", values
    if types <= {float} and all(map(isfinite, values)):
        return "%r", values
    if types <= {str}:
        return "%s", list(map(encode_basestring, values))
    if types <= {bool}:
        return "%s", list(map(_BOOLS.__getitem__, values))
    if types <= _SCALARS.keys():
        return "%s", [_SCALARS[type(v)](v) for v in values]
    return None


def dumps(obj: object, default: Callable[[Any], Any]) -> str:
    """``obj`` as indented JSON text; ``default`` turns other objects into JSON values."""
    out: list[str] = []
    _Writer(out, default).value(obj, "\n")
    return "".join(out)


def dump(obj: object, default: Callable[[Any], Any], write: Callable[[str], object]) -> None:
    """Write :func:`dumps` of ``obj`` through ``write``, piece by piece.

    Megabytes of output are never joined into one string (nor copied again to
    add a line break): each copy of 10 MB is fresh memory the system must hand
    over page by page.
    """
    out: list[str] = []
    _Writer(out, default).value(obj, "\n")
    # small pieces are joined up to a RawJSON piece's size before they are written
    batch: list[str] = []
    for piece in out:
        if len(piece) < _BIG:
            batch.append(piece)
            continue
        if batch:
            write("".join(batch))
            batch.clear()
        write(piece)
    if batch:
        write("".join(batch))


_BIG = 1 << 16


class _Writer:
    __slots__ = ("default", "keys", "out")

    def __init__(self, out: list[str], default: Callable[[Any], Any]) -> None:
        self.out = out
        self.default = default
        self.keys: dict[str, str] = {}

    def value(self, obj: object, newline: str) -> None:
        """Append one value; ``newline`` is a line break and the indent of the value's line."""
        scalar = _SCALARS.get(type(obj))
        if scalar is not None:
            self.out.append(scalar(obj))
        elif isinstance(obj, dict):
            self.mapping(obj, newline)
        elif isinstance(obj, list | tuple):
            self.sequence(obj, newline)
        else:
            self.other(obj, newline)

    def other(self, obj: object, newline: str) -> None:
        """Subclasses of the scalar types (as the json module sees them), else ``default``."""
        if type(obj) is RawJSON:
            self.out.extend(obj.pieces)
        elif isinstance(obj, str):
            self.out.append(encode_basestring(obj))
        elif obj is True or obj is False:
            self.out.append(_bool(obj))
        elif isinstance(obj, int):
            self.out.append(int.__repr__(obj))
        elif isinstance(obj, float):
            self.out.append(_float(obj))
        else:
            self.value(self.default(obj), newline)

    def key(self, key: object) -> str:
        """``"key": `` for a dict key, as the json module writes keys."""
        if isinstance(key, str):
            found = self.keys.get(key)
            if found is None:
                found = self.keys[key] = encode_basestring(key) + ": "
            return found
        if isinstance(key, float):
            text = _float(key)
        elif key is True or key is False or key is None:
            text = _SCALARS[type(key)](key)
        elif isinstance(key, int):
            text = int.__repr__(key)
        else:
            raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
        return encode_basestring(text) + ": "

    def mapping(self, obj: dict[Any, Any], newline: str) -> None:
        """A dict, one key per line."""
        out = self.out
        if not obj:
            out.append("{}")
            return
        inner = newline + "  "
        try:  # most dicts hold only str keys and scalar values: one join
            keys = self.keys
            items = [keys[k] + _SCALARS[type(v)](v) for k, v in obj.items()]
        except KeyError:
            pass
        else:
            out.append("{" + inner + ("," + inner).join(items) + newline + "}")
            return
        separator = "{" + inner
        for k, v in obj.items():
            out.append(separator)
            out.append(self.key(k))
            scalar = _SCALARS.get(type(v))
            if scalar is not None:
                out.append(scalar(v))
            else:
                self.value(v, inner)
            separator = "," + inner
        out.append(newline + "}")

    def sequence(self, obj: list[Any] | tuple[Any, ...], newline: str) -> None:
        """A list or tuple, one item per line."""
        out = self.out
        if not obj:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for v in obj:
            out.append(separator)
            scalar = _SCALARS.get(type(v))
            if scalar is not None:
                out.append(scalar(v))
            else:
                self.value(v, inner)
            separator = "," + inner
        out.append(newline + "]")
