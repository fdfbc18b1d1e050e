"""The command line reads durations and work in the locale's marks as it reads money
(s30xl F7): ``--actual-work 2,5h`` is two and a half hours in German, ``1.000h`` is refused
as unclear (a thousand in German, one in English) naming the option with both readings,
and the C locale reads ``1.000h`` as one hour, as scripts always had it."""

from __future__ import annotations

import pytest

from app.cli.option_lengths import option_duration, option_work
from app.domain.errors import InputError
from app.domain.project import Project


def _german(monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


def test_s30lc_german_work_reads_a_decimal_comma(monkeypatch):
    _german(monkeypatch)
    assert option_work("2,5h", Project(), "--actual-work").minutes == 150
    assert option_duration("1,5d", Project(), "--for").minutes == 720


def test_s30lc_german_work_refuses_a_lone_mark_before_three_digits(monkeypatch):
    _german(monkeypatch)
    with pytest.raises(InputError, match=r"--actual-work: '1\.000h' is unclear: type 1000h or 1h"):
        option_work("1.000h", Project(), "--actual-work")
    with pytest.raises(InputError, match=r"--for: '1\.500d' is unclear: type 1500d or 1,5d"):
        option_duration("1.500d", Project(), "--for")


def test_s30lc_c_locale_reads_as_before(monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert option_work("1.000h", Project(), "--actual-work").minutes == 60
    assert option_work("2,5h", Project(), "--actual-work").minutes == 150
