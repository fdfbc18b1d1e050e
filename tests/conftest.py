"""Test set-up shared by every test: Qt runs offscreen, shared data is found or skipped."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# The C locale, whatever the developer's own (as the Makefile exports it): the tests expect
# '$1,500.00' and read a client's '07/08/2026' day first, where a German desktop wrote
# '1.500,00 $' and a US one read month first (Qt and app.io read LC_ALL, LC_* and LANG). A test
# about another locale sets it itself (QLocale.setDefault, monkeypatch.setenv).
for _var in ("LC_ALL", "LC_TIME", "LC_NUMERIC", "LC_MONETARY"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"

# Qt's standard folders (QSettings' default file ~/.config/Gantry/Gantry.ini, application data)
# point into a folder of this run, for this process and for every process a test starts (a
# child window, the command line): the per-test QSettings.setPath below does not reach a
# child process, and a child that opened a window wrote its recent files and geometry into
# the developer's own settings. Set, not defaulted: a developer's own XDG folders are exactly
# what must not be touched. (QStandardPaths' test mode is not used: it shares ~/.qttest
# between every run on the machine, and several engineers run the suite at once.)
SESSION_HOME = Path(tempfile.mkdtemp(prefix="gantry-tests-"))
for _var, _sub in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_STATE_HOME", "state"),
):
    os.environ[_var] = str(SESSION_HOME / _sub)

# Hypothesis keeps the examples that failed in .hypothesis/ under the current directory,
# the checkout every engineer shares: a failure found in one run (on someone's half-made
# edit) was replayed first in everyone's next run. Each run draws its own examples.
# No deadline: Hypothesis fails an example slower than 200 ms, a timed assert that a busy
# shared VM broke (test_json_text's random documents failed once at load 8, then passed).
hypothesis_settings.register_profile("isolated", database=None, deadline=None)
hypothesis_settings.load_profile("isolated")

_SHARED_DATA_CANDIDATES = [
    Path(__file__).resolve().parents[2] / "shared" / "data",
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data",
]


def _find_shared_data() -> Path | None:
    env = os.environ.get("GANTRY_SHARED_DATA")
    if env and Path(env).is_dir():
        return Path(env)
    for cand in _SHARED_DATA_CANDIDATES:
        if cand.is_dir():
            return cand.resolve()
    return None


@pytest.fixture(autouse=True, scope="session")
def _c_locale():
    """Qt's default locale is C for the run (on macOS Qt asks the system, not LANG)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.c())


@pytest.fixture(autouse=True)
def _c_locale_after():
    """Qt's default locale back to C after each test: a test that set German without
    putting it back left later tests writing 2,5d for 2.5d, whichever ran after it."""
    yield
    from PySide6.QtCore import QLocale

    if QLocale() != QLocale.c():
        QLocale.setDefault(QLocale.c())


@pytest.fixture(autouse=True, scope="session")
def _command_line_makes_a_widgets_app():
    """A PDF written by the command line in-process starts a QApplication, not the
    QGuiApplication the real command line starts: Qt keeps the first application for the
    whole run, and pytest-qt's ``qapp`` refused the plain one (a UserWarning, an error) in
    every later widget test, so a run that began with a CLI report test failed on its GUI
    tests. The command line run as its own process is unchanged."""
    from PySide6.QtWidgets import QApplication

    import app.report.render as render

    render.QGuiApplication = QApplication  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path_factory):
    """Keep every test, benchmarks included, away from the user's real settings.

    A window opened by a test remembers its size, recent files and views on
    close; without this they would land in the developer's own Gantry settings.
    """
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def _export_choice_answered(monkeypatch):
    """File > Export… to a workbook asks what the client workbook carries in a modal dialog
    (app/ui/exchange/export_choice_dialog.py): a test exporting a workbook would wait on it
    for ever. Unless a test answers it itself, Export is pressed on the choice it offers
    (the last export's, else everything: the workbook every earlier export wrote)."""
    from app.ui.exchange.export_choice_dialog import ExportChoiceDialog

    monkeypatch.setattr(
        ExportChoiceDialog, "ask", classmethod(lambda cls, parent, choice, table=False: choice)
    )


@pytest.fixture(autouse=True)
def _empty_clipboard():
    """No test reads what an earlier one copied (Copy Picture, copied rows): the clipboard is
    emptied after each test that ran with a QApplication."""
    yield
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.clipboard().clear()


@pytest.fixture(autouse=True)
def _no_keys_held():
    """No test starts with Ctrl, Shift or Alt held by an earlier one.

    QTest's click of a key with Ctrl leaves Qt's keyboard state on Ctrl until the next
    key event, so a later test's selection (a view asks QGuiApplication.keyboardModifiers()
    when no event says) added to the rows selected instead of replacing them: test_risks'
    Delete took two risks after test_negative_uids. The keys are released here on a
    widget of this fixture's own, so no view of the test sees the release.
    """
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    modifier = Qt.KeyboardModifier
    keys = {
        modifier.ControlModifier: Qt.Key.Key_Control,
        modifier.ShiftModifier: Qt.Key.Key_Shift,
        modifier.AltModifier: Qt.Key.Key_Alt,
        modifier.MetaModifier: Qt.Key.Key_Meta,
    }
    held = [key for flag, key in keys.items() if app.keyboardModifiers() & flag]
    if not held:
        return
    bystander = QWidget()  # freed on return (no parent): its key events reach nothing else
    for key in held:
        QTest.keyRelease(bystander, key)


def pytest_unconfigure(config):
    """Remove this run's settings folder."""
    shutil.rmtree(SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of real project files (../shared/data); skips when a clone lacks it."""
    found = _find_shared_data()
    if found is None:
        pytest.skip("../shared/data is not present in this checkout")
    return found


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Destroy the test's windows now, between tests, not whenever the collector finds them.

    pytest-qt closes the widgets a test registered and asks Qt to delete them later, but
    ``processEvents`` never runs those deletions: a closed window stayed alive until the
    cyclic garbage collector freed it, at whatever moment an allocation triggered a
    collection, such as inside a later test's model ``index()`` during a paint (a
    segfault in a full run). Every closed parentless Gantry widget left is deleted here,
    where no Qt call is under way; the collector then only frees Python wrappers.
    """
    result = yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            # Only Gantry's own windows and views: a library's parentless widgets (such as
            # pyqtgraph's ViewBox menus) are owned by its objects, which delete them.
            # Closed ones only: a shown widget is still in use (a module-scoped fixture's).
            if (
                widget.parent() is None
                and not widget.isVisible()
                and type(widget).__module__.startswith("app.")
            ):
                widget.close()
                widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result
