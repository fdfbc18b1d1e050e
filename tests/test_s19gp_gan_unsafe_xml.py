"""A .gan with a DTD entity (XXE, a billion laughs) or an external reference is refused
with one line naming what it declares, not only 'XML features refused for safety': the
user learns which line of the file to look at. Nothing is read, the CLI exits 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.io.gan import read_gan
from tests.cli.test_cli import gantry

_XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    '<project name="&secret;"><tasks/></project>\n'
)
_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<project name="&b;"><tasks/></project>\n'
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (_XXE, "<!ENTITY secret> (line 2)"),
        (_LAUGHS, "<!ENTITY a> (line 2)"),
    ],
)
def test_s19gp_entity_named(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "evil.gan"
    path.write_text(text, "utf-8")
    with pytest.raises(FileFormatError) as caught:
        read_gan(path)
    message = str(caught.value)
    assert message.startswith("evil.gan: ")
    assert said in message
    assert "refused for safety" in message


def test_s19gp_entity_cli_one_line(tmp_path: Path) -> None:
    path = tmp_path / "evil.gan"
    path.write_text(_XXE, "utf-8")
    out = tmp_path / "evil.gantry"
    run = gantry("convert", path, out)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1
    assert "<!ENTITY secret>" in run.stderr
    assert "passwd" not in run.stderr  # the file named is not read, nor echoed
    assert not out.exists()
