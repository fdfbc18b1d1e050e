"""Task rows read by a shape learned from earlier rows (app/io/mspdi_row_patterns.py) give
the plan, or the refusal, the ordinary parse gives.

A shape is learned once enough rows were split with it, so each file here
starts with many ordinary rows; the row under test comes after them, where
the learned pattern meets it first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io import mspdi_row_patterns
from tests.mspdi_two_paths import project_file, read_either_way

_LEARNING = 60  # ordinary rows before the one under test: past _LEARN_AFTER


def _link(pred: int, lag: str = "0", sep: str = "") -> str:
    return (
        f"<PredecessorLink>{sep}<PredecessorUID>{pred}</PredecessorUID>{sep}<Type>1</Type>{sep}"
        f"<CrossProject>0</CrossProject>{sep}<LinkLag>{lag}</LinkLag>{sep}"
        f"<LagFormat>7</LagFormat>{sep}</PredecessorLink>"
    )


def _row(uid: int, name: str = "", links: int = 1, sep: str = "", extra: str = "") -> str:
    fields = [
        f"<UID>{uid}</UID>",
        f"<ID>{uid}</ID>",
        f"<Name>{name or f'Task {uid}'}</Name>",
        "<Manual>0</Manual>",
        "<OutlineLevel>1</OutlineLevel>",
        "<Start>2027-01-04T08:00:00</Start>",
        "<EarlyStart>2027-01-04T08:00:00</EarlyStart>",  # a field the reader leaves out
        f"<Duration>PT{8 * (uid % 5 + 1)}H0M0S</Duration>",
        "<DurationFormat>7</DurationFormat>",
        extra,
        *(_link(uid - k, sep=sep) for k in range(1, min(links, uid - 1) + 1)),
    ]
    return f"<Task>{sep}" + sep.join(f for f in fields if f) + f"{sep}</Task>"


def _file(tmp_path: Path, tested: list[str], sep: str = "", links: int = 1) -> Path:
    rows = [_row(uid, links=uid % 3 * links, sep=sep) for uid in range(1, _LEARNING + 1)]
    return project_file(tmp_path, sep.join(rows + tested))


class _Counted:
    """Rows the learned patterns read (and rows they did not)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read = 0
        original = mspdi_row_patterns.RowPatterns.read

        def read(patterns, text, pos):
            found = original(patterns, text, pos)
            self.read += found is not None
            return found

        monkeypatch.setattr(mspdi_row_patterns.RowPatterns, "read", read)


def _same(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """The read (plan JSON or refusal), held equal to the ordinary parse's, and the rows
    the patterns read."""
    counted = _Counted(monkeypatch)
    fast = read_either_way(path, True)
    read = counted.read
    assert fast == read_either_way(path, False)
    return fast, read


@pytest.mark.parametrize("sep", ["", "\n    ", "\r\n\t"])
def test_s19rd_learned_rows_read_as_the_parser_reads_them(tmp_path, monkeypatch, sep):
    tested = [_row(uid, links=3, sep=sep) for uid in range(_LEARNING + 1, _LEARNING + 30)]
    plan, read = _same(_file(tmp_path, tested, sep), monkeypatch)
    assert '"Task 80"' in plan
    assert read >= 45  # the rows after the learning ones, each with one or more links


@pytest.mark.parametrize(
    "name",
    [
        "a &amp; b",  # a named reference: read from the text, unescaped
        "&#65;",  # a character reference: the parser reads the row
        "a > b",  # '>' in a text: text, as the parser reads it
        "",  # <Name></Name>: no name
        "  spaced  ",
        "Zoë ✓",
    ],
)
def test_s19rd_texts_of_a_learned_shape_read_as_the_parser_reads_them(tmp_path, monkeypatch, name):
    tested = [_row(_LEARNING + 1, name=name), _row(_LEARNING + 2)]
    plan, read = _same(_file(tmp_path, tested), monkeypatch)
    assert f'"Task {_LEARNING + 2}"' in plan
    assert read >= 20  # the learning rows' last ones, and the row after the one tested


@pytest.mark.parametrize(
    "extra",
    [
        "<Notes/>",  # an empty element: another shape
        "<Priority/>",
        "<ExtendedAttribute><FieldID>188743731</FieldID><Value>x</Value></ExtendedAttribute>",
        "<Baseline><Number>0</Number><Duration>PT8H0M0S</Duration></Baseline>",
        "<OutlineLevel>2</OutlineLevel>",  # a second of a field: the first is read
        "<!-- a comment -->",
        "<Unknown>1</Unknown>",
        "<Notes>a</Notes><Notes>b</Notes>",
    ],
)
def test_s19rd_a_row_of_another_shape_reads_as_before(tmp_path, monkeypatch, extra):
    tested = [_row(_LEARNING + 1, extra=extra), _row(_LEARNING + 2)]
    _same(_file(tmp_path, tested), monkeypatch)


def test_s19rd_rows_with_fields_after_their_links_read_as_before(tmp_path, monkeypatch):
    after = "<ActualWorkProtected>PT0H0M0S</ActualWorkProtected>"
    rows = [_row(uid).replace("</Task>", after + "</Task>") for uid in range(1, 2 * _LEARNING)]
    _same(project_file(tmp_path, "".join(rows)), monkeypatch)


def test_s19rd_learned_empty_and_repeated_fields_keep_the_parsers_texts(tmp_path, monkeypatch):
    # learned with <Notes/> and two OutlineLevels: the first is read, <Notes/> is empty
    extra = "<Notes/><OutlineLevel>2</OutlineLevel><Hyperlink></Hyperlink>"
    rows = [_row(uid, extra=extra) for uid in range(1, 2 * _LEARNING)]
    _, read = _same(project_file(tmp_path, "".join(rows)), monkeypatch)
    assert read >= _LEARNING


@pytest.mark.parametrize(
    "bad",
    [
        "\x01",  # a control character XML does not allow
        "<b>",  # an element inside the name: not well-formed
        "&bogus;",  # an undeclared entity
        "]]>",  # not allowed in a text
        "\x1f",
    ],
)
@pytest.mark.parametrize("field", ["Name", "EarlyStart"])  # read, and left out
def test_s19rd_a_bad_text_after_learning_is_refused_as_before(tmp_path, monkeypatch, bad, field):
    row = _row(_LEARNING + 1)
    cut = row.index(f"</{field}>")
    tested = [row[:cut] + f"x{bad}y" + row[cut:], _row(_LEARNING + 2)]
    plan, _ = _same(_file(tmp_path, tested), monkeypatch)
    assert plan.startswith("refused")


@pytest.mark.parametrize("lag", ["", "4800", "&#52;", "x", "-0"])
def test_s19rd_links_of_a_learned_shape_read_as_before(tmp_path, monkeypatch, lag):
    row = _row(_LEARNING + 1, links=2).replace("<LinkLag>0<", f"<LinkLag>{lag}<", 1)
    _same(_file(tmp_path, [row, _row(_LEARNING + 2)]), monkeypatch)
