"""The suite runs in the C locale whatever the developer's own, as `make test` does.

Found in a clone on a German (and on a US) desktop: 29 GUI tests failed under
LANG=de_DE.UTF-8, expecting '$1,500.00' and '€3,000' where Qt wrote
'1.500,00 $', and a client's '07/08/2026' reads month first under en_US. The
tests assume the C locale (the Makefile exports it; tests/conftest.py only
defaulted it), so tests/conftest.py now sets it for every run; a test about
another locale sets that one itself (test_import_currency_window's en_GB).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale

from app.io.sheet_values import day_first_from_environment


def test_qt_formats_numbers_and_dates_as_the_c_locale():
    locale = QLocale()
    assert locale.name() == "C"
    assert locale.toString(1500.5, "f", 2) == "1500.50"
    assert locale.groupSeparator() == ","
    assert locale.decimalPoint() == "."


def test_text_dates_read_day_first_as_in_the_c_locale():
    assert day_first_from_environment() is True
    assert not any(os.environ.get(k) for k in ("LC_ALL", "LC_TIME", "LC_NUMERIC", "LC_MONETARY"))
