"""parse_xml: large files are read piece by piece with the same result and the same errors."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import XMLParser, tostring

import pytest

from app.domain.errors import FileFormatError
from app.io.xml_safety import _CHUNK, RowStream, parse_xml


def _big(rows: int) -> str:
    items = "".join(f"<row n='{i}'>text é € {i} &amp; more</row>\n" for i in range(rows))
    return f"<?xml version='1.0' encoding='UTF-8'?>\n<rows>\n{items}</rows>\n"


def test_a_file_of_many_pieces_gives_the_tree_one_call_gives(tmp_path):
    text = _big(20_000)
    path = tmp_path / "big.xml"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 5 * _CHUNK
    whole = XMLParser()
    whole.feed(text.encode("utf-8"))
    assert tostring(parse_xml(path)) == tostring(whole.close())


def test_an_error_past_the_first_piece_names_its_line(tmp_path):
    text = _big(20_000).replace("<row n='15000'>", "<row n='15000'><", 1)
    path = tmp_path / "bad.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"bad\.xml: not well-formed XML .*line 15003"):
        parse_xml(path)


def test_a_file_cut_short_is_reported(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_text(_big(20_000)[:-20], encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"cut\.xml: not well-formed XML"):
        parse_xml(path)


@pytest.mark.parametrize("offset", [_CHUNK - 30, _CHUNK - 5, _CHUNK + 3, 3 * _CHUNK - 12])
def test_a_declaration_across_a_piece_boundary_is_refused(tmp_path, offset):
    # The DTD starts near (before, on, after) the end of a piece the parser reads.
    lol = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    head = "<?xml version='1.0'?>\n"
    text = (
        head + "<!--" + "x" * (offset - len(head) - 7) + "-->" + f"<!DOCTYPE p [{lol}]><p>&i;</p>"
    )
    assert abs(text.index("<!DOCTYPE") - offset) <= 1
    path = tmp_path / "lol.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError, match="refused: the file declares a DTD or entities"):
        parse_xml(path)


def test_a_file_that_cannot_be_read_is_named(tmp_path):
    with pytest.raises(FileFormatError, match=r"gone\.xml: cannot be read"):
        parse_xml(tmp_path / "gone.xml")


def _rows_file(tmp_path, rows: int) -> Path:
    items = "".join(
        f"<row><n>{i}</n><inner><row>nested {i}</row></inner></row>" for i in range(rows)
    )
    text = f"<doc><head>h</head><rows>{items}</rows><tail><rows><row>x</row></rows></tail></doc>"
    path = tmp_path / "rows.xml"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 4 * _CHUNK
    return path


def test_rows_are_handed_over_in_order_while_parsing(tmp_path):
    path = _rows_file(tmp_path, 10_000)
    batches: list[list[str]] = []

    def take(elems):
        batches.append([e.findtext("n") for e in elems])

    root = parse_xml(path, RowStream("rows", take))
    assert len(batches) > 3  # handed over piece by piece, not all at the end
    assert [n for batch in batches for n in batch] == [str(i) for i in range(10_000)]
    assert len(root.find("rows")) == 0  # taken out of the tree
    assert root.findtext("head") == "h"
    assert root.find("tail/rows/row").text == "x"  # only the root's own container


def test_a_file_without_the_container_hands_nothing_over(tmp_path):
    path = tmp_path / "none.xml"
    path.write_text("<doc><other><rows><row/></rows></other></doc>", encoding="utf-8")
    taken: list[object] = []
    root = parse_xml(path, RowStream("rows", taken.extend))
    assert taken == []
    assert root.find("other/rows/row") is not None


def test_a_file_broken_after_its_rows_is_reported_as_broken(tmp_path):
    path = _rows_file(tmp_path, 10_000)
    path.write_text(path.read_text(encoding="utf-8")[:-7], encoding="utf-8")
    taken: list[object] = []
    with pytest.raises(FileFormatError, match=r"rows\.xml: not well-formed XML"):
        parse_xml(path, RowStream("rows", taken.extend))
    assert taken  # rows seen before the break go nowhere: the caller gets only the error
