"""The separators a client's numbers are typed with, told from the environment's locale
(``LC_ALL``, ``LC_NUMERIC``, ``LANG``, as the C library and Qt read them on Linux): the
money text cells of a workbook or CSV (``1.200 €`` is twelve hundred in Germany, 1.2 in the
US) are read in them, as the window's roster reads a typed amount in the user's
(app.ui.locale_durations.typed_marks). Below the window: no Qt, so a table of the usual
languages (CLDR's Latin-digit separators); a locale it knows not, or C, has no group
(money.NO_MARKS), as the command line and tests always read.

The window knows better than the environment (on Windows and macOS LANG usually says
nothing, and a German user's ``1.200,50`` would read in C): it passes its Qt locale's marks
to the readers (``marks=``), which hold them for the read with :func:`reading_marks`; a
money cell read with no marks of its own takes them (:func:`read_marks`)."""

from __future__ import annotations

import locale
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from app.domain.money import NO_MARKS, NumberMarks

_DOT = (".", ",")  # 1.234,5: German, Spanish, Italian, Dutch, Brazilian...
_SPACE = ("\u202f", ",")  # 1 234,5: French, Russian, Polish, Swedish...
_COMMA = (",", ".")  # 1,234.5: English, Japanese, Chinese...
_APOSTROPHE = ("\u2019", ".")  # 1'234.5 (a curly apostrophe): Swiss German and Italian

_BY_LANGUAGE: dict[str, NumberMarks] = {
    **dict.fromkeys(
        [
            "de",
            "es",
            "it",
            "nl",
            "pt",
            "da",
            "id",
            "tr",
            "el",
            "ro",
            "hr",
            "sl",
            "sr",
            "vi",
            "is",
            "ca",
            "gl",
            "eu",
            "mk",
            "az",
            "bs",
        ],
        _DOT,
    ),
    **dict.fromkeys(
        [
            "fr",
            "ru",
            "pl",
            "cs",
            "sk",
            "sv",
            "fi",
            "nb",
            "nn",
            "no",
            "uk",
            "hu",
            "bg",
            "lt",
            "lv",
            "et",
            "be",
            "kk",
            "ka",
            "hy",
            "sq",
        ],
        _SPACE,
    ),
    **dict.fromkeys(
        [
            "en",
            "ja",
            "zh",
            "ko",
            "he",
            "th",
            "hi",
            "ms",
            "fil",
            "tl",
            "ga",
            "cy",
            "sw",
            "ta",
            "te",
            "mr",
            "bn",
            "gu",
            "kn",
            "ml",
            "ur",
            "mt",
        ],
        _COMMA,
    ),
}
# Where a territory writes otherwise than its language's first country
_BY_TERRITORY: dict[str, NumberMarks] = {
    "de_CH": _APOSTROPHE,
    "de_LI": _APOSTROPHE,
    "it_CH": _APOSTROPHE,
    "pt_PT": _SPACE,
    "en_ZA": ("\u00a0", ","),
    **dict.fromkeys(
        ("es_MX", "es_US", "es_GT", "es_HN", "es_NI", "es_PA", "es_PR", "es_DO", "es_SV"),
        _COMMA,
    ),
}


def number_marks_from_environment(environ: Mapping[str, str] | None = None) -> NumberMarks:
    """The (group, decimal) of the user's locale: the first of ``LC_ALL``, ``LC_NUMERIC`` and
    ``LANG`` set, as :func:`app.io.sheet_values.day_first_from_environment` asks for dates;
    none set, C, POSIX or a language the table knows not: no group (``1.200`` has no
    locale's meaning, money.NO_MARKS)."""
    env = os.environ if environ is None else environ
    name = next((env[k] for k in ("LC_ALL", "LC_NUMERIC", "LANG") if env.get(k)), "")
    if name.split(".")[0] in ("", "C", "POSIX"):
        return NO_MARKS
    code = locale.normalize(name).split(".")[0].split("@")[0]
    language = code.partition("_")[0].casefold()
    return _BY_TERRITORY.get(code, _BY_LANGUAGE.get(language, NO_MARKS))


# The marks the caller of a read gave (the window's locale), for that read only: a context
# variable, so reads in two threads each keep their own.
_GIVEN: ContextVar[NumberMarks | None] = ContextVar("sheet_number_marks", default=None)


@contextmanager
def reading_marks(marks: NumberMarks | None) -> Iterator[None]:
    """Within the block, money cells read without marks of their own are read in ``marks``
    (None: as before, the environment's or those of an enclosing block)."""
    if marks is None:
        yield
        return
    token = _GIVEN.set(marks)
    try:
        yield
    finally:
        _GIVEN.reset(token)


def read_marks() -> NumberMarks:
    """The marks a money cell is read in: the ones the read was given
    (:func:`reading_marks`), else the environment's."""
    given = _GIVEN.get()
    return number_marks_from_environment() if given is None else given


# Whether the read's file told no marks of its own (app/io/sheet_file_marks.py): a money
# cell's lone mark before three digits (1.500, 1,500) is then refused whatever the marks.
_UNSETTLED: ContextVar[bool] = ContextVar("sheet_marks_unsettled", default=False)


@contextmanager
def unsettled_marks() -> Iterator[None]:
    """Within the block, a money cell a lone mark before three digits leaves unclear is
    refused in every locale (the file told nothing of its marks)."""
    token = _UNSETTLED.set(True)
    try:
        yield
    finally:
        _UNSETTLED.reset(token)


def marks_unsettled() -> bool:
    """Whether the read's file told no marks (:func:`unsettled_marks`)."""
    return _UNSETTLED.get()
