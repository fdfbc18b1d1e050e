"""An .mpp is converted by MPXJ in a child process: Java's reference thread runs Python's
garbage collector when Java memory runs low, and in the window's (or the tests') process
that freed Qt objects off the GUI thread (a full run deadlocked deleting a menu)."""

from __future__ import annotations

import shutil

import pytest

from app.domain.errors import FileFormatError
from app.io.mpp import mpp_available, read_mpp

needs_mpxj = pytest.mark.skipif(
    not mpp_available() or shutil.which("java") is None,
    reason="reading .mpp needs the optional mpxj package and a Java runtime",
)


@needs_mpxj
def test_reading_an_mpp_starts_no_java_here(shared_data):
    import jpype

    plan = read_mpp(shared_data / "mpp" / "Blank2010.mpp")
    assert plan.tasks
    assert not jpype.isJVMStarted()


@needs_mpxj
def test_an_unreadable_mpp_is_one_line_naming_it(tmp_path):
    bad = tmp_path / "broken.mpp"
    bad.write_bytes(b"not a project")
    with pytest.raises(FileFormatError) as err:
        read_mpp(bad)
    message = str(err.value)
    assert message.startswith("broken.mpp: ")
    assert "\n" not in message
    assert "Traceback" not in message
