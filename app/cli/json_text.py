"""JSON text indented by two spaces, as ``json.dumps(obj, indent=2, ensure_ascii=False,
allow_nan=False)``: NaN and Infinity, which no JSON reader takes, are refused (PlanError),
and -0.0 is written 0.0 (no negative zero for nothing).

The standard library encodes indented output with its pure-Python encoder
(its C encoder is used only without indent): ~0.2 s for the ~10 MB that
``gantry schedule --json`` prints for 10k tasks. This writer gives the same
text byte for byte (tests compare them on random documents) in about a third
of the time, by dispatching on the exact type of each value and encoding each
distinct key once.
"""

from __future__ import annotations

# the C functions json.encoder uses, without importing the json package
from _json import encode_basestring
from _json import make_encoder as c_make_encoder
from array import array
from collections.abc import Callable, Sequence
from typing import Any

from app.domain.errors import PlanError

_INFINITY = float("inf")


def _float(value: float) -> str:
    if value != value or value in (_INFINITY, -_INFINITY):  # NaN is not equal to itself
        # json.dumps would write NaN / Infinity, which no JSON reader takes (allow_nan=False)
        raise PlanError(
            f"the plan holds a number JSON cannot hold ({value!r}); nothing was written"
        )
    # -0.0 (a cost rounded from -0.001, a variance of nothing) is written 0.0: a script
    # comparing the text or showing the sign must not see "-0.0" for nothing
    return float.__repr__(value + 0.0)


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


def column_texts(values: Sequence[Any]) -> list[str] | None:
    """Each value's JSON text, as :func:`dumps` writes it, made in C-level passes.

    None when some value is not a str, int, float, bool or None (the general
    writer knows it); PlanError for NaN or Infinity, as :func:`dumps`. Texts
    are encoded by ``encode_basestring``, flags looked up, whole numbers
    written once per distinct value, and other columns by the C encoder of the ``json`` module (which writes no indent,
    but one scalar's text is the same either way), one value a line, the
    lines then split: no Python step per value.
    """
    types = set(map(type, values))
    if types <= {str}:
        return list(map(encode_basestring, values))
    if types <= {bool}:
        return list(map(_BOOLS.__getitem__, values))
    if not types <= _SCALARS.keys():
        return None
    if types == {int}:  # whole numbers often repeat (0 work...): each distinct one once
        distinct = set(values)
        if 2 * len(distinct) > len(values):
            return list(map(int.__repr__, values))
        texts = dict(zip(distinct, map(int.__repr__, distinct), strict=True))
        return list(map(texts.__getitem__, values))
    if types == {float} and all_zero(values):  # a plan's costs, with nothing to cost
        return ["0.0"] * len(values)
    try:
        text = "".join(_ENCODE(values, 0))
    except ValueError:  # NaN or Infinity: refused as the general writer refuses it
        for value in values:
            _SCALARS[type(value)](value)
        raise
    lines = text[1:-1].split("\n")
    if "-0.0" in lines:  # no negative zero, as _float writes it
        lines = ["0.0" if t == "-0.0" else t for t in lines]
    return lines


def all_zero(values: Sequence[float]) -> bool:
    """Whether every one of these floats is +0.0 (not -0.0, which prints otherwise)."""
    return array("d", values).tobytes() == bytes(8 * len(values))


def _refuse(value: object) -> object:
    raise TypeError(f"not a JSON scalar: {type(value).__name__}")  # pragma: no cover


# The json module's C encoder: no indent, one value a line (no JSON text holds a line break).
_ENCODE = c_make_encoder(None, _refuse, encode_basestring, None, ": ", "\n", False, False, False)


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
